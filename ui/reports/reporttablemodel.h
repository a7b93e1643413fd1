// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"
#include "core/geo/areas.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>
#include <vector>

namespace posko {
class Clock;
class ClusterIndex;
struct WorldRect;
} // namespace posko

namespace posko::ui {

// The report list as the operator sees it: one row per report in the replica, sortable by any
// column. Holds reports without history (the detail panel loads that on demand). The SLA column
// is computed from the injected clock at paint time; refreshSla() repaints only that column.
// Invariant: m_rowOf maps every report id to its current row.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Column
    {
        ColId,
        ColReceived,
        ColLabel,
        ColStatus,
        ColSquad,
        ColSla,
        ColKecamatan,
        ColDescription,
        ColumnCount
    };
    enum Role
    {
        ReportIdRole = Qt::UserRole + 1,
        SlaStateRole,
        SquadCodeRole,
        PendingRole,
        SortRole
    };

    ReportTableModel(const Clock &clock, QObject *parent = nullptr);

    void setPolicy(LabelPolicy policy);
    void setReports(QVector<Report> reports);
    void upsert(const Report &report);
    // A sync page: updates rows in place and adds new ones with one re-sort, not one per row.
    void upsertMany(const QVector<Report> &reports);
    void remove(qint64 id);
    void setPending(const QSet<qint64> &ids);

    qint64 reportIdAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent
    const Report *reportAt(int row) const;
    const LabelPolicy &policy() const { return m_policy; }
    const AreaCatalog &areas() const { return m_areas; }

    void refreshSla();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortKey(const Report &r, int column) const;
    void reindex();
    void sortRows();

    const Clock &m_clock;
    LabelPolicy m_policy;
    AreaCatalog m_areas;
    QVector<Report> m_rows;
    QHash<qint64, int> m_rowOf;
    QSet<qint64> m_pending;
    int m_sortColumn = ColId;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

// "Only what the map shows": the report table's view of ReportTableModel, either every row
// (pass-through) or only the rows of a set of report ids, in the source's order. Not a
// QSortFilterProxyModel (no per-row filter calls, no own sorting): the mapping is two vectors,
// rebuilt in O(ids + rows) per change. Sorting is forwarded to the source. Filter changes and
// source changes while filtering are layout changes, so persistent indexes (the selection) follow
// their reports; rows that leave the filter drop out of the selection.
class VisibleReportsProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisibleReportsProxy)

public:
    explicit VisibleReportsProxy(ReportTableModel *source, QObject *parent = nullptr);

    // Shows only these reports (ids not in the source are ignored).
    void setVisibleIds(std::vector<qint64> ids);
    // Shows only the reports of `index` inside `area` (ClusterIndex::pointsIn).
    void setVisibleArea(const ClusterIndex &index, const WorldRect &area);
    void clearFilter(); // every row again
    bool isFiltering() const { return m_filtering; }

    qint64 reportIdAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent or filtered out

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    int sourceRow(int row) const;
    int proxyRow(int sourceRow) const;
    void beginRelayout();
    void endRelayout();
    void rebuildMapping();

    ReportTableModel *m_source;
    bool m_filtering = false;
    bool m_relayout = false;
    std::vector<qint64> m_ids;
    std::vector<int> m_sourceRows; // proxy row -> source row, when filtering
    std::vector<int> m_proxyRows;  // source row -> proxy row or -1, when filtering
    QModelIndexList m_saved;       // persistent indexes during a layout change
    std::vector<qint64> m_savedIds;
};

} // namespace posko::ui
