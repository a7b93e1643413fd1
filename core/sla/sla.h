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
//
// Wall-clock labels: deadline = start + budget; secondsLeft = now -> deadline; warning once
// warningShare of the budget has elapsed since start.
// Working-clock labels (label->clock == SlaClock::Working, with the policy's calendar): the
// budget is working time. deadline = the moment the budget of working time has passed since
// start (WorkCalendar::addWorkingSeconds); secondsLeft = the WORKING seconds from now to the
// deadline (it stands still outside working hours), and once breached minus the working seconds
// since the deadline, at least -1 (right after a deadline at the end of a working day no working
// time is overdue yet, but the sign still says breached); warning once warningShare of the
// budget in working seconds has elapsed. Breached in both cases when now is past the deadline.
// Whole seconds.
struct SlaStatus
{
    SlaState state = SlaState::None;
    bool response = false;    // true: the response timer runs; false: the resolution timer
    bool workingTime = false; // secondsLeft counts working time (a working-clock label)
    QDateTime deadline;
    qint64 secondsLeft = 0; // negative when breached
};

SlaStatus evaluateSla(const Report &report, const Label *label, double warningShare,
                      const QDateTime &now);

// SlaStatus::secondsLeft for a timer with this label and deadline (seconds since the epoch),
// for views that keep the deadline only (the report table).
qint64 slaSecondsLeft(const Label *label, qint64 deadline, qint64 now);
// Whether the label's SLA counts working time (a working clock with a calendar).
bool countsWorkingTime(const Label *label);

QString slaStateCode(SlaState s);
// "2 h 05 m", "-1 d 3 h" — compact countdown for tables.
QString formatCountdown(qint64 seconds);
// The same for working time: hours and minutes, never days ("37 h 30 m"), since a working day
// is not 24 hours.
QString formatCountdown(qint64 seconds, SlaClock clock);

} // namespace posko
