// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/demophoto.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace posko::media {

namespace {

// 5x7 pixel glyphs, row by row. Text rendering through QFont needs a QGuiApplication and a
// platform plugin; a caption this small does not justify either in a headless server.
struct Glyph
{
    char c;
    const char *rows; // 35 characters, '#' = ink
};

constexpr Glyph glyphs[] = {
    {'A', ".###.#...##...#######...##...##...#"}, {'B', "####.#...##...#####.#...##...#####."},
    {'C', ".###.#...##....#....#....#...#.###."}, {'D', "####.#...##...##...##...##...#####."},
    {'E', "######....#....####.#....#....#####"}, {'F', "######....#....####.#....#....#...."},
    {'G', ".###.#...##....#.####...##...#.###."}, {'H', "#...##...##...#######...##...##...#"},
    {'I', ".###...#....#....#....#....#...###."}, {'J', "..###...#....#....#....#.#..#..##.."},
    {'K', "#...##..#.#.#..##...#.#..#..#.#...#"}, {'L', "#....#....#....#....#....#....#####"},
    {'M', "#...###.###.#.##.#.##...##...##...#"}, {'N', "#...##...###..##.#.##..###...##...#"},
    {'O', ".###.#...##...##...##...##...#.###."}, {'P', "####.#...##...#####.#....#....#...."},
    {'Q', ".###.#...##...##...##.#.##..#..##.#"}, {'R', "####.#...##...#####.#.#..#..#.#...#"},
    {'S', ".#####....#.....###.....#....#####."}, {'T', "#####..#....#....#....#....#....#.."},
    {'U', "#...##...##...##...##...##...#.###."}, {'V', "#...##...##...##...##...#.#.#...#.."},
    {'W', "#...##...##...##.#.##.#.##.#.#.#.#."}, {'X', "#...##...#.#.#...#...#.#.#...##...#"},
    {'Y', "#...##...#.#.#...#....#....#....#.."}, {'Z', "#####....#...#...#...#...#....#####"},
    {'0', ".###.#...##..###.#.###..##...#.###."}, {'1', "..#...##....#....#....#....#...###."},
    {'2', ".###.#...#....#...#...#...#...#####"}, {'3', "#####....#...#...##.....##...#.###."},
    {'4', "...#...##..#.#.#..#.#####...#....#."}, {'5', "######....####.....#....##...#.###."},
    {'6', "..##..#...#....####.#...##...#.###."}, {'7', "#####....#...#...#...#....#....#..."},
    {'8', ".###.#...##...#.###.#...##...#.###."}, {'9', ".###.#...##...#.####....#...#..##.."},
    {'#', ".#.#..#.#.#####.#.#.#####.#.#..#.#."}, {'-', "...............#####..............."},
};

constexpr bool glyphsAre5x7()
{
    for (const Glyph &g : glyphs) {
        int n = 0;
        while (g.rows[n] != '\0')
            ++n;
        if (n != 35)
            return false;
    }
    return true;
}
static_assert(glyphsAre5x7(), "every glyph has exactly 5x7 cells");

const char *glyphRows(QChar ch)
{
    const char c = static_cast<char>(ch.toUpper().toLatin1());
    for (const Glyph &g : glyphs)
        if (g.c == c)
            return g.rows;
    return nullptr; // space, underscore and anything unknown: blank cell
}

void drawPixelText(QPainter &p, const QString &text, int x, int y, int scale, const QColor &ink)
{
    for (const QChar ch : text) {
        if (const char *rows = glyphRows(ch)) {
            for (int r = 0; r < 7; ++r)
                for (int c = 0; c < 5; ++c)
                    if (rows[r * 5 + c] == '#')
                        p.fillRect(x + c * scale, y + r * scale, scale, scale, ink);
        }
        x += 6 * scale;
    }
}

// Scene helpers. Coordinates are in a 480x360 frame; the painter is scaled to the real size.
struct Scene
{
    QPainter &p;
    QRandomGenerator &rng;
    double horizon = 150;

    double rnd(double lo, double hi) { return lo + rng.generateDouble() * (hi - lo); }
    QColor jitter(QColor c, int amount = 18)
    {
        auto j = [&](int v) { return qBound(0, v + int(rnd(-amount, amount)), 255); };
        return QColor(j(c.red()), j(c.green()), j(c.blue()));
    }

