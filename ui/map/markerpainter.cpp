// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/markerpainter.h"

#include "core/sla/sla.h"
#include "ui/common/palette.h"
#include "ui/map/mapstyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <future>
#include <numbers>

namespace posko::ui {

namespace {
constexpr int mixUnits = 32; // squad mix resolution of a cluster's donut (DonutTemplate::solid)
constexpr qsizetype spriteCap = 1536; // composed donuts per cache generation (~10 KB each)
constexpr int selectedOverlayCap = 2000;
// Single markers on a 1920x1080 frame above which they are drawn smaller: at that density an
// 18 px marker's disc is mostly covered by its neighbours anyway, and a frame is bound by the
// pixels it blends (a dense town at zoom 17 has ~14,000 of them).
constexpr double denseMarkers = 6000;
constexpr float denseMarkerRadius = 5.0f;
// Single markers on a frame from which two threads paint them, each into half of the frame.
constexpr qsizetype parallelMarkers = 2500;
// A frame painted into an image of its own costs a full-frame copy (~1 ms at full HD); it pays
// off from this many single markers (painted by two threads there) or donuts of new mixes
// (written by hand there, their sprites made after the frame).
constexpr qsizetype imageFrameMarkers = 5000;
constexpr qsizetype imageFrameDonuts = 150;
// New donut mixes on a frame from which two threads compose them.
constexpr std::size_t parallelDonuts = 48;

QImage blank(int logicalSize, qreal dpr)
{
    const int px = int(std::ceil(logicalSize * dpr));
    QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    return img;
}

void blit(QPainter &p, const QPointF &centre, const QImage &img)
{
    const qreal w = img.width() / img.devicePixelRatio();
    const qreal h = img.height() / img.devicePixelRatio();
    // qRound: std::round is a library call, and this runs for every marker of a frame.
    p.drawImage(QPoint(qRound(centre.x() - w / 2), qRound(centre.y() - h / 2)), img);
}
} // namespace

float MarkerPainter::clusterRadius(quint32 count)
{
    return std::min(34.0f, 12.0f + 4.5f * std::log10(float(std::max(count, 2u))));
}

QString MarkerPainter::countLabel(quint32 count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QString::number(count / 1000.0, 'f', 1) + QLatin1Char('k');
    if (count < 1000000)
        return QString::number(count / 1000) + QLatin1Char('k');
    return QString::number(count / 1000000.0, 'f', 1) + QLatin1Char('M');
}

QColor MarkerPainter::squadColorAt(int squad)
{
    if (squad < 0 || squad >= int(allSquads.size()))
        return squadColor(std::nullopt);
    return squadColor(allSquads[std::size_t(squad)]);
}

void MarkerPainter::setRatio(qreal dpr)
{
    if (qFuzzyCompare(dpr, m_dpr))
        return;
    m_dpr = dpr;
    m_markers = {};
    m_markerCount = 0;
    m_clusters.clear();
    m_oldClusters.clear();
    m_deferred.clear();
    m_donuts.clear();
    m_badges = {};
    m_glyphs.clear();
}

void MarkerPainter::prewarm(qreal dpr)
{
    setRatio(dpr);
    ensureMarkerSprites();
    m_points.resize(20000); // a dense town's frame, without growing or page faults
    m_points.clear();
    // Every even radius paint() rounds clusterRadius() to.
    for (int radius = 2 * int(std::lround(clusterRadius(2) / 2));
         radius <= 2 * int(std::lround(clusterRadius(~0u) / 2)); radius += 2)
        donutTemplate(radius);
    badgeSprite(1);
    badgeSprite(2);
    for (int pixelSize : {11, 12, 13})
        glyphs(pixelSize);
}

void MarkerPainter::ensureMarkerSprites()
{
    if (m_markerCount == 3 * 8 * 4)
        return;
    for (int squad = 0; squad < 8; ++squad)
        for (int sla = 0; sla < 4; ++sla) {
            markerSprite(squad, sla, false);
            markerSprite(squad, sla, true);
            markerSprite(squad, sla, false, true);
        }
}

const QImage &MarkerPainter::markerSprite(int squad, int sla, bool selected, bool small)
{
    small = small && !selected; // the selection always shows at full size
    const int key = squad * 8 + sla * 2 + (selected ? 1 : 0) + (small ? 64 : 0);
    QImage &slot = m_markers[std::size_t(key)];
    if (!slot.isNull())
        return slot;
    const float r = small ? denseMarkerRadius : markerRadius;
    // Tight sprites: a frame of thousands of markers is bound by the pixels it blends.
    const bool ring = sla == int(SlaState::Warning) || sla == int(SlaState::Breached);
    const int size = selected ? int(2 * (r + 9)) : ring ? int(2 * (r + 5)) : int(2 * (r + 2));
    QImage img = blank(size, m_dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(size / 2.0, size / 2.0);
    if (selected) {
        p.setPen(Qt::NoPen);
        QColor halo = mapstyle::selection();
        halo.setAlpha(70);
        p.setBrush(halo);
        p.drawEllipse(c, r + 8.5, r + 8.5);
        p.setPen(QPen(mapstyle::selection(), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r + 6, r + 6);
    }
    if (sla == int(SlaState::Warning) || sla == int(SlaState::Breached)) {
        p.setPen(
            QPen(sla == int(SlaState::Breached) ? mapstyle::slaBreached() : mapstyle::slaWarning(),
                 2.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r + 2.8, r + 2.8);
    }
    p.setPen(QPen(QColor(0, 0, 0, 90), 1.0));
    p.setBrush(Qt::white);
    p.drawEllipse(c, r + 0.5, r + 0.5);
    p.setPen(Qt::NoPen);
    p.setBrush(squadColorAt(squad));
    // A thinner white rim on the small ones keeps their squad colour visible.
    const float disc = small ? r - 1.0f : r - 1.5f;
    p.drawEllipse(c, disc, disc);
    p.end();
    slot = img;
    ++m_markerCount;
    return slot;
}

namespace {
// x * a / 255 on each channel of a premultiplied ARGB pixel (a in 0..255).
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = ((t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return x | t;
}
constexpr double innerRatio = 0.66; // the white centre, as a fraction of the radius
} // namespace

const MarkerPainter::DonutTemplate &MarkerPainter::donutTemplate(int radius)
{
    auto it = m_donuts.find(radius);
    if (it != m_donuts.end())
        return *it;
    DonutTemplate t;
    const int size = 2 * radius + 8;
    const double c = size / 2.0;
    t.base = blank(size, m_dpr);
    {
        QPainter p(&t.base);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 45)); // soft shadow
        p.drawEllipse(QPointF(c, c + 1), radius + 1.5, radius + 1.5);
        // The centre reaches under the ring's inner edge, so no seam shows between them.
        p.setBrush(QColor(255, 255, 255, 242));
        const double inner = radius * innerRatio + 0.8;
        p.drawEllipse(QPointF(c, c), inner, inner);
    }
    QImage outline = blank(size, m_dpr);
    {
        QPainter p(&outline);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0, 0, 0, 70), 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(c, c), radius, radius);
    }
    const int w = t.base.width();
    const int h = t.base.height();
    const auto *ol = reinterpret_cast<const quint32 *>(outline.constBits());
    for (int i = 0; i < w * h; ++i)
        if (ol[i] != 0)
            t.outline.emplace_back(quint32(i), ol[i]);
    // Ring coverage per 1/32 sector, 4x4 samples per pixel.
    constexpr int ss = 4;
    const double inner = radius * innerRatio;
    const double outer = radius;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            std::array<int, mixUnits> hits{};
            int any = 0;
            for (int sy = 0; sy < ss; ++sy) {
                for (int sx = 0; sx < ss; ++sx) {
                    const double dx = (x + (sx + 0.5) / ss) / m_dpr - c;
                    const double dy = (y + (sy + 0.5) / ss) / m_dpr - c;
                    const double d = std::hypot(dx, dy);
                    if (d < inner || d > outer)
                        continue;
                    // Clockwise from twelve o'clock.
                    double a = std::atan2(dx, -dy);
                    if (a < 0)
                        a += 2 * std::numbers::pi;
                    const int u =
                        std::min(mixUnits - 1, int(a / (2 * std::numbers::pi) * mixUnits));
                    ++hits[std::size_t(u)];
                    ++any;
                }
            }
            if (any == 0)
                continue;
            int u1 = -1, u2 = -1;
            for (int u = 0; u < mixUnits; ++u) {
                if (hits[std::size_t(u)] == 0)
                    continue;
                if (u1 < 0 || hits[std::size_t(u)] > hits[std::size_t(u1)]) {
                    u2 = u1;
                    u1 = u;
                } else if (u2 < 0 || hits[std::size_t(u)] > hits[std::size_t(u2)]) {
                    u2 = u;
                }
            }
            DonutTemplate::RingPixel px{};
            px.offset = quint32(y * w + x);
            px.unit1 = quint8(u1);
            px.cover1 = quint8(hits[std::size_t(u1)] * 255 / (ss * ss));
            px.unit2 = quint8(u2 < 0 ? u1 : u2);
            px.cover2 = quint8(u2 < 0 ? 0 : hits[std::size_t(u2)] * 255 / (ss * ss));
            if (px.cover1 == 255)
                t.solid[px.unit1].push_back(px.offset);
            else
                t.ring.push_back(px);
        }
    }
    return *m_donuts.insert(radius, std::move(t));
}

