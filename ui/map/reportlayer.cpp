// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/reportlayer.h"

#include "core/sla/sla.h"
#include "ui/reports/reporttablemodel.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QItemSelectionModel>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <memory>
#include <utility>

namespace posko::ui {

namespace {
// Rows changed at once above which an SLA-only change waits for the coalesced refresh.
constexpr int wideChange = 2000;
constexpr int slaSlice = 50000;      // rows per event-loop turn in a full SLA refresh
constexpr int slaIntervalMs = 5000;  // SLA states on the map are at most this old
constexpr size_t asyncBuild = 20000; // points from which the index is built off the GUI thread

WorldRect grow(std::optional<WorldRect> r, WorldPoint p)
{
    if (!r)
        return {p.x, p.y, p.x, p.y};
    return {std::min(r->minX, p.x), std::min(r->minY, p.y), std::max(r->maxX, p.x),
            std::max(r->maxY, p.y)};
}
} // namespace

ReportLayer::ReportLayer(QObject *parent) : QObject(parent)
{
    m_slaTimer.setSingleShot(true);
    connect(&m_slaTimer, &QTimer::timeout, this, &ReportLayer::refreshSlaSlice);
}

ClusterPoint ReportLayer::pointOf(const ReportTableModel &model, int row)
{
    ClusterPoint p;
    const auto r = model.rowAt(row);
    if (!r)
        return p;
    const WorldPoint w = Mercator::toWorld({r->lon, r->lat});
    p.id = r->id;
    p.x = w.x;
    p.y = w.y;
    p.squad = r->squad >= 0 ? quint8(r->squad) : quint8(ClusterIndex::unassignedSquad);
    p.sla = quint8(ReportCatalog::slaStateAt(*r, model.nowSecs()));
    return p;
}

void ReportLayer::setModel(ReportTableModel *model)
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        auto &c = m_modelConnections;
        c << connect(m_model, &QAbstractItemModel::modelReset, this, &ReportLayer::rebuild);
        c << connect(m_model, &QAbstractItemModel::rowsInserted, this,
                     [this](const QModelIndex &, int first, int last) { updateRows(first, last); });
        c << connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                     [this](const QModelIndex &, int first, int last) {
                         for (int row = first; row <= last; ++row) {
                             const qint64 id = m_model->reportIdAt(row);
                             if (m_building) {
                                 ClusterPoint p;
                                 p.id = id;
                                 m_pending.push_back({true, p});
                             }
                             m_index.remove(id);
                         }
                     });
        // The selection model drops removed rows without selectionChanged: read it again.
        c << connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
            readSelection();
            emit changed();
        });
        c << connect(m_model, &QAbstractItemModel::dataChanged, this,
                     [this](const QModelIndex &tl, const QModelIndex &br) {
                         const bool slaOnly = tl.column() == ReportTableModel::ColSla &&
                                              br.column() == ReportTableModel::ColSla;
                         if (slaOnly && br.row() - tl.row() >= wideChange)
                             scheduleSlaRefresh();
                         else
                             updateRows(tl.row(), br.row());
                     });
    }
    rebuild();
}

void ReportLayer::setSelectionModel(QItemSelectionModel *selection)
{
    disconnect(m_selectionConnection);
    for (const QMetaObject::Connection &c : std::as_const(m_viewConnections))
        disconnect(c);
    m_viewConnections.clear();
    m_selection = selection;
    if (m_selection) {
        m_selectionConnection = connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                                        &ReportLayer::readSelection);
        // The table may show a proxy of the model ("only what the map shows"): its layout
        // changes drop filtered-out rows from the selection without selectionChanged.
        if (const QAbstractItemModel *view = m_selection->model(); view && view != m_model) {
            m_viewConnections << connect(view, &QAbstractItemModel::layoutChanged, this,
                                         &ReportLayer::readSelection);
            m_viewConnections << connect(view, &QAbstractItemModel::modelReset, this,
                                         &ReportLayer::readSelection);
        }
    }
    readSelection();
}

namespace {
std::vector<ClusterPoint> toClusterPoints(const std::vector<CatalogPoint> &rows)
{
    std::vector<ClusterPoint> points;
    points.reserve(rows.size());
    for (const CatalogPoint &r : rows) {
        const WorldPoint w = Mercator::toWorld({r.lon, r.lat});
        ClusterPoint p;
        p.id = r.id;
        p.x = w.x;
        p.y = w.y;
        p.squad = r.squad >= 0 ? quint8(r.squad) : quint8(ClusterIndex::unassignedSquad);
        p.sla = quint8(r.sla);
        points.push_back(p);
    }
    return points;
}
} // namespace

