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
    }
    return {};
}

std::optional<ReportAction::Type> ReportAction::typeFromCode(const QString &code)
{
    for (Type t : {Type::Assign, Type::ChangeStatus, Type::Note})
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
        report.status = action.status;
        report.statusSince = at;
        h.kind = QStringLiteral("status");
        h.status = statusCode(action.status);
        h.text = reason;
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

} // namespace posko
