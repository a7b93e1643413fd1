// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/statsengine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace posko::stats {

// Machine-read forms of a StatsResult (docs/poskoctl.md "stats"): field names are a contract and
// never translated. Durations in seconds on each label's clock, shares as fractions 0..1, null
// (JSON) or empty (CSV) where there is nothing to measure.
QJsonObject unitToJson(const UnitFigures &u);
QJsonObject resultToJson(const StatsResult &r);
// One row per unit (ranked ones first), a header row first, RFC 4180 with CRLF. The weekly
// trend is two columns per ISO week: "<week>_received", "<week>_resolved" (e.g.
// "2026-W10_received").
QByteArray resultToCsv(const StatsResult &r);
QStringList csvColumns(const StatsResult &r);

} // namespace posko::stats
