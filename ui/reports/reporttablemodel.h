// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"
#include "core/geo/areas.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace posko {
class Clock;
}

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

} // namespace posko::ui
