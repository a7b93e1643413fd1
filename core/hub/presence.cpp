// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/presence.h"

#include <algorithm>

namespace posko {

PresenceBoard::PresenceBoard(const Clock &clock, qsizetype capacity)
    : m_clock(clock), m_capacity(qMax<qsizetype>(1, capacity))
{
}

bool PresenceBoard::expired(const Entry &e, const QDateTime &now) const
{
    return e.lastSeen.secsTo(now) >= ttlSeconds;
}

void PresenceBoard::erase(QHash<QByteArray, Entry>::iterator it)
{
    m_byReport.remove(it->report, it.key());
    m_order.erase(it->order);
    m_entries.erase(it);
}

void PresenceBoard::prune(bool all)
{
    const QDateTime now = m_clock.now();
    if (all) {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (expired(*it, now)) {
                auto gone = it++;
                erase(gone);
            } else {
                ++it;
            }
        }
        return;
    }
    while (!m_order.empty()) {
        const auto it = m_entries.find(m_order.front());
        if (it == m_entries.end() || !expired(*it, now))
            break;
        erase(it);
    }
}

bool PresenceBoard::update(const QByteArray &session, const QString &user, qint64 report)
{
    prune();
    const QDateTime now = m_clock.now();
    auto it = m_entries.find(session);
    if (it == m_entries.end()) {
        if (m_entries.size() >= m_capacity) {
            prune(true); // the front may be young while later entries are stale (clock change)
            if (m_entries.size() >= m_capacity)
                return false;
        }
        m_order.push_back(session);
        Entry e{user, report, now, now, std::prev(m_order.end())};
        m_entries.insert(session, e);
        m_byReport.insert(report, session);
        return true;
    }
    if (it->report != report) {
        m_byReport.remove(it->report, session);
        m_byReport.insert(report, session);
        it->report = report;
        it->since = now;
    }
    it->user = user;
    it->lastSeen = now;
    m_order.splice(m_order.end(), m_order, it->order); // now the most recently seen
    return true;
}

void PresenceBoard::remove(const QByteArray &session)
{
    if (const auto it = m_entries.find(session); it != m_entries.end())
        erase(it);
}

QVector<PresenceBoard::Viewer> PresenceBoard::viewers(qint64 report,
                                                      const QByteArray &exceptSession)
{
    prune();
    const QDateTime now = m_clock.now();
    QVector<Viewer> out;
    for (const QByteArray &session : m_byReport.values(report)) {
        if (session == exceptSession)
            continue;
        const auto e = m_entries.constFind(session);
        if (e != m_entries.cend() && !expired(*e, now))
            out.push_back({e->user, e->since});
    }
    std::sort(out.begin(), out.end(), [](const Viewer &a, const Viewer &b) {
        return a.since != b.since ? a.since < b.since : a.user < b.user;
    });
    return out;
}

qsizetype PresenceBoard::size()
{
    prune(true);
    return m_entries.size();
}

} // namespace posko
