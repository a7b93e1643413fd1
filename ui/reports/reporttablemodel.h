// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"
#include "core/geo/areas.h"
#include "core/storage/reportcatalog.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>
#include <memory>
#include <optional>
#include <vector>

namespace posko {
class Clock;
class ClusterIndex;
struct WorldRect;
} // namespace posko

namespace posko::ui {

// The report list as the operator sees it: the rows of the current filter and sort of a
// ReportCatalog (the replica's reports held compactly, filtered and sorted on the catalog's
// worker thread), as report ids. Cells are read from the catalog when painted; the detail
// panel loads a full report (with history) from the replica on demand.
//
// With a replica-backed catalog (setCatalog) every filter or sort change is a query on the
// worker; its result replaces the rows (a model reset for a filter change; removed, moved and
// inserted rows for a sort or data change, so persistent indexes follow their reports). Without
// one the model keeps its own in-memory catalog and applies setReports()/upsert()/remove() and
// queries at once (small sets, tests; no text search).
// The SLA column is computed from the injected clock at paint time; refreshSla() repaints only
// that column.
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
    ~ReportTableModel() override;

    // Shows `catalog`'s reports (not owned; it must outlive the model or be reset here first).
    void setCatalog(ReportCatalog *catalog);
    ReportCatalog *catalog() const { return m_catalog; }

    void setPolicy(LabelPolicy policy);
    void setFilter(const CatalogFilter &filter);
    const CatalogFilter &filter() const { return m_filter; }
    // Runs the current filter and sort again (after the catalog's rows changed).
    void requery();
    // These reports changed in the catalog (refresh()): repaint their rows with the next result.
    void noteChanged(const QVector<qint64> &ids) { markChanged(ids); }
    // True while a query's result has not arrived yet.
    bool isQuerying() const { return m_waiting != 0; }

    // The in-memory catalog's direct path (no replica): applied at once.
    void setReports(const QVector<Report> &reports);
    void upsert(const Report &report);
    void upsertMany(const QVector<Report> &reports);
    void remove(qint64 id);

    void setPending(const QSet<qint64> &ids);

    qint64 reportIdAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent
    std::optional<CatalogRow> rowAt(int row, bool withDescription = false) const;
    // Every row's map point, in row order, under one catalog lock (the map layer's rebuild).
    std::vector<CatalogPoint> points() const { return m_catalog->points(m_ids, nowSecs()); }
    // The shown reports' ids in row order (a copy) and a reader of their points that a pool
    // thread may use (the map's index is built there for large sets).
    std::vector<qint64> ids() const { return m_ids; }
    ReportCatalog::PointReader pointReader() const { return m_catalog->pointReader(); }
    const LabelPolicy &policy() const { return m_policy; }
    const AreaCatalog &areas() const { return m_areas; }
    qint64 nowSecs() const;
    // A report in two lines for a tooltip: "#12 · Flood · Assigned · Orange Squad" and its SLA
    // countdown ("Response due in 25 m"); empty when the catalog does not hold it.
    QString summary(qint64 id) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void refreshSla();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query's result is shown (rowCount() and the rows are current).
    void rowsReady();

private:
    void query(bool reset);
    void apply(std::vector<qint64> ids, bool reset);
    void applyDiff(std::vector<qint64> ids);
    void markChanged(const QVector<qint64> &ids);
    CatalogSort catalogSort() const;

    const Clock &m_clock;
    LabelPolicy m_policy;
    AreaCatalog m_areas;
    ReportCatalog *m_catalog = nullptr;
    std::unique_ptr<ReportCatalog> m_ownCatalog; // without a replica
    QList<QMetaObject::Connection> m_catalogConnections;
    CatalogFilter m_filter;
    std::vector<qint64> m_ids; // the rows
    // Report id -> position in a list of ids: a plain array when the ids are dense enough (hub
    // ids count up from 1), a hash otherwise. Built in O(n), a few ms for a million rows.
    struct IdIndex
    {
        std::vector<int> dense; // by id, -1 when absent
        QHash<qint64, int> sparse;
        bool isDense = false;
        void build(const std::vector<qint64> &ids);
        int value(qint64 id) const
        {
            if (isDense)
                return id >= 0 && size_t(id) < dense.size() ? dense[size_t(id)] : -1;
            return sparse.value(id, -1);
        }
    };
    mutable IdIndex m_rowOf; // built on demand
    mutable bool m_rowOfValid = false;
    QSet<qint64> m_changed;   // refreshed reports: dataChanged when shown
    quint64 m_generation = 0; // the query whose result is awaited
    int m_stream = 0;         // the catalog's query stream of this model
    int m_waiting = 0;
    bool m_resetNext = false;
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
