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
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <memory>

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
    auto *weekly = new QPushButton(tr("Weekly evaluation (PDF)…"), this);
    weekly->setObjectName(QStringLiteral("dashboardWeeklyReport"));
    weekly->setToolTip(tr("The week of the period's last day, per squad and per kecamatan, "
                          "printed in Bahasa Indonesia."));
    connect(weekly, &QPushButton::clicked, this,
            [this] { emit weeklyReportRequested(m_to->date()); });
    bar->addWidget(weekly);

    auto *split = new QSplitter(Qt::Vertical, this);
    v->addWidget(split, 1);
    m_table = new QTableWidget(0, ColumnCount, split);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setAccessibleName(tr("Performance by unit"));
    m_table->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Rank"), tr("Received"), tr("Assigned"), tr("Resolved"), tr("Closed"),
         tr("Response (median / p90)"), tr("Resolution (median / p90)"), tr("Response in SLA"),
         tr("Resolution in SLA"), tr("Open backlog"), tr("Open < 1 d"), tr("Open 1–3 d"),
         tr("Open 3–7 d"), tr("Open ≥ 7 d"), tr("Reopened"), tr("Disputed"), tr("Too fast")});
    for (int c = ColBacklogFirst; c <= ColBacklogLast; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(
            tr("Reports open at the period's end, by age since they were received"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a figure or press Enter: the table and the map show "
                           "exactly the reports behind it. Right-click a share for more."));
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (const auto drill = cellDrill(row, column))
            drillInto(*drill);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        std::unique_ptr<QMenu> menu(cellMenu(index.row(), index.column()));
        if (menu)
            menu->exec(m_table->viewport()->mapToGlobal(at));
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
    const int units = int(result.units.size());
    m_table->setRowCount(units + 1);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int row = 0; row <= units; ++row) {
        const bool total = row == units;
        const stats::UnitFigures &u = total ? result.total : result.units.at(row);
        const auto put = [&](int col, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (col != ColUnit)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total)
                item->setFont(bold);
            m_table->setItem(row, col, item);
        };
        put(ColUnit, total ? tr("All units") : unitName(u.key));
        put(ColRank, total        ? QStringLiteral("—")
                     : u.rank > 0 ? QString::number(u.rank)
                                  : tr("not ranked"));
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
        for (int b = 0; b < stats::kBacklogBuckets; ++b)
            put(ColBacklogFirst + b, QString::number(u.backlog[size_t(b)]));
        put(ColReopened, percent(u.reopened));
        put(ColDisputed, percent(u.disputed));
        put(ColFast, QString::number(u.flaggedFast));
        if (!total && u.rank == 0)
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
    m_chartKeys.clear();
    for (const stats::UnitFigures &u : result.units) {
        if (u.rank == 0)
            continue;
        categories << unitName(u.key);
        m_chartKeys << u.key;
        *resolution << u.resolutionSla.value().value_or(0) * 100.0;
        *response << u.responseSla.value().value_or(0) * 100.0;
        *reopened << u.reopened.value().value_or(0) * 100.0;
    }
    // A bar drills down to the reports its share is of (the reopened ones for the reopened).
    const auto drillBar = [this](QBarSet *set, stats::Figure figure) {
        connect(set, &QBarSet::clicked, this, [this, figure](int index) {
            if (index >= 0 && index < m_chartKeys.size())
                drillInto({m_chartKeys.at(index), figure, -1});
        });
    };
    drillBar(resolution, stats::Figure::ResolutionSlaCounted);
    drillBar(response, stats::Figure::ResponseSlaCounted);
    drillBar(reopened, stats::Figure::Reopened);
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
    const auto drillWeek = [this](QBarSet *set, stats::Figure figure) {
        connect(set, &QBarSet::clicked, this, [this, figure](int index) {
            drillInto({std::nullopt, figure, index});
        });
    };
    drillWeek(received, stats::Figure::WeekReceived);
    drillWeek(resolved, stats::Figure::WeekResolved);
    trendSeries->append({received, resolved});
    trendChart->addSeries(trendSeries);
    auto *weekAxis = new QBarCategoryAxis(trendChart);
    weekAxis->append(weeks);
    auto *countAxis = new QValueAxis(trendChart);
    countAxis->setRange(0, double(most));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers on every tick: one tick a count for small counts, round steps above.
    if (most <= 5)
        countAxis->setTickCount(int(most) + 1);
    else
        countAxis->applyNiceNumbers();
    trendChart->addAxis(weekAxis, Qt::AlignBottom);
    trendChart->addAxis(countAxis, Qt::AlignLeft);
    trendSeries->attachAxis(weekAxis);
    trendSeries->attachAxis(countAxis);
    auto *trendView = static_cast<QChartView *>(m_trend);
    QChart *oldTrend = trendView->chart();
    trendView->setChart(trendChart);
    delete oldTrend;

    const QStringList unranked = result.unrankedKeys();
    m_summary = tr("%n report(s) received in the period", nullptr, int(result.total.received)) +
                (unranked.isEmpty()
                     ? QString()
                     : QStringLiteral(" · ") + tr("%n unit(s) not ranked (fewer than %1 reports)",
                                                  nullptr, int(unranked.size()))
                                                   .arg(result.minReports));
    m_state->setText(m_summary);
    emit refreshed();
}

