// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/heatlayer.h"

#include "core/geo/clusterindex.h"

#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace posko::ui {

namespace {
constexpr int downscale = 4;

void boxBlur(std::vector<float> &v, int w, int h, int r)
{
    std::vector<float> tmp(v.size());
    const float norm = 1.0f / float(2 * r + 1);
    for (int y = 0; y < h; ++y) {
        float acc = 0;
        for (int x = -r; x <= r; ++x)
            acc += v[std::size_t(y * w + std::clamp(x, 0, w - 1))];
        for (int x = 0; x < w; ++x) {
            tmp[std::size_t(y * w + x)] = acc * norm;
            acc += v[std::size_t(y * w + std::min(x + r + 1, w - 1))] -
                   v[std::size_t(y * w + std::max(x - r, 0))];
        }
    }
    for (int x = 0; x < w; ++x) {
        float acc = 0;
        for (int y = -r; y <= r; ++y)
            acc += tmp[std::size_t(std::clamp(y, 0, h - 1) * w + x)];
        for (int y = 0; y < h; ++y) {
            v[std::size_t(y * w + x)] = acc * norm;
            acc += tmp[std::size_t(std::min(y + r + 1, h - 1) * w + x)] -
                   tmp[std::size_t(std::max(y - r, 0) * w + x)];
        }
    }
}

// Transparent blue through green and yellow to red, alpha rising with density.
QRgb ramp(float t)
{
    static const std::array<std::array<float, 4>, 5> stops{{{0.0f, 0.15f, 0.35f, 0.85f},
                                                            {0.25f, 0.10f, 0.70f, 0.75f},
                                                            {0.5f, 0.35f, 0.80f, 0.25f},
                                                            {0.75f, 1.0f, 0.80f, 0.10f},
                                                            {1.0f, 0.85f, 0.10f, 0.10f}}};
    t = std::clamp(t, 0.0f, 1.0f);
    std::size_t i = 0;
    while (i + 2 < stops.size() && t > stops[i + 1][0])
        ++i;
    const float f = (t - stops[i][0]) / (stops[i + 1][0] - stops[i][0]);
    const auto mix = [&](int c) {
        return stops[i][std::size_t(c)] * (1 - f) + stops[i + 1][std::size_t(c)] * f;
    };
    const float a = std::min(0.75f, 0.15f + t * 0.9f);
    return qRgba(int(mix(1) * a * 255), int(mix(2) * a * 255), int(mix(3) * a * 255), int(a * 255));
}
} // namespace

void HeatLayer::render(const Viewport &view, const ClusterIndex &index)
{
    const int w = std::max(1, int(view.width()) / downscale);
    const int h = std::max(1, int(view.height()) / downscale);
    const int level = std::clamp(int(std::floor(view.zoom())) + 2, 0, index.maxClusterZoom());
    std::vector<ClusterItem> cells;
    index.query(view.worldBounds(), double(level), cells);
    std::vector<float> grid(std::size_t(w) * std::size_t(h), 0.0f);
    const Viewport::Projection project = view.projection();
    for (const ClusterItem &c : cells) {
        const WorldPoint s = project({c.x, c.y});
        const int x = int(s.x) / downscale;
        const int y = int(s.y) / downscale;
        if (x >= 0 && x < w && y >= 0 && y < h)
            grid[std::size_t(y * w + x)] += float(c.count);
    }
    // Blur about one cell wide, so the splats merge into a surface.
    const double cellPx = index.radiusPx() * std::pow(2.0, view.zoom() - level);
    const int r = std::max(1, int(cellPx / downscale / 2));
    boxBlur(grid, w, h, r);
    boxBlur(grid, w, h, r);
    const float peak = *std::max_element(grid.begin(), grid.end());
    m_image = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    const float scale = peak > 0 ? 1.0f / std::log1p(peak) : 0.0f;
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const float v = grid[std::size_t(y * w + x)];
            line[x] = v <= peak * 1e-3f ? 0 : ramp(std::log1p(v) * scale);
        }
    }
}

void HeatLayer::paint(QPainter &p, const Viewport &view, const ClusterIndex &index)
{
    if (!m_valid || m_zoom != view.zoom() || m_centre.x != view.centre().x ||
        m_centre.y != view.centre().y || m_width != view.width() || m_height != view.height()) {
        render(view, index);
        m_valid = true;
        m_zoom = view.zoom();
        m_centre = view.centre();
        m_width = view.width();
        m_height = view.height();
    }
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(QRectF(0, 0, view.width(), view.height()), m_image);
    p.restore();
}

} // namespace posko::ui