    void sky(bool night = false)
    {
        QLinearGradient g(0, 0, 0, horizon);
        if (night) {
            g.setColorAt(0, QColor(10, 14, 40));
            g.setColorAt(1, QColor(40, 48, 80));
        } else {
            g.setColorAt(0, jitter(QColor(90, 150, 215)));
            g.setColorAt(1, jitter(QColor(200, 222, 240)));
        }
        p.fillRect(QRectF(0, 0, 480, horizon + 1), g);
        if (!night) // a few clouds
            for (int i = 0; i < 4; ++i) {
                const double cx = rnd(0, 480), cy = rnd(15, horizon * 0.6);
                p.setBrush(QColor(255, 255, 255, 200));
                p.setPen(Qt::NoPen);
                for (int k = 0; k < 4; ++k)
                    p.drawEllipse(QPointF(cx + k * 16 - 24, cy + rnd(-5, 5)), rnd(14, 24),
                                  rnd(8, 13));
            }
    }
    void hills()
    {
        QPainterPath path(QPointF(0, horizon));
        for (int x = 0; x <= 480; x += 40)
            path.lineTo(x, horizon - rnd(10, 45));
        path.lineTo(480, horizon);
        path.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(jitter(QColor(60, 110, 70)));
        p.drawPath(path);
    }
    void ground(QColor c = QColor(95, 140, 60))
    {
        p.fillRect(QRectF(0, horizon, 480, 360 - horizon), jitter(c));
        p.setPen(Qt::NoPen);
        for (int i = 0; i < 60; ++i) { // grass texture
            p.setBrush(jitter(c.darker(115), 12));
            p.drawEllipse(QPointF(rnd(0, 480), rnd(horizon, 360)), rnd(2, 6), rnd(1, 3));
        }
    }
    QPolygonF road()
    {
        const double vx = rnd(200, 280);
        QPolygonF poly{QPointF(vx - 12, horizon), QPointF(vx + 12, horizon), QPointF(470, 360),
                       QPointF(10, 360)};
        p.setPen(Qt::NoPen);
        p.setBrush(jitter(QColor(85, 85, 88), 10));
        p.drawPolygon(poly);
        p.setBrush(QColor(235, 235, 225));
        for (double t = 0.1; t < 1.0; t += 0.18) { // dashed centre line in perspective
            const double y0 = horizon + t * t * (360 - horizon);
            const double y1 = horizon + (t + 0.07) * (t + 0.07) * (360 - horizon);
            const double w0 = 1 + t * 4, w1 = 1 + (t + 0.07) * 4;
            const double x0 = vx + (240 - vx) * t, x1 = vx + (240 - vx) * (t + 0.07);
            p.drawPolygon(QPolygonF{QPointF(x0 - w0, y0), QPointF(x0 + w0, y0),
                                    QPointF(x1 + w1, y1), QPointF(x1 - w1, y1)});
        }
        return poly;
    }
    void house(double x, double y, double w, double h, QColor wall)
    {
        p.setPen(QPen(QColor(60, 50, 40), 1));
        p.setBrush(jitter(wall));
        p.drawRect(QRectF(x, y - h, w, h));
        p.setBrush(jitter(QColor(160, 70, 45)));
        p.drawPolygon(QPolygonF{QPointF(x - 8, y - h), QPointF(x + w / 2, y - h - h * 0.6),
                                QPointF(x + w + 8, y - h)});
        p.setBrush(QColor(60, 75, 90));
        p.drawRect(QRectF(x + w * 0.15, y - h * 0.7, w * 0.22, h * 0.3));
        p.drawRect(QRectF(x + w * 0.6, y - h * 0.7, w * 0.22, h * 0.3));
        p.setBrush(QColor(100, 70, 40));
        p.drawRect(QRectF(x + w * 0.42, y - h * 0.55, w * 0.16, h * 0.55));
    }
    void tree(double x, double y, double s)
    {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(95, 65, 40));
        p.drawRect(QRectF(x - s * 0.08, y - s, s * 0.16, s));
        for (int i = 0; i < 5; ++i) {
            p.setBrush(jitter(QColor(40, 110, 45)));
            p.drawEllipse(QPointF(x + rnd(-s * 0.35, s * 0.35), y - s + rnd(-s * 0.4, s * 0.1)),
                          s * 0.35, s * 0.3);
        }
    }
    void person(double x, double y, double s, bool sitting)
    {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(150, 105, 75));
        p.drawEllipse(QPointF(x, y - s * (sitting ? 0.75 : 1.0)), s * 0.12, s * 0.12);
        p.setBrush(jitter(QColor(110, 90, 70), 30));
        if (sitting) {
            p.drawRect(QRectF(x - s * 0.15, y - s * 0.62, s * 0.3, s * 0.4));
            p.drawRect(QRectF(x - s * 0.15, y - s * 0.24, s * 0.45, s * 0.14));
        } else {
            p.drawRect(QRectF(x - s * 0.15, y - s * 0.86, s * 0.3, s * 0.45));
            p.drawRect(QRectF(x - s * 0.13, y - s * 0.42, s * 0.1, s * 0.42));
            p.drawRect(QRectF(x + s * 0.03, y - s * 0.42, s * 0.1, s * 0.42));
        }
    }
    void car(double x, double y, double w)
    {
        p.setPen(Qt::NoPen);
        p.setBrush(jitter(QColor(rng.bounded(256), rng.bounded(256), rng.bounded(256)), 0));
        p.drawRoundedRect(QRectF(x, y - w * 0.35, w, w * 0.25), 4, 4);
        p.drawRoundedRect(QRectF(x + w * 0.2, y - w * 0.55, w * 0.55, w * 0.25), 6, 6);
        p.setBrush(QColor(170, 200, 220));
        p.drawRect(QRectF(x + w * 0.27, y - w * 0.5, w * 0.2, w * 0.14));
        p.drawRect(QRectF(x + w * 0.5, y - w * 0.5, w * 0.2, w * 0.14));
        p.setBrush(QColor(25, 25, 25));
        p.drawEllipse(QPointF(x + w * 0.22, y - w * 0.1), w * 0.1, w * 0.1);
        p.drawEllipse(QPointF(x + w * 0.78, y - w * 0.1), w * 0.1, w * 0.1);
    }
    void building(QColor wall, int floors)
    {
        const double w = rnd(220, 300), x = rnd(30, 460 - w);
        const double h = 45.0 * floors;
        p.setPen(QPen(QColor(70, 70, 70), 1));
        p.setBrush(jitter(wall));
        p.drawRect(QRectF(x, horizon + 40 - h, w, h));
        p.setBrush(QColor(70, 90, 110));
        for (int f = 0; f < floors; ++f)
            for (double wx = x + 15; wx < x + w - 25; wx += 38)
                p.drawRect(QRectF(wx, horizon + 40 - h + f * 45 + 12, 22, 20));
        p.setBrush(QColor(240, 240, 230));
        p.drawRect(QRectF(x + w * 0.25, horizon + 40 - h - 22, w * 0.5, 18)); // name board
    }
};

