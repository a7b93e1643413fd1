// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervisor/dashboardpanel.h"

#include "core/domain/clock.h"
#include "core/domain/squad.h"
#include "core/geo/areas.h"
#include "core/sla/sla.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace posko::ui {

namespace {
constexpr qint64 wibOffset = 7 * 3600;

QDate todayWib(const Clock &clock)
{
    return clock.now().toUTC().addSecs(wibOffset).date();
}

QString duration(qint64 seconds)
{
    return seconds < 0 ? QStringLiteral("—") : formatCountdown(seconds);
}

QString percent(const stats::Share &s)
{
    const auto v = s.value();
    return v ? QStringLiteral("%1 %").arg(*v * 100.0, 0, 'f', 0) : QStringLiteral("—");
}

enum Column
{
    ColUnit,
    ColRank,
    ColReceived,
    ColAssigned,
    ColResolved,
    ColClosed,
    ColResponse,
    ColResolution,
    ColResponseSla,
    ColResolutionSla,
    ColBacklog,
    ColReopened,
    ColDisputed,
    ColFast,
    ColumnCount
};
} // namespace

DashboardPanel::DashboardPanel(QString databasePath, LabelPolicy policy, const AreaCatalog &areas,
                               const Clock &clock, QWidget *parent)
    : QWidget(parent), m_path(std::move(databasePath)), m_policy(std::move(policy)), m_areas(areas),
      m_clock(clock)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    v->addLayout(bar);
    const QDate today = todayWib(m_clock);
    m_from = new QDateEdit(today.addDays(-29), this);
    m_to = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_from->setAccessibleName(tr("Period from (WIB)"));
    m_to->setAccessibleName(tr("Period until (WIB), inclusive"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("dashboardGrouping"));
    m_grouping->setAccessibleName(tr("Group by"));
    m_grouping->addItem(tr("By squad"), int(stats::Grouping::Squad));
    m_grouping->addItem(tr("By kecamatan"), int(stats::Grouping::Kecamatan));
    m_grouping->addItem(tr("By label"), int(stats::Grouping::Label));
    bar->addWidget(m_grouping);
    bar->addWidget(new QLabel(tr("Ranked from"), this));
    m_minReports = new QSpinBox(this);
    m_minReports->setObjectName(QStringLiteral("dashboardMinReports"));
    m_minReports->setAccessibleName(tr("Reports a unit needs to be ranked"));
    m_minReports->setRange(1, 100000);
    m_minReports->setValue(stats::StatsEngine::defaultMinReports);
    m_minReports->setSuffix(tr(" reports"));
    bar->addWidget(m_minReports);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("dashboardState"));
    bar->addWidget(m_state, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    v->addWidget(split, 1);
    m_table = new QTableWidget(0, ColumnCount, split);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setAccessibleName(tr("Performance by unit"));
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Rank"), tr("Received"), tr("Assigned"),
                                        tr("Resolved"), tr("Closed"), tr("Response (median / p90)"),
                                        tr("Resolution (median / p90)"), tr("Response in SLA"),
                                        tr("Resolution in SLA"), tr("Open backlog"), tr("Reopened"),
                                        tr("Disputed"), tr("Too fast")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a unit: the table and the map show the reports it "
                           "received in the period."));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (!m_result || row < 0 || row >= m_result->units.size())
            return;
        const QString &key = m_result->units.at(row).key;
        CatalogFilter f;
        switch (m_result->grouping) {
        case stats::Grouping::Squad: {
            const auto squad = squadFromCode(key);
            f.squad = squad ? int(*squad) : CatalogFilter::Unassigned;
            break;
        }
        case stats::Grouping::Kecamatan:
            f.kecamatan = key;
            break;
        case stats::Grouping::Label:
            f.label = key;
            break;
        }
        f.receivedFrom = m_result->period.from;
        f.receivedTo = m_result->period.to;
        emit drillDown(f);
    });
    auto *chartView = new QChartView(split);
    chartView->setObjectName(QStringLiteral("dashboardChart"));
    chartView->setAccessibleName(tr("Shares within SLA by unit"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);
    m_chart = chartView;
    auto *trendView = new QChartView(split);
    trendView->setObjectName(QStringLiteral("dashboardTrend"));
    trendView->setAccessibleName(tr("Weekly trend: received and resolved"));
    trendView->setRenderHint(QPainter::Antialiasing);
    trendView->setMinimumHeight(200);
    m_trend = trendView;

    const auto changed = [this] { refresh(); };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, changed);
    connect(m_minReports, &QSpinBox::valueChanged, this, changed);
}

DashboardPanel::~DashboardPanel() = default;

void DashboardPanel::setPolicy(const LabelPolicy &policy)
{
    m_policy = policy;
}

void DashboardPanel::setPeriod(QDate fromWib, QDate toWib)
{
    m_from->setDate(fromWib);
    m_to->setDate(toWib);
    refresh();
}

