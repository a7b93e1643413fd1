// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reporttablemodel.h"

#include "core/domain/clock.h"
#include "core/geo/clusterindex.h"
#include "core/sla/sla.h"
#include "ui/common/palette.h"
#include "ui/common/timeformat.h"

#include <QFont>
#include <algorithm>

namespace posko::ui {

ReportTableModel::ReportTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_policy(LabelPolicy::builtIn()),
      m_areas(AreaCatalog::builtIn())
{
}

void ReportTableModel::setPolicy(LabelPolicy policy)
{
    m_policy = std::move(policy);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReportTableModel::setReports(QVector<Report> reports)
{
    beginResetModel();
    m_rows = std::move(reports);
    for (Report &r : m_rows)
        r.history.clear();
    sortRows();
    reindex();
    endResetModel();
}

void ReportTableModel::upsert(const Report &incoming)
{
    Report r = incoming;
    r.history.clear();
    const int row = rowOf(r.id);
    if (row >= 0) {
        m_rows[row] = r;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Insert at its sorted position so the operator's chosen order holds.
    const auto less = [this](const Report &a, const Report &b) {
        const QVariant ka = sortKey(a, m_sortColumn), kb = sortKey(b, m_sortColumn);
        const auto c = QVariant::compare(ka, kb);
        if (c == QPartialOrdering::Equivalent)
            return m_sortOrder == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
        return m_sortOrder == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                 : c == QPartialOrdering::Greater;
    };
    const int pos = int(std::lower_bound(m_rows.begin(), m_rows.end(), r, less) - m_rows.begin());
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, r);
    reindex();
    endInsertRows();
}

void ReportTableModel::upsertMany(const QVector<Report> &reports)
{
    constexpr qsizetype oneByOne = 32; // below this, sorted single inserts are cheaper
    QVector<Report> fresh;
    for (const Report &r : reports) {
        if (rowOf(r.id) >= 0 || reports.size() <= oneByOne)
            upsert(r);
        else
            fresh.push_back(r);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Report &r : fresh) {
        r.history.clear();
        m_rowOf.insert(r.id, int(m_rows.size()));
        m_rows.push_back(std::move(r));
    }
    endInsertRows();
    sort(m_sortColumn, m_sortOrder);
}

void ReportTableModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_pending.remove(id);
    reindex();
    endRemoveRows();
}

void ReportTableModel::setPending(const QSet<qint64> &ids)
{
    const QSet<qint64> changed = (ids - m_pending) + (m_pending - ids);
    m_pending = ids;
    for (qint64 id : changed) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

qint64 ReportTableModel::reportIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ReportTableModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

const Report *ReportTableModel::reportAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ReportTableModel::refreshSla()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ColSla), index(rowCount() - 1, ColSla),
                         {Qt::DisplayRole, Qt::BackgroundRole, SlaStateRole});
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Report &r = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case ReportIdRole:
        return r.id;
    case SquadCodeRole:
        return r.squad ? squadCode(*r.squad) : QString();
    case PendingRole:
        return m_pending.contains(r.id);
    case SortRole:
        return sortKey(r, col);
    case SlaStateRole:
        return int(
            evaluateSla(r, m_policy.find(r.label), m_policy.warningShare(), m_clock.now()).state);
    case Qt::DisplayRole:
        switch (col) {
        case ColId:
            return QString::number(r.id);
        case ColReceived:
            return formatWib(r.requestedAt);
        case ColLabel:
            return m_policy.displayName(r.label);
        case ColStatus:
            return m_pending.contains(r.id) ? tr("%1 (pending)").arg(statusName(r.status))
                                            : statusName(r.status);
        case ColSquad:
            return r.squad ? squadName(*r.squad) : tr("—");
        case ColSla: {
            const SlaStatus s =
                evaluateSla(r, m_policy.find(r.label), m_policy.warningShare(), m_clock.now());
            return s.state == SlaState::None ? QString() : formatCountdown(s.secondsLeft);
        }
        case ColKecamatan:
            return m_areas.kecamatanName(r.kecamatan);
        case ColDescription:
            return r.description.simplified().left(200);
        }
        return {};
    case Qt::ToolTipRole:
        if (col == ColDescription)
            return r.description;
        if (col == ColSla) {
            const SlaStatus s =
                evaluateSla(r, m_policy.find(r.label), m_policy.warningShare(), m_clock.now());
            if (s.state == SlaState::None)
                return {};
            return (s.response ? tr("Response due %1") : tr("Resolution due %1"))
                .arg(formatWib(s.deadline));
        }
        return {};
    case Qt::BackgroundRole:
        if (col == ColSquad && r.squad)
            return squadColor(r.squad);
        if (col == ColSla) {
            const QColor c = slaColor(
                evaluateSla(r, m_policy.find(r.label), m_policy.warningShare(), m_clock.now())
                    .state);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (col == ColSquad && r.squad)
            return squadTextColor(r.squad);
        if (col == ColSla)
            return QColor(0x20, 0x20, 0x20);
        return {};
    case Qt::FontRole:
        if (m_pending.contains(r.id)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (col == ColId || col == ColSla)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (col == ColSla) {
            const SlaStatus s =
                evaluateSla(r, m_policy.find(r.label), m_policy.warningShare(), m_clock.now());
            switch (s.state) {
            case SlaState::Breached:
                return tr("SLA breached by %1").arg(formatCountdown(-s.secondsLeft));
            case SlaState::Warning:
                return tr("SLA near breach, %1 left").arg(formatCountdown(s.secondsLeft));
            case SlaState::Ok:
                return tr("SLA on time, %1 left").arg(formatCountdown(s.secondsLeft));
            case SlaState::None:
                return tr("no SLA timer");
            }
        }
        return {};
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColId:
        return tr("ID");
    case ColReceived:
        return tr("Received");
    case ColLabel:
        return tr("Label");
    case ColStatus:
        return tr("Status");
    case ColSquad:
        return tr("Squad");
    case ColSla:
        return tr("SLA");
    case ColKecamatan:
        return tr("Kecamatan");
    case ColDescription:
        return tr("Description");
    }
    return {};
}

