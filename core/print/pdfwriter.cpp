// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/pdfwriter.h"

#include <QStringList>
#include <array>
#include <cmath>

namespace posko::print {

namespace {

// Advance widths of the standard Helvetica fonts (Adobe's metrics, 1/1000 em) for the printable
// ASCII range 32..126.
constexpr std::array<quint16, 95> kRegular = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};
constexpr std::array<quint16, 95> kBold = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

// A character's byte in WinAnsiEncoding, or '?' when the encoding has none.
unsigned char winAnsi(char16_t c)
{
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff))
        return static_cast<unsigned char>(c);
    switch (c) {
    case u'\t':
    case 0x2007: // figure, narrow and thin spaces (QLocale's group separators among them)
    case 0x2009:
    case 0x202f:
        return ' ';
    case 0x20ac:
        return 0x80;
    case 0x201a:
        return 0x82;
    case 0x201e:
        return 0x84;
    case 0x2026:
        return 0x85;
    case 0x2030:
        return 0x89;
    case 0x0160:
        return 0x8a;
    case 0x2018:
        return 0x91;
    case 0x2019:
        return 0x92;
    case 0x201c:
        return 0x93;
    case 0x201d:
        return 0x94;
    case 0x2022:
        return 0x95;
    case 0x2013:
        return 0x96;
    case 0x2014:
        return 0x97;
    case 0x2122:
        return 0x99;
    case 0x0161:
        return 0x9a;
    case 0x017d:
        return 0x8e;
    case 0x017e:
        return 0x9e;
    default:
        return '?';
    }
}

int glyphWidth(PdfWriter::Font font, unsigned char b)
{
    if (b >= 32 && b <= 126)
        return (font == PdfWriter::Font::Bold ? kBold : kRegular)[size_t(b - 32)];
    switch (b) {
    case 0x85: // ellipsis and em dash
    case 0x97:
    case 0x89:
        return 1000;
    case 0x95:
        return 350;
    case 0x91:
    case 0x92:
        return font == PdfWriter::Font::Bold ? 278 : 222;
    case 0x93:
    case 0x94:
        return font == PdfWriter::Font::Bold ? 500 : 333;
    case 0xa0:
        return 278;
    default:
        return 556; // accented letters and the rest: about a lower-case letter
    }
}

QByteArray encode(const QString &s)
{
    QByteArray out;
    out.reserve(s.size());
    for (QChar c : s)
        out.append(char(winAnsi(c.unicode())));
    return out;
}

// A PDF literal string: ( ) \ escaped, bytes outside printable ASCII as octal.
QByteArray literal(const QByteArray &bytes)
{
    QByteArray out("(");
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (ch == '(' || ch == ')' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (b < 32 || b > 126) {
            out += '\\';
            out += char('0' + ((b >> 6) & 7));
            out += char('0' + ((b >> 3) & 7));
            out += char('0' + (b & 7));
        } else {
            out += ch;
        }
    }
    out += ')';
    return out;
}

// A text string of the document's information (any Unicode): UTF-16BE with its mark, in hex.
QByteArray infoString(const QString &s)
{
    QByteArray out("<FEFF");
    for (QChar c : s)
        out += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    out += '>';
    return out;
}

QByteArray colorOps(PdfColor c, const char *op)
{
    const auto part = [](int v) {
        return QByteArray::number(double(std::clamp(v, 0, 255)) / 255.0, 'f', 3);
    };
    return part(c.r) + ' ' + part(c.g) + ' ' + part(c.b) + ' ' + op + '\n';
}

} // namespace