namespace {
QList<QBarSet *> barSetsOf(QWidget *chartView)
{
    QList<QBarSet *> sets;
    if (QChart *chart = static_cast<QChartView *>(chartView)->chart())
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QBarSeries *>(series))
                sets += bars->barSets();
    return sets;
}
} // namespace

QList<QBarSet *> DashboardPanel::chartBarSets() const
{
    return barSetsOf(m_chart);
}

QList<QBarSet *> DashboardPanel::trendBarSets() const
{
    return barSetsOf(m_trend);
}

std::optional<DashboardPanel::Drill> DashboardPanel::cellDrill(int row, int column,
                                                               bool alternative) const
{
    if (!m_result || row < 0 || row > m_result->units.size())
        return std::nullopt;
    Drill d;
    if (row < m_result->units.size())
        d.unitKey = m_result->units.at(row).key;
    using stats::Figure;
    switch (column) {
    case ColUnit:
    case ColRank:
    case ColReceived:
        d.figure = Figure::Received;
        break;
    case ColAssigned:
        d.figure = Figure::Assigned;
        break;
    case ColResolved:
        d.figure = Figure::Resolved;
        break;
    case ColClosed:
        d.figure = Figure::Closed;
        break;
    case ColResponse:
        d.figure = Figure::Responded;
        break;
    case ColResolution:
        d.figure = Figure::ResolutionTimed;
        break;
    case ColResponseSla:
        d.figure = alternative ? Figure::ResponseSlaMissed : Figure::ResponseSlaCounted;
        return d;
    case ColResolutionSla:
        d.figure = alternative ? Figure::ResolutionSlaMissed : Figure::ResolutionSlaCounted;
        return d;
    case ColBacklog:
        d.figure = Figure::Backlog;
        break;
    case ColReopened:
        d.figure = alternative ? Figure::Resolved : Figure::Reopened;
        return d;
    case ColDisputed:
        d.figure = alternative ? Figure::Resolved : Figure::Disputed;
        return d;
    case ColFast:
        d.figure = Figure::FlaggedFast;
        break;
    default:
        if (column < ColBacklogFirst || column > ColBacklogLast)
            return std::nullopt;
        d.figure = Figure::Backlog;
        d.index = column - ColBacklogFirst;
        break;
    }
    if (alternative)
        return std::nullopt; // a cell with one reading
    return d;
}

