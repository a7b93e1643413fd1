// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapview.h"

#include "core/sla/sla.h"
#include "ui/map/boundarylayer.h"
#include "ui/map/heatlayer.h"
#include "ui/map/reportlayer.h"
#include "ui/map/tilelayer.h"
#include "ui/reports/reporttablemodel.h"

#include <QFile>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace posko::ui {

namespace {
constexpr std::size_t frameItems = 20000; // items of a dense full-HD frame, buffers made ahead
constexpr double clickSlop = 4.0;         // pixels a press may move and still be a click
constexpr int restMs = 250;               // camera at rest after this long without a change
} // namespace

WorldRect MapView::regencyBounds()
{
    const WorldPoint nw = Mercator::toWorld({111.4, -7.9});
    const WorldPoint se = Mercator::toWorld({112.0, -8.4});
    return {nw.x, nw.y, se.x, se.y};
}

MapView::MapView(QWidget *parent)
    : QWidget(parent), m_reports(new ReportLayer(this)), m_tiles(new TileLayer(this)),
      m_heat(std::make_unique<HeatLayer>())
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    grabGesture(Qt::PinchGesture);
    m_view = Viewport::fitting(regencyBounds(), 800, 600, maxZoom);
    m_view.setSize(800, 600);
    m_restTimer.setSingleShot(true);
    m_restTimer.setInterval(restMs);
    connect(&m_restTimer, &QTimer::timeout, this,
            [this] { emit visibleAreaChanged(m_view.worldBounds()); });
    connect(m_reports, &ReportLayer::changed, this, [this] {
        m_heat->invalidate();
        update();
    });
    connect(m_reports, &ReportLayer::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(m_tiles, &TileLayer::changed, this, qOverload<>(&QWidget::update));
    // Sprites, donut templates, glyphs, fonts and the base map are built here rather than in
    // the first frame: one small frame painted ahead warms them all.
    m_markers.prewarm(devicePixelRatioF());
    // Buffers for a full-HD frame of a dense town (~15,000 items), written once so the first
    // such frame neither grows them nor takes their page faults.
    m_items.resize(frameItems);
    m_items.clear();
    m_drawn.resize(frameItems);
    m_drawn.clear();
    renderFrame(QSize(64, 64), devicePixelRatioF());
}

MapView::~MapView() = default;

void MapView::setModel(ReportTableModel *model)
{
    m_reports->setModel(model);
}

void MapView::setSelectionModel(QItemSelectionModel *selection)
{
    m_reports->setSelectionModel(selection);
}

void MapView::setCamera(WorldPoint centre, double zoom)
{
    m_fitPending = false;
    m_view.setCentre(centre);
    m_view.setZoom(zoom);
    cameraMoved();
}

void MapView::clampCamera()
{
    m_view.setZoom(std::clamp(m_view.zoom(), minZoom, maxZoom));
    const WorldPoint c = m_view.centre();
    m_view.setCentre({std::clamp(c.x, 0.0, 1.0), std::clamp(c.y, 0.0, 1.0)});
}

void MapView::cameraMoved()
{
    clampCamera();
    update();
    emit cameraChanged();
    m_restTimer.start();
}

void MapView::zoomBy(double delta, QPointF anchor)
{
    m_fitPending = false;
    const double target = std::clamp(m_view.zoom() + delta, minZoom, maxZoom);
    m_view.zoomAround({anchor.x(), anchor.y()}, target - m_view.zoom());
    cameraMoved();
}

void MapView::panBy(QPointF pixels)
{
    m_fitPending = false;
    const double s = Mercator::worldSize(m_view.zoom());
    const WorldPoint c = m_view.centre();
    m_view.setCentre({c.x - pixels.x() / s, c.y - pixels.y() / s});
    cameraMoved();
}