const QImage &MarkerPainter::badgeSprite(int badge)
{
    QImage &img = m_badges[std::size_t(badge)];
    if (!img.isNull())
        return img;
    img = blank(12, m_dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(badge == 2 ? mapstyle::slaBreached() : mapstyle::slaWarning());
    p.drawEllipse(QPointF(6, 6), 4.5, 4.5);
    return img;
}

quint64 MarkerPainter::mixKey(const ClusterItem &item, int radius)
{
    // Largest-remainder quantisation, so the units always add up to mixUnits.
    std::array<int, ClusterIndex::squadCount> units{};
    std::array<double, ClusterIndex::squadCount> rest{};
    int used = 0;
    for (int s = 0; s < ClusterIndex::squadCount; ++s) {
        const double exact = double(item.squads[std::size_t(s)]) * mixUnits / item.count;
        units[std::size_t(s)] = int(exact);
        rest[std::size_t(s)] = exact - units[std::size_t(s)];
        used += units[std::size_t(s)];
    }
    while (used < mixUnits) {
        const auto most = std::max_element(rest.begin(), rest.end()) - rest.begin();
        ++units[std::size_t(most)];
        rest[std::size_t(most)] = -1;
        ++used;
    }
    quint64 key = quint64(radius);
    for (int s = 0; s < ClusterIndex::squadCount; ++s)
        key |= quint64(units[std::size_t(s)]) << (8 + 6 * s);
    return key;
}

const QImage *MarkerPainter::cachedCluster(quint64 key)
{
    if (auto it = m_clusters.find(key); it != m_clusters.end())
        return &*it;
    if (auto old = m_oldClusters.find(key); old != m_oldClusters.end())
        return &*storeCluster(key, *old);
    return nullptr;
}

QHash<quint64, QImage>::iterator MarkerPainter::storeCluster(quint64 key, QImage img)
{
    if (m_clusters.size() >= spriteCap) {
        m_oldClusters = std::move(m_clusters);
        m_clusters = {};
    }
    return m_clusters.insert(key, std::move(img));
}

std::array<quint32, 32> MarkerPainter::sectorColours(quint64 key)
{
    static const std::array<quint32, ClusterIndex::squadCount> squadRgb = [] {
        std::array<quint32, ClusterIndex::squadCount> rgb{};
        for (int s = 0; s < ClusterIndex::squadCount; ++s)
            rgb[std::size_t(s)] = squadColorAt(s).rgba() | 0xff000000u;
        return rgb;
    }();
    // The colour of each 1/32 sector, clockwise from twelve o'clock in squad order.
    std::array<quint32, mixUnits> colour{};
    for (int s = 0, u = 0; s < ClusterIndex::squadCount; ++s) {
        const int units = int((key >> (8 + 6 * s)) & 0x3f);
        for (int k = 0; k < units && u < mixUnits; ++k)
            colour[std::size_t(u++)] = squadRgb[std::size_t(s)];
    }
    return colour;
}

QImage MarkerPainter::composeDonut(quint64 key, const DonutTemplate &t)
{
    const std::array<quint32, mixUnits> colour = sectorColours(key);
    QImage img = t.base.copy();
    auto *px = reinterpret_cast<quint32 *>(img.bits());
    for (int u = 0; u < mixUnits; ++u) { // inside one sector: most of the ring
        const quint32 c = colour[std::size_t(u)];
        for (const quint32 offset : t.solid[std::size_t(u)])
            px[offset] = c;
    }
    for (const DonutTemplate::RingPixel &r : t.ring) {
        const quint32 ring =
            byteMul(colour[r.unit1], r.cover1) + byteMul(colour[r.unit2], r.cover2);
        quint32 &d = px[r.offset];
        d = ring + byteMul(d, 255u - r.cover1 - r.cover2);
    }
    for (const auto &[offset, o] : t.outline) {
        quint32 &d = px[offset];
        d = o + byteMul(d, 255u - qAlpha(o));
    }
    return img;
}

QImage *MarkerPainter::directTarget(QPainter &p, QImage *frame)
{
    if (!frame || p.device() != frame)
        return nullptr;
    QImage *image = frame;
    const qreal dpr = image->devicePixelRatio();
    // Pixels written by hand land where QPainter would put them only without a transform, a
    // clip, opacity or another composition mode, at a whole-number pixel ratio.
    const bool ok = (image->format() == QImage::Format_ARGB32_Premultiplied ||
                     image->format() == QImage::Format_RGB32) &&
                    p.transform().isIdentity() && !p.hasClipping() && p.opacity() >= 1.0 &&
                    p.compositionMode() == QPainter::CompositionMode_SourceOver &&
                    qFuzzyCompare(dpr, std::round(dpr)) && qFuzzyCompare(dpr, m_dpr);
    return ok ? image : nullptr;
}

void MarkerPainter::drawDonut(QPainter &p, QImage &frame, const QPointF &centre, quint64 key,
                              const DonutTemplate &t)
{
    blit(p, centre, t.base); // shadow and centre, through QPainter like a cached sprite
    const int w = t.base.width(), h = t.base.height();
    const qreal dpr = frame.devicePixelRatio();
    const int x0 = int(std::lround(std::round(centre.x() - w / dpr / 2) * dpr));
    const int y0 = int(std::lround(std::round(centre.y() - h / dpr / 2) * dpr));
    const int fw = frame.width(), fh = frame.height();
    if (x0 + w <= 0 || y0 + h <= 0 || x0 >= fw || y0 >= fh)
        return;
    const bool inside = x0 >= 0 && y0 >= 0 && x0 + w <= fw && y0 + h <= fh;
    uchar *bits = frame.bits(); // the painter already detached it
    const qsizetype bpl = frame.bytesPerLine();
    const auto pixel = [&](quint32 offset) -> quint32 * {
        const int x = x0 + int(offset % quint32(w)), y = y0 + int(offset / quint32(w));
        if (!inside && (x < 0 || y < 0 || x >= fw || y >= fh))
            return nullptr;
        return reinterpret_cast<quint32 *>(bits + y * bpl) + x;
    };
    const std::array<quint32, mixUnits> colour = sectorColours(key);
    for (int u = 0; u < mixUnits; ++u) {
        const quint32 c = colour[std::size_t(u)];
        for (const quint32 offset : t.solid[std::size_t(u)])
            if (quint32 *d = pixel(offset))
                *d = c;
    }
    for (const DonutTemplate::RingPixel &r : t.ring) {
        if (quint32 *d = pixel(r.offset))
            *d = byteMul(colour[r.unit1], r.cover1) + byteMul(colour[r.unit2], r.cover2) +
                 byteMul(*d, 255u - r.cover1 - r.cover2);
    }
    for (const auto &[offset, o] : t.outline) {
        if (quint32 *d = pixel(offset))
            *d = o + byteMul(*d, 255u - qAlpha(o));
    }
}

void MarkerPainter::composeDeferred()
{
    // The donuts drawn by hand in the last frames, composed for the cache: by two threads at
    // once when there are many (a jump or a zoom shows hundreds of new mixes).
    std::vector<std::pair<quint64, const DonutTemplate *>> missing;
    QSet<quint64> seen;
    for (const auto &[key, radius] : m_deferred) {
        if (cachedCluster(key) || seen.contains(key))
            continue;
        seen.insert(key);
        missing.emplace_back(key, &donutTemplate(radius));
    }
    m_deferred.clear();
    if (missing.empty())
        return;
    std::vector<QImage> images(missing.size());
    const auto compose = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            images[i] = composeDonut(missing[i].first, *missing[i].second);
    };
    if (missing.size() >= parallelDonuts && QThread::idealThreadCount() > 1) {
        const std::size_t half = missing.size() / 2;
        auto other = std::async(std::launch::async, compose, half, missing.size());
        compose(0, half);
        other.get();
    } else {
        compose(0, missing.size());
    }
    for (std::size_t i = 0; i < missing.size(); ++i)
        storeCluster(missing[i].first, std::move(images[i]));
}

