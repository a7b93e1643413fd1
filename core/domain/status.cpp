// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/status.h"

#include <QCoreApplication>

namespace posko {

QString statusCode(Status status)
{
    switch (status) {
    case Status::Baru:
        return QStringLiteral("baru");
    case Status::Ditugaskan:
        return QStringLiteral("ditugaskan");
    case Status::Dikerjakan:
        return QStringLiteral("dikerjakan");
    case Status::Selesai:
        return QStringLiteral("selesai");
    case Status::Ditutup:
        return QStringLiteral("ditutup");
    case Status::DibukaKembali:
        return QStringLiteral("dibuka_kembali");
    case Status::Ditolak:
        return QStringLiteral("ditolak");
    case Status::Duplikat:
        return QStringLiteral("duplikat");
    }
    return {};
}

std::optional<Status> statusFromCode(const QString &code)
{
    for (Status s : allStatuses)
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

const char *statusNameSource(Status status)
{
    switch (status) {
    case Status::Baru:
        return QT_TRANSLATE_NOOP("posko::Status", "New");
    case Status::Ditugaskan:
        return QT_TRANSLATE_NOOP("posko::Status", "Assigned");
    case Status::Dikerjakan:
        return QT_TRANSLATE_NOOP("posko::Status", "In progress");
    case Status::Selesai:
        return QT_TRANSLATE_NOOP("posko::Status", "Done");
    case Status::Ditutup:
        return QT_TRANSLATE_NOOP("posko::Status", "Closed");
    case Status::DibukaKembali:
        return QT_TRANSLATE_NOOP("posko::Status", "Reopened");
    case Status::Ditolak:
        return QT_TRANSLATE_NOOP("posko::Status", "Rejected");
    case Status::Duplikat:
        return QT_TRANSLATE_NOOP("posko::Status", "Duplicate");
    }
    return "";
}

QString statusName(Status status)
{
    return QCoreApplication::translate("posko::Status", statusNameSource(status));
}

bool isClosed(Status s)
{
    return s == Status::Ditutup || s == Status::Ditolak || s == Status::Duplikat;
}

bool awaitsResponse(Status s)
{
    return s == Status::Baru || s == Status::DibukaKembali;
}

namespace {
// The lifecycle graph. Kept as one table so the hub and the workstation agree.
bool edge(Status from, Status to)
{
    using S = Status;
    switch (from) {
    case S::Baru:
        return to == S::Ditugaskan || to == S::Ditolak || to == S::Duplikat;
    case S::Ditugaskan:
        return to == S::Dikerjakan || to == S::Ditolak || to == S::Duplikat;
    case S::Dikerjakan:
        return to == S::Selesai || to == S::Ditugaskan;
    case S::Selesai:
        return to == S::Ditutup || to == S::Dikerjakan; // verify or send back
    case S::Ditutup:
        return to == S::DibukaKembali; // citizen dispute
    case S::DibukaKembali:
        return to == S::Ditugaskan || to == S::Dikerjakan || to == S::Ditolak || to == S::Duplikat;
    case S::Ditolak:
        return to == S::DibukaKembali; // a wrong rejection can be undone
    case S::Duplikat:
        return to == S::DibukaKembali;
    }
    return false;
}
} // namespace

std::optional<QString> transitionError(Status from, Status to)
{
    if (from == to)
        return QCoreApplication::translate("posko::Status", "The report is already \"%1\".")
            .arg(statusName(to));
    if (!edge(from, to))
        return QCoreApplication::translate("posko::Status",
                                           "A report that is \"%1\" cannot become \"%2\".")
            .arg(statusName(from), statusName(to));
    return std::nullopt;
}

std::array<bool, 8> allowedTargets(Status from)
{
    std::array<bool, 8> out{};
    for (std::size_t i = 0; i < allStatuses.size(); ++i)
        out[i] = edge(from, allStatuses[i]);
    return out;
}

std::optional<QString> assignError(Status current)
{
    switch (current) {
    case Status::Baru:
    case Status::Ditugaskan:
    case Status::Dikerjakan:
    case Status::DibukaKembali:
        return std::nullopt;
    default:
        return QCoreApplication::translate("posko::Status",
                                           "A report that is \"%1\" cannot be assigned.")
            .arg(statusName(current));
    }
}

Status statusAfterAssign(Status current)
{
    return awaitsResponse(current) ? Status::Ditugaskan : current;
}

} // namespace posko
