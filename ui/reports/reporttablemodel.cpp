// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reporttablemodel.h"

#include "core/domain/clock.h"
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

} // namespace posko::ui
