// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QString>
#include <QVector>
#include <list>

namespace posko {

// Which operator sessions have which report open (docs/api.md, PUT /api/v1/presence), in
// memory only: presence is a live hint, so a hub restart simply forgets it and the
// workstations' next heartbeats fill it again.
//
// One entry per session: (user, report, since, last seen). An entry expires `ttlSeconds` after
// its last update, so a workstation that vanished (crash, pulled cable) stops being shown
// without saying goodbye. The board holds at most `capacity` sessions: an update from a new
// session is refused while it is full (existing sessions keep working and can always leave),
// so no client can make the hub's memory grow without bound.
//
// Not thread-safe: the hub serves requests on one thread.
class PresenceBoard final
{
public:
    static constexpr int ttlSeconds = 45;
    static constexpr qsizetype defaultCapacity = 10000;

    struct Viewer
    {
        QString user;
        QDateTime since; // UTC: when this session opened the report
    };

    explicit PresenceBoard(const Clock &clock, qsizetype capacity = defaultCapacity);

    // `session` (of `user`) has `report` open now (a positive id). `since` stays while the report
    // stays the same and restarts when it changes. False, with nothing recorded, when the board
    // is full and `session` has no entry yet.
    bool update(const QByteArray &session, const QString &user, qint64 report);
    // `session` has nothing open (closed the report, left, or asked for one it may not see).
    void remove(const QByteArray &session);
    // The live sessions other than `exceptSession` that have `report` open, earliest first
    // (then by user name). Several sessions of one user each appear.
    QVector<Viewer> viewers(qint64 report, const QByteArray &exceptSession);
    // Live entries.
    qsizetype size();
    qsizetype capacity() const { return m_capacity; }

private:
    struct Entry
    {
        QString user;
        qint64 report = 0;
        QDateTime since;
        QDateTime lastSeen;
        std::list<QByteArray>::iterator order; // position in m_order
    };

    bool expired(const Entry &e, const QDateTime &now) const;
    // Drops expired entries from the front of m_order (least recently seen first); with `all`,
    // looks at every entry, for a clock that went backwards.
    void prune(bool all = false);
    void erase(QHash<QByteArray, Entry>::iterator it);

    const Clock &m_clock;
    qsizetype m_capacity;
    QHash<QByteArray, Entry> m_entries;        // by session
    QMultiHash<qint64, QByteArray> m_byReport; // report → sessions with it open
    std::list<QByteArray> m_order;             // sessions, least recently seen first
};

} // namespace posko
