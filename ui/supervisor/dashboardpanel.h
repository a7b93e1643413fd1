// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/stats/statsengine.h"
#include "core/storage/reportcatalog.h"

#include <QWidget>
#include <optional>

class QBarSet;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QSpinBox;
class QTableWidget;

namespace posko {
class AreaCatalog;
class Clock;
} // namespace posko

namespace posko::ui {

// The supervisor's squad performance for a chosen period, by squad, kecamatan or label
// (issue 6): one row per unit with every figure of core/stats (received, assigned, resolved,
// closed, median and 90th-percentile response and resolution times on each label's clock,
// shares within SLA, open backlog in total and by age, reopened and disputed shares, fast
// closures, rank), a last row with every unit together, a chart of the shares within SLA beside
// the reopened share and the weekly trend. The figures are computed on a worker thread from the
// replica's lifecycle table (StatsEngine), never on the GUI thread.
//
// Every figure drills down: activating a cell (double-click, Enter) or clicking a chart's bar
// lists the reports behind that figure (StatsEngine::members, on a worker) and emits
// drillDown() with them as the table filter's id set, so the table and the map show exactly the
// reports counted. The unit and rank cells stand for the reports received; a share within SLA
// for the reports it is a share of (its context menu offers only those that missed); a reopened
// or disputed share for the reopened / disputed ones (the menu offers the resolved base).
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
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
        ColBacklogFirst, // the age buckets, < 1 d, 1-3 d, 3-7 d, >= 7 d
        ColBacklogLast = ColBacklogFirst + stats::kBacklogBuckets - 1,
        ColReopened,
        ColDisputed,
        ColFast,
        ColumnCount
    };

    DashboardPanel(QString databasePath, LabelPolicy policy, const AreaCatalog &areas,
                   const Clock &clock, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    void setPolicy(const LabelPolicy &policy);
    // Computes again (after a sync); coalesced while one runs.
    void refresh();
    const std::optional<stats::StatsResult> &result() const { return m_result; }
    // One row per unit of result(), in its order, then the total (every unit together).
    QTableWidget *table() const { return m_table; }
    // The weekly trend chart's categories (ISO weeks) and values, for tests.
    QStringList trendWeeks() const;
    QComboBox *groupingBox() const { return m_grouping; }
    void setPeriod(QDate fromWib, QDate toWib);

    // What a cell of table() stands for: the unit (nullopt: the total row), the figure and its
    // index (backlog bucket or week, -1 otherwise). `alternative`: the other reading that the
    // cell's context menu offers (only the missed ones of a share within SLA, the resolved
    // base of a reopened or disputed share). nullopt for a cell without one.
    struct Drill
    {
        std::optional<QString> unitKey;
        stats::Figure figure = stats::Figure::Received;
        int index = -1;
    };
    std::optional<Drill> cellDrill(int row, int column, bool alternative = false) const;
    // Lists the reports behind a figure on a worker; drillDown() follows unless a later request
    // supersedes it.
    void drillInto(const Drill &drill);
    // The context menu of a cell (its readings); null when it has none. The caller owns it.
    QMenu *cellMenu(int row, int column);
    // The charts' bar sets: the shares chart's (resolutions within SLA, responses within SLA,
    // reopened; one bar per ranked unit) and the trend's (received, resolved; one per week).
    QList<QBarSet *> chartBarSets() const;
    QList<QBarSet *> trendBarSets() const;
    // A translated name of the figure (with its week or bucket) and of a unit.
    QString figureName(const Drill &drill) const;

signals:
    // The reports behind a figure, as the table's filter: an id set (CatalogFilter::ids) with a
    // caption naming the figure, the unit and the period.
    void drillDown(const posko::CatalogFilter &filter);
    void refreshed();
    // The weekly evaluation (PDF) of the week holding `day` (the period's last day).
    void weeklyReportRequested(QDate day);

private:
    void start();
    void showResult(const stats::StatsResult &result);
    QString unitName(const QString &key) const;
    QString unitName(const std::optional<QString> &key) const;

    QString m_path;
    LabelPolicy m_policy;
    const AreaCatalog &m_areas;
    const Clock &m_clock;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QSpinBox *m_minReports = nullptr;
    QLabel *m_state = nullptr;
    QString m_summary; // what m_state says between drill-downs
    QTableWidget *m_table = nullptr;
    QWidget *m_chart = nullptr;
    QWidget *m_trend = nullptr; // received and resolved per ISO week
    std::optional<stats::StatsResult> m_result;
    bool m_running = false;
    bool m_again = false;
    quint64 m_generation = 0;
    quint64 m_drillGeneration = 0; // the latest drillInto(); older answers are dropped
    QStringList m_chartKeys;       // the shares chart's units, by bar index
};

} // namespace posko::ui
