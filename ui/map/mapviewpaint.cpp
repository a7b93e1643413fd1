// SPDX-License-Identifier: GPL-3.0-or-later
// MapView's frame: base map, layers, markers and the overlays (zoom buttons, scale bar, cursor
// position, attribution), all in one pass.
#include "ui/map/boundarylayer.h"
#include "ui/map/heatlayer.h"
#include "ui/map/mapstyle.h"
#include "ui/map/mapview.h"
#include "ui/map/reportlayer.h"
#include "ui/map/tilelayer.h"

#include <QPaintEngine>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <optional>

namespace posko::ui {

namespace {
// The pixels `p` paints on for a view of `size` at its origin, as an image over them (no copy),
// when layers can be rendered there exactly as through `p`: a raster engine on a 32-bit image
// (the window's backing store), a transform that is only the window offset and the pixel ratio
// (whole numbers), no clip of the painter and no system clip that leaves part of the view out
// (the view's rectangle is written whole), plain source-over at full opacity.
std::optional<QImage> pixelsUnder(QPainter &p, QSize size)
{
    QPaintEngine *engine = p.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return std::nullopt;
    QPaintDevice *device = engine->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return std::nullopt;
    auto *image = static_cast<QImage *>(device);
    if (image->format() != QImage::Format_RGB32 &&
        image->format() != QImage::Format_ARGB32_Premultiplied)
        return std::nullopt;
    const qreal dpr = image->devicePixelRatio();
    const QTransform t = p.deviceTransform();
    const auto whole = [](qreal v) { return qFuzzyCompare(v + 1, std::round(v) + 1); };
    if (t.type() > QTransform::TxScale || !whole(dpr) || !qFuzzyCompare(t.m11(), dpr) ||
        !qFuzzyCompare(t.m22(), dpr) || !whole(t.dx()) || !whole(t.dy()))
        return std::nullopt;
    if (p.hasClipping() || p.opacity() < 1.0 ||
        p.compositionMode() != QPainter::CompositionMode_SourceOver)
        return std::nullopt;
    const QRect target(int(std::round(t.dx())), int(std::round(t.dy())),
                       int(std::round(size.width() * dpr)), int(std::round(size.height() * dpr)));
    if (target.isEmpty() || !image->rect().contains(target))
        return std::nullopt;
    const QRegion systemClip = engine->systemClip();
    if (!systemClip.isEmpty() && !(QRegion(target) - systemClip).isEmpty())
        return std::nullopt;
    const qsizetype bpl = image->bytesPerLine();
    // bits() does not copy: the painter's engine already holds the image detached.
    QImage pixels(image->bits() + target.y() * bpl + target.x() * 4, target.width(),
                  target.height(), bpl, image->format());
    pixels.setDevicePixelRatio(dpr);
    return pixels;
}

void panel(QPainter &p, const QRectF &r, qreal radius = 3)
{
    p.setPen(QPen(QColor(0, 0, 0, 40), 1));
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(r, radius, radius);
}
} // namespace

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintTo(p, size());
}

void MapView::paintTo(QPainter &p, QSize size)
{
    const Viewport view = viewOf(size);
    queryItems(view);
    m_renderedInPlace = m_frameCopied = false;
    // Rendered into the painter's own pixels (the window's backing store) when they allow it:
    // there single markers are painted by two threads and new donuts written by hand, at no
    // cost beyond painting through `p`.
    if (m_renderInPlace) {
        if (std::optional<QImage> pixels = pixelsUnder(p, size)) {
            renderInto(*pixels, view);
            m_renderedInPlace = true;
            return;
        }
    }
    // Otherwise a frame heavy with single markers or new donut mixes is rendered into the view's
    // own image and copied (~1 ms at full HD, which only pays off on those frames).
    if (m_markersVisible && m_markers.wantsFrameImage(view, m_items)) {
        p.drawImage(QPoint(0, 0), renderQueried(view, p.device() ? p.device()->devicePixelRatioF()
                                                                 : devicePixelRatioF()));
        m_frameCopied = true;
        return;
    }
    paintLayers(p, view, nullptr);
}