void MapView::fitBounds(const WorldRect &r)
{
    constexpr double margin = 48; // pixels around the fitted area
    const double w = std::max(1.0, double(width()) - 2 * margin);
    const double h = std::max(1.0, double(height()) - 2 * margin);
    const bool point = r.width() <= 0 && r.height() <= 0;
    const Viewport fit = Viewport::fitting(r, w, h, point ? 16.0 : maxZoom - 1);
    setCamera(fit.centre(), fit.zoom());
}

bool MapView::zoomToAll()
{
    const auto r = m_reports->boundsOfAll();
    if (r)
        fitBounds(*r);
    return r.has_value();
}

bool MapView::zoomToSelection()
{
    const auto r = m_reports->boundsOfSelection();
    if (r)
        fitBounds(*r);
    return r.has_value();
}

bool MapView::zoomToKecamatan(const QString &code)
{
    const auto r = m_reports->boundsOfKecamatan(code);
    if (r)
        fitBounds(*r);
    return r.has_value();
}

void MapView::zoomToRegency()
{
    fitBounds(regencyBounds());
}

QPointF MapView::screenPos(LonLat ll) const
{
    const WorldPoint s = m_view.worldToScreen(Mercator::toWorld(ll));
    return {s.x, s.y};
}

LonLat MapView::lonLatAt(QPointF screen) const
{
    return Mercator::toLonLat(m_view.screenToWorld({screen.x(), screen.y()}));
}

std::vector<ClusterItem> MapView::visibleItems() const
{
    std::vector<ClusterItem> items;
    m_reports->index().query(m_view.worldBounds(), m_view.zoom(), items);
    return items;
}

std::optional<ClusterItem> MapView::itemAt(QPointF screen) const
{
    for (auto it = m_drawn.rbegin(); it != m_drawn.rend(); ++it) {
        const QPointF d = it->pos - screen;
        if (d.x() * d.x() + d.y() * d.y() <= double(it->radius * it->radius))
            return it->item;
    }
    return std::nullopt;
}

void MapView::setHeatVisible(bool on)
{
    m_heatVisible = on;
    update();
}

void MapView::setMarkersVisible(bool on)
{
    m_markersVisible = on;
    update();
}

bool MapView::loadBoundaries(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    auto layer = BoundaryLayer::fromGeoJson(file.readAll(), error);
    if (!layer)
        return false;
    m_boundaries = std::make_unique<BoundaryLayer>(std::move(*layer));
    update();
    return true;
}

void MapView::clearBoundaries()
{
    m_boundaries.reset();
    update();
}

bool MapView::hasBoundaries() const
{
    return m_boundaries != nullptr;
}

void MapView::click(QPointF pos)
{
    for (int which = 0; which < 2; ++which)
        if (zoomButton(which).contains(pos)) {
            zoomBy(which == 0 ? 1.0 : -1.0, rect().center());
            return;
        }
    const auto item = itemAt(pos);
    if (!item)
        return;
    if (item->isPoint()) {
        m_reports->selectIds({item->id});
        emit reportClicked(item->id);
        return;
    }
    // Zoom to where the cluster falls apart, centred on it.
    const int level = m_reports->index().expansionZoom(*item);
    setCamera(WorldPoint{item->x, item->y}, std::max(double(level), m_view.zoom() + 1.0));
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view.setSize(width(), height());
    // Frames are rendered in the window's backing store; the view's own image is only for the
    // rare frame that cannot be (made when first needed), so a stale one is not kept.
    m_frame = QImage();
    if (m_fitPending) {
        // The regency with a margin, so its coast and edges are visible.
        constexpr double margin = 24;
        const Viewport fit =
            Viewport::fitting(regencyBounds(), std::max(1, width() - 2 * int(margin)),
                              std::max(1, height() - 2 * int(margin)), maxZoom);
        m_view.setCentre(fit.centre());
        m_view.setZoom(fit.zoom());
    }
    cameraMoved();
}

