// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/lifecycle.h"

#include "core/sla/sla.h"

namespace posko::stats {

namespace {

qint64 secs(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

bool isResponseKind(const QString &kind)
{
    return kind == QLatin1String("assign") || kind == QLatin1String("status") ||
           kind == QLatin1String("note") || kind == QLatin1String("duplicate") ||
           kind == QLatin1String("after_photo");
}

} // namespace

bool isSettledStatus(Status s)
{
    return s == Status::Selesai || s == Status::Ditutup || s == Status::Ditolak ||
           s == Status::Duplikat;
}

Lifecycle deriveLifecycle(const Report &r)
{
    Lifecycle l;
    l.received = secs(r.requestedAt);
    for (const HistoryEntry &h : r.history) {
        const qint64 at = secs(h.at);
        if (!l.responded && isResponseKind(h.kind) && h.actor != QLatin1String("citizen") &&
            h.actor != QLatin1String("system"))
            l.responded = std::max(at, l.received);
        if (!l.assigned && h.kind == QLatin1String("assign"))
            l.assigned = at;
        if (!l.disputedAt && h.kind == QLatin1String("dispute"))
            l.disputedAt = at;
        if (!l.flaggedAt && parseFastClosureFlag(h))
            l.flaggedAt = at;
        if (h.status.isEmpty() || h.kind == QLatin1String("created") ||
            h.kind == QLatin1String("note") || h.kind == QLatin1String("flag"))
            continue;
        const std::optional<Status> s = statusFromCode(h.status);
        if (!s)
            continue;
        switch (*s) {
        case Status::Selesai:
            if (!l.resolved)
                l.resolved = at;
            break;
        case Status::Ditutup:
            if (!l.resolved)
                l.resolved = at;
            if (!l.closed)
                l.closed = at;
            break;
        case Status::Ditolak:
        case Status::Duplikat:
            if (!l.ended)
                l.ended = at;
            break;
        case Status::DibukaKembali:
            ++l.reopened;
            if (!l.reopenedAt)
                l.reopenedAt = at;
            break;
        default:
            break;
        }
        if (isSettledStatus(*s)) {
            if (!l.settled)
                l.settled = at;
        } else {
            l.settled = 0;
        }
    }
    // The row's status is the truth for "open now" (a history may be cut short, e.g. by the
    // hub's covert filtering of old entries).
    if (!isSettledStatus(r.status))
        l.settled = 0;
    else if (!l.settled)
        l.settled = r.statusSince.isValid() ? secs(r.statusSince) : l.received;
    return l;
}

} // namespace posko::stats