QImage MapView::renderExcerpt(LonLat centre, double zoom, QSize size, const QColor &pin)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    const Viewport view(Mercator::toWorld(centre), std::clamp(zoom, minZoom, maxZoom), size.width(),
                        size.height());
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    m_base.paint(p, view);
    m_tiles->paint(p, view);
    if (m_boundaries)
        m_boundaries->paint(p, view);
    // The pin: a drop with its point on the report.
    const QPointF at(size.width() / 2.0, size.height() / 2.0);
    QPainterPath drop;
    drop.moveTo(at);
    drop.cubicTo(at + QPointF(-4, -8), at + QPointF(-11, -14), at + QPointF(-11, -22));
    drop.arcTo(QRectF(at.x() - 11, at.y() - 33, 22, 22), 180, -180);
    drop.cubicTo(at + QPointF(11, -14), at + QPointF(4, -8), at);
    p.setPen(QPen(QColor(15, 23, 42), 2));
    p.setBrush(pin);
    p.drawPath(drop);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(at.x(), at.y() - 22), 4, 4);
    QFont f = font();
    f.setPixelSize(11);
    p.setFont(f);
    paintScaleBar(p, view);
    const QString credit = attribution();
    if (!credit.isEmpty()) {
        const QRectF box(0, size.height() - 16, size.width(), 16);
        p.fillRect(box, QColor(255, 255, 255, 200));
        p.setPen(QColor(60, 60, 60));
        p.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, credit);
    }
    return image;
}

void MapView::prepareFrame(QSize size, qreal dpr)
{
    const QSize pixels(int(std::ceil(size.width() * dpr)), int(std::ceil(size.height() * dpr)));
    if (m_frame.size() == pixels && qFuzzyCompare(m_frame.devicePixelRatio(), dpr))
        return;
    m_frame = QImage(pixels, QImage::Format_RGB32);
    m_frame.setDevicePixelRatio(dpr);
    m_frame.fill(Qt::white); // touches the memory now rather than in the first frame
}

const QImage &MapView::renderFrame(QSize size, qreal dpr)
{
    const Viewport view = viewOf(size);
    queryItems(view);
    return renderQueried(view, dpr);
}

const QImage &MapView::renderQueried(const Viewport &view, qreal dpr)
{
    prepareFrame(QSize(int(view.width()), int(view.height())), dpr);
    renderInto(m_frame, view);
    return m_frame;
}

void MapView::renderInto(QImage &target, const Viewport &view)
{
    QPainter p(&target);
    paintLayers(p, view, &target);
    p.end();
    // Donuts of new squad mixes were drawn by hand; their sprites are made once the frame is
    // on screen, so the next frames blit them.
    if (m_markers.hasDeferred() && !m_composeQueued) {
        m_composeQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_composeQueued = false;
            m_markers.composeDeferred();
        });
    }
}

void MapView::paintFrame(QPainter &p, QSize size)
{
    const Viewport view = viewOf(size);
    queryItems(view);
    paintLayers(p, view, nullptr);
}

Viewport MapView::viewOf(QSize size) const
{
    Viewport view = m_view;
    view.setSize(size.width(), size.height());
    return view;
}

void MapView::queryItems(const Viewport &view)
{
    m_items.clear();
    if (!m_markersVisible)
        return;
    // Grow the query by the largest cluster so items centred just off-screen still show.
    const double pad = 40.0 / Mercator::worldSize(view.zoom());
    WorldRect r = view.worldBounds();
    r = {r.minX - pad, r.minY - pad, r.maxX + pad, r.maxY + pad};
    m_reports->index().query(r, view.zoom(), m_items);
}

