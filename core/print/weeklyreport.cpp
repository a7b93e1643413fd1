// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/weeklyreport.h"

#include "core/geo/areas.h"
#include "core/print/documentlanguage.h"
#include "core/print/pdfwriter.h"
#include "core/stats/statsengine.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace posko::print {

QDate lastCompleteWeek(qint64 nowUtcSecs)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(nowUtcSecs + 7 * 3600, Qt::UTC).date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    return thisMonday.addDays(-7);
}

std::optional<QDate> mondayOfIsoWeek(const QString &isoWeek)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto m = re.match(isoWeek.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt(), week = m.captured(2).toInt();
    if (week < 1 || week > 53)
        return std::nullopt;
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int y = 0;
    if (monday.weekNumber(&y) != week || y != year)
        return std::nullopt; // week 53 of a year that has 52
    return monday;
}

namespace {

using Font = PdfWriter::Font;

constexpr PdfColor kInk = ink::text;
constexpr PdfColor kMuted = ink::muted;
constexpr PdfColor kRule = ink::rule;
constexpr PdfColor kHeaderFill{226, 232, 240};
constexpr PdfColor kZebra{248, 250, 252};
constexpr PdfColor kReceived{37, 99, 235};
constexpr PdfColor kResolved{22, 163, 74};
constexpr PdfColor kReopened{234, 88, 12};
constexpr PdfColor kBand{30, 41, 59};

// A4 landscape: fourteen columns of figures fit with names in full.
constexpr double kPageW = PdfWriter::a4Height;
constexpr double kPageH = PdfWriter::a4Width;
constexpr double kLeft = 36;
constexpr double kRight = kPageW - 36;
constexpr double kTop = 36;
constexpr double kBottom = kPageH - 40;

struct Column
{
    QString header;
    double width;
    bool right;
};

class Document
{
public:
    Document(const DocumentLanguage &l, QString footer) : lang(l), m_footer(std::move(footer))
    {
        startPage();
    }

    void startPage()
    {
        pdf.newPage(kPageW, kPageH);
        ++m_page;
        y = kTop;
        pdf.setFillColor(kMuted);
        const QString foot = m_footer + QStringLiteral(" · ") +
                             lang.translate("posko::print", "page %1").arg(m_page);
        pdf.text(kLeft, kPageH - 20, Font::Regular, 7, foot);
        pdf.setStrokeColor(kRule);
        pdf.setLineWidth(0.5);
        pdf.line(kLeft, kPageH - 30, kRight, kPageH - 30);
        pdf.setFillColor(kInk);
    }
    // Room for `h` more points on this page, or a new page.
    void need(double h)
    {
        if (y + h > kBottom)
            startPage();
    }
    void heading(const QString &text)
    {
        need(40);
        y += 10;
        pdf.setFillColor(kInk);
        pdf.text(kLeft, y + 11, Font::Bold, 12, text);
        y += 18;
    }
    void paragraph(const QString &text, double size = 8, PdfColor color = kInk)
    {
        const QStringList lines = pdf.wrap(Font::Regular, size, text, kRight - kLeft);
        for (const QString &l : lines) {
            need(size * 1.35);
            pdf.setFillColor(color);
            pdf.text(kLeft, y + size, Font::Regular, size, l);
            y += size * 1.35;
        }
        pdf.setFillColor(kInk);
    }