QMenu *DashboardPanel::cellMenu(int row, int column)
{
    const auto first = cellDrill(row, column);
    const auto second = cellDrill(row, column, true);
    if (!first || !second)
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("dashboardCellMenu"));
    const bool sla = column == ColResponseSla || column == ColResolutionSla;
    const QString one = sla ? tr("Show every report counted") : tr("Show these reports");
    const QString other =
        sla ? tr("Show only those that missed") : tr("Show every report resolved (the base)");
    connect(menu->addAction(one), &QAction::triggered, this, [this, d = *first] { drillInto(d); });
    connect(menu->addAction(other), &QAction::triggered, this,
            [this, d = *second] { drillInto(d); });
    return menu;
}

QString DashboardPanel::unitName(const std::optional<QString> &key) const
{
    return key ? unitName(*key) : tr("All units");
}

QString DashboardPanel::figureName(const Drill &drill) const
{
    using stats::Figure;
    const auto week = [&] {
        if (m_result && drill.index >= 0 && drill.index < m_result->total.trend.size())
            return m_result->total.trend.at(drill.index).isoWeek();
        return QString::number(drill.index + 1);
    };
    switch (drill.figure) {
    case Figure::Received:
        return tr("Received");
    case Figure::Assigned:
        return tr("Assigned");
    case Figure::Resolved:
        return tr("Resolved");
    case Figure::Closed:
        return tr("Closed");
    case Figure::Responded:
        return tr("Time to response (responded)");
    case Figure::ResolutionTimed:
        return tr("Time to resolution (resolved)");
    case Figure::ResponseSlaCounted:
        return tr("Response in SLA (met or missed)");
    case Figure::ResponseSlaMissed:
        return tr("Response SLA missed");
    case Figure::ResolutionSlaCounted:
        return tr("Resolution in SLA (met or missed)");
    case Figure::ResolutionSlaMissed:
        return tr("Resolution SLA missed");
    case Figure::Backlog:
        switch (drill.index) {
        case 0:
            return tr("Open < 1 d");
        case 1:
            return tr("Open 1–3 d");
        case 2:
            return tr("Open 3–7 d");
        case 3:
            return tr("Open ≥ 7 d");
        default:
            return tr("Open backlog");
        }
    case Figure::Reopened:
        return tr("Reopened");
    case Figure::Disputed:
        return tr("Disputed");
    case Figure::FlaggedFast:
        return tr("Too fast");
    case Figure::WeekReceived:
        return tr("Received in %1").arg(week());
    case Figure::WeekResolved:
        return tr("Resolved in %1").arg(week());
    }
    return {};
}

void DashboardPanel::drillInto(const Drill &drill)
{
    if (!m_result)
        return;
    const quint64 generation = ++m_drillGeneration;
    const stats::Period period = m_result->period;
    const stats::Grouping grouping = m_result->grouping;
    const QString day = QStringLiteral("dd/MM/yyyy");
    const QDate first = QDateTime::fromSecsSinceEpoch(period.from + wibOffset, Qt::UTC).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(period.to - 1 + wibOffset, Qt::UTC).date();
    const QString caption = QStringLiteral("%1 · %2 · %3–%4")
                                .arg(figureName(drill), unitName(drill.unitKey),
                                     first.toString(day), last.toString(day));
    m_state->setText(tr("Listing the reports behind “%1”…").arg(caption));
    const QString path = m_path;
    const LabelPolicy policy = m_policy;
    auto *watcher = new QFutureWatcher<std::pair<std::optional<QVector<qint64>>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, caption] {
        watcher->deleteLater();
        if (generation != m_drillGeneration)
            return; // a later drill-down was asked for meanwhile
        const auto [ids, error] = watcher->result();
        if (!ids) {
            m_state->setText(tr("The reports behind the figure cannot be listed: %1").arg(error));
            return;
        }
        m_state->setText(m_summary);
        CatalogFilter f;
        f.ids = *ids;
        f.idsCaption = caption;
        emit drillDown(f);
    });
    watcher->setFuture(QtConcurrent::run([path, policy, period, grouping, drill] {
        QString error;
        const stats::StatsEngine engine(path, policy);
        auto ids =
            engine.members(period, grouping, drill.unitKey, drill.figure, drill.index, &error);
        return std::make_pair(std::move(ids), error);
    }));
}

} // namespace posko::ui
