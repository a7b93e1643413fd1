// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/report.h"

#include <QCoreApplication>

namespace posko {

QString ReportAction::typeCode(Type t)
{
    switch (t) {
    case Type::Assign:
        return QStringLiteral("assign");
    case Type::ChangeStatus:
        return QStringLiteral("status");
    case Type::Note:
        return QStringLiteral("note");
    case Type::Duplicate:
        return QStringLiteral("duplicate");
    case Type::AfterPhoto:
        return QStringLiteral("after_photo");
    }
    return {};
}

std::optional<ReportAction::Type> ReportAction::typeFromCode(const QString &code)
{
    for (Type t : {Type::Assign, Type::ChangeStatus, Type::Note, Type::Duplicate, Type::AfterPhoto})
        if (typeCode(t) == code)
            return t;
    return std::nullopt;
}

std::optional<QString> applyAction(Report &report, const ReportAction &action, const QString &actor,
                                   const QDateTime &at)
{
    HistoryEntry h;
    h.at = at;
    h.actor = actor;
    switch (action.type) {
    case ReportAction::Type::Assign: {
        if (auto err = assignError(report.status))
            return err;
        if (report.squad == action.squad && !awaitsResponse(report.status))
            return QCoreApplication::translate("posko::Report",
                                               "The report is already assigned to %1.")
                .arg(squadName(action.squad));
        const Status next = statusAfterAssign(report.status);
        if (next != report.status)
            report.statusSince = at;
        report.status = next;
        report.squad = action.squad;
        h.kind = QStringLiteral("assign");
        h.squad = squadCode(action.squad);
        h.status = statusCode(next);
        h.text = action.text;
        break;
    }
    case ReportAction::Type::ChangeStatus: {
        if (auto err = transitionError(report.status, action.status))
            return err;
        const QString reason = action.text.trimmed();
        if (action.status == Status::Ditolak && reason.isEmpty())
            return QCoreApplication::translate("posko::Report", "A rejection needs a reason.");
        if ((action.status == Status::Ditugaskan || action.status == Status::Dikerjakan) &&
            !report.squad)
            return QCoreApplication::translate("posko::Report",
                                               "Assign a squad before the work can start.");
        // Proof of work (PRODUCT.md: no "fake greens"): finishing and closing need the squad's
        // after photo of this round of work.
        if ((action.status == Status::Selesai || action.status == Status::Ditutup) &&
            !hasAfterPhoto(report))
            return QCoreApplication::translate(
                       "posko::Report",
                       "The squad's after photo is needed before the report is %1.")
                .arg(statusName(action.status));
        if (action.status == Status::Duplikat)
            return QCoreApplication::translate(
                "posko::Report", "Mark a duplicate with the report it duplicates, not by status.");
        report.status = action.status;
        report.statusSince = at;
        h.kind = QStringLiteral("status");
        h.status = statusCode(action.status);
        h.text = reason;
        break;
    }
    case ReportAction::Type::Duplicate: {
        if (action.original <= 0)
            return QCoreApplication::translate("posko::Report",
                                               "A duplicate needs the report it duplicates.");
        if (action.original == report.id)
            return QCoreApplication::translate("posko::Report",
                                               "A report cannot duplicate itself.");
        if (auto err = transitionError(report.status, Status::Duplikat))
            return err;
        report.status = Status::Duplikat;
        report.statusSince = at;
        h.kind = QStringLiteral("duplicate");
        h.status = statusCode(Status::Duplikat);
        h.text = QString::number(action.original);
        break;
    }
    case ReportAction::Type::AfterPhoto: {
        if (!report.squad)
            return QCoreApplication::translate(
                "posko::Report", "Only a report assigned to a squad can get an after photo.");
        if (report.status != Status::Ditugaskan && report.status != Status::Dikerjakan &&
            report.status != Status::Selesai)
            return QCoreApplication::translate(
                       "posko::Report",
                       "An after photo fits a report being worked on, not one that is %1.")
                .arg(statusName(report.status));
        if (action.photo.isEmpty() && action.photoPath.isEmpty())
            return QCoreApplication::translate("posko::Report", "The after photo is missing.");
        if (report.status != Status::Selesai) {
            report.status = Status::Selesai;
            report.statusSince = at;
        }
        h.kind = QStringLiteral("after_photo");
        h.status = statusCode(Status::Selesai);
        h.text = action.photoPath;
        break;
    }
    case ReportAction::Type::Note: {
        const QString text = action.text.trimmed();
        if (text.isEmpty())
            return QCoreApplication::translate("posko::Report", "A note cannot be empty.");
        if (text.size() > 4000)
            return QCoreApplication::translate("posko::Report",
                                               "A note can have at most 4000 characters.");
        h.kind = QStringLiteral("note");
        h.text = text;
        break;
    }
    }
    report.history.push_back(h);
    report.version += 1;
    report.updatedAt = at;
    return std::nullopt;
}

qint64 duplicateOriginal(const Report &report)
{
    if (report.status != Status::Duplikat)
        return 0;
    for (auto it = report.history.crbegin(); it != report.history.crend(); ++it)
        if (it->kind == QLatin1String("duplicate"))
            return it->text.toLongLong();
    return 0;
}

namespace {
// An entry that starts a new round of work: the report was reopened.
bool reopens(const HistoryEntry &h)
{
    return h.status == QLatin1String("dibuka_kembali") &&
           (h.kind == QLatin1String("status") || h.kind == QLatin1String("dispute"));
}
} // namespace

bool hasAfterPhoto(const Report &report, QString *path)
{
    for (auto it = report.history.crbegin(); it != report.history.crend(); ++it) {
        if (reopens(*it))
            return false;
        if (it->kind == QLatin1String("after_photo")) {
            if (path)
                *path = it->text;
            return true;
        }
    }
    return false;
}

std::optional<QString> applyDispute(Report &report, const QString &reason, const QDateTime &at)
{
    if (report.status != Status::Selesai && report.status != Status::Ditutup)
        return QCoreApplication::translate(
                   "posko::Report", "Only a finished or closed report can be disputed; it is %1.")
            .arg(statusName(report.status));
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("posko::Report",
                                           "A dispute needs the citizen's reason.");
    if (text.size() > 4000)
        return QCoreApplication::translate("posko::Report",
                                           "A reason can have at most 4000 characters.");
    HistoryEntry h;
    h.at = at;
    h.actor = QStringLiteral("citizen");
    h.kind = QStringLiteral("dispute");
    h.status = statusCode(Status::DibukaKembali);
    h.text = text;
    report.status = Status::DibukaKembali;
    report.statusSince = at;
    report.history.push_back(h);
    report.version += 1;
    report.updatedAt = at;
    return std::nullopt;
}

QDateTime workStartedAt(const Report &report)
{
    // The latest assignment of the current round; a reopening ends the search (the round began
    // with the assignment after it, which the loop has already seen).
    for (auto it = report.history.crbegin(); it != report.history.crend(); ++it) {
        if (reopens(*it))
            break;
        if (it->kind == QLatin1String("assign"))
            return it->at;
    }
    return {};
}

} // namespace posko
