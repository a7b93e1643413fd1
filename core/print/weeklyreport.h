// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>

class QTranslator;

namespace posko {
class AreaCatalog;
}

namespace posko::print {

struct WeeklyReportOptions
{
    QDate monday;        // the ISO week reported (Monday to Sunday, WIB); must be a Monday
    int minReports = 10; // units with fewer reports received are listed, not ranked
    int trendWeeks = 8;  // weeks of the trend chart, ending with the reported one
    QString regency = QStringLiteral("Kabupaten Trenggalek");
    qint64 generatedAt = 0; // seconds since the epoch (UTC)
    QString generatedBy;    // the user, for the footer
};

// The Monday of the last whole ISO week (WIB) before `nowUtcSecs`.
QDate lastCompleteWeek(qint64 nowUtcSecs);
// "2026-W47" -> its Monday; nullopt when malformed or not a week of that year.
std::optional<QDate> mondayOfIsoWeek(const QString &isoWeek);

// The weekly evaluation as a PDF (issue 6): key figures of the week, the trend of the last
// weeks, a table and a chart per squad and per kecamatan, and what the figures mean. Every
// figure comes from core/stats (StatsEngine over the replica's lifecycle table), so it equals
// the dashboard's and `poskoctl stats`. Texts through `translator` (the Indonesian catalogue for
// the printed evaluation; English sources when null). Reports the replica does not hold (covert
// ones, for a user without clearance) cannot appear.
std::optional<QByteArray> weeklyReportPdf(const QString &databasePath, const LabelPolicy &policy,
                                          const AreaCatalog &areas,
                                          const WeeklyReportOptions &options,
                                          const QTranslator *translator, QString *error = nullptr);

} // namespace posko::print