void MapView::contextClick(QPointF pos)
{
    const auto item = itemAt(pos);
    if (!item || !item->isPoint())
        return;
    m_reports->selectIds({item->id});
    emit reportClicked(item->id);
    emit reportMenuRequested(item->id, mapToGlobal(pos.toPoint()));
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        contextClick(event->position());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_rubberBand = event->modifiers().testFlag(Qt::ShiftModifier);
    m_pressPos = m_lastPos = event->position();
    setFocus(Qt::MouseFocusReason);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    m_cursor = event->position();
    if (m_pressed) {
        const QPointF d = event->position() - m_pressPos;
        if (!m_dragging && std::hypot(d.x(), d.y()) > clickSlop)
            m_dragging = true;
        if (m_dragging && !m_rubberBand) {
            setCursor(Qt::ClosedHandCursor);
            panBy(event->position() - m_lastPos);
        }
    }
    m_lastPos = event->position();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    unsetCursor();
    if (!m_dragging) {
        click(event->position());
    } else if (m_rubberBand) {
        const QRectF r = QRectF(m_pressPos, event->position()).normalized();
        const WorldPoint a = m_view.screenToWorld({r.left(), r.top()});
        const WorldPoint b = m_view.screenToWorld({r.right(), r.bottom()});
        std::vector<qint64> ids;
        m_reports->index().pointsIn({a.x, a.y, b.x, b.y}, ids);
        const QVector<qint64> picked(ids.begin(), ids.end());
        m_reports->selectIds(picked);
        emit reportsPicked(picked);
    }
    m_dragging = m_rubberBand = false;
    update();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomBy(event->modifiers().testFlag(Qt::ShiftModifier) ? -1.0 : 1.0, event->position());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // One notch (120) is half a zoom level; touchpads send small deltas for smooth zooming.
    const double steps = event->angleDelta().y() / 240.0;
    if (steps != 0)
        zoomBy(steps, event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) / 4.0;
    switch (event->key()) {
    case Qt::Key_Left:
        return panBy({step, 0});
    case Qt::Key_Right:
        return panBy({-step, 0});
    case Qt::Key_Up:
        return panBy({0, step});
    case Qt::Key_Down:
        return panBy({0, -step});
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomBy(1.0, rect().center());
    case Qt::Key_Minus:
        return zoomBy(-1.0, rect().center());
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent *event)
{
    m_cursor.reset();
    update();
    QWidget::leaveEvent(event);
}

void MapView::ensureVisible(LonLat ll)
{
    const int margin = std::min(60, std::min(width(), height()) / 4);
    if (QRectF(rect()).adjusted(margin, margin, -margin, -margin).contains(screenPos(ll)))
        return;
    setCamera(ll, m_view.zoom());
}

QString MapView::toolTipAt(QPointF pos) const
{
    const auto item = itemAt(pos);
    ReportTableModel *model = m_reports->model();
    if (!item || !model)
        return {};
    if (item->isPoint())
        return model->summary(item->id);
    // A cluster: how many, and how many of them are late or nearly.
    QString text = tr("%n report(s)", nullptr, int(item->count));
    const quint32 late = item->sla[size_t(SlaState::Breached)];
    const quint32 near = item->sla[size_t(SlaState::Warning)];
    if (late > 0)
        text += QLatin1Char('\n') + tr("%n past the deadline", nullptr, int(late));
    if (near > 0)
        text += QLatin1Char('\n') + tr("%n near the deadline", nullptr, int(near));
    return text + QLatin1Char('\n') + tr("Click to zoom in");
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The SLA countdown on the map, as in the table and the report panel.
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(std::log2(1.0 + g->value()), g->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = m_view.zoom();
            const double target =
                m_pinchStart + std::log2(std::max(1e-3, pinch->totalScaleFactor()));
            zoomBy(target - m_view.zoom(), mapFromGlobal(pinch->centerPoint()));
            g->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace posko::ui
