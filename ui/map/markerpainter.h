// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/clusterindex.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSet>
#include <array>
#include <vector>

class QPainter;

namespace posko::ui {

// Something the frame drew, in screen pixels, for clicks: the last one drawn is on top.
struct DrawnItem
{
    QPointF pos;
    float radius = 0;
    ClusterItem item;
};

// Paints clusters and markers as sprites: a report marker is one of 8 squads x 4 SLA states x
// selected or not, pre-rendered. A cluster's donut is composed per squad mix (quantised to 1/32)
// from a per-radius template (the ring's pixels with their 1/32 sectors and coverage, over a
// pre-rendered shadow and centre): a new mix costs a few microseconds of integer pixel work, no
// path fill, so a frame full of unseen mixes stays cheap. Composed donuts are kept in a
// two-generation cache (never flushed all at once). Count labels are drawn from pre-rendered
// digit glyphs. Sprites follow the target's device pixel ratio. Where single markers are very
// dense (thousands on a frame) they are drawn from smaller sprites, by two threads at once
// when the target is an image (MapView paints into its frame image).
class MarkerPainter final
{
public:
    static constexpr float markerRadius = 7.0f;
    static float clusterRadius(quint32 count);
    static QString countLabel(quint32 count);
    static QColor squadColorAt(int squad); // 0..6 squads in enum order, 7 unassigned

    // Draws `items` (from ClusterIndex::query) and, on top, the selected reports, also those
    // hidden inside a cluster (up to a cap, so a bulk selection does not cost a frame).
    // Appends what was drawn to `drawn` when given.
    // `frame`: the image `p` paints on, owned by the caller, when the painter's work may be
    // shared with a helper thread and pixels written into it directly; null otherwise.
    void paint(QPainter &p, const Viewport &view, const std::vector<ClusterItem> &items,
               const ClusterIndex &index, const QSet<qint64> &selected,
               std::vector<DrawnItem> *drawn, QImage *frame = nullptr);
    // Whether a frame of `items` gains from being painted into an image of its own: thousands of
    // single markers, or many donuts without a sprite yet.
    bool wantsFrameImage(const Viewport &view, const std::vector<ClusterItem> &items);

    // Builds the marker sprites, donut templates, badges and label glyphs for `dpr` ahead of
    // the first frame.
    void prewarm(qreal dpr);
    // Composes the donuts the last frames drew by hand into the sprite cache (MapView calls it
    // once the frame is shown). True when there were any.
    bool hasDeferred() const { return !m_deferred.empty(); }
    void composeDeferred();
    // How many bands the last frame's single markers were painted in (1 or 2).
    int bandsLastFrame() const { return m_bands; }
    int donutsByHandLastFrame() const { return m_byHand; }

private:
    // `small`: the dense variant (see paint()).
    const QImage &markerSprite(int squad, int sla, bool selected, bool small = false);
    // The cache key of a cluster's donut: radius and its squad mix in 1/32 units.
    static quint64 mixKey(const ClusterItem &item, int radius);
    // The pixels of one donut radius: composing a mix only writes the ring's pixels.
    struct DonutTemplate
    {
        struct RingPixel
        {
            quint32 offset;        // pixel index in `base`
            quint8 unit1, unit2;   // the 1/32 sectors that cover it (at most two)
            quint8 cover1, cover2; // their coverage, 0..255, cover1 + cover2 <= 255
        };
        QImage base;                                      // shadow and white centre, premultiplied
        std::array<std::vector<quint32>, 32> solid;       // pixels wholly inside each 1/32 sector
        std::vector<RingPixel> ring;                      // the others (sector and ring edges)
        std::vector<std::pair<quint32, quint32>> outline; // pixel index, premultiplied ARGB
    };
    const DonutTemplate &donutTemplate(int radius);
    // The donut of a mixKey() from its radius' template; touches nothing shared (any thread).
    static QImage composeDonut(quint64 key, const DonutTemplate &t);
    const QImage *cachedCluster(quint64 key); // promotes from the old generation
    QHash<quint64, QImage>::iterator storeCluster(quint64 key, QImage img);
    static std::array<quint32, 32> sectorColours(quint64 key); // premultiplied, opaque
    // The frame image when pixels may be written into it directly (see drawDonut), else null.
    QImage *directTarget(QPainter &p, QImage *frame);
    // A donut without a cached sprite: its base through QPainter, its ring and outline written
    // into the frame's pixels (what blitting the composed sprite gives, to rounding).
    void drawDonut(QPainter &p, QImage &frame, const QPointF &centre, quint64 key,
                   const DonutTemplate &t);
    const QImage &badgeSprite(int badge);
    // Count labels are composed from pre-rendered digit glyphs: counts are too varied to cache.
    struct Glyphs
    {
        std::array<QImage, 13> images; // 0-9 . k M
        std::array<qreal, 13> advance{};
        qreal height = 0;
    };
    const Glyphs &glyphs(int pixelSize);
    void drawLabel(QPainter &p, QPointF centre, quint32 count, int pixelSize);
    void setRatio(qreal dpr);
    // Draws m_points; on a 32-bit image frame with thousands of them, as two bands painted at
    // once by this thread and a helper thread.
    void paintPoints(QPainter &p, QImage *frame);

    qreal m_dpr = 0;
    // Marker sprites by key (squad, SLA state, selected, small), looked up for every marker of
    // a frame: an array, not a hash.
    std::array<QImage, 128> m_markers;
    int m_markerCount = 0;
    struct PointSprite
    {
        QPointF pos;
        const QImage *sprite;
    };
    // All 3 x 8 x 4 marker sprites, so that painting adds none (PointSprite keeps pointers).
    void ensureMarkerSprites();
    std::vector<PointSprite> m_points;               // this frame's single markers, reused
    std::vector<std::pair<quint64, int>> m_deferred; // drawn by hand, to compose (key, radius)
    int m_bands = 1;
    int m_byHand = 0;
    QHash<quint64, QImage> m_clusters;    // recent composed donuts
    QHash<quint64, QImage> m_oldClusters; // the generation before, promoted on use
    QHash<int, DonutTemplate> m_donuts;
    std::array<QImage, 3> m_badges;
    QHash<int, Glyphs> m_glyphs;
};

} // namespace posko::ui
