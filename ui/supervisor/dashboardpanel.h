// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/stats/statsengine.h"
#include "core/storage/reportcatalog.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
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
// shares within SLA, open backlog, reopened and disputed shares, fast closures, rank) and a
// chart of the shares within SLA beside the median resolution time. The figures are computed on
// a worker thread from the replica's lifecycle table (StatsEngine), never on the GUI thread.
// Double-clicking a unit asks for the reports it received in the period (drillDown()).
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    DashboardPanel(QString databasePath, LabelPolicy policy, const AreaCatalog &areas,
                   const Clock &clock, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    void setPolicy(const LabelPolicy &policy);
    // Computes again (after a sync); coalesced while one runs.
    void refresh();
    const std::optional<stats::StatsResult> &result() const { return m_result; }
    QTableWidget *table() const { return m_table; }
    // The weekly trend chart's categories (ISO weeks) and values, for tests.
    QStringList trendWeeks() const;
    QComboBox *groupingBox() const { return m_grouping; }
    void setPeriod(QDate fromWib, QDate toWib);

signals:
    // The reports a unit received in the period, as the table's filter (its squad, kecamatan
    // or label and the period's received dates).
    void drillDown(const posko::CatalogFilter &filter);
    void refreshed();

private:
    void start();
    void showResult(const stats::StatsResult &result);
    QString unitName(const QString &key) const;

    QString m_path;
    LabelPolicy m_policy;
    const AreaCatalog &m_areas;
    const Clock &m_clock;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QSpinBox *m_minReports = nullptr;
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
    QWidget *m_chart = nullptr;
    QWidget *m_trend = nullptr; // received and resolved per ISO week
    std::optional<stats::StatsResult> m_result;
    bool m_running = false;
    bool m_again = false;
    quint64 m_generation = 0;
};

} // namespace posko::ui