    void table(const QVector<Column> &columns, const QVector<QStringList> &rows,
               const QVector<bool> &muted)
    {
        const double size = 7, rowH = 12.5;
        // Headers wrap to at most two lines.
        QVector<QStringList> heads;
        int headLines = 1;
        for (const Column &c : columns) {
            QStringList l = pdf.wrap(Font::Bold, 6.5, c.header, c.width - 4);
            while (l.size() > 3) {
                l[1] += QLatin1Char(' ') + l[2];
                l.removeAt(2);
            }
            headLines = std::max(headLines, int(l.size()));
            heads << l;
        }
        const double headH = 6 + 8 * headLines;
        const auto drawHeader = [&] {
            pdf.setFillColor(kHeaderFill);
            pdf.fillRect(kLeft, y, kRight - kLeft, headH);
            pdf.setFillColor(kInk);
            double x = kLeft;
            for (int c = 0; c < columns.size(); ++c) {
                for (int i = 0; i < heads[c].size(); ++i) {
                    const QString &t = heads[c][i];
                    const double w = pdf.textWidth(Font::Bold, 6.5, t);
                    const double tx = columns[c].right ? x + columns[c].width - 3 - w : x + 3;
                    pdf.text(tx, y + 9 + 8 * i, Font::Bold, 6.5, t);
                }
                x += columns[c].width;
            }
            y += headH;
        };
        need(headH + rowH);
        drawHeader();
        for (int r = 0; r < rows.size(); ++r) {
            if (y + rowH > kBottom) {
                startPage();
                drawHeader();
            }
            if (r % 2 == 1) {
                pdf.setFillColor(kZebra);
                pdf.fillRect(kLeft, y, kRight - kLeft, rowH);
            }
            pdf.setFillColor(muted.value(r) ? kMuted : kInk);
            double x = kLeft;
            for (int c = 0; c < columns.size(); ++c) {
                const QString t =
                    pdf.elide(Font::Regular, size, rows[r].value(c), columns[c].width - 6);
                const double w = pdf.textWidth(Font::Regular, size, t);
                pdf.text(columns[c].right ? x + columns[c].width - 3 - w : x + 3, y + 9,
                         Font::Regular, size, t);
                x += columns[c].width;
            }
            y += rowH;
        }
        pdf.setStrokeColor(kRule);
        pdf.setLineWidth(0.5);
        pdf.line(kLeft, y, kRight, y);
        pdf.setFillColor(kInk);
        y += 6;
    }

    // Horizontal bars: one row per item, each with up to two values drawn on a shared scale.
    struct BarRow
    {
        QString name;
        QVector<double> values; // in units of `max`
        QVector<QString> labels;
    };
    void barChart(const QString &caption, const QVector<BarRow> &rows,
                  const QVector<std::pair<QString, PdfColor>> &series, double max)
    {
        const double nameW = 110, valueW = 40;
        const double trackX = kLeft + nameW, trackW = kRight - kLeft - nameW - valueW;
        const int n = int(series.size());
        const double barH = 5.5, rowH = n * barH + 5;
        // Caption and legend.
        need(28 + rowH);
        pdf.setFillColor(kInk);
        pdf.text(kLeft, y + 8, Font::Bold, 8, caption);
        y += 12;
        double lx = trackX;
        for (const auto &[name, color] : series) {
            pdf.setFillColor(color);
            pdf.fillRect(lx, y + 2, 8, 6);
            pdf.setFillColor(kInk);
            pdf.text(lx + 11, y + 8, Font::Regular, 7, name);
            lx += 22 + pdf.textWidth(Font::Regular, 7, name);
        }
        y += 14;
        for (const BarRow &row : rows) {
            need(rowH);
            pdf.setFillColor(kInk);
            pdf.text(kLeft, y + rowH / 2 + 2, Font::Regular, 7,
                     pdf.elide(Font::Regular, 7, row.name, nameW - 6));
            for (int s = 0; s < n; ++s) {
                const double v = std::clamp(row.values.value(s), 0.0, max);
                const double by = y + 2 + s * barH;
                pdf.setFillColor(kZebra);
                pdf.fillRect(trackX, by, trackW, barH - 1);
                pdf.setFillColor(series[s].second);
                if (max > 0 && v > 0)
                    pdf.fillRect(trackX, by, trackW * v / max, barH - 1);
                pdf.setFillColor(kMuted);
                pdf.text(trackX + trackW + 4, by + barH - 1, Font::Regular, 5.5,
                         row.labels.value(s));
            }
            y += rowH;
        }
        pdf.setFillColor(kInk);
        y += 4;
    }

