// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace posko {
class AreaCatalog;
class Clock;
class ReportCatalog;
} // namespace posko

namespace posko::ui {

class MapView;
class ReportTableModel;

// The regent's overview for a large screen (issue 6): the map of every report, the key figures
// (received today and this week, the share followed up, the median time to the first
// response), the latest reports and the worst-breached cases, in type readable from across the
// room. It refreshes itself every minute, computing on a worker thread. It shows only what the
// logged-in user's replica holds, so nothing of the covert squad reaches a user without clearance.
// F11 toggles full screen, Esc leaves it.
class OverviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewWindow)

public:
    OverviewWindow(QString databasePath, LabelPolicy policy, const AreaCatalog &areas,
                   ReportCatalog &catalog, const Clock &clock, QWidget *parent = nullptr);
    MapView *map() const { return m_map; }

    void refresh();
    // Reports past their deadline (from the SLA notifier's latest check).
    void setBreaches(const QVector<qint64> &ids);

    QLabel *figure(int which) const { return m_figures[which]; } // 0 today, 1 week, 2, 3
    QListWidget *latest() const { return m_latest; }
    QListWidget *worst() const { return m_worst; }

signals:
    void refreshed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString line(qint64 id) const;

    QString m_path;
    LabelPolicy m_policy;
    const AreaCatalog &m_areas;
    ReportCatalog &m_catalog;
    const Clock &m_clock;
    MapView *m_map = nullptr;
    QLabel *m_figures[4] = {};
    QListWidget *m_latest = nullptr;
    QListWidget *m_worst = nullptr;
    QVector<qint64> m_breaches;
    QTimer *m_timer = nullptr;
    bool m_running = false; // a refresh is being computed on a worker
    bool m_again = false;
};

} // namespace posko::ui
