// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/squad.h"
#include "core/domain/status.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace posko {

// One entry of a report's history: created, assigned, a status change or a note.
struct HistoryEntry
{
    QDateTime at;   // UTC
    QString actor;  // user name, "citizen" or "system"
    QString kind;   // "created" | "assign" | "status" | "note"
    QString status; // status code after the entry (assign/status)
    QString squad;  // squad code (assign)
    QString text;   // note text or reason

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// A citizen report as the hub and the replica know it. `id` is the hub's service_request_id.
struct Report
{
    qint64 id = 0;
    qint64 seq = 0;  // hub change sequence of the latest change
    int version = 1; // bumped by every change; actions carry the version they saw
    QString label;   // Label::code
    Status status = Status::Baru;
    std::optional<Squad> squad;
    double lat = 0;
    double lon = 0;
    QString description;
    QString address;
    QString kecamatan; // code, e.g. 35.03.11
    QString desa;      // code, e.g. 35.03.11.2001
    QDateTime requestedAt;
    QDateTime updatedAt;
    QDateTime statusSince; // when the current status began (SLA anchor for reopened reports)
    QString mediaUrl;      // photo URL on the hub, or empty
    QVector<HistoryEntry> history;

    friend bool operator==(const Report &, const Report &) = default;
};

// An operator's action on a report, as queued in the outbox and sent to the hub.
struct ReportAction
{
    enum class Type
    {
        Assign,
        ChangeStatus,
        Note
    };
    Type type = Type::Note;
    Squad squad = Squad::Orange;  // Assign
    Status status = Status::Baru; // ChangeStatus
    QString text;                 // Note text, or the reason of a status change

    static QString typeCode(Type t);
    static std::optional<Type> typeFromCode(const QString &code);
};

// Applies an action to a report the way the hub does: checks the lifecycle and the rules
// (a rejection needs a reason, a note needs text), then updates status/squad/history/version.
// Returns the reason when refused; the report is unchanged then.
std::optional<QString> applyAction(Report &report, const ReportAction &action, const QString &actor,
                                   const QDateTime &at);

} // namespace posko
