// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/report.h"

#include <QtGlobal>

namespace posko::stats {

// The moments of a report's life that the squad performance figures need, derived from its
// history (docs/api.md "History entry kinds") by deriveLifecycle() and kept per report in the
// replica's `lifecycle` table (schema 7), so a dashboard refresh never reads the history.
// Times are seconds since the epoch (UTC); 0 means "never happened".
//
// Definitions (docs/architecture.md "Statistics"):
// - received: the citizen's submission (Report::requestedAt).
// - responded: the first action by the office or a squad after the report arrived: the first
//   "assign", "status", "note", "duplicate" or "after_photo" entry whose actor is neither
//   "citizen" nor "system" (PRODUCT.md: "time to assignment / first action"; a rejection is an
//   action too). Never earlier than received.
// - assigned: the first "assign" entry.
// - resolved: the first time the report became "selesai" (or "ditutup", for a report closed
//   without passing through "selesai").
// - closed: the first time it became "ditutup".
// - ended: the first time it became "ditolak" or "duplikat".
// - settled: when the report's current done stretch began (selesai, ditutup, ditolak,
//   duplikat without an open status since); 0 while it is open.
// - reopened / reopenedAt: how many entries set "dibuka_kembali", and the first one.
// - disputedAt: the first "dispute" entry; flaggedAt: the first "flag" entry with a fast_closure
//   text (parseFastClosureFlag).
struct Lifecycle
{
    qint64 received = 0;
    qint64 responded = 0;
    qint64 assigned = 0;
    qint64 resolved = 0;
    qint64 closed = 0;
    qint64 ended = 0;
    qint64 settled = 0;
    int reopened = 0;
    qint64 reopenedAt = 0;
    qint64 disputedAt = 0;
    qint64 flaggedAt = 0;

    friend bool operator==(const Lifecycle &, const Lifecycle &) = default;
};

// Pure: reads r.requestedAt, r.status, r.statusSince and r.history (in order).
Lifecycle deriveLifecycle(const Report &r);

// Whether a status ends the work on a report for the backlog (the squad is done with it).
bool isSettledStatus(Status s);

} // namespace posko::stats
