// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents (issue 6), read back with poppler-utils, an independent PDF reader: the PDF
// writer of core/print, the weekly evaluation against the statistics engine's figures, and the
// work order's pages.
#include "core/geo/areas.h"
#include "core/i18n/translations.h"
#include "core/print/documentlanguage.h"
#include "core/print/pdfwriter.h"
#include "core/print/weeklyreport.h"
#include "core/print/workorder.h"
#include "core/sla/sla.h"
#include "core/stats/statsengine.h"
#include "core/storage/replica.h"
#include "pdfreader.h"
#include "statsfixtures.h"

#include "catch.h"
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

using namespace posko;
using namespace posko::print;
using namespace posko::test;

namespace {

QByteArray jpegOf(int w, int h, QColor color)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 90));
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// Every xref entry points at its object, and startxref at the table (the reader's way in).
void checkCrossReference(const QByteArray &pdf)
{
    const qsizetype sx = pdf.lastIndexOf("startxref\n");
    REQUIRE(sx > 0);
    const qint64 xref = pdf.mid(sx + 10, pdf.indexOf('\n', sx + 10) - sx - 10).toLongLong();
    REQUIRE(pdf.mid(xref, 5) == "xref\n");
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const QList<QByteArray> head = lines.value(1).split(' ');
    const int count = head.value(1).toInt();
    REQUIRE(count > 1);
    for (int n = 1; n < count; ++n) {
        const QByteArray entry = lines.value(2 + n);
        REQUIRE(entry.size() == 19); // "0000000015 00000 n " (20 bytes with its newline)
        const qint64 offset = entry.left(10).toLongLong();
        INFO("object " << n);
        CHECK(pdf.mid(offset).startsWith(QByteArray::number(n) + " 0 obj\n"));
    }
}

} // namespace

TEST_CASE("a PDF from core reads back with an independent reader: pages, text, title, images")
{
    QTemporaryDir dir;
    PdfWriter w;
    w.setTitle(QStringLiteral("Uji cetak – Kecamatan Panggul"));
    w.setAuthor(QStringLiteral("sari"));
    w.setCreated(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    const QByteArray photo = jpegOf(320, 200, QColor(200, 30, 30));
    w.newPage();
    w.text(40, 60, PdfWriter::Font::Bold, 14, QStringLiteral("Laporan warga: jalan rusak – 12 m"));
    w.text(40, 80, PdfWriter::Font::Regular, 10, QStringLiteral("Kurung (a) \\ b, naik 5% …"));
    w.text(40, 100, PdfWriter::Font::Regular, 10, QStringLiteral("≥ 7 hari"));
    REQUIRE(w.jpeg(photo, 40, 120, 160, 100));
    w.fillRect(40, 240, 100, 10);
    w.newPage(PdfWriter::a4Height, PdfWriter::a4Width);
    w.text(40, 60, PdfWriter::Font::Regular, 10, QStringLiteral("Halaman kedua: café"));
    REQUIRE(w.jpeg(photo, 40, 80, 160, 100)); // the same photo: embedded once
    CHECK_FALSE(w.jpeg(QByteArray("\x89PNG\r\n\x1a\n0000", 12), 0, 0, 10, 10));
    CHECK(w.pageCount() == 2);
    const QByteArray pdf = w.finish();
    checkCrossReference(pdf);
    CHECK(pdf.count("/Subtype /Image") == 1);
    const QString path = writeFile(dir, QStringLiteral("uji.pdf"), pdf);

    const auto info = pdfInfo(path);
    CHECK(info.value(QStringLiteral("Pages")) == QStringLiteral("2"));
    CHECK(info.value(QStringLiteral("Title")) == QStringLiteral("Uji cetak – Kecamatan Panggul"));
    CHECK(info.value(QStringLiteral("Author")) == QStringLiteral("sari"));
    CHECK(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("595.28 x 841.89")));

    const QStringList pages = pdfText(path, false).split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 2);
    CHECK(pages[0].contains(QStringLiteral("Laporan warga: jalan rusak – 12 m")));
    CHECK(pages[0].contains(QStringLiteral("Kurung (a) \\ b, naik 5% …")));
    CHECK(pages[0].contains(QStringLiteral("? 7 hari"))); // outside WinAnsi: a question mark
    CHECK(pages[1].contains(QStringLiteral("Halaman kedua: café")));
    CHECK_FALSE(pages[1].contains(QStringLiteral("Laporan warga")));

    const QVector<PdfImage> images = pdfImages(path);
    REQUIRE(images.size() == 2);
    for (const PdfImage &im : images) {
        CHECK(im.width == 320);
        CHECK(im.height == 200);
        CHECK(im.encoding == QStringLiteral("jpeg"));
    }
    CHECK(images[0].page == 1);
    CHECK(images[1].page == 2);
}