std::optional<JpegInfo> jpegInfo(const QByteArray &jpeg)
{
    const auto *p = reinterpret_cast<const unsigned char *>(jpeg.constData());
    const qsizetype n = jpeg.size();
    if (n < 4 || p[0] != 0xff || p[1] != 0xd8)
        return std::nullopt;
    qsizetype i = 2;
    while (i + 4 <= n) {
        if (p[i] != 0xff)
            return std::nullopt;
        const unsigned char marker = p[i + 1];
        if (marker == 0xff) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
            i += 2;
            continue;
        }
        const int length = (p[i + 2] << 8) | p[i + 3];
        if (length < 2 || i + 2 + length > n)
            return std::nullopt;
        // SOF0 (baseline), SOF1 (extended) and SOF2 (progressive): what DCTDecode reads.
        if (marker == 0xc0 || marker == 0xc1 || marker == 0xc2) {
            if (length < 8)
                return std::nullopt;
            JpegInfo info;
            info.height = (p[i + 5] << 8) | p[i + 6];
            info.width = (p[i + 7] << 8) | p[i + 8];
            info.components = p[i + 9];
            if (info.width <= 0 || info.height <= 0 ||
                (info.components != 1 && info.components != 3 && info.components != 4))
                return std::nullopt;
            return info;
        }
        if ((marker >= 0xc3 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 &&
             marker != 0xcc) ||
            marker == 0xd9 || marker == 0xda)
            return std::nullopt; // lossless or arithmetic coding, or no frame before the scan
        i += 2 + length;
    }
    return std::nullopt;
}

PdfWriter::PdfWriter() = default;

PdfWriter::Page &PdfWriter::page()
{
    if (m_pages.isEmpty())
        newPage();
    return m_pages.last();
}

void PdfWriter::newPage(double width, double height)
{
    Page p;
    p.width = width;
    p.height = height;
    m_pages.push_back(std::move(p));
}

double PdfWriter::pageWidth() const
{
    return m_pages.isEmpty() ? a4Width : m_pages.last().width;
}

double PdfWriter::pageHeight() const
{
    return m_pages.isEmpty() ? a4Height : m_pages.last().height;
}

QByteArray PdfWriter::num(double v)
{
    if (!std::isfinite(v))
        v = 0;
    QByteArray s = QByteArray::number(v, 'f', 2);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

void PdfWriter::setFillColor(PdfColor c)
{
    page().content += colorOps(c, "rg");
}

void PdfWriter::setStrokeColor(PdfColor c)
{
    page().content += colorOps(c, "RG");
}

void PdfWriter::setLineWidth(double w)
{
    page().content += num(w) + " w\n";
}

void PdfWriter::text(double x, double y, Font font, double size, const QString &s)
{
    Page &p = page();
    p.content += "BT /" + QByteArray(font == Font::Bold ? "F2 " : "F1 ") + num(size) + " Tf " +
                 num(x) + ' ' + num(p.height - y) + " Td " + literal(encode(s)) + " Tj ET\n";
}

double PdfWriter::textWidth(Font font, double size, const QString &s) const
{
    qint64 units = 0;
    for (QChar c : s)
        units += glyphWidth(font, winAnsi(c.unicode()));
    return double(units) * size / 1000.0;
}

QString PdfWriter::elide(Font font, double size, const QString &s, double width) const
{
    if (textWidth(font, size, s) <= width)
        return s;
    const QString ellipsis(QChar(0x2026));
    QString cut = s;
    while (!cut.isEmpty() && textWidth(font, size, cut + ellipsis) > width)
        cut.chop(1);
    return cut.trimmed() + ellipsis;
}

QStringList PdfWriter::wrap(Font font, double size, const QString &s, double width) const
{
    QStringList lines;
    for (const QString &paragraph : s.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString tried = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (line.isEmpty() || textWidth(font, size, tried) <= width) {
                line = tried;
            } else {
                lines << line;
                line = word;
            }
            while (textWidth(font, size, line) > width && line.size() > 1) {
                // A word wider than the line: cut it.
                qsizetype k = line.size() - 1;
                while (k > 1 && textWidth(font, size, line.left(k)) > width)
                    --k;
                lines << line.left(k);
                line = line.mid(k);
            }
        }
        lines << line;
    }
    return lines;
}

void PdfWriter::fillRect(double x, double y, double w, double h)
{
    Page &p = page();
    p.content += num(x) + ' ' + num(p.height - y - h) + ' ' + num(w) + ' ' + num(h) + " re f\n";
}

void PdfWriter::strokeRect(double x, double y, double w, double h)
{
    Page &p = page();
    p.content += num(x) + ' ' + num(p.height - y - h) + ' ' + num(w) + ' ' + num(h) + " re S\n";
}

void PdfWriter::line(double x1, double y1, double x2, double y2)
{
    Page &p = page();
    p.content +=
        num(x1) + ' ' + num(p.height - y1) + " m " + num(x2) + ' ' + num(p.height - y2) + " l S\n";
}

