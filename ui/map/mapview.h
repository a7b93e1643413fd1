// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/clusterindex.h"
#include "core/geo/mercator.h"
#include "ui/map/basemaplayer.h"
#include "ui/map/markerpainter.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QItemSelectionModel;

namespace posko::ui {

class ReportTableModel;
class ReportLayer;
class HeatLayer;
class BoundaryLayer;
class TileLayer;

// The operator's map: built-in vector base map, report markers and clusters, optional density
// and boundary layers, painted in one pass by paintFrame() (no widget or object per report).
// Camera: centre in normalized world coordinates + fractional zoom (core's Viewport).
// Selection is the report table's QItemSelectionModel, shared: clicking a marker selects its
// row, selected rows are drawn highlighted.
class MapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)

public:
    static constexpr double minZoom = 4.0;
    static constexpr double maxZoom = 19.0;
    // Kabupaten Trenggalek: the starting view.
    static WorldRect regencyBounds();

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setModel(ReportTableModel *model);
    void setSelectionModel(QItemSelectionModel *selection);
    ReportLayer *reports() const { return m_reports; }
    // Raster tiles over the built-in base map (no source: the built-in base map alone).
    TileLayer *tiles() const { return m_tiles; }

    const Viewport &viewport() const { return m_view; }
    double zoom() const { return m_view.zoom(); }
    void setCamera(WorldPoint centre, double zoom);
    void setCamera(LonLat centre, double zoom) { setCamera(Mercator::toWorld(centre), zoom); }
    void zoomBy(double delta, QPointF anchor);
    void panBy(QPointF pixels);
    // Fits a world rectangle with a margin; a single point is shown at a street-level zoom.
    void fitBounds(const WorldRect &r);
    bool zoomToAll();
    bool zoomToSelection();
    bool zoomToKecamatan(const QString &code);
    void zoomToRegency();

    QPointF screenPos(LonLat ll) const;
    // Pans (the zoom stays) so that the point is on screen with a margin, when it is not.
    void ensureVisible(LonLat ll);
    LonLat lonLatAt(QPointF screen) const;
    WorldRect visibleBounds() const { return m_view.worldBounds(); }
    // The cluster or marker drawn at a screen position by the last frame (topmost first).
    std::optional<ClusterItem> itemAt(QPointF screen) const;
    // The tooltip at a point of the widget: a report's line and SLA countdown, a cluster's
    // count with how many are late; empty where there is nothing.
    QString toolTipAt(QPointF pos) const;
    // As a right-click there: selects the report under `pos` and asks for its menu.
    void contextClick(QPointF pos);
    // Clusters and markers for the current camera, as the next frame will draw them.
    std::vector<ClusterItem> visibleItems() const;

    void setHeatVisible(bool on);
    bool heatVisible() const { return m_heatVisible; }
    void setMarkersVisible(bool on);
    // Administrator's kecamatan/desa outlines. On a bad file the current layer stays.
    bool loadBoundaries(const QString &path, QString *error);
    void clearBoundaries();
    bool hasBoundaries() const;

    // Paints one frame of `size` for the current camera centre and zoom with `p` alone (the
    // view's own size is not changed).
    void paintFrame(QPainter &p, QSize size);
    // What paintEvent does. The frame is rendered straight into the pixels `p` paints on (the
    // window's backing store) when they can be written there: a 32-bit image, a plain offset at
    // a whole pixel ratio, nothing clipping the view's rectangle. Otherwise it is painted with
    // `p`, or, if heavy with markers or new donut mixes, rendered into the view's own image
    // (renderFrame) and copied with `p`.
    void paintTo(QPainter &p, QSize size);
    // Whether the last frame of paintTo() was rendered in place.
    bool lastFrameRenderedInPlace() const { return m_renderedInPlace; }
    // Whether the last heavy frame of paintTo() went through the view's own image and a copy.
    bool lastFrameCopied() const { return m_frameCopied; }
    // Off: frames are painted with the painter, heavy ones through the view's own image and a
    // copy, as before rendering in place existed (posko-bench-map --compare-copy measures both).
    void setRenderInPlace(bool on) { m_renderInPlace = on; }
    // The frame painted into the view's own opaque image (reused), where single markers are
    // painted by two threads and donuts of new squad mixes written by hand.
    const QImage &renderFrame(QSize size, qreal dpr);
    // Makes the frame image for that size now rather than in the first frame that needs it.
    void prepareFrame(QSize size, qreal dpr);
    // A still picture of the map around `centre` at `zoom` for printing (the work order): base
    // map, the tiles at hand, boundaries, a pin in `pin` colour at the centre, scale bar and
    // attribution. The view's own camera and frame stay as they are.
    QImage renderExcerpt(LonLat centre, double zoom, QSize size, const QColor &pin);
    // How many threads painted the last frame's single markers (MarkerPainter::bandsLastFrame).
    int markerBandsLastFrame() const { return m_markers.bandsLastFrame(); }
    // Cluster donuts of the last frame written by hand, their sprites not made yet.
    int donutsDrawnByHandLastFrame() const { return m_markers.donutsByHandLastFrame(); }

signals:
    void reportClicked(qint64 id);
    // Right-click on a single report's marker (it is selected first): for a context menu.
    void reportMenuRequested(qint64 id, const QPoint &globalPos);
    void reportsPicked(const QVector<qint64> &ids); // rectangle select
    void cameraChanged();
    // Debounced: fires once the camera has rested, for "only what the map shows".
    void visibleAreaChanged(const posko::WorldRect &bounds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void clampCamera();
    void cameraMoved();
    void click(QPointF pos);
    void paintOverlays(QPainter &p, const Viewport &view);
    Viewport viewOf(QSize size) const;
    void queryItems(const Viewport &view); // fills m_items for the view
    // Every layer from m_items; `frame`: p paints on the view's own image (see renderFrame).
    void paintLayers(QPainter &p, const Viewport &view, QImage *frame);
    const QImage &renderQueried(const Viewport &view, qreal dpr);
    // Every layer from m_items rendered into `target`, whose pixels markers may write directly.
    void renderInto(QImage &target, const Viewport &view);
    void paintScaleBar(QPainter &p, const Viewport &view);
    QString attribution() const;
    QRectF zoomButton(int which) const; // 0 = in, 1 = out

    Viewport m_view;
    bool m_fitPending = true;
    ReportLayer *m_reports = nullptr;
    TileLayer *m_tiles = nullptr;
    BaseMapLayer m_base;
    MarkerPainter m_markers;
    std::unique_ptr<HeatLayer> m_heat;
    std::unique_ptr<BoundaryLayer> m_boundaries;
    bool m_heatVisible = false;
    bool m_markersVisible = true;
    std::vector<ClusterItem> m_items; // reused query buffer
    std::vector<DrawnItem> m_drawn;   // last frame's items, for clicks
    QImage m_frame;                   // renderFrame()'s target
    bool m_composeQueued = false;     // MarkerPainter::composeDeferred() is due
    bool m_renderedInPlace = false;   // see lastFrameRenderedInPlace()
    bool m_frameCopied = false;       // see lastFrameCopied()
    bool m_renderInPlace = true;      // see setRenderInPlace()
    QTimer m_restTimer;

    // Pointer interaction.
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_rubberBand = false;
    std::optional<QPointF> m_cursor;
    double m_pinchStart = 0;
};

} // namespace posko::ui
