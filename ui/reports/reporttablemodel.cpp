// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reporttablemodel.h"

#include "core/domain/clock.h"
#include "core/geo/clusterindex.h"
#include "core/sla/sla.h"
#include "ui/common/palette.h"
#include "ui/common/timeformat.h"

#include <QFont>
#include <algorithm>
#include <limits>
#include <utility>

namespace posko::ui {

ReportTableModel::ReportTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_policy(LabelPolicy::builtIn()),
      m_areas(AreaCatalog::builtIn())
{
    m_ownCatalog = std::make_unique<ReportCatalog>(QString(), m_policy);
    setCatalog(m_ownCatalog.get());
}

ReportTableModel::~ReportTableModel()
{
    for (const auto &c : std::as_const(m_catalogConnections))
        disconnect(c);
}

void ReportTableModel::setCatalog(ReportCatalog *catalog)
{
    for (const auto &c : std::as_const(m_catalogConnections))
        disconnect(c);
    m_catalogConnections.clear();
    m_catalog = catalog ? catalog : m_ownCatalog.get();
    if (m_catalog != m_ownCatalog.get())
        m_ownCatalog.reset();
    // Queries of its own: another view's on the same catalog never supersede this one's.
    m_stream = m_catalog->openStream();
    auto &c = m_catalogConnections;
    c << connect(m_catalog, &ReportCatalog::resultReady, this,
                 [this](quint64 generation, const ReportCatalog::Ids &ids) {
                     if (generation != m_generation || !ids)
                         return;
                     m_waiting = 0;
                     const bool reset = m_resetNext;
                     m_resetNext = false;
                     apply(*ids, reset);
                 });
    c << connect(m_catalog, &ReportCatalog::loaded, this, [this] { query(true); });
    // The first batch of a load (the newest reports) shows at once; the rest with loaded().
    c << connect(m_catalog, &ReportCatalog::loadProgress, this, [this] {
        if (m_ids.empty() && !isQuerying())
            query(true);
    });
    c << connect(m_catalog, &ReportCatalog::changed, this, [this] { query(false); });
    query(true);
}

void ReportTableModel::setPolicy(LabelPolicy policy)
{
    m_policy = std::move(policy);
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReportTableModel::setFilter(const CatalogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    query(true);
}

void ReportTableModel::requery()
{
    query(false);
}

CatalogSort ReportTableModel::catalogSort() const
{
    switch (m_sortColumn) {
    case ColReceived:
        return CatalogSort::Received;
    case ColLabel:
        return CatalogSort::Label;
    case ColStatus:
        return CatalogSort::Status;
    case ColSquad:
        return CatalogSort::Squad;
    case ColSla:
        return CatalogSort::Sla;
    case ColKecamatan:
        return CatalogSort::Kecamatan;
    case ColDescription:
        return CatalogSort::Description;
    default:
        return CatalogSort::Id;
    }
}

qint64 ReportTableModel::nowSecs() const
{
    return m_clock.now().toSecsSinceEpoch();
}

void ReportTableModel::query(bool reset)
{
    m_resetNext = m_resetNext || reset;
    if (!m_catalog->hasDatabase()) {
        const bool r = m_resetNext;
        m_resetNext = false;
        apply(m_catalog->queryNow(m_filter, catalogSort(), m_sortOrder, nowSecs()), r);
        return;
    }
    ++m_waiting;
    m_generation = m_catalog->query(m_filter, catalogSort(), m_sortOrder, nowSecs(), m_stream);
}

void ReportTableModel::apply(std::vector<qint64> ids, bool reset)
{
    if (reset || m_ids.empty() || ids.empty()) {
        beginResetModel();
        m_ids = std::move(ids);
        m_rowOfValid = false;
        m_changed.clear();
        endResetModel();
    } else {
        applyDiff(std::move(ids));
    }
    emit rowsReady();
}

// Turns the rows into `ids` with row signals: removed rows go, kept rows move to their new
// order (a layout change that carries persistent indexes along by report id), new rows are
// inserted at their places, refreshed rows repaint.
void ReportTableModel::IdIndex::build(const std::vector<qint64> &ids)
{
    qint64 lo = 0, hi = -1;
    for (qint64 id : ids) {
        lo = std::min(lo, id);
        hi = std::max(hi, id);
    }
    isDense = lo >= 0 && hi < qint64(8 * ids.size() + (1 << 20));
    dense.clear();
    sparse.clear();
    if (isDense) {
        dense.assign(size_t(hi + 1), -1);
        for (int i = 0; i < int(ids.size()); ++i)
            dense[size_t(ids[size_t(i)])] = i;
    } else {
        sparse.reserve(qsizetype(ids.size()));
        for (int i = 0; i < int(ids.size()); ++i)
            sparse.insert(ids[size_t(i)], i);
    }
}

void ReportTableModel::applyDiff(std::vector<qint64> ids)
{
    IdIndex newPos;
    newPos.build(ids);
    // Ids of removed rows may lie outside the new index's range: value() answers -1 for them.
    const auto contains = [&newPos](qint64 id) { return newPos.value(id) >= 0; };

    // 1. Removed rows, in runs from the bottom so earlier rows keep their numbers.
    for (int row = int(m_ids.size()) - 1; row >= 0;) {
        if (contains(m_ids[size_t(row)])) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !contains(m_ids[size_t(first - 1)]))
            --first;
        beginRemoveRows({}, first, row);
        m_ids.erase(m_ids.begin() + first, m_ids.begin() + row + 1);
        m_rowOfValid = false;
        endRemoveRows();
        row = first - 1;
    }

    // 2. Kept rows in the new relative order.
    bool ordered = true;
    for (size_t i = 1; i < m_ids.size() && ordered; ++i)
        ordered = newPos.value(m_ids[i - 1]) < newPos.value(m_ids[i]);
    if (!ordered) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        std::vector<qint64> heldIds;
        heldIds.reserve(size_t(before.size()));
        for (const QModelIndex &i : before)
            heldIds.push_back(reportIdAt(i.row()));
        // m_ids is a subset of ids now: the kept rows in their new order are ids without the
        // new ones (linear; a sort by new position took 150 ms for a million rows).
        if (m_ids.size() == ids.size()) {
            m_ids = ids;
        } else {
            IdIndex kept;
            kept.build(m_ids);
            std::vector<qint64> reordered;
            reordered.reserve(m_ids.size());
            for (qint64 id : ids)
                if (kept.value(id) >= 0)
                    reordered.push_back(id);
            m_ids.swap(reordered);
        }
        m_rowOfValid = false;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after.push_back(index(rowOf(heldIds[size_t(k)]), before[k].column()));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows: m_ids is now a subsequence of ids in the same order.
    for (size_t k = 0; k < ids.size();) {
        if (k < m_ids.size() && m_ids[k] == ids[k]) {
            ++k;
            continue;
        }
        size_t end = k + 1;
        // The run of new ids ends where the next kept row (m_ids[k]) appears.
        const qint64 nextKept = k < m_ids.size() ? m_ids[k] : 0;
        while (end < ids.size() && !(k < m_ids.size() && ids[end] == nextKept))
            ++end;
        beginInsertRows({}, int(k), int(end) - 1);
        m_ids.insert(m_ids.begin() + qsizetype(k), ids.begin() + qsizetype(k),
                     ids.begin() + qsizetype(end));
        m_rowOfValid = false;
        endInsertRows();
        k = end;
    }

    // 4. Rows whose report changed in place (m_ids equals ids now: newPos is their row).
    const QSet<qint64> changed = std::exchange(m_changed, {});
    for (qint64 id : changed)
        if (const int row = newPos.value(id); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReportTableModel::markChanged(const QVector<qint64> &ids)
{
    for (qint64 id : ids)
        m_changed.insert(id);
}

void ReportTableModel::setReports(const QVector<Report> &reports)
{
    m_catalog->clearRows();
    m_catalog->putReports(reports);
    m_changed.clear();
    query(true);
}

void ReportTableModel::upsert(const Report &report)
{
    upsertMany({report});
}

void ReportTableModel::upsertMany(const QVector<Report> &reports)
{
    QVector<qint64> ids;
    ids.reserve(reports.size());
    for (const Report &r : reports)
        ids.push_back(r.id);
    markChanged(ids);
    m_catalog->putReports(reports);
    query(false);
}

void ReportTableModel::remove(qint64 id)
{
    m_catalog->eraseReports({id});
    m_pending.remove(id);
    query(false);
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
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : 0;
}

int ReportTableModel::rowOf(qint64 id) const
{
    if (!m_rowOfValid) {
        m_rowOf.build(m_ids);
        m_rowOfValid = true;
    }
    return m_rowOf.value(id);
}

std::optional<CatalogRow> ReportTableModel::rowAt(int row, bool withDescription) const
{
    if (row < 0 || size_t(row) >= m_ids.size())
        return std::nullopt;
    return m_catalog->row(m_ids[size_t(row)], withDescription);
}

void ReportTableModel::refreshSla()
{
    if (!m_ids.empty())
        emit dataChanged(index(0, ColSla), index(rowCount() - 1, ColSla),
                         {Qt::DisplayRole, Qt::BackgroundRole, SlaStateRole});
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int col = index.column();
    const qint64 id = m_ids[size_t(index.row())];
    if (role == ReportIdRole)
        return id;
    if (role == PendingRole)
        return m_pending.contains(id);
    const bool text = col == ColDescription &&
                      (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole);
    const auto r = m_catalog->row(id, text);
    if (!r)
        return {}; // removed since the last result; the next one drops the row
    const std::optional<Squad> squad =
        r->squad >= 0 ? std::optional<Squad>(Squad(r->squad)) : std::nullopt;
    const qint64 now = nowSecs();
    const auto sla = SlaState(ReportCatalog::slaStateAt(*r, now));
    // Working-clock labels count the time left in working time (core/sla/sla.h).
    const auto slaLabel = [&] { return m_policy.find(r->label); };
    const auto left = [&] {
        return r->deadline ? slaSecondsLeft(slaLabel(), *r->deadline, now) : 0;
    };
    const auto countdown = [&](qint64 secs) {
        return formatCountdown(secs,
                               countsWorkingTime(slaLabel()) ? SlaClock::Working : SlaClock::Wall);
    };
    const auto wib = [](qint64 secs) {
        return formatWib(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
    };
    switch (role) {
    case SquadCodeRole:
        return squad ? squadCode(*squad) : QString();
    case SortRole:
        switch (col) {
        case ColId:
            return id;
        case ColReceived:
            return r->requestedAt;
        case ColLabel:
            return m_policy.displayName(r->label);
        case ColStatus:
            return r->status;
        case ColSquad:
            return r->squad;
        case ColSla:
            return r->deadline ? *r->deadline : std::numeric_limits<qint64>::max();
        case ColKecamatan:
            return m_areas.kecamatanName(r->kecamatan);
        case ColDescription:
            return r->description;
        }
        return {};
    case SlaStateRole:
        return int(sla);
    case Qt::DisplayRole:
        switch (col) {
        case ColId:
            return QString::number(id);
        case ColReceived:
            return wib(r->requestedAt);
        case ColLabel:
            return m_policy.displayName(r->label);
        case ColStatus:
            return m_pending.contains(id) ? tr("%1 (pending)").arg(statusName(Status(r->status)))
                                          : statusName(Status(r->status));
        case ColSquad:
            return squad ? squadName(*squad) : tr("—");
        case ColSla:
            return sla == SlaState::None ? QString() : countdown(left());
        case ColKecamatan:
            return m_areas.kecamatanName(r->kecamatan);
        case ColDescription:
            return r->description.simplified().left(200);
        }
        return {};
    case Qt::ToolTipRole:
        if (col == ColDescription)
            return r->description;
        if (col == ColSla) {
            if (sla == SlaState::None)
                return {};
            if (countsWorkingTime(slaLabel()))
                return (r->response ? tr("Response due %1 (counted in working hours)")
                                    : tr("Resolution due %1 (counted in working hours)"))
                    .arg(wib(*r->deadline));
            return (r->response ? tr("Response due %1") : tr("Resolution due %1"))
                .arg(wib(*r->deadline));
        }
        return {};
    case Qt::BackgroundRole:
        if (col == ColSquad && squad)
            return squadColor(squad);
        if (col == ColSla) {
            const QColor c = slaColor(sla);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (col == ColSquad && squad)
            return squadTextColor(squad);
        if (col == ColSla && slaColor(sla).isValid())
            return QColor(0x20, 0x20, 0x20); // dark on the light SLA colours, in any theme
        return {};
    case Qt::FontRole:
        if (m_pending.contains(id)) {
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
            switch (sla) {
            case SlaState::Breached:
                return tr("SLA breached by %1").arg(countdown(-left()));
            case SlaState::Warning:
                return tr("SLA near breach, %1 left").arg(countdown(left()));
            case SlaState::Ok:
                return tr("SLA on time, %1 left").arg(countdown(left()));
            case SlaState::None:
                return tr("no SLA timer");
            }
        }
        return {};
    }
    return {};
}

QString ReportTableModel::summary(qint64 id) const
{
    const auto r = m_catalog->row(id, false);
    if (!r)
        return {};
    const std::optional<Squad> squad =
        r->squad >= 0 ? std::optional<Squad>(Squad(r->squad)) : std::nullopt;
    QString head = tr("#%1 · %2 · %3")
                       .arg(id)
                       .arg(m_policy.displayName(r->label), statusName(Status(r->status)));
    if (squad)
        head += QStringLiteral(" · ") + squadName(*squad);
    const qint64 now = nowSecs();
    const auto sla = SlaState(ReportCatalog::slaStateAt(*r, now));
    if (sla == SlaState::None || !r->deadline)
        return head;
    const Label *label = m_policy.find(r->label);
    const qint64 left = slaSecondsLeft(label, *r->deadline, now);
    const QString time = formatCountdown(
        left < 0 ? -left : left, countsWorkingTime(label) ? SlaClock::Working : SlaClock::Wall);
    QString line;
    if (left < 0)
        line = r->response ? tr("Response overdue by %1") : tr("Resolution overdue by %1");
    else
        line = r->response ? tr("Response due in %1") : tr("Resolution due in %1");
    return head + QLatin1Char('\n') + line.arg(time);
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

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_ids.empty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    query(false); // a reorder: persistent indexes (the selection) follow their reports
}

// --- VisibleReportsProxy ---------------------------------------------------------------------

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
