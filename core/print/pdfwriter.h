// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace posko::print {

// A colour for the PDF pages, 0..255 per channel.
struct PdfColor
{
    int r = 0, g = 0, b = 0;
};

// The printed documents' shared colours (slate text on white, as the command centre's light
// theme).
namespace ink {
inline constexpr PdfColor text{15, 23, 42};
inline constexpr PdfColor muted{100, 116, 139};
inline constexpr PdfColor rule{203, 213, 225};
inline constexpr PdfColor panel{241, 245, 249};
} // namespace ink

// The size and colour model of a JPEG, read from its frame header (SOFn), or nullopt when
// `jpeg` is not a baseline or progressive JPEG this writer can embed.
struct JpegInfo
{
    int width = 0;
    int height = 0;
    int components = 0; // 1 grey, 3 YCbCr, 4 CMYK
};
std::optional<JpegInfo> jpegInfo(const QByteArray &jpeg);

// A small PDF 1.4 writer with QtCore only, so poskoctl can print without QtGui (issue 6: the
// weekly evaluation and the work order). Pages are A4 unless given; coordinates are points
// (1/72 in) from the page's top-left corner, y downwards, as on screen. Text uses the standard
// Helvetica fonts (every PDF reader has them) in WinAnsiEncoding: Latin-1 plus the typographic
// dashes, quotes, bullet and ellipsis; anything else prints as '?'. Images are JPEGs embedded
// as they are (DCTDecode), each once however often it is drawn. Content streams are not
// compressed: documents are small and stay readable by any tool.
class PdfWriter final
{
public:
    enum class Font
    {
        Regular,
        Bold
    };
    static constexpr double a4Width = 595.28;
    static constexpr double a4Height = 841.89;

    PdfWriter();

    void setTitle(const QString &title) { m_title = title; }
    void setAuthor(const QString &author) { m_author = author; }
    void setCreated(const QDateTime &when) { m_created = when; }

    // Starts a page (the first call starts the first one).
    void newPage(double width = a4Width, double height = a4Height);
    int pageCount() const { return int(m_pages.size()); }
    double pageWidth() const;
    double pageHeight() const;

    void setFillColor(PdfColor c);
    void setStrokeColor(PdfColor c);
    void setLineWidth(double w);

    // `y` is the text's baseline.
    void text(double x, double y, Font font, double size, const QString &s);
    double textWidth(Font font, double size, const QString &s) const;
    // `s` cut to fit `width`, ending in "…" when it was cut.
    QString elide(Font font, double size, const QString &s, double width) const;
    // Words of `s` broken into lines no wider than `width` (explicit newlines kept).
    QStringList wrap(Font font, double size, const QString &s, double width) const;

    void fillRect(double x, double y, double w, double h);
    void strokeRect(double x, double y, double w, double h);
    void line(double x1, double y1, double x2, double y2);
    // A closed polygon, filled and/or stroked (even-odd fill).
    void polygon(const QVector<std::pair<double, double>> &points, bool fill, bool stroke);
    // A JPEG into the box (x, y, w, h); false (nothing drawn) when it cannot be embedded.
    bool jpeg(const QByteArray &data, double x, double y, double w, double h);

    // The whole file. The writer can not be used afterwards.
    QByteArray finish();

private:
    struct Page
    {
        double width = a4Width;
        double height = a4Height;
        QByteArray content;
        QVector<int> images; // indexes into m_images used on the page
    };
    struct Image
    {
        QByteArray data;
        JpegInfo info;
    };
    Page &page();
    static QByteArray num(double v);

    QVector<Page> m_pages;
    QVector<Image> m_images;
    QString m_title;
    QString m_author;
    QDateTime m_created;
};

} // namespace posko::print
