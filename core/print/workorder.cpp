// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/workorder.h"

#include "core/geo/areas.h"
#include "core/print/documentlanguage.h"
#include "core/print/pdfwriter.h"
#include "core/sla/sla.h"

#include <algorithm>

namespace posko::print {

namespace {

using Font = PdfWriter::Font;
constexpr PdfColor kInk = ink::text;
constexpr PdfColor kMuted = ink::muted;
constexpr PdfColor kRule = ink::rule;
constexpr PdfColor kPanel = ink::panel;
constexpr PdfColor kLate{185, 28, 28};
constexpr double kLeft = 40;
constexpr double kRight = PdfWriter::a4Width - 40;

// The box (x, y, w, h) of an image of `info`'s proportions fitted into `box`, centred.
void fitted(const QByteArray &jpeg, double &x, double &y, double &w, double &h)
{
    const auto info = jpegInfo(jpeg);
    if (!info)
        return;
    const double scale = std::min(w / info->width, h / info->height);
    const double iw = info->width * scale, ih = info->height * scale;
    x += (w - iw) / 2;
    y += (h - ih) / 2;
    w = iw;
    h = ih;
}

} // namespace

QByteArray workOrderPdf(const QVector<WorkOrderItem> &items, const LabelPolicy &policy,
                        const AreaCatalog &areas, const WorkOrderOptions &options,
                        const QTranslator *translator)
{
    const DocumentLanguage lang(translator);
    PdfWriter pdf;
    pdf.setTitle(lang.translate("posko::print", "Work order"));
    pdf.setAuthor(options.printedBy);
    pdf.setCreated(QDateTime::fromSecsSinceEpoch(options.printedAt, Qt::UTC));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(options.printedAt, Qt::UTC);
    int pageNo = 0;
    for (const WorkOrderItem &item : items) {
        const Report &r = item.report;
        pdf.newPage();
        ++pageNo;
        const Label *label = policy.find(r.label);
        double y = 40;

        // Heading: the order, the report and its squad.
        pdf.setFillColor(kInk);
        pdf.text(kLeft, y + 10, Font::Regular, 9,
                 lang.translate("posko::print", "WORK ORDER") + QStringLiteral(" · ") +
                     options.regency);
        const QString number = lang.translate("posko::print", "Report #%1").arg(r.id);
        pdf.text(kLeft, y + 34, Font::Bold, 22, number);
        const QString squad = r.squad ? lang.squad(squadCode(*r.squad)) : lang.squad(QString());
        const double sw = pdf.textWidth(Font::Bold, 14, squad);
        pdf.text(kRight - sw, y + 34, Font::Bold, 14, squad);
        y += 46;
        pdf.setStrokeColor(kInk);
        pdf.setLineWidth(1.2);
        pdf.line(kLeft, y, kRight, y);
        y += 8;

        // What, where, until when: label/value pairs in a panel.
        const SlaStatus sla = evaluateSla(r, label, policy.warningShare(), now);
        QString deadline;
        bool late = false;
        if (sla.state == SlaState::None) {
            deadline =
                lang.translate("posko::print", "No timer runs (%1)").arg(lang.status(r.status));
        } else {
            late = sla.state == SlaState::Breached;
            const QString kind = sla.response ? lang.translate("posko::print", "response")
                                              : lang.translate("posko::print", "resolution");
            deadline = lang.dateTimeWib(sla.deadline.toSecsSinceEpoch()) + QStringLiteral(" (") +
                       kind + QStringLiteral(", ") +
                       (late ? lang.translate("posko::print", "overdue by %1")
                                   .arg(lang.duration(-sla.secondsLeft))
                             : lang.translate("posko::print", "%1 left")
                                   .arg(lang.duration(sla.secondsLeft))) +
                       (sla.workingTime
                            ? QStringLiteral(", ") + lang.translate("posko::print", "working hours")
                            : QString()) +
                       QStringLiteral(")");
        }
        QString place = r.address;
        const QString desa = areas.desaName(r.desa), kec = areas.kecamatanName(r.kecamatan);
        QStringList area;
        if (!desa.isEmpty())
            area << lang.translate("posko::print", "Desa %1").arg(desa);
        if (!kec.isEmpty())
            area << lang.translate("posko::print", "Kecamatan %1").arg(kec);
        const QVector<std::pair<QString, QString>> fields = {
            {lang.translate("posko::print", "Label"),
             label
                 ? (lang.locale().language() == QLocale::Indonesian ? label->nameId : label->nameEn)
                 : r.label},
            {lang.translate("posko::print", "Status"), lang.status(r.status)},
            {lang.translate("posko::print", "Received"),
             lang.dateTimeWib(r.requestedAt.toSecsSinceEpoch())},
            {lang.translate("posko::print", "Deadline"), deadline},
            {lang.translate("posko::print", "Address"),
             place.isEmpty() ? QStringLiteral("—") : place},
            {lang.translate("posko::print", "Area"),
             area.isEmpty() ? QStringLiteral("—") : area.join(QStringLiteral(", "))},
            {lang.translate("posko::print", "Coordinates"),
             QStringLiteral("%1, %2").arg(r.lat, 0, 'f', 6).arg(r.lon, 0, 'f', 6)},
        };
        const double keyW = 78;
        double fy = y;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const auto &[key, value] = fields[f];
            const bool isDeadline = f == 3;
            const QStringList lines =
                pdf.wrap(Font::Regular, 9.5, value, kRight - kLeft - keyW - 8);
            pdf.setFillColor(kMuted);
            pdf.text(kLeft + 6, fy + 11, Font::Regular, 8, key);
            pdf.setFillColor(isDeadline && late ? kLate : kInk);
            for (int i = 0; i < lines.size(); ++i)
                pdf.text(kLeft + keyW, fy + 11 + 12 * i, isDeadline ? Font::Bold : Font::Regular,
                         9.5, lines[i]);
            fy += 12 * std::max<qsizetype>(1, lines.size()) + 3;
        }
        y = fy + 6;

        // The citizen's words.
        pdf.setFillColor(kMuted);
        pdf.text(kLeft, y + 9, Font::Bold, 8,
                 lang.translate("posko::print", "Citizen's description"));
        y += 14;
        pdf.setFillColor(kInk);
        QStringList desc =
            pdf.wrap(Font::Regular, 9.5,
                     r.description.isEmpty() ? QStringLiteral("—") : r.description, kRight - kLeft);
        if (desc.size() > 8) {
            desc = desc.mid(0, 8);
            desc.last() =
                pdf.elide(Font::Regular, 9.5, desc.last() + QStringLiteral(" …"), kRight - kLeft);
        }
        for (const QString &l : desc) {
            pdf.text(kLeft, y + 10, Font::Regular, 9.5, l);
            y += 12.5;
        }
        y += 8;

        // Photo and map side by side.
        const double boxW = (kRight - kLeft - 12) / 2, boxH = 200;
        const auto box = [&](double x, const QString &title, const QByteArray &jpeg,
                             const QString &missing) {
            pdf.setFillColor(kMuted);
            pdf.text(x, y + 9, Font::Bold, 8, title);
            pdf.setFillColor(kPanel);
            pdf.fillRect(x, y + 14, boxW, boxH);
            double ix = x, iy = y + 14, iw = boxW, ih = boxH;
            fitted(jpeg, ix, iy, iw, ih);
            if (jpeg.isEmpty() || !pdf.jpeg(jpeg, ix, iy, iw, ih)) {
                pdf.setFillColor(kMuted);
                const QStringList lines = pdf.wrap(Font::Regular, 8, missing, boxW - 20);
                for (int i = 0; i < lines.size(); ++i)
                    pdf.text(x + 10, y + 14 + boxH / 2 + 10 * i, Font::Regular, 8, lines[i]);
            }
            pdf.setStrokeColor(kRule);
            pdf.setLineWidth(0.5);
            pdf.strokeRect(x, y + 14, boxW, boxH);
        };
        box(kLeft, lang.translate("posko::print", "Citizen's photo"), item.photo,
            item.photoMissing.isEmpty()
                ? lang.translate("posko::print", "No photo with this report.")
                : item.photoMissing);
        box(kLeft + boxW + 12, lang.translate("posko::print", "Map"), item.map,
            lang.translate("posko::print", "No map excerpt."));
        y += 14 + boxH + 12;

        // The latest notes, newest first.
        QStringList notes;
        for (auto it = r.history.crbegin(); it != r.history.crend() && notes.size() < 3; ++it)
            if (it->kind == QLatin1String("note") && !it->text.isEmpty())
                notes << lang.dateTimeWib(it->at.toSecsSinceEpoch()) + QStringLiteral(" · ") +
                             it->actor + QStringLiteral(": ") + it->text;
        if (!notes.isEmpty()) {
            pdf.setFillColor(kMuted);
            pdf.text(kLeft, y + 9, Font::Bold, 8, lang.translate("posko::print", "Latest notes"));
            y += 14;
            pdf.setFillColor(kInk);
            for (const QString &n : notes) {
                const QStringList lines = pdf.wrap(Font::Regular, 8.5, n, kRight - kLeft);
                for (const QString &l : lines.mid(0, 3)) {
                    pdf.text(kLeft, y + 9, Font::Regular, 8.5, l);
                    y += 11;
                }
            }
            y += 6;
        }

        // For the squad: notes on site, arrival and finish times, signature.
        const double bottom = PdfWriter::a4Height - 60;
        pdf.setFillColor(kMuted);
        pdf.text(kLeft, y + 9, Font::Bold, 8,
                 lang.translate("posko::print", "Squad's notes on site"));
        y += 16;
        pdf.setStrokeColor(kRule);
        pdf.setLineWidth(0.5);
        for (double ly = y + 16; ly < bottom - 50; ly += 18)
            pdf.line(kLeft, ly, kRight, ly);
        const QStringList signatureSlots = {
            lang.translate("posko::print", "Arrived (time)"),
            lang.translate("posko::print", "Finished (time)"),
            lang.translate("posko::print", "Team leader's signature")};
        const double slotW = (kRight - kLeft) / 3;
        for (int i = 0; i < signatureSlots.size(); ++i) {
            const double x = kLeft + i * slotW;
            pdf.setStrokeColor(kInk);
            pdf.line(x + 4, bottom - 14, x + slotW - 8, bottom - 14);
            pdf.setFillColor(kMuted);
            pdf.text(x + 4, bottom - 4, Font::Regular, 7.5, signatureSlots[i]);
        }
        pdf.setFillColor(kMuted);
        pdf.text(kLeft, PdfWriter::a4Height - 30, Font::Regular, 7,
                 lang.translate("posko::print", "Printed %1 by %2 · page %3 of %4")
                     .arg(lang.dateTimeWib(options.printedAt),
                          options.printedBy.isEmpty() ? QStringLiteral("—") : options.printedBy)
                     .arg(pageNo)
                     .arg(items.size()));
    }
    return pdf.finish();
}

} // namespace posko::print
