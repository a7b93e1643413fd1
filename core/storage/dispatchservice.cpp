// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dispatchservice.h"

#include "core/storage/replica.h"

#include <QCoreApplication>
#include <QUuid>

namespace posko {

DispatchService::DispatchService(Replica &replica, const Clock &clock, QObject *parent)
    : QObject(parent), m_replica(replica), m_clock(clock)
{
}

std::optional<QString> DispatchService::act(qint64 reportId, const ReportAction &action)
{
    return commit(reportId, action, 0);
}

std::optional<QString> DispatchService::redo(qint64 outboxItemId)
{
    const auto item = m_replica.outboxItem(outboxItemId);
    if (!item || item->state != OutboxItem::State::Failed)
        return QCoreApplication::translate("posko::DispatchService",
                                           "This action is no longer waiting to be redone.");
    if (item->hubReset)
        return QCoreApplication::translate(
                   "posko::DispatchService",
                   "This action was made before the hub was reset; report %1 may now be another "
                   "report, so it cannot be redone.")
            .arg(item->reportId);
    return commit(item->reportId, item->action, item->id);
}

std::optional<QString> DispatchService::commit(qint64 reportId, const ReportAction &action,
                                               qint64 replacesFailed)
{
    auto current = m_replica.report(reportId);
    if (!current)
        return QCoreApplication::translate("posko::DispatchService",
                                           "Report %1 is not in the replica.")
            .arg(reportId);
    const QString actor = m_actor.isEmpty() ? m_replica.user() : m_actor;
    const QDateTime now = m_clock.now().toUTC();
    Report changed = *current;
    if (auto refused = applyAction(changed, action, actor, now))
        return refused;

    OutboxItem item;
    item.reportId = reportId;
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.action = action;
    item.baseVersion = current->version; // what the operator saw
    item.createdAt = now;
    item.actor = actor;
    if (auto failed = m_replica.commitLocalAction(changed, item, replacesFailed))
        return QCoreApplication::translate("posko::DispatchService",
                                           "The change could not be saved: %1")
            .arg(*failed);
    emit reportChanged(reportId);
    emit outboxChanged();
    return std::nullopt;
}

} // namespace posko