void MapView::paintLayers(QPainter &p, const Viewport &view, QImage *frame)
{
    m_base.paint(p, view);
    m_tiles->paint(p, view); // over the base map, which shows where no tile is loaded
    if (m_boundaries)
        m_boundaries->paint(p, view);
    const ClusterIndex &index = m_reports->index();
    if (m_heatVisible)
        m_heat->paint(p, view, index);
    m_drawn.clear();
    if (m_markersVisible)
        m_markers.paint(p, view, m_items, index, m_reports->selectedIds(), &m_drawn, frame);
    paintOverlays(p, view);
}

QRectF MapView::zoomButton(int which) const
{
    return QRectF(12, 12 + which * 33, 32, 32);
}

QString MapView::attribution() const
{
    const QString builtIn = tr("© OpenStreetMap contributors");
    const TileSource *source = m_tiles->source();
    if (!source || source->attribution().trimmed().isEmpty())
        return builtIn;
    // The tile source's credit; the built-in map's too when it is another one.
    const QString tiles = source->attribution().trimmed();
    return tiles.contains(builtIn) ? tiles : tr("%1 | %2").arg(tiles, builtIn);
}

void MapView::paintOverlays(QPainter &p, const Viewport &view)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    // Zoom buttons, top left, as on web maps.
    for (int which = 0; which < 2; ++which) {
        const QRectF b = zoomButton(which);
        panel(p, b, 4);
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
        const QPointF c = b.center();
        p.drawLine(c - QPointF(7, 0), c + QPointF(7, 0));
        if (which == 0)
            p.drawLine(c - QPointF(0, 7), c + QPointF(0, 7));
    }

    if (m_rubberBand && m_dragging) {
        QColor fill = mapstyle::selection();
        fill.setAlpha(40);
        p.setPen(QPen(mapstyle::selection(), 1.5, Qt::DashLine));
        p.setBrush(fill);
        p.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    }

    QFont f = font();
    f.setPixelSize(11);
    p.setFont(f);
    const QFontMetricsF fm(f);

    paintScaleBar(p, view);

    if (m_cursor) {
        const LonLat ll = lonLatAt(*m_cursor);
        const QString text = tr("%1, %2").arg(ll.lat, 0, 'f', 5).arg(ll.lon, 0, 'f', 5);
        const double w = fm.horizontalAdvance(text) + 12;
        const QRectF box(view.width() - w - 8, 8, w, fm.height() + 6);
        panel(p, box);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(box, Qt::AlignCenter, text);
    }

    const QString credit = attribution();
    const double w = fm.horizontalAdvance(credit) + 10;
    const QRectF box(view.width() - w, view.height() - fm.height() - 4, w, fm.height() + 4);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 190));
    p.drawRect(box);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(box, Qt::AlignCenter, credit);
    p.restore();
}

void MapView::paintScaleBar(QPainter &p, const Viewport &view)
{
    const double lat = Mercator::toLonLat(view.centre()).lat;
    const double mpp = Mercator::metresPerPixel(lat, view.zoom());
    constexpr double maxPx = 110;
    // The longest 1-2-5 length that fits.
    const double raw = mpp * maxPx;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double metres = magnitude;
    for (double k : {5.0, 2.0, 1.0})
        if (k * magnitude <= raw) {
            metres = k * magnitude;
            break;
        }
    const double px = metres / mpp;
    const QString label = metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
    const QRectF box(10, view.height() - 30, px + 12, 22);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 170));
    p.drawRect(box);
    const double x0 = box.left() + 6, y = box.bottom() - 5;
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
    p.drawLine(QPointF(x0, y), QPointF(x0 + px, y));
    p.drawLine(QPointF(x0, y), QPointF(x0, y - 5));
    p.drawLine(QPointF(x0 + px, y), QPointF(x0 + px, y - 5));
    p.drawText(QRectF(x0, box.top(), px, 13), Qt::AlignCenter, label);
}

} // namespace posko::ui