void ReportLayer::rebuild()
{
    const size_t rowCount = m_model ? size_t(m_model->rowCount()) : 0;
    if (m_building && rowCount >= asyncBuild) {
        // One large build at a time (memory): this one starts when the running one is done.
        m_rebuildAgain = true;
        return;
    }
    m_rebuildAgain = false;
    const quint64 build = ++m_build;
    m_pending.clear();
    if (rowCount < asyncBuild) {
        m_building = false;
        m_index.build(toClusterPoints(m_model ? m_model->points() : std::vector<CatalogPoint>{}));
        m_selected.clear();
        readSelection();
        emit changed();
        return;
    }
    // Large sets are read, projected and indexed on a pool thread (the GUI thread only copies
    // the ids); the map keeps showing the old index meanwhile and row changes that arrive are
    // replayed on the new one.
    m_building = true;
    auto *watcher = new QFutureWatcher<std::shared_ptr<ClusterIndex>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, build] {
        watcher->deleteLater();
        if (build != m_build) // a newer (small, synchronous) rebuild replaced this one
            return;
        m_index = std::move(*watcher->result());
        m_building = false;
        for (const auto &[remove, point] : std::exchange(m_pending, {})) {
            if (remove)
                m_index.remove(point.id);
            else
                m_index.insert(point);
        }
        m_selected.clear();
        readSelection();
        emit changed();
        if (m_rebuildAgain)
            rebuild(); // the rows changed wholesale while this one was built
    });
    watcher->setFuture(QtConcurrent::run(
        [read = m_model->pointReader(), ids = m_model->ids(), now = m_model->nowSecs()]() mutable {
            // Read and projected in slices: the catalog's rows (40 bytes a point) are never
            // all held at once next to the projected ones (24 bytes) and the two indexes.
            std::vector<ClusterPoint> points;
            points.reserve(ids.size());
            constexpr size_t slice = 1 << 16;
            for (size_t at = 0; at < ids.size(); at += slice) {
                const std::vector<qint64> part(ids.begin() + qsizetype(at),
                                               ids.begin() +
                                                   qsizetype(std::min(ids.size(), at + slice)));
                for (const ClusterPoint &p : toClusterPoints(read(part, now)))
                    points.push_back(p);
            }
            std::vector<qint64>().swap(ids);
            auto index = std::make_shared<ClusterIndex>();
            index->build(points);
            return index;
        }));
}

void ReportLayer::updateRows(int first, int last)
{
    if (!m_model)
        return;
    for (int row = first; row <= last; ++row) {
        const ClusterPoint p = pointOf(*m_model, row);
        if (m_building)
            m_pending.push_back({false, p});
        else
            m_index.insert(p);
    }
    emit changed();
}

void ReportLayer::scheduleSlaRefresh()
{
    if (m_slaNextRow >= 0 || m_slaTimer.isActive())
        return;
    m_slaNextRow = 0;
    m_slaTimer.start(slaIntervalMs);
}

void ReportLayer::refreshSlaSlice()
{
    if (!m_model || m_slaNextRow < 0)
        return;
    if (m_building) {
        m_slaTimer.start(slaIntervalMs); // the new index comes with fresh states
        return;
    }
    const int n = m_model->rowCount();
    const int end = std::min(n, m_slaNextRow + slaSlice);
    bool any = false;
    for (int row = m_slaNextRow; row < end; ++row) {
        const ClusterPoint p = pointOf(*m_model, row);
        const auto stored = m_index.point(p.id);
        if (stored && stored->sla != p.sla) {
            m_index.setSla(p.id, p.sla);
            any = true;
        }
    }
    m_slaNextRow = end < n ? end : -1;
    if (m_slaNextRow >= 0)
        m_slaTimer.start(0);
    if (any)
        emit changed();
}

void ReportLayer::readSelection()
{
    QSet<qint64> ids;
    if (m_selection && m_model && m_selection->model() == m_model) {
        for (const QItemSelectionRange &range : m_selection->selection())
            for (int row = range.top(); row <= range.bottom(); ++row)
                ids.insert(m_model->reportIdAt(row));
    } else if (m_selection && m_model && m_selection->model()) {
        // A view of the model (a row-mapping proxy): ids through the id role.
        const QAbstractItemModel *view = m_selection->model();
        for (const QItemSelectionRange &range : m_selection->selection())
            for (int row = range.top(); row <= range.bottom(); ++row)
                ids.insert(view->index(row, 0).data(ReportTableModel::ReportIdRole).toLongLong());
    }
    if (ids == m_selected)
        return;
    m_selected = std::move(ids);
    emit selectionChanged();
}

void ReportLayer::selectIds(const QVector<qint64> &ids)
{
    if (!m_selection || !m_model)
        return;
    // Rows of the selection model's model: the report model itself or a proxy of it.
    const QAbstractItemModel *view = m_selection->model();
    const auto *proxy = view == m_model ? nullptr : qobject_cast<const QAbstractProxyModel *>(view);
    std::vector<int> rows;
    rows.reserve(std::size_t(ids.size()));
    for (qint64 id : ids) {
        int row = m_model->rowOf(id);
        if (row >= 0 && proxy)
            row = proxy->mapFromSource(m_model->index(row, 0)).row();
        if (row >= 0)
            rows.push_back(row);
    }
    const int current = rows.empty() ? -1 : rows.front();
    std::sort(rows.begin(), rows.end());
    // Contiguous runs as one range each: a bulk selection stays a short list.
    QItemSelection selection;
    const int lastColumn = view->columnCount() - 1;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
            ++j;
        selection.append(
            QItemSelectionRange(view->index(rows[i], 0), view->index(rows[j], lastColumn)));
        i = j + 1;
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0)
        m_selection->setCurrentIndex(view->index(current, 0), QItemSelectionModel::NoUpdate);
}

std::optional<WorldRect> ReportLayer::boundsOfAll() const
{
    std::optional<WorldRect> r;
    if (m_model)
        for (int row = 0, n = m_model->rowCount(); row < n; ++row)
            if (const auto rep = m_model->rowAt(row))
                r = grow(r, Mercator::toWorld({rep->lon, rep->lat}));
    return r;
}

std::optional<WorldRect> ReportLayer::boundsOfSelection() const
{
    std::optional<WorldRect> r;
    for (qint64 id : m_selected)
        if (const auto p = m_index.point(id))
            r = grow(r, {p->x, p->y});
    return r;
}

std::optional<WorldRect> ReportLayer::boundsOfKecamatan(const QString &code) const
{
    std::optional<WorldRect> r;
    if (m_model)
        for (int row = 0, n = m_model->rowCount(); row < n; ++row)
            if (const auto rep = m_model->rowAt(row); rep && rep->kecamatan == code)
                r = grow(r, Mercator::toWorld({rep->lon, rep->lat}));
    return r;
}

} // namespace posko::ui
