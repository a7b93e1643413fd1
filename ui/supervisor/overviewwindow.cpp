// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervisor/overviewwindow.h"

#include "core/domain/clock.h"
#include "core/geo/areas.h"
#include "core/sla/sla.h"
#include "core/stats/statsengine.h"
#include "core/storage/reportcatalog.h"
#include "ui/common/timeformat.h"
#include "ui/map/mapview.h"
#include "ui/reports/reporttablemodel.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <sqlite3.h>

namespace posko::ui {

namespace {
constexpr qint64 wibOffset = 7 * 3600;

QDate todayWib(const Clock &clock)
{
    return clock.now().toUTC().addSecs(wibOffset).date();
}

// The newest reports of the replica, newest first (its requested_at index).
QVector<qint64> newestReports(const QString &path, int limit)
{
    QVector<qint64> ids;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT id FROM reports ORDER BY requested_at DESC LIMIT ?1", -1,
                               &stmt, nullptr) == SQLITE_OK) {
            sqlite3_bind_int(stmt, 1, limit);
            while (sqlite3_step(stmt) == SQLITE_ROW)
                ids.push_back(sqlite3_column_int64(stmt, 0));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return ids;
}
} // namespace

OverviewWindow::OverviewWindow(QString databasePath, LabelPolicy policy, const AreaCatalog &areas,
                               ReportCatalog &catalog, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Window), m_path(std::move(databasePath)), m_policy(std::move(policy)),
      m_areas(areas), m_catalog(catalog), m_clock(clock)
{
    setObjectName(QStringLiteral("overviewWindow"));
    setWindowTitle(tr("Posko overview"));
    // Readable from across the room: everything in this window is twice the usual size.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    setFont(big);
    auto *grid = new QGridLayout(this);
    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("overviewMap"));
    m_map->setAccessibleName(tr("Map of the reports"));
    // Every report the replica holds, whatever the operator's table is filtered to: a model of
    // its own over the shared catalog (the table's model follows the filter bar).
    auto *all = new ReportTableModel(clock, this);
    all->setPolicy(m_policy);
    all->setCatalog(&catalog);
    m_map->setModel(all);
    grid->addWidget(m_map, 0, 0, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *figures = new QGridLayout;
    const QString captions[4] = {tr("Received today"), tr("Received this week"),
                                 tr("Followed up (this week)"),
                                 tr("Median first response (this week)")};
    for (int i = 0; i < 4; ++i) {
        auto *value = new QLabel(QStringLiteral("…"), this);
        value->setObjectName(QStringLiteral("overviewFigure%1").arg(i));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 2.2);
        f.setBold(true);
        value->setFont(f);
        value->setAccessibleName(captions[i]);
        auto *caption = new QLabel(captions[i], this);
        caption->setWordWrap(true);
        figures->addWidget(value, (i / 2) * 2, i % 2);
        figures->addWidget(caption, (i / 2) * 2 + 1, i % 2);
        m_figures[i] = value;
    }
    grid->addLayout(figures, 0, 1);
    auto *latestBox = new QVBoxLayout;
    latestBox->addWidget(new QLabel(tr("Latest reports"), this));
    m_latest = new QListWidget(this);
    m_latest->setObjectName(QStringLiteral("overviewLatest"));
    m_latest->setAccessibleName(tr("Latest reports"));
    latestBox->addWidget(m_latest);
    grid->addLayout(latestBox, 1, 1);
    auto *worstBox = new QVBoxLayout;
    worstBox->addWidget(new QLabel(tr("Longest past their deadline"), this));
    m_worst = new QListWidget(this);
    m_worst->setObjectName(QStringLiteral("overviewWorst"));
    m_worst->setAccessibleName(tr("Longest past their deadline"));
    worstBox->addWidget(m_worst);
    grid->addLayout(worstBox, 2, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &OverviewWindow::refresh);
    m_timer->start();
}

QString OverviewWindow::line(qint64 id) const
{
    const auto row = m_catalog.row(id, false);
    if (!row)
        return tr("#%1").arg(id);
    return tr("#%1 · %2 · %3 · %4")
        .arg(id)
        .arg(m_policy.displayName(row->label), m_areas.kecamatanName(row->kecamatan),
             formatWib(QDateTime::fromSecsSinceEpoch(row->requestedAt, Qt::UTC)));
}

void OverviewWindow::setBreaches(const QVector<qint64> &ids)
{
    m_breaches = ids;
    // The longest overdue first: the earliest deadlines.
    QVector<std::pair<qint64, qint64>> byDeadline;
    for (qint64 id : ids)
        if (const auto row = m_catalog.row(id, false); row && row->deadline)
            byDeadline.push_back({*row->deadline, id});
    std::sort(byDeadline.begin(), byDeadline.end());
    m_worst->clear();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    for (qsizetype i = 0; i < std::min<qsizetype>(byDeadline.size(), 8); ++i) {
        const auto [deadline, id] = byDeadline.at(i);
        auto *item = new QListWidgetItem(
            tr("%1 · overdue by %2").arg(line(id), formatCountdown(now - deadline)), m_worst);
        item->setData(Qt::UserRole, id);
    }
}

void OverviewWindow::refresh()
{
    // The figures and the newest reports are read on a worker: at a million reports two
    // statistics passes take a few hundred ms, too long for the GUI thread every minute.
    if (m_running) {
        m_again = true; // asked during a refresh: another follows it with the newest data
        return;
    }
    m_running = true;
    m_again = false;
    const QDate today = todayWib(m_clock);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    struct Answer
    {
        std::optional<stats::StatsResult> day, week;
        QVector<qint64> newest;
    };
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const Answer a = watcher->result();
        if (a.day)
            m_figures[0]->setText(QString::number(a.day->total.received));
        if (a.week) {
            const stats::UnitFigures &t = a.week->total;
            m_figures[1]->setText(QString::number(t.received));
            // Followed up: received this week and answered by the office or a squad.
            const auto share = stats::Share{t.response.count, t.received}.value();
            m_figures[2]->setText(share ? QStringLiteral("%1 %").arg(*share * 100.0, 0, 'f', 0)
                                        : QStringLiteral("—"));
            m_figures[3]->setText(t.response.median < 0 ? QStringLiteral("—")
                                                        : formatCountdown(t.response.median));
        }
        m_latest->clear();
        for (qint64 id : a.newest) {
            auto *item = new QListWidgetItem(line(id), m_latest);
            item->setData(Qt::UserRole, id);
        }
        setBreaches(m_breaches);
        emit refreshed();
        if (m_again)
            refresh();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, policy = m_policy, today, monday] {
        const stats::StatsEngine engine(path, policy);
        Answer a;
        a.day =
            engine.compute(stats::Period::fromWibDates(today, today), stats::Grouping::Squad, 1);
        a.week =
            engine.compute(stats::Period::fromWibDates(monday, today), stats::Grouping::Squad, 1);
        a.newest = newestReports(path, 8);
        return a;
    }));
}

void OverviewWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace posko::ui