QVariant ReportTableModel::sortKey(const Report &r, int column) const
{
    switch (column) {
    case ColId:
        return r.id;
    case ColReceived:
        return r.requestedAt.toSecsSinceEpoch();
    case ColLabel:
        return m_policy.displayName(r.label);
    case ColStatus:
        return int(r.status);
    case ColSquad:
        return r.squad ? int(*r.squad) : -1;
    case ColSla: {
        const SlaStatus s =
            evaluateSla(r, m_policy.find(r.label), m_policy.warningShare(), m_clock.now());
        // Reports without a running timer sort after every running one.
        return s.state == SlaState::None ? std::numeric_limits<qint64>::max() : s.secondsLeft;
    }
    case ColKecamatan:
        return m_areas.kecamatanName(r.kecamatan);
    case ColDescription:
        return r.description;
    }
    return {};
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &i : before)
        ids.push_back(reportIdAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k)
        after.push_back(index(rowOf(ids[k]), before[k].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ReportTableModel::sortRows()
{
    // Keys computed once per row, not per comparison: SLA and names are not free.
    QVector<std::pair<QVariant, int>> keys;
    keys.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        keys.push_back({sortKey(m_rows[i], m_sortColumn), i});
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        const auto c = QVariant::compare(a.first, b.first);
        if (c == QPartialOrdering::Equivalent)
            return asc ? m_rows[a.second].id < m_rows[b.second].id
                       : m_rows[a.second].id > m_rows[b.second].id;
        return asc ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    QVector<Report> sorted;
    sorted.reserve(m_rows.size());
    for (const auto &k : keys)
        sorted.push_back(std::move(m_rows[k.second]));
    m_rows = std::move(sorted);
}

void ReportTableModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
}

VisibleReportsProxy::VisibleReportsProxy(ReportTableModel *source, QObject *parent)
    : QAbstractProxyModel(parent), m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    // Pass-through: rows are forwarded as they are. Filtering: any row change is a layout change.
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_filtering)
                    beginRelayout();
                else
                    beginInsertRows({}, first, last);
            });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_filtering)
            endRelayout();
        else
            endInsertRows();
    });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_filtering)
                    beginRelayout();
                else
                    beginRemoveRows({}, first, last);
            });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_filtering)
            endRelayout();
        else
            endRemoveRows();
    });
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &VisibleReportsProxy::beginRelayout);
    connect(source, &QAbstractItemModel::layoutChanged, this, &VisibleReportsProxy::endRelayout);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &VisibleReportsProxy::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        rebuildMapping();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                if (!m_filtering) {
                    emit dataChanged(mapFromSource(tl), mapFromSource(br), roles);
                    return;
                }
                int first = -1, last = -1;
                for (int row = tl.row(); row <= br.row(); ++row)
                    if (const int p = proxyRow(row); p >= 0) {
                        first = first < 0 ? p : std::min(first, p);
                        last = std::max(last, p);
                    }
                if (first >= 0)
                    emit dataChanged(index(first, tl.column()), index(last, br.column()), roles);
            });
}