const MarkerPainter::Glyphs &MarkerPainter::glyphs(int pixelSize)
{
    auto it = m_glyphs.find(pixelSize);
    if (it != m_glyphs.end())
        return *it;
    QFont f;
    f.setPixelSize(pixelSize);
    f.setBold(true);
    const QFontMetricsF fm(f);
    Glyphs g;
    g.height = fm.height();
    static const char chars[] = "0123456789.kM";
    for (std::size_t i = 0; i < g.images.size(); ++i) {
        const QString c = QString(QLatin1Char(chars[i]));
        g.advance[i] = fm.horizontalAdvance(c);
        QImage img(int(std::ceil((g.advance[i] + 2) * m_dpr)), int(std::ceil(g.height * m_dpr)),
                   QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(m_dpr);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setFont(f);
        p.setPen(QColor(0x20, 0x21, 0x24));
        p.drawText(QPointF(1, fm.ascent()), c);
        p.end();
        g.images[i] = img;
    }
    return *m_glyphs.insert(pixelSize, g);
}

void MarkerPainter::drawLabel(QPainter &p, QPointF centre, quint32 count, int pixelSize)
{
    const Glyphs &g = glyphs(pixelSize);
    const QString text = countLabel(count);
    const auto indexOf = [](QChar c) -> std::size_t {
        if (c.isDigit())
            return std::size_t(c.digitValue());
        return c == QLatin1Char('.') ? 10 : c == QLatin1Char('k') ? 11 : 12;
    };
    qreal width = 0;
    for (QChar c : text)
        width += g.advance[indexOf(c)];
    qreal x = centre.x() - width / 2 - 1;
    const qreal y = std::round(centre.y() - g.height / 2);
    for (QChar c : text) {
        const std::size_t i = indexOf(c);
        p.drawImage(QPointF(std::round(x), y), g.images[i]);
        x += g.advance[i];
    }
}

void MarkerPainter::paintPoints(QPainter &p, QImage *frame)
{
    // Two bands of the frame painted at once need the frame's own pixels, untransformed and
    // unclipped; anything else (and a light frame, or one core) is painted here in one pass.
    frame = directTarget(p, frame);
    const bool split = frame && qsizetype(m_points.size()) >= parallelMarkers &&
                       frame->height() >= 64 && p.transform().isIdentity() && !p.hasClipping() &&
                       frame->depth() == 32 && QThread::idealThreadCount() > 1;
    m_bands = split ? 2 : 1;
    if (!split) {
        for (const PointSprite &pt : m_points)
            blit(p, pt.pos, *pt.sprite);
        return;
    }
    // Each band has its own QImage over its rows of the frame and its own painter; markers
    // crossing the border are drawn by both, each clipped to its rows, in the same order as
    // a single pass, so the pixels are the same as one pass would give.
    const qreal dpr = frame->devicePixelRatio();
    const qsizetype bpl = frame->bytesPerLine();
    uchar *bits = frame->bits(); // the painter already detached it
    const QImage::Format format = frame->format();
    const int width = frame->width();
    const QPainter::RenderHints hints = p.renderHints();
    const qreal reach = markerRadius + 10; // half the largest unselected sprite, logical px
    const auto band = [&](int top, int bottom) {
        QImage rows(bits + top * bpl, width, bottom - top, bpl, format);
        rows.setDevicePixelRatio(dpr);
        QPainter q(&rows);
        q.setRenderHints(hints);
        q.translate(0, -top / dpr);
        const qreal from = top / dpr - reach, to = bottom / dpr + reach;
        for (const PointSprite &pt : m_points)
            if (pt.pos.y() >= from && pt.pos.y() <= to)
                blit(q, pt.pos, *pt.sprite);
    };
    const int middle = frame->height() / 2;
    auto lower = std::async(std::launch::async, band, middle, frame->height());
    band(0, middle);
    lower.get();
}

bool MarkerPainter::wantsFrameImage(const Viewport &view, const std::vector<ClusterItem> &items)
{
    if (QThread::idealThreadCount() < 2)
        return false;
    qsizetype points = 0;
    qsizetype newMixes = 0;
    const auto inView = [&view, project = view.projection()](const ClusterItem &item, double r) {
        const WorldPoint s = project({item.x, item.y});
        return s.x >= -r && s.y >= -r && s.x <= view.width() + r && s.y <= view.height() + r;
    };
    for (const ClusterItem &item : items) {
        if (item.isPoint()) {
            points += inView(item, markerRadius + 5) ? 1 : 0;
            continue;
        }
        const float r = clusterRadius(item.count);
        if (!inView(item, r + 6))
            continue;
        const quint64 key = mixKey(item, 2 * int(std::lround(r / 2)));
        if (!m_clusters.contains(key) && !m_oldClusters.contains(key))
            ++newMixes;
    }
    return points >= imageFrameMarkers || newMixes >= imageFrameDonuts;
}

void MarkerPainter::paint(QPainter &p, const Viewport &view, const std::vector<ClusterItem> &items,
                          const ClusterIndex &index, const QSet<qint64> &selected,
                          std::vector<DrawnItem> *drawn, QImage *frameImage)
{
    setRatio(p.device() ? p.device()->devicePixelRatioF() : 1.0);
    const auto screen = [project = view.projection()](double x, double y) {
        const WorldPoint s = project({x, y});
        return QPointF(s.x, s.y);
    };
    // Items whose sprite lies entirely off the frame are skipped (the query returns whole cells).
    const auto offscreen = [&view](const QPointF &pos, float r) {
        return pos.x() < -r || pos.y() < -r || pos.x() > view.width() + r ||
               pos.y() > view.height() + r;
    };
    // Dense single markers are drawn smaller.
    qsizetype points = 0;
    for (const ClusterItem &item : items)
        if (item.isPoint() && !offscreen(screen(item.x, item.y), markerRadius + 5))
            ++points;
    const bool dense = double(points) * 1920.0 * 1080.0 >
                       denseMarkers * std::max(1.0, double(view.width()) * double(view.height()));
    const float pointRadius = dense ? denseMarkerRadius : markerRadius;
    // Clusters below markers, the selection above everything. A donut whose mix is not cached
    // yet is drawn straight into the frame when the painter allows it (no sprite to allocate
    // and compose) and composed for the cache after the frame (composeDeferred()).
    QImage *frame = directTarget(p, frameImage);
    m_byHand = 0;
    for (const ClusterItem &item : items) {
        if (item.isPoint())
            continue;
        const float r = clusterRadius(item.count);
        const QPointF pos = screen(item.x, item.y);
        if (offscreen(pos, r + 6))
            continue;
        const int radius = 2 * int(std::lround(r / 2)); // even radii: fewer templates
        const quint64 key = mixKey(item, radius);
        if (const QImage *cached = cachedCluster(key)) {
            blit(p, pos, *cached);
        } else if (frame) {
            drawDonut(p, *frame, pos, key, donutTemplate(radius));
            ++m_byHand;
            if (qsizetype(m_deferred.size()) < spriteCap)
                m_deferred.emplace_back(key, radius);
        } else {
            blit(p, pos, *storeCluster(key, composeDonut(key, donutTemplate(radius))));
        }
        const int badge = item.sla[std::size_t(SlaState::Breached)] > 0  ? 2
                          : item.sla[std::size_t(SlaState::Warning)] > 0 ? 1
                                                                         : 0;
        if (badge > 0)
            blit(p, pos + QPointF(radius * 0.72, -radius * 0.72), badgeSprite(badge));
        drawLabel(p, pos, item.count, r < 18 ? 11 : r < 26 ? 12 : 13);
        if (drawn)
            drawn->push_back({pos, r, item});
    }
    m_points.clear();
    // Every sprite exists before pointers to them are kept: an insertion could move them.
    ensureMarkerSprites();
    for (const ClusterItem &item : items) {
        if (!item.isPoint())
            continue;
        const QPointF pos = screen(item.x, item.y);
        if (offscreen(pos, markerRadius + 5))
            continue;
        const auto squad =
            int(std::max_element(item.squads.begin(), item.squads.end()) - item.squads.begin());
        const auto sla = int(std::max_element(item.sla.begin(), item.sla.end()) - item.sla.begin());
        if (selected.contains(item.id))
            continue; // drawn on top below
        m_points.push_back({pos, &markerSprite(squad, sla, false, dense)});
        if (drawn)
            drawn->push_back({pos, pointRadius + 2, item});
    }
    paintPoints(p, frameImage);
    if (selected.isEmpty() || selected.size() > selectedOverlayCap)
        return;
    const QRectF area(-20, -20, view.width() + 40, view.height() + 40);
    for (qint64 id : selected) {
        const auto pt = index.point(id);
        if (!pt)
            continue;
        const QPointF pos = screen(pt->x, pt->y);
        if (!area.contains(pos))
            continue;
        blit(p, pos, markerSprite(pt->squad, pt->sla, true));
        if (drawn) {
            ClusterItem item;
            item.x = pt->x;
            item.y = pt->y;
            item.id = id;
            item.count = 1;
            item.squads[pt->squad] = 1;
            item.sla[pt->sla] = 1;
            drawn->push_back({pos, markerRadius + 2, item});
        }
    }
}

} // namespace posko::ui