void drawScene(Scene &s, const QString &label)
{
    QPainter &p = s.p;
    const bool night = label == QStringLiteral("lampu_jalan_mati");
    s.sky(night);
    s.hills();
    s.ground(night ? QColor(30, 40, 30) : QColor(95, 140, 60));

    if (label == QStringLiteral("jalan_rusak") || label == QStringLiteral("parkir_liar") ||
        label == QStringLiteral("pohon_tumbang") || night) {
        s.road();
        s.tree(s.rnd(20, 80), s.horizon + 40, 70);
        s.tree(s.rnd(400, 460), s.horizon + 40, 80);
    }
    p.setPen(Qt::NoPen);
    if (label == QStringLiteral("jalan_rusak")) {
        for (int i = 0; i < 3 + int(s.rng.bounded(4)); ++i) {
            const QPointF c(s.rnd(140, 340), s.rnd(230, 330));
            const double r = s.rnd(18, 45);
            p.setBrush(QColor(55, 50, 45));
            p.drawEllipse(c, r, r * 0.4);
            p.setBrush(QColor(110, 120, 125, 200)); // rain water in the hole
            p.drawEllipse(c + QPointF(2, 2), r * 0.7, r * 0.25);
        }
    } else if (label == QStringLiteral("sampah") || label == QStringLiteral("saluran_tersumbat")) {
        if (label == QStringLiteral("saluran_tersumbat")) {
            p.setBrush(QColor(120, 120, 115));
            p.drawRect(QRectF(0, 250, 480, 70));
            p.setBrush(QColor(70, 80, 50));
            p.drawRect(QRectF(0, 262, 480, 46));
        }
        const QPointF c(s.rnd(170, 310), s.rnd(260, 300));
        for (int i = 0; i < 140; ++i) {
            const double a = s.rnd(0, 6.283), d = s.rnd(0, 1) * s.rnd(30, 110);
            const QPointF q =
                c + QPointF(std::cos(a) * d * 1.4, std::sin(a) * d * 0.5 - (110 - d) * 0.35);
            const QColor colors[] = {QColor(30, 30, 30),   QColor(230, 230, 230),
                                     QColor(200, 40, 40),  QColor(40, 90, 180),
                                     QColor(240, 200, 60), QColor(120, 90, 60)};
            p.setBrush(s.jitter(colors[s.rng.bounded(6)], 20));
            p.drawRoundedRect(QRectF(q.x(), q.y(), s.rnd(5, 16), s.rnd(4, 12)), 2, 2);
        }
    } else if (label == QStringLiteral("banjir")) {
        s.house(s.rnd(40, 120), s.horizon + 60, 110, 70, QColor(220, 210, 180));
        s.house(s.rnd(280, 340), s.horizon + 55, 100, 65, QColor(200, 220, 200));
        p.setBrush(QColor(140, 110, 70, 235));
        p.drawRect(QRectF(0, s.horizon + 30, 480, 360));
        p.setPen(QPen(QColor(180, 155, 115), 2));
        for (int i = 0; i < 25; ++i) {
            const double x = s.rnd(0, 460), y = s.rnd(s.horizon + 40, 350);
            p.drawLine(QPointF(x, y), QPointF(x + s.rnd(10, 30), y));
        }
    } else if (label == QStringLiteral("tanah_longsor")) {
        QPainterPath slope(QPointF(0, 40));
        slope.cubicTo(160, 60, 260, 200, 480, 260);
        slope.lineTo(480, 360);
        slope.lineTo(0, 360);
        p.setBrush(QColor(70, 120, 55));
        p.drawPath(slope);
        QPolygonF scar{QPointF(s.rnd(150, 220), 80), QPointF(s.rnd(260, 300), 110),
                       QPointF(s.rnd(360, 420), 360), QPointF(s.rnd(80, 140), 360)};
        p.setBrush(QColor(140, 95, 55));
        p.drawPolygon(scar);
        for (int i = 0; i < 25; ++i) {
            p.setBrush(s.jitter(QColor(110, 100, 90)));
            p.drawEllipse(QPointF(s.rnd(120, 400), s.rnd(250, 350)), s.rnd(4, 14), s.rnd(3, 9));
        }
    } else if (label == QStringLiteral("pohon_tumbang")) {
        const double y = s.rnd(250, 300);
        p.setBrush(QColor(95, 65, 40));
        QPolygonF trunk{QPointF(20, y - 30), QPointF(40, y - 45), QPointF(400, y + 10),
                        QPointF(390, y + 28)};
        p.drawPolygon(trunk);
        for (int i = 0; i < 14; ++i) {
            p.setBrush(s.jitter(QColor(45, 115, 45)));
            p.drawEllipse(QPointF(s.rnd(300, 470), y + s.rnd(-40, 30)), s.rnd(20, 40),
                          s.rnd(15, 30));
        }
    } else if (label == QStringLiteral("kebakaran")) {
        const double x = s.rnd(120, 220);
        s.house(x, s.horizon + 120, 170, 100, QColor(210, 200, 170));
        for (int i = 0; i < 10; ++i) { // smoke
            p.setBrush(QColor(90, 90, 90, 150));
            p.drawEllipse(QPointF(x + 85 + s.rnd(-40, 80), s.horizon - 20 - i * 12), 30 + i * 3,
                          20 + i * 2);
        }
        for (int i = 0; i < 18; ++i) { // flames
            const double fx = x + s.rnd(0, 170), fy = s.horizon + s.rnd(0, 60);
            const double h = s.rnd(30, 80);
            p.setBrush(i % 2 ? QColor(250, 140, 20, 220) : QColor(255, 220, 60, 220));
            p.drawPolygon(QPolygonF{QPointF(fx - 12, fy + 20), QPointF(fx, fy - h),
                                    QPointF(fx + 12, fy + 20)});
        }
    } else if (label == QStringLiteral("jembatan_rusak")) {
        p.setBrush(QColor(90, 120, 130));
        p.drawRect(QRectF(0, 250, 480, 110));
        p.setBrush(QColor(150, 145, 135));
        p.drawRect(QRectF(0, 210, 200, 24));
        const double drop = s.rnd(20, 45);
        p.drawPolygon(QPolygonF{QPointF(260, 210), QPointF(480, 210), QPointF(480, 234),
                                QPointF(260, 234 + drop)});
        p.drawRect(QRectF(60, 234, 20, 30));
        p.drawRect(QRectF(400, 234, 20, 30));
    } else if (night) {
        for (int i = 0; i < 3; ++i) {
            const double x = 90 + i * 140 + s.rnd(-10, 10);
            p.setBrush(QColor(120, 120, 120));
            p.drawRect(QRectF(x, 60, 6, 220));
            p.drawRect(QRectF(x, 60, 40, 5));
            p.setBrush(i == 1 ? QColor(60, 60, 60) : QColor(255, 230, 150)); // one lamp is out
            p.drawEllipse(QPointF(x + 40, 70), 9, 6);
        }
    } else if (label == QStringLiteral("parkir_liar")) {
        for (int i = 0; i < 4; ++i)
            s.car(s.rnd(10, 380), s.rnd(280, 340), s.rnd(90, 120));
    } else if (label == QStringLiteral("layanan_kesehatan") ||
               label == QStringLiteral("wabah_dbd")) {
        s.building(QColor(235, 240, 235), 2);
        p.setBrush(QColor(30, 150, 70)); // green cross of a puskesmas
        p.drawRect(QRectF(30, 30, 40, 12));
        p.drawRect(QRectF(44, 16, 12, 40));
        if (label == QStringLiteral("wabah_dbd")) {
            p.setBrush(QColor(120, 150, 170));
            p.drawEllipse(QPointF(s.rnd(120, 360), 320), 70, 22); // stagnant water
            p.setBrush(QColor(20, 20, 20));
            for (int i = 0; i < 30; ++i)
                p.drawEllipse(QPointF(s.rnd(60, 420), s.rnd(230, 340)), 2, 1.5);
        }
    } else if (label == QStringLiteral("orang_terlantar") ||
               label == QStringLiteral("pengemis_anak_jalanan")) {
        p.setBrush(QColor(170, 170, 160));
        p.drawRect(QRectF(0, 270, 480, 90)); // pavement
        s.house(s.rnd(20, 200), 270, 200, 90, QColor(230, 220, 200));
        s.person(s.rnd(120, 360), 330, 110, label == QStringLiteral("orang_terlantar"));
        if (label == QStringLiteral("pengemis_anak_jalanan"))
            s.person(s.rnd(300, 440), 335, 80, false);
    } else if (label == QStringLiteral("ketertiban_umum") ||
               label == QStringLiteral("kriminalitas")) {
        p.setBrush(QColor(170, 170, 160));
        p.drawRect(QRectF(0, 250, 480, 110));
        for (int i = 0; i < 3; ++i) { // street stalls under tarps
            const double x = s.rnd(10, 380);
            p.setBrush(s.jitter(QColor(40, 90, 170), 40));
            p.drawRect(QRectF(x, 220, 90, 12));
            p.setBrush(QColor(150, 110, 70));
            p.drawRect(QRectF(x + 5, 260, 80, 30));
        }
        for (int i = 0; i < 4; ++i)
            s.person(s.rnd(20, 460), s.rnd(320, 350), s.rnd(70, 100), false);
    } else if (label == QStringLiteral("ktp_kk_akta") || label == QStringLiteral("perizinan")) {
        s.building(QColor(245, 235, 200), 2);
        for (int i = 0; i < 7; ++i) // queue outside the office
            s.person(60 + i * 50 + s.rnd(-5, 5), 330, 80, false);
    } else { // covert remit: troubled projects and illegal levies; an unfinished site
        p.setBrush(QColor(150, 140, 120));
        p.drawRect(QRectF(0, s.horizon + 20, 480, 220));
        p.setPen(QPen(QColor(110, 110, 110), 3));
        const double x = s.rnd(60, 200);
        for (int f = 0; f < 4; ++f)
            p.drawLine(QPointF(x, s.horizon + 100 - f * 35),
                       QPointF(x + 220, s.horizon + 100 - f * 35));
        for (int c = 0; c < 5; ++c)
            p.drawLine(QPointF(x + c * 55, s.horizon + 100), QPointF(x + c * 55, s.horizon - 5));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(200, 180, 120));
        p.drawEllipse(QPointF(s.rnd(60, 420), 320), 60, 25); // sand pile
        p.setBrush(QColor(240, 240, 240));
        p.drawRect(QRectF(20, s.horizon + 30, 90, 50)); // project board
    }
}

} // namespace

QByteArray demoPhoto(const QString &labelCode, const QString &caption, quint32 seed, int width,
                     int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::black);
    QRandomGenerator rng(seed);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(width / 480.0, height / 360.0);
        Scene scene{p, rng, 120.0 + rng.bounded(60.0)};
        drawScene(scene, labelCode);
        p.resetTransform();
        p.setPen(Qt::NoPen);
        p.fillRect(QRect(0, height - 26, width, 26), QColor(0, 0, 0, 160));
        drawPixelText(p, caption, 8, height - 20, 2, QColor(250, 250, 250));
    }
    QByteArray jpeg;
    QBuffer buf(&jpeg);
    buf.open(QIODevice::WriteOnly);
    QImageWriter writer(&buf, "jpeg");
    writer.setQuality(70);
    writer.write(image);
    return jpeg;
}

} // namespace posko::media
