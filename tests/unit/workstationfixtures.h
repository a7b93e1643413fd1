// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small builders for the workstation unit tests.

#include "core/storage/replica.h"

#include "catch.h"
#include <QDirIterator>
#include <QFile>
#include <QUuid>

namespace posko::test {

inline Report makeReport(qint64 id, const QString &description)
{
    Report r;
    r.id = id;
    r.seq = id;
    r.version = 1;
    r.label = QStringLiteral("jalan_rusak");
    r.lat = -8.05;
    r.lon = 111.71;
    r.description = description;
    r.kecamatan = QStringLiteral("35.03.11");
    r.requestedAt = QDateTime(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    r.updatedAt = r.requestedAt;
    r.statusSince = r.requestedAt;
    r.history.push_back({r.requestedAt,
                         QStringLiteral("citizen"),
                         QStringLiteral("created"),
                         QStringLiteral("baru"),
                         {},
                         {}});
    return r;
}

// Queues an action the way DispatchService does (local change + outbox row in one go).
inline OutboxItem queue(Replica &replica, qint64 id, const ReportAction &action)
{
    auto r = replica.report(id);
    REQUIRE(r);
    Report changed = *r;
    const QDateTime at = r->updatedAt.addSecs(10);
    REQUIRE_FALSE(applyAction(changed, action, QStringLiteral("sari"), at));
    OutboxItem item;
    item.reportId = id;
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.action = action;
    item.baseVersion = r->version;
    item.createdAt = at;
    item.actor = QStringLiteral("sari");
    REQUIRE_FALSE(replica.commitLocalAction(changed, item));
    return item;
}

inline OutboxItem queueAssign(Replica &replica, qint64 id, Squad squad)
{
    ReportAction a;
    a.type = ReportAction::Type::Assign;
    a.squad = squad;
    return queue(replica, id, a);
}

inline OutboxItem queueNote(Replica &replica, qint64 id, const QString &text)
{
    ReportAction a;
    a.type = ReportAction::Type::Note;
    a.text = text;
    return queue(replica, id, a);
}

inline OutboxItem queueStatus(Replica &replica, qint64 id, Status status)
{
    ReportAction a;
    a.type = ReportAction::Type::ChangeStatus;
    a.status = status;
    return queue(replica, id, a);
}

// Every file under `dir` whose raw bytes contain `needle` (UTF-8 or UTF-16).
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    const QString s = QString::fromUtf8(needle);
    const QByteArray utf16(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(needle) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

} // namespace posko::test