void VisibleReportsProxy::setVisibleIds(std::vector<qint64> ids)
{
    beginRelayout();
    m_filtering = true;
    m_ids = std::move(ids);
    endRelayout();
}

void VisibleReportsProxy::setVisibleArea(const ClusterIndex &index, const WorldRect &area)
{
    std::vector<qint64> ids;
    index.pointsIn(area, ids);
    setVisibleIds(std::move(ids));
}

void VisibleReportsProxy::clearFilter()
{
    if (!m_filtering)
        return;
    beginRelayout();
    m_filtering = false;
    m_ids = {};
    endRelayout();
}

int VisibleReportsProxy::sourceRow(int row) const
{
    if (!m_filtering)
        return row;
    return row >= 0 && std::size_t(row) < m_sourceRows.size() ? m_sourceRows[std::size_t(row)] : -1;
}

int VisibleReportsProxy::proxyRow(int sourceRow) const
{
    if (!m_filtering)
        return sourceRow;
    return sourceRow >= 0 && std::size_t(sourceRow) < m_proxyRows.size()
               ? m_proxyRows[std::size_t(sourceRow)]
               : -1;
}

qint64 VisibleReportsProxy::reportIdAt(int row) const
{
    return m_source->reportIdAt(sourceRow(row));
}

int VisibleReportsProxy::rowOf(qint64 id) const
{
    return proxyRow(m_source->rowOf(id));
}

void VisibleReportsProxy::beginRelayout()
{
    if (m_relayout)
        return;
    m_relayout = true;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes follow their report ids through the change.
    m_saved = persistentIndexList();
    m_savedIds.clear();
    m_savedIds.reserve(std::size_t(m_saved.size()));
    for (const QModelIndex &i : m_saved)
        m_savedIds.push_back(reportIdAt(i.row()));
}

void VisibleReportsProxy::endRelayout()
{
    if (!m_relayout)
        return;
    rebuildMapping();
    QModelIndexList to;
    to.reserve(m_saved.size());
    for (qsizetype i = 0; i < m_saved.size(); ++i) {
        const int row = rowOf(m_savedIds[std::size_t(i)]);
        to.push_back(row < 0 ? QModelIndex() : index(row, m_saved[i].column()));
    }
    changePersistentIndexList(m_saved, to);
    m_saved.clear();
    m_savedIds.clear();
    m_relayout = false;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void VisibleReportsProxy::rebuildMapping()
{
    m_sourceRows.clear();
    m_proxyRows.clear();
    if (!m_filtering)
        return;
    // Mark the rows of the ids, then number them in source order: O(ids + rows), no sort.
    m_proxyRows.assign(std::size_t(m_source->rowCount()), -1);
    for (qint64 id : m_ids)
        if (const int row = m_source->rowOf(id); row >= 0)
            m_proxyRows[std::size_t(row)] = 0;
    m_sourceRows.reserve(m_ids.size());
    for (std::size_t row = 0; row < m_proxyRows.size(); ++row)
        if (m_proxyRows[row] == 0) {
            m_proxyRows[row] = int(m_sourceRows.size());
            m_sourceRows.push_back(int(row));
        }
}

QModelIndex VisibleReportsProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = sourceRow(proxyIndex.row());
    return row < 0 ? QModelIndex() : m_source->index(row, proxyIndex.column());
}

QModelIndex VisibleReportsProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex VisibleReportsProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex VisibleReportsProxy::parent(const QModelIndex &) const
{
    return {};
}

int VisibleReportsProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_filtering ? int(m_sourceRows.size()) : m_source->rowCount();
}

int VisibleReportsProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QVariant VisibleReportsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        section = sourceRow(section);
    return m_source->headerData(section, orientation, role);
}

void VisibleReportsProxy::sort(int column, Qt::SortOrder order)
{
    m_source->sort(column, order);
}

} // namespace posko::ui