    PdfWriter pdf;
    const DocumentLanguage &lang;
    double y = kTop;

private:
    QString m_footer;
    int m_page = 0;
};

QString unitName(const DocumentLanguage &lang, const AreaCatalog &areas, stats::Grouping g,
                 const QString &key)
{
    if (g == stats::Grouping::Squad)
        return lang.squad(key);
    const QString name = areas.kecamatanName(key);
    return name.isEmpty() ? key : name;
}

QVector<Column> unitColumns(const DocumentLanguage &lang, const QString &unitHeader)
{
    return {{lang.translate("posko::print", "Rank"), 34, true},
            {unitHeader, 120, false},
            {lang.translate("posko::print", "Received"), 48, true},
            {lang.translate("posko::print", "Assigned"), 48, true},
            {lang.translate("posko::print", "Resolved"), 48, true},
            {lang.translate("posko::print", "Response, median"), 50, true},
            {lang.translate("posko::print", "Response, 90th percentile"), 50, true},
            {lang.translate("posko::print", "Resolution, median"), 54, true},
            {lang.translate("posko::print", "Resolution, 90th percentile"), 54, true},
            {lang.translate("posko::print", "Responses within SLA"), 50, true},
            {lang.translate("posko::print", "Resolutions within SLA"), 54, true},
            {lang.translate("posko::print", "Reopened"), 44, true},
            {lang.translate("posko::print", "Disputed"), 44, true},
            {lang.translate("posko::print", "Too fast"), 36, true},
            {lang.translate("posko::print", "Open backlog"), 36, true}};
}

QStringList unitRow(const DocumentLanguage &lang, const QString &name, const stats::UnitFigures &u)
{
    return {u.rank > 0 ? QString::number(u.rank) : QStringLiteral("—"),
            name,
            QString::number(u.received),
            QString::number(u.assigned),
            QString::number(u.resolved),
            lang.shortDuration(u.response.median),
            lang.shortDuration(u.response.p90),
            lang.shortDuration(u.resolution.median),
            lang.shortDuration(u.resolution.p90),
            lang.percent(u.responseSla.value()),
            lang.percent(u.resolutionSla.value()),
            lang.percent(u.reopened.value()),
            lang.percent(u.disputed.value()),
            QString::number(u.flaggedFast),
            QString::number(u.backlogTotal())};
}

void unitSection(Document &doc, const AreaCatalog &areas, const stats::StatsResult &r,
                 const QString &title, const QString &unitHeader)
{
    const DocumentLanguage &lang = doc.lang;
    doc.heading(title);
    QVector<QStringList> rows;
    QVector<bool> muted;
    for (const stats::UnitFigures &u : r.units) {
        rows << unitRow(lang, unitName(lang, areas, r.grouping, u.key), u);
        muted << (u.rank == 0);
    }
    if (rows.isEmpty()) {
        doc.paragraph(lang.translate("posko::print", "No reports in this week."));
        return;
    }
    doc.table(unitColumns(lang, unitHeader), rows, muted);
    const QStringList unranked = r.unrankedKeys();
    if (!unranked.isEmpty()) {
        QStringList names;
        for (const QString &k : unranked)
            names << unitName(lang, areas, r.grouping, k);
        doc.paragraph(
            lang.translate("posko::print", "Not ranked (fewer than %1 reports received): %2.")
                .arg(r.minReports)
                .arg(names.join(QStringLiteral(", "))),
            7, kMuted);
    }
}

} // namespace

