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

// Suspiciously fast closures (PRODUCT.md: "fake greens"). The squad's round of work ran from
// workStartedAt(report) to `doneAt`; counted on the label's clock, it is flagged when it took
// less than `share` of the label's resolution target. The hub records the flag as a history
// entry (kind "flag", actor "system", text fastClosureFlagText()) when the report becomes
// "selesai", so the supervisor sees it on every workstation and the squad cannot remove it.
struct FastClosure
{
    qint64 tookSeconds = 0;      // on the label's clock
    qint64 thresholdSeconds = 0; // share x resolution target, on the label's clock
    bool workingTime = false;
};
std::optional<FastClosure> fastClosure(const Report &report, const Label *label, double share,
                                       const QDateTime &doneAt);
// "fast_closure took=SECONDS min=SECONDS clock=wall|working": stable, parsed by the views.
QString fastClosureFlagText(const FastClosure &f);
std::optional<FastClosure> parseFastClosureFlag(const HistoryEntry &entry);
// The flag entries a report carries for its current round of work, newest last.
std::optional<FastClosure> currentFastClosure(const Report &report);

QString slaStateCode(SlaState s);
// "2 h 05 m", "-1 d 3 h" — compact countdown for tables.
QString formatCountdown(qint64 seconds);
// The same for working time: hours and minutes, never days ("37 h 30 m"), since a working day
// is not 24 hours.
QString formatCountdown(qint64 seconds, SlaClock clock);

} // namespace posko
