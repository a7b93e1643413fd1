// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"

namespace posko {

enum class SlaState
{
    None,
    Ok,
    Warning,
    Breached
};

// Where a report stands against its label's targets at a given moment.
// None: closed/finished reports (no timer runs). Response target while the report waits
// for a first action (new, reopened: counted from when it entered that status); resolution
// target while a squad works on it (counted from the citizen's submission).
struct SlaStatus
{
    SlaState state = SlaState::None;
    bool response = false; // true: the response timer runs; false: the resolution timer
    QDateTime deadline;
    qint64 secondsLeft = 0; // negative when breached
};

SlaStatus evaluateSla(const Report &report, const Label *label, double warningShare,
                      const QDateTime &now);

QString slaStateCode(SlaState s);
// "2 h 05 m", "-1 d 3 h" — compact countdown for tables.
QString formatCountdown(qint64 seconds);

} // namespace posko
