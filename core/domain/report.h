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
    QDateTime at;  // UTC
    QString actor; // user name, "citizen" or "system"
    // "created" | "assign" | "status" | "note" | "duplicate" | "after_photo" | "dispute" |
    // "flag" (docs/api.md "History entry")
    QString kind;
    QString status; // status code after the entry (assign/status/duplicate/after_photo/dispute)
    QString squad;  // squad code (assign)
    // Note text or reason; for "duplicate" the original's id, for "after_photo" the photo's
    // path on the hub (/media/N.jpg), for "flag" the flag's code and figures.
    QString text;

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
        Note,
        Duplicate, // links the report to its original and sets it to "duplikat"
        AfterPhoto // the squad's "after" photo: proof of work, the report becomes "selesai"
    };
    Type type = Type::Note;
    Squad squad = Squad::Orange;  // Assign
    Status status = Status::Baru; // ChangeStatus
    QString text;                 // Note text, or the reason of a status change
    qint64 original = 0;          // Duplicate: the original report's id
    QByteArray photo{};           // AfterPhoto: JPEG bytes as sent (kept in the outbox)
    // AfterPhoto: where the hub keeps the photo (/media/N.jpg); empty while only local.
    QString photoPath{};

    static QString typeCode(Type t);
    static std::optional<Type> typeFromCode(const QString &code);
};

// Applies an action to a report the way the hub does: checks the lifecycle and the rules
// (a rejection needs a reason, a note needs text), then updates status/squad/history/version.
// Returns the reason when refused; the report is unchanged then.
std::optional<QString> applyAction(Report &report, const ReportAction &action, const QString &actor,
                                   const QDateTime &at);

// The original a duplicate is linked to, or 0 when the report is not a duplicate now.
qint64 duplicateOriginal(const Report &report);
// The squad's after photo of the current round of work: the latest "after_photo" entry not
// followed by a reopening. `path` gets its path on the hub, empty while it was taken locally
// and is still on its way there. Returns false when there is none.
bool hasAfterPhoto(const Report &report, QString *path = nullptr);
// A citizen disputes the squad's result: a report "selesai" or "ditutup" is reopened
// ("dibuka_kembali", back in the inbox) with the citizen's reason in its history.
std::optional<QString> applyDispute(Report &report, const QString &reason, const QDateTime &at);

// The time the squad took for the current round of work: from the assignment (or the
// reopening) that started it to `at`. Invalid when there was no assignment.
QDateTime workStartedAt(const Report &report);

} // namespace posko