std::optional<QByteArray> weeklyReportPdf(const QString &databasePath, const LabelPolicy &policy,
                                          const AreaCatalog &areas,
                                          const WeeklyReportOptions &options,
                                          const QTranslator *translator, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!options.monday.isValid() || options.monday.dayOfWeek() != 1)
        return fail(
            QCoreApplication::translate("posko::print", "The week must start on a Monday."));
    const DocumentLanguage lang(translator);
    const QDate sunday = options.monday.addDays(6);
    const stats::StatsEngine engine(databasePath, policy);
    const int minReports = std::max(1, options.minReports);
    const auto week =
        engine.refresh(stats::Period::fromWibDates(options.monday, sunday),
                       {stats::Grouping::Squad, stats::Grouping::Kecamatan}, minReports, error);
    if (!week)
        return std::nullopt;
    const int trendWeeks = std::clamp(options.trendWeeks, 1, 26);
    const auto trend = engine.compute(
        stats::Period::fromWibDates(options.monday.addDays(-7 * (trendWeeks - 1)), sunday),
        stats::Grouping::Label, minReports, error);
    if (!trend)
        return std::nullopt;
    const stats::StatsResult &bySquad = week->at(0);
    const stats::StatsResult &byKecamatan = week->at(1);
    const stats::UnitFigures &total = bySquad.total;

    int isoYear = 0;
    const int isoWeek = options.monday.weekNumber(&isoYear);
    const QString weekCode =
        QStringLiteral("%1-W%2").arg(isoYear).arg(isoWeek, 2, 10, QLatin1Char('0'));
    Document doc(lang, lang.translate("posko::print", "Weekly evaluation %1").arg(weekCode) +
                           QStringLiteral(" · ") + options.regency);
    PdfWriter &pdf = doc.pdf;
    const QString title =
        lang.translate("posko::print", "Weekly evaluation of citizen report handling");
    pdf.setTitle(title + QStringLiteral(" ") + weekCode);
    pdf.setAuthor(options.generatedBy);
    pdf.setCreated(QDateTime::fromSecsSinceEpoch(options.generatedAt, Qt::UTC));

    // The title band.
    pdf.setFillColor(kBand);
    pdf.fillRect(kLeft, doc.y, kRight - kLeft, 58);
    pdf.setFillColor({255, 255, 255});
    pdf.text(kLeft + 12, doc.y + 20, Font::Bold, 15, title);
    pdf.text(kLeft + 12, doc.y + 36, Font::Regular, 9.5,
             options.regency + QStringLiteral(" · ") +
                 lang.translate("posko::print", "Week %1: %2 to %3 (WIB)")
                     .arg(weekCode, lang.date(options.monday), lang.date(sunday)));
    pdf.text(kLeft + 12, doc.y + 50, Font::Regular, 7,
             lang.translate("posko::print", "Made %1 by %2 with Posko %3")
                 .arg(lang.dateTimeWib(options.generatedAt),
                      options.generatedBy.isEmpty() ? QStringLiteral("—") : options.generatedBy,
                      QStringLiteral(POSKO_VERSION)));
    doc.y += 70;

    // Key figures of the week.
    doc.heading(lang.translate("posko::print", "The week at a glance"));
    const QVector<std::pair<QString, QString>> figures = {
        {lang.translate("posko::print", "Received"), QString::number(total.received)},
        {lang.translate("posko::print", "Assigned"), QString::number(total.assigned)},
        {lang.translate("posko::print", "Resolved"), QString::number(total.resolved)},
        {lang.translate("posko::print", "Closed"), QString::number(total.closed)},
        {lang.translate("posko::print", "Median response"), lang.duration(total.response.median)},
        {lang.translate("posko::print", "Median resolution"),
         lang.duration(total.resolution.median)},
        {lang.translate("posko::print", "Responses within SLA"),
         lang.percent(total.responseSla.value())},
        {lang.translate("posko::print", "Resolutions within SLA"),
         lang.percent(total.resolutionSla.value())},
        {lang.translate("posko::print", "Open backlog at the week's end"),
         QString::number(total.backlogTotal())},
        {lang.translate("posko::print", "Reopened after resolution"),
         lang.percent(total.reopened.value())},
        {lang.translate("posko::print", "Disputed by the citizen"),
         lang.percent(total.disputed.value())},
        {lang.translate("posko::print", "Closures flagged as too fast"),
         QString::number(total.flaggedFast)}};
    const double boxW = (kRight - kLeft - 5 * 8) / 6, boxH = 40;
    for (int i = 0; i < figures.size(); ++i) {
        const double x = kLeft + (i % 6) * (boxW + 8);
        const double by = doc.y + (i / 6) * (boxH + 6);
        pdf.setFillColor(kZebra);
        pdf.fillRect(x, by, boxW, boxH);
        pdf.setStrokeColor(kRule);
        pdf.strokeRect(x, by, boxW, boxH);
        pdf.setFillColor(kMuted);
        pdf.text(x + 6, by + 11, Font::Regular, 6.5,
                 pdf.elide(Font::Regular, 6.5, figures[i].first, boxW - 12));
        pdf.setFillColor(kInk);
        pdf.text(x + 6, by + 31, Font::Bold, 15, figures[i].second);
    }
    doc.y += 2 * (boxH + 6) + 4;

    // The trend: received and resolved per week.
    doc.heading(lang.translate("posko::print", "Received and resolved in the last %1 weeks")
                    .arg(trendWeeks));
    {
        QVector<Document::BarRow> rows;
        double most = 1;
        for (const stats::WeekCount &w : trend->total.trend) {
            Document::BarRow row;
            row.name = w.isoWeek() + QStringLiteral(" (") +
                       lang.locale().toString(w.monday, QStringLiteral("d MMM")) +
                       QStringLiteral(")");
            row.values = {double(w.received), double(w.resolved)};
            row.labels = {QString::number(w.received), QString::number(w.resolved)};
            most = std::max({most, double(w.received), double(w.resolved)});
            rows << row;
        }
        doc.barChart(lang.translate("posko::print", "Reports per ISO week"), rows,
                     {{lang.translate("posko::print", "Received"), kReceived},
                      {lang.translate("posko::print", "Resolved"), kResolved}},
                     most);
    }

    // Per squad: the table, then quality beside speed for the ranked squads.
    unitSection(doc, areas, bySquad, lang.translate("posko::print", "Per squad"),
                lang.translate("posko::print", "Squad"));
    {
        QVector<Document::BarRow> rows;
        for (const stats::UnitFigures &u : bySquad.units) {
            if (u.rank == 0)
                continue;
            const double sla = u.resolutionSla.value().value_or(0) * 100.0;
            const double reopened = u.reopened.value().value_or(0) * 100.0;
            rows << Document::BarRow{
                QString::number(u.rank) + QStringLiteral(". ") + lang.squad(u.key),
                {sla, reopened},
                {lang.percent(u.resolutionSla.value()), lang.percent(u.reopened.value())}};
        }
        if (!rows.isEmpty())
            doc.barChart(
                lang.translate("posko::print", "Ranked squads: quality beside speed (percent)"),
                rows,
                {{lang.translate("posko::print", "Resolutions within SLA"), kResolved},
                 {lang.translate("posko::print", "Reopened after resolution"), kReopened}},
                100);
    }

    // Per kecamatan: the table, then received beside resolved.
    unitSection(doc, areas, byKecamatan, lang.translate("posko::print", "Per kecamatan"),
                lang.translate("posko::print", "Kecamatan"));
    {
        QVector<Document::BarRow> rows;
        double most = 1;
        QVector<stats::UnitFigures> units = byKecamatan.units;
        std::sort(units.begin(), units.end(), [](const auto &a, const auto &b) {
            return a.received != b.received ? a.received > b.received : a.key < b.key;
        });
        for (const stats::UnitFigures &u : units) {
            rows << Document::BarRow{unitName(lang, areas, stats::Grouping::Kecamatan, u.key),
                                     {double(u.received), double(u.resolved)},
                                     {QString::number(u.received), QString::number(u.resolved)}};
            most = std::max({most, double(u.received), double(u.resolved)});
        }
        if (!rows.isEmpty())
            doc.barChart(lang.translate("posko::print", "Reports per kecamatan"), rows,
                         {{lang.translate("posko::print", "Received"), kReceived},
                          {lang.translate("posko::print", "Resolved"), kResolved}},
                         most);
    }

    // What the figures mean.
    doc.heading(lang.translate("posko::print", "How to read these figures"));
    const char *notes[] = {
        QT_TRANSLATE_NOOP("posko::print",
                          "Received, assigned, resolved and closed count the events of the week "
                          "(Monday 00:00 to Sunday 24:00 WIB)."),
        QT_TRANSLATE_NOOP("posko::print",
                          "Response and resolution times, and the shares within SLA, follow the "
                          "reports received in the week, as far as they were answered by its "
                          "end; times count on each label's clock (working hours where the label "
                          "says so). Medians and 90th percentiles are times that really "
                          "occurred."),
        QT_TRANSLATE_NOOP("posko::print",
                          "Reopened and disputed shares are of the reports resolved in the week. "
                          "A closure is flagged as too fast when the squad finished sooner after "
                          "its assignment than the label's policy allows; the flag is recorded "
                          "by the hub and cannot be removed by the squad."),
        QT_TRANSLATE_NOOP("posko::print",
                          "Units are ranked only with enough reports received, by resolutions "
                          "within SLA, then responses within SLA, then the median resolution "
                          "time, with the quality measures shown beside speed."),
    };
    for (const char *n : notes)
        doc.paragraph(QStringLiteral("• ") + lang.translate("posko::print", n));
    doc.paragraph(
        lang.translate("posko::print", "Ranking threshold: %1 reports received.").arg(minReports));
    return pdf.finish();
}

} // namespace posko::print