void DashboardPanel::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void DashboardPanel::start()
{
    if (m_to->date() < m_from->date()) {
        m_state->setText(tr("The period ends before it starts."));
        return;
    }
    m_running = true;
    m_again = false;
    m_state->setText(tr("Computing…"));
    const stats::Period period = stats::Period::fromWibDates(m_from->date(), m_to->date());
    const auto grouping = stats::Grouping(m_grouping->currentData().toInt());
    const int minReports = m_minReports->value();
    const QString path = m_path;
    const LabelPolicy policy = m_policy;
    auto *watcher = new QFutureWatcher<std::pair<std::optional<stats::StatsResult>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const auto [result, error] = watcher->result();
        if (m_again) {
            start(); // the choices changed meanwhile: this answer is for the old ones
            return;
        }
        if (!result) {
            m_state->setText(tr("The figures cannot be computed: %1").arg(error));
            return;
        }
        showResult(*result);
    });
    watcher->setFuture(QtConcurrent::run([path, policy, period, grouping, minReports] {
        QString error;
        const stats::StatsEngine engine(path, policy);
        auto result = engine.compute(period, grouping, minReports, &error);
        return std::make_pair(std::move(result), error);
    }));
}

QStringList DashboardPanel::trendWeeks() const
{
    auto *view = static_cast<QChartView *>(m_trend);
    for (QAbstractAxis *axis : view->chart()->axes(Qt::Horizontal))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

QString DashboardPanel::unitName(const QString &key) const
{
    if (!m_result)
        return key;
    switch (m_result->grouping) {
    case stats::Grouping::Squad:
        if (key.isEmpty())
            return tr("Unassigned");
        if (const auto s = squadFromCode(key))
            return squadName(*s);
        return key;
    case stats::Grouping::Kecamatan: {
        const QString name = m_areas.kecamatanName(key);
        return name.isEmpty() ? key : name;
    }
    case stats::Grouping::Label:
        return m_policy.displayName(key);
    }
    return key;
}

void DashboardPanel::showResult(const stats::StatsResult &result)
{
    m_result = result;
    m_table->setRowCount(int(result.units.size()));
    for (int row = 0; row < result.units.size(); ++row) {
        const stats::UnitFigures &u = result.units.at(row);
        const auto put = [&](int col, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (col != ColUnit)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        };
        put(ColUnit, unitName(u.key));
        put(ColRank, u.rank > 0 ? QString::number(u.rank) : tr("not ranked"));
        put(ColReceived, QString::number(u.received));
        put(ColAssigned, QString::number(u.assigned));
        put(ColResolved, QString::number(u.resolved));
        put(ColClosed, QString::number(u.closed));
        put(ColResponse,
            QStringLiteral("%1 / %2").arg(duration(u.response.median), duration(u.response.p90)));
        put(ColResolution, QStringLiteral("%1 / %2").arg(duration(u.resolution.median),
                                                         duration(u.resolution.p90)));
        put(ColResponseSla, percent(u.responseSla));
        put(ColResolutionSla, percent(u.resolutionSla));
        put(ColBacklog, QString::number(u.backlogTotal()));
        put(ColReopened, percent(u.reopened));
        put(ColDisputed, percent(u.disputed));
        put(ColFast, QString::number(u.flaggedFast));
        if (u.rank == 0)
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(row, c)->setForeground(palette().color(QPalette::PlaceholderText));
    }
    // The chart: ranked units only, quality beside speed (shares within SLA, reopened share).
    auto *chart = new QChart;
    chart->setTitle(tr("Within SLA and reopened, ranked units"));
    auto *series = new QBarSeries(chart);
    auto *resolution = new QBarSet(tr("Resolutions within SLA %"));
    auto *response = new QBarSet(tr("Responses within SLA %"));
    auto *reopened = new QBarSet(tr("Reopened %"));
    QStringList categories;
    for (const stats::UnitFigures &u : result.units) {
        if (u.rank == 0)
            continue;
        categories << unitName(u.key);
        *resolution << u.resolutionSla.value().value_or(0) * 100.0;
        *response << u.responseSla.value().value_or(0) * 100.0;
        *reopened << u.reopened.value().value_or(0) * 100.0;
    }
    series->append({resolution, response, reopened});
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *view = static_cast<QChartView *>(m_chart);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    // The weekly trend of the whole period (every unit together).
    auto *trendChart = new QChart;
    trendChart->setTitle(tr("Received and resolved per week"));
    auto *trendSeries = new QBarSeries(trendChart);
    auto *received = new QBarSet(tr("Received"));
    auto *resolved = new QBarSet(tr("Resolved"));
    QStringList weeks;
    qint64 most = 1;
    for (const stats::WeekCount &w : result.total.trend) {
        weeks << w.isoWeek();
        *received << double(w.received);
        *resolved << double(w.resolved);
        most = std::max({most, w.received, w.resolved});
    }
    trendSeries->append({received, resolved});
    trendChart->addSeries(trendSeries);
    auto *weekAxis = new QBarCategoryAxis(trendChart);
    weekAxis->append(weeks);
    auto *countAxis = new QValueAxis(trendChart);
    countAxis->setRange(0, double(most));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    trendChart->addAxis(weekAxis, Qt::AlignBottom);
    trendChart->addAxis(countAxis, Qt::AlignLeft);
    trendSeries->attachAxis(weekAxis);
    trendSeries->attachAxis(countAxis);
    auto *trendView = static_cast<QChartView *>(m_trend);
    QChart *oldTrend = trendView->chart();
    trendView->setChart(trendChart);
    delete oldTrend;

    const QStringList unranked = result.unrankedKeys();
    m_state->setText(
        tr("%n report(s) received in the period", nullptr, int(result.total.received)) +
        (unranked.isEmpty()
             ? QString()
             : QStringLiteral(" · ") + tr("%n unit(s) not ranked (fewer than %1 reports)", nullptr,
                                          int(unranked.size()))
                                           .arg(result.minReports)));
    emit refreshed();
}

} // namespace posko::ui
