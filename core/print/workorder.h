// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

class QTranslator;

namespace posko {
class AreaCatalog;
}

namespace posko::print {

// One report of a work order, as the squad takes it into the field.
struct WorkOrderItem
{
    Report report;
    QByteArray photo;     // the citizen's photo, JPEG; empty when it could not be had
    QByteArray map;       // a map excerpt around the report, JPEG (drawn by the command centre)
    QString photoMissing; // why there is no photo, when there is none
};

struct WorkOrderOptions
{
    QString regency = QStringLiteral("Kabupaten Trenggalek");
    qint64 printedAt = 0; // seconds since the epoch (UTC)
    QString printedBy;
};

// A printable work order (issue 6): one A4 page per report with what the squad needs on site:
// the report number, label, squad and status, the deadline its SLA sets now (and the time left),
// the place (address, desa, kecamatan, coordinates), the citizen's description, the photo, the
// map excerpt, the last notes, and lines for the squad's own notes and signature. Texts through
// `translator` (printed in Bahasa Indonesia by the command centre).
QByteArray workOrderPdf(const QVector<WorkOrderItem> &items, const LabelPolicy &policy,
                        const AreaCatalog &areas, const WorkOrderOptions &options,
                        const QTranslator *translator);

} // namespace posko::print