TEST_CASE("JPEG frame headers are read and anything else is refused")
{
    const QByteArray jpeg = jpegOf(64, 48, Qt::darkGreen);
    const auto info = jpegInfo(jpeg);
    REQUIRE(info);
    CHECK(info->width == 64);
    CHECK(info->height == 48);
    CHECK(info->components == 3);
    CHECK_FALSE(jpegInfo(jpeg.left(20)));
    CHECK_FALSE(jpegInfo(QByteArray()));
    CHECK_FALSE(jpegInfo(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QImage grey(10, 10, QImage::Format_Grayscale8);
    grey.fill(128);
    QByteArray g;
    QBuffer buffer(&g);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(grey.save(&buffer, "JPEG"));
    REQUIRE(jpegInfo(g));
    CHECK(jpegInfo(g)->components == 1);
}

TEST_CASE("wrapped and elided text stays within its width and keeps every word")
{
    const PdfWriter w;
    const QString text = QStringLiteral(
        "Jalan di depan balai desa berlubang besar sejak hujan deras minggu lalu, motor sering "
        "jatuh di malam hari karena lampu jalan juga mati. Mohon segera diperbaiki "
        "Supercalifragilisticexpialidocious-panjang-sekali");
    const QStringList lines = w.wrap(PdfWriter::Font::Regular, 10, text, 120);
    CHECK(lines.size() > 3);
    for (const QString &l : lines)
        CHECK(w.textWidth(PdfWriter::Font::Regular, 10, l) <= 120.0);
    CHECK(lines.join(QString()).remove(QLatin1Char(' ')) == QString(text).remove(QLatin1Char(' ')));
    const QString cut = w.elide(PdfWriter::Font::Bold, 9, text, 80);
    CHECK(w.textWidth(PdfWriter::Font::Bold, 9, cut) <= 80.0);
    CHECK(cut.endsWith(QChar(0x2026)));
    CHECK(w.elide(PdfWriter::Font::Bold, 9, QStringLiteral("Panggul"), 80) ==
          QStringLiteral("Panggul"));
    // Helvetica's metrics: ten digits are 5.56 em.
    CHECK(w.textWidth(PdfWriter::Font::Regular, 10, QStringLiteral("0123456789")) == Approx(55.6));
}

TEST_CASE("ISO weeks: their Mondays, week 53 only in long years, the last whole week in WIB")
{
    CHECK(mondayOfIsoWeek(QStringLiteral("2026-W47")) == QDate(2026, 11, 16));
    CHECK(mondayOfIsoWeek(QStringLiteral("2026-W01")) == QDate(2025, 12, 29));
    CHECK(mondayOfIsoWeek(QStringLiteral("2026-W53")) == QDate(2026, 12, 28));
    CHECK_FALSE(mondayOfIsoWeek(QStringLiteral("2025-W53")));
    CHECK_FALSE(mondayOfIsoWeek(QStringLiteral("2026-W00")));
    CHECK_FALSE(mondayOfIsoWeek(QStringLiteral("2026-47")));
    CHECK_FALSE(mondayOfIsoWeek(QStringLiteral("26-W47")));
    const auto utc = [](int d, int h) {
        return QDateTime(QDate(2026, 11, d), QTime(h, 0), Qt::UTC).toSecsSinceEpoch();
    };
    CHECK(lastCompleteWeek(utc(28, 10)) == QDate(2026, 11, 16)); // Saturday
    CHECK(lastCompleteWeek(utc(29, 16)) == QDate(2026, 11, 16)); // Sunday 23:00 WIB
    CHECK(lastCompleteWeek(utc(29, 17)) == QDate(2026, 11, 23)); // Monday 00:00 WIB
}

namespace {

// A duration as the Indonesian tables print it ("2h 05j", "3j 07m", "12m", "—"), in seconds.
qint64 parseShortDuration(const QString &text)
{
    static const QRegularExpression days(QStringLiteral("^(\\d+)h (\\d+)j$")),
        hours(QStringLiteral("^(\\d+)j (\\d+)m$")), minutes(QStringLiteral("^(\\d+)m$"));
    if (text == QStringLiteral("—"))
        return -1;
    if (const auto m = days.match(text); m.hasMatch())
        return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600;
    if (const auto m = hours.match(text); m.hasMatch())
        return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60;
    if (const auto m = minutes.match(text); m.hasMatch())
        return m.captured(1).toLongLong() * 60;
    FAIL("not a duration: " << text.toStdString());
    return -2;
}

// What the table shows of a duration: whole hours from a day on, else whole minutes.
qint64 printed(qint64 seconds)
{
    if (seconds < 0)
        return -1;
    return seconds >= 86400 ? seconds / 3600 * 3600 : seconds / 60 * 60;
}

qint64 parsePercent(const QString &text)
{
    if (text == QStringLiteral("—"))
        return -1;
    REQUIRE(text.endsWith(QLatin1Char('%')));
    return text.chopped(1).toLongLong();
}

qint64 percentOf(const stats::Share &s)
{
    const auto v = s.value();
    return v ? std::lround(*v * 100.0) : -1;
}

// The row of `name` in the text: rank (or —), the name, then thirteen figures.
void checkRow(const QString &text, const QString &name, const stats::UnitFigures &u)
{
    INFO("row " << name.toStdString());
    const QRegularExpression row(QStringLiteral("^\\s*(\\d+|—)\\s+") +
                                     QRegularExpression::escape(name) + QStringLiteral("\\s+(.*)$"),
                                 QRegularExpression::MultilineOption);
    const auto m = row.match(text);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1) == (u.rank > 0 ? QString::number(u.rank) : QStringLiteral("—")));
    static const QRegularExpression token(
        QStringLiteral("\\d+h \\d+j|\\d+j \\d+m|\\d+m|\\d+%|—|\\d+"));
    QStringList t;
    for (auto it = token.globalMatch(m.captured(2)); it.hasNext();)
        t << it.next().captured(0);
    REQUIRE(t.size() == 13);
    CHECK(t[0].toLongLong() == u.received);
    CHECK(t[1].toLongLong() == u.assigned);
    CHECK(t[2].toLongLong() == u.resolved);
    CHECK(parseShortDuration(t[3]) == printed(u.response.median));
    CHECK(parseShortDuration(t[4]) == printed(u.response.p90));
    CHECK(parseShortDuration(t[5]) == printed(u.resolution.median));
    CHECK(parseShortDuration(t[6]) == printed(u.resolution.p90));
    CHECK(parsePercent(t[7]) == percentOf(u.responseSla));
    CHECK(parsePercent(t[8]) == percentOf(u.resolutionSla));
    CHECK(parsePercent(t[9]) == percentOf(u.reopened));
    CHECK(parsePercent(t[10]) == percentOf(u.disputed));
    CHECK(t[11].toLongLong() == u.flaggedFast);
    CHECK(t[12].toLongLong() == u.backlogTotal());
}

} // namespace

