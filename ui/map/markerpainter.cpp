// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/markerpainter.h"

#include "core/sla/sla.h"
#include "ui/common/palette.h"
#include "ui/map/mapstyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace posko::ui {

namespace {
constexpr int mixUnits = 32;          // squad mix resolution of a cluster's donut
constexpr qsizetype spriteCap = 4096; // cluster/label sprites kept before the cache is cleared
constexpr int selectedOverlayCap = 2000;

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
    p.drawImage(QPointF(std::round(centre.x() - w / 2), std::round(centre.y() - h / 2)), img);
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
    m_markers.clear();
    m_clusters.clear();
    m_glyphs.clear();
}

const QImage &MarkerPainter::markerSprite(int squad, int sla, bool selected)
{
    const int key = squad * 8 + sla * 2 + (selected ? 1 : 0);
    auto it = m_markers.find(key);
    if (it != m_markers.end())
        return *it;
    const float r = markerRadius;
    const int size = int(2 * (r + 9));
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
    p.drawEllipse(c, r - 1.5, r - 1.5);
    p.end();
    return *m_markers.insert(key, img);
}

const QImage &MarkerPainter::clusterSprite(const ClusterItem &item, int radius)
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
    const int badge = item.sla[std::size_t(SlaState::Breached)] > 0  ? 2
                      : item.sla[std::size_t(SlaState::Warning)] > 0 ? 1
                                                                     : 0;
    quint64 key = quint64(radius) | quint64(badge) << 6;
    for (int s = 0; s < ClusterIndex::squadCount; ++s)
        key |= quint64(units[std::size_t(s)]) << (8 + 6 * s);
    auto it = m_clusters.find(key);
    if (it != m_clusters.end())
        return *it;
    if (m_clusters.size() > spriteCap)
        m_clusters.clear();

    const int size = 2 * radius + 8;
    QImage img = blank(size, m_dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(size / 2.0, size / 2.0);
    const QRectF outer(c.x() - radius, c.y() - radius, 2.0 * radius, 2.0 * radius);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 45)); // soft shadow
    p.drawEllipse(c + QPointF(0, 1), radius + 1.5, radius + 1.5);
    int start = 90 * 16; // clockwise from twelve o'clock
    for (int s = 0; s < ClusterIndex::squadCount; ++s) {
        const int u = units[std::size_t(s)];
        if (u == 0)
            continue;
        const int span = -u * 360 * 16 / mixUnits;
        p.setBrush(squadColorAt(s));
        p.drawPie(outer, start, span);
        start += span;
    }
    p.setPen(QPen(QColor(0, 0, 0, 70), 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(outer);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 242));
    p.drawEllipse(c, radius * 0.66, radius * 0.66);
    if (badge > 0) {
        const QPointF b = c + QPointF(radius * 0.72, -radius * 0.72);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(badge == 2 ? mapstyle::slaBreached() : mapstyle::slaWarning());
        p.drawEllipse(b, 4.5, 4.5);
    }
    p.end();
    return *m_clusters.insert(key, img);
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

void MarkerPainter::paint(QPainter &p, const Viewport &view, const std::vector<ClusterItem> &items,
                          const ClusterIndex &index, const QSet<qint64> &selected,
                          std::vector<DrawnItem> *drawn)
{
    setRatio(p.device() ? p.device()->devicePixelRatioF() : 1.0);
    const auto screen = [&view](double x, double y) {
        const WorldPoint s = view.worldToScreen({x, y});
        return QPointF(s.x, s.y);
    };
    // Clusters below markers, the selection above everything.
    for (const ClusterItem &item : items) {
        if (item.isPoint())
            continue;
        const float r = clusterRadius(item.count);
        const QPointF pos = screen(item.x, item.y);
        blit(p, pos, clusterSprite(item, 2 * int(std::lround(r / 2)))); // even radii: fewer sprites
        drawLabel(p, pos, item.count, r < 18 ? 11 : r < 26 ? 12 : 13);
        if (drawn)
            drawn->push_back({pos, r, item});
    }
    for (const ClusterItem &item : items) {
        if (!item.isPoint())
            continue;
        const QPointF pos = screen(item.x, item.y);
        const auto squad =
            int(std::max_element(item.squads.begin(), item.squads.end()) - item.squads.begin());
        const auto sla = int(std::max_element(item.sla.begin(), item.sla.end()) - item.sla.begin());
        if (selected.contains(item.id))
            continue; // drawn on top below
        blit(p, pos, markerSprite(squad, sla, false));
        if (drawn)
            drawn->push_back({pos, markerRadius + 2, item});
    }
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
