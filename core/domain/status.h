// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace posko {

// A report's lifecycle (PRODUCT.md "A report's life"). Codes are the Indonesian words,
// stable on the wire and in storage.
enum class Status
{
    Baru,
    Ditugaskan,
    Dikerjakan,
    Selesai,
    Ditutup,
    DibukaKembali,
    Ditolak,
    Duplikat
};

inline constexpr std::array<Status, 8> allStatuses{
    Status::Baru,    Status::Ditugaskan,    Status::Dikerjakan, Status::Selesai,
    Status::Ditutup, Status::DibukaKembali, Status::Ditolak,    Status::Duplikat};

QString statusCode(Status status);
std::optional<Status> statusFromCode(const QString &code);
QString statusName(Status status);
// The English source of statusName() in translation context "posko::Status" (core/print).
const char *statusNameSource(Status status);

// Open311 knows only "open" and "closed".
bool isClosed(Status status);
inline QString open311Status(Status s)
{
    return isClosed(s) ? QStringLiteral("closed") : QStringLiteral("open");
}

// Waiting for a first action: the response SLA runs.
bool awaitsResponse(Status status);

// The reason a status change is refused, or nullopt when it is allowed.
// A change to the same status is refused too: it would be an empty history entry.
std::optional<QString> transitionError(Status from, Status to);
// Allowed targets from a status, in lifecycle order (for menus).
std::array<bool, 8> allowedTargets(Status from);

// Assigning a squad is allowed while the report is still to be worked on.
std::optional<QString> assignError(Status current);
// Status after an assignment: new and reopened reports become "assigned"; others keep theirs.
Status statusAfterAssign(Status current);

} // namespace posko