TEST_CASE("the weekly evaluation prints the engine's figures per squad and per kecamatan in "
          "Bahasa Indonesia")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.filePath(QStringLiteral("ws")), &error);
    REQUIRE(replica);
    REQUIRE(replica->applyChanges(statsFixture(), {}, 12, &error));
    const auto indonesian = loadTranslator(QStringLiteral("id"));
    REQUIRE(indonesian);
    const DocumentLanguage lang(indonesian.get());
    const AreaCatalog areas = AreaCatalog::builtIn();

    // Both weeks of the fixture's period: the second holds the Idul Fitri holidays.
    for (const QDate monday : {QDate(2026, 3, 9), QDate(2026, 3, 16)}) {
        INFO("week of " << monday.toString(Qt::ISODate).toStdString());
        WeeklyReportOptions options;
        options.monday = monday;
        options.minReports = 2;
        options.generatedAt =
            QDateTime(QDate(2026, 3, 23), QTime(2, 0), Qt::UTC).toSecsSinceEpoch();
        options.generatedBy = QStringLiteral("koord");
        const auto pdf = weeklyReportPdf(replica->databasePath(), replica->labelPolicy(), areas,
                                         options, indonesian.get(), &error);
        INFO(error.toStdString());
        REQUIRE(pdf);
        checkCrossReference(*pdf);
        const QString path = writeFile(dir, QStringLiteral("weekly.pdf"), *pdf);
        const QString text = pdfText(path);
        int year = 0;
        const int week = monday.weekNumber(&year);
        CHECK(text.contains(QStringLiteral("Evaluasi Mingguan Penanganan Laporan Warga")));
        CHECK(text.contains(QStringLiteral("Minggu %1-W%2: %3 s.d. %4 (WIB)")
                                .arg(year)
                                .arg(week)
                                .arg(lang.date(monday), lang.date(monday.addDays(6)))));
        CHECK(text.contains(
            QStringLiteral("Dibuat %1 oleh koord").arg(lang.dateTimeWib(options.generatedAt))));
        CHECK_FALSE(text.contains(QStringLiteral("Received"))); // nothing left in English

        const stats::StatsEngine engine(replica->databasePath(), replica->labelPolicy());
        const auto figures =
            engine.refresh(stats::Period::fromWibDates(monday, monday.addDays(6)),
                           {stats::Grouping::Squad, stats::Grouping::Kecamatan}, 2, &error);
        REQUIRE(figures);
        REQUIRE_FALSE(figures->at(0).units.isEmpty());
        for (const stats::UnitFigures &u : figures->at(0).units)
            checkRow(text, lang.squad(u.key), u);
        for (const stats::UnitFigures &u : figures->at(1).units)
            checkRow(text, areas.kecamatanName(u.key), u);

        // The week at a glance: the first four boxes are received, assigned, resolved, closed.
        const QStringList lines = text.split(QLatin1Char('\n'));
        qsizetype labels = -1;
        for (qsizetype i = 0; i < lines.size() && labels < 0; ++i)
            if (lines[i].contains(QStringLiteral("Diterima")) &&
                lines[i].contains(QStringLiteral("Ditugaskan")))
                labels = i;
        REQUIRE(labels >= 0);
        QStringList values;
        for (qsizetype i = labels + 1; i < lines.size() && values.isEmpty(); ++i)
            values = lines[i].simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(values.size() >= 4);
        const stats::UnitFigures &total = figures->at(0).total;
        CHECK(values[0].toLongLong() == total.received);
        CHECK(values[1].toLongLong() == total.assigned);
        CHECK(values[2].toLongLong() == total.resolved);
        CHECK(values[3].toLongLong() == total.closed);
    }

    // A week that does not start on a Monday is refused with a reason.
    WeeklyReportOptions tuesday;
    tuesday.monday = QDate(2026, 3, 10);
    error.clear();
    CHECK_FALSE(weeklyReportPdf(replica->databasePath(), replica->labelPolicy(), areas, tuesday,
                                indonesian.get(), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("a work order prints each report on its own page with photo, map and deadline")
{
    QTemporaryDir dir;
    const AreaCatalog areas = AreaCatalog::builtIn();
    const LabelPolicy policy = LabelPolicy::builtIn();
    const auto indonesian = loadTranslator(QStringLiteral("id"));
    REQUIRE(indonesian);
    const DocumentLanguage lang(indonesian.get());
    const QDateTime now(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC);
    const QString desa = areas.desaOf(k1).first().code;

    // Assigned two hours ago, due in 14 days; the other waits past its response deadline.
    Report fresh = statsReport(41, QStringLiteral("jalan_rusak"), k1, now.addSecs(-3 * 3600));
    fresh.desa = desa;
    fresh.address = QStringLiteral("Jl. Raya Panggul No. 7");
    fresh.description = QStringLiteral("Lubang besar di tengah jalan (kedalaman ± 30 cm)");
    step(fresh, now.addSecs(-2 * 3600), QStringLiteral("sari"), QStringLiteral("assign"),
         QStringLiteral("ditugaskan"), QStringLiteral("orange"));
    step(fresh, now.addSecs(-3600), QStringLiteral("sari"), QStringLiteral("note"), {}, {},
         QStringLiteral("Bawa papan peringatan"));
    Report late = statsReport(42, QStringLiteral("jalan_rusak"), k2, now.addSecs(-30 * 3600));

    QVector<WorkOrderItem> items(2);
    items[0].report = fresh;
    items[0].photo = jpegOf(400, 300, QColor(120, 90, 60));
    items[0].map = jpegOf(380, 300, QColor(220, 230, 200));
    items[1].report = late;
    items[1].photoMissing = QStringLiteral("Warga tidak mengirim foto.");
    items[1].map = jpegOf(380, 300, QColor(200, 210, 230));
    WorkOrderOptions options;
    options.printedAt = now.toSecsSinceEpoch();
    options.printedBy = QStringLiteral("sari");
    const QByteArray pdf = workOrderPdf(items, policy, areas, options, indonesian.get());
    checkCrossReference(pdf);
    const QString path = writeFile(dir, QStringLiteral("order.pdf"), pdf);

    CHECK(pdfInfo(path).value(QStringLiteral("Pages")) == QStringLiteral("2"));
    const QVector<PdfImage> images = pdfImages(path);
    REQUIRE(images.size() == 3);
    CHECK((images[0].page == 1 && images[0].width == 400 && images[0].height == 300));
    CHECK((images[1].page == 1 && images[1].width == 380));
    CHECK((images[2].page == 2 && images[2].width == 380)); // the second has no photo

    const QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 2);
    const QString &first = pages[0];
    CHECK(first.contains(QStringLiteral("PERINTAH KERJA")));
    CHECK(first.contains(QStringLiteral("Laporan #41")));
    CHECK(first.contains(QStringLiteral("Pasukan Oranye")));
    CHECK(first.contains(QStringLiteral("Jalan rusak")));
    CHECK(first.contains(QStringLiteral("Jl. Raya Panggul No. 7")));
    CHECK(first.contains(QStringLiteral("Desa %1").arg(areas.desaName(desa))));
    CHECK(first.contains(QStringLiteral("Kecamatan Panggul")));
    CHECK(first.contains(QStringLiteral("Lubang besar di tengah jalan (kedalaman ± 30 cm)")));
    CHECK(first.contains(QStringLiteral("Bawa papan peringatan")));
    CHECK(first.contains(QStringLiteral("Tanda tangan ketua regu")));
    const Label *road = policy.find(QStringLiteral("jalan_rusak"));
    const SlaStatus freshSla = evaluateSla(fresh, road, policy.warningShare(), now);
    REQUIRE(freshSla.state == SlaState::Ok);
    CHECK(first.contains(lang.dateTimeWib(freshSla.deadline.toSecsSinceEpoch())));
    CHECK(first.contains(
        QStringLiteral("penyelesaian, sisa %1").arg(lang.duration(freshSla.secondsLeft))));

    const QString &second = pages[1];
    CHECK(second.contains(QStringLiteral("Laporan #42")));
    CHECK(second.contains(QStringLiteral("Belum ditugaskan")));
    CHECK(second.contains(QStringLiteral("Warga tidak mengirim foto.")));
    const SlaStatus lateSla = evaluateSla(late, road, policy.warningShare(), now);
    REQUIRE(lateSla.state == SlaState::Breached);
    CHECK(second.contains(
        QStringLiteral("respons, terlambat %1").arg(lang.duration(-lateSla.secondsLeft))));
    CHECK(second.contains(QStringLiteral("halaman 2 dari 2")));
    CHECK_FALSE(second.contains(QStringLiteral("Laporan #41")));
}