void PdfWriter::polygon(const QVector<std::pair<double, double>> &points, bool fill, bool stroke)
{
    if (points.size() < 2 || (!fill && !stroke))
        return;
    Page &p = page();
    for (qsizetype i = 0; i < points.size(); ++i)
        p.content += num(points[i].first) + ' ' + num(p.height - points[i].second) +
                     (i == 0 ? " m\n" : " l\n");
    p.content += fill && stroke ? "b*\n" : fill ? "h f*\n" : "s\n";
}

bool PdfWriter::jpeg(const QByteArray &data, double x, double y, double w, double h)
{
    const auto info = jpegInfo(data);
    if (!info || w <= 0 || h <= 0)
        return false;
    int index = -1;
    for (int i = 0; i < m_images.size(); ++i)
        if (m_images[i].data == data) {
            index = i;
            break;
        }
    if (index < 0) {
        m_images.push_back({data, *info});
        index = int(m_images.size() - 1);
    }
    Page &p = page();
    p.content += "q " + num(w) + " 0 0 " + num(h) + ' ' + num(x) + ' ' + num(p.height - y - h) +
                 " cm /Im" + QByteArray::number(index) + " Do Q\n";
    if (!p.images.contains(index))
        p.images.push_back(index);
    return true;
}

QByteArray PdfWriter::finish()
{
    if (m_pages.isEmpty())
        newPage();
    // Objects: 1 catalog, 2 page tree, 3 and 4 the fonts, 5 the information, then the images,
    // then each page and its content.
    const int firstImage = 6;
    const int firstPage = firstImage + int(m_images.size());
    const int objectCount = firstPage + 2 * int(m_pages.size()) - 1;
    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QVector<qint64> offsets(objectCount + 1, 0);
    const auto begin = [&](int n) {
        offsets[n] = out.size();
        out += QByteArray::number(n) + " 0 obj\n";
    };
    const auto ref = [](int n) { return QByteArray::number(n) + " 0 R"; };

    begin(1);
    out += "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    begin(2);
    QByteArray kids;
    for (int i = 0; i < m_pages.size(); ++i)
        kids += (i ? " " : "") + ref(firstPage + 2 * i);
    out += "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) +
           " >>\nendobj\n";
    begin(3);
    out += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
           ">>\nendobj\n";
    begin(4);
    out += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
           "/WinAnsiEncoding >>\nendobj\n";
    begin(5);
    QByteArray info = "<< /Producer " + infoString(QStringLiteral("Posko " POSKO_VERSION));
    if (!m_title.isEmpty())
        info += " /Title " + infoString(m_title);
    if (!m_author.isEmpty())
        info += " /Author " + infoString(m_author);
    if (m_created.isValid())
        info += " /CreationDate (D:" +
                m_created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    out += info + " >>\nendobj\n";
    for (int i = 0; i < m_images.size(); ++i) {
        const Image &im = m_images[i];
        begin(firstImage + i);
        const char *space = im.info.components == 1   ? "/DeviceGray"
                            : im.info.components == 4 ? "/DeviceCMYK"
                                                      : "/DeviceRGB";
        out += "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(im.info.width) +
               " /Height " + QByteArray::number(im.info.height) + " /ColorSpace " + space +
               " /BitsPerComponent 8 /Filter /DCTDecode /Length " +
               QByteArray::number(im.data.size()) + " >>\nstream\n" + im.data +
               "\nendstream\nendobj\n";
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page &p = m_pages[i];
        const int pageObj = firstPage + 2 * i;
        begin(pageObj);
        QByteArray xobjects;
        for (int im : p.images)
            xobjects += " /Im" + QByteArray::number(im) + ' ' + ref(firstImage + im);
        out += "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(p.width) + ' ' + num(p.height) +
               "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >>" +
               (xobjects.isEmpty() ? QByteArray() : " /XObject <<" + xobjects + " >>") +
               " >> /Contents " + ref(pageObj + 1) + " >>\nendobj\n";
        begin(pageObj + 1);
        out += "<< /Length " + QByteArray::number(p.content.size()) + " >>\nstream\n" + p.content +
               "endstream\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(objectCount + 1) + "\n0000000000 65535 f \n";
    for (int n = 1; n <= objectCount; ++n)
        out += QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objectCount + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    m_pages.clear();
    m_images.clear();
    return out;
}

} // namespace posko::print
