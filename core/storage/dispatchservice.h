// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"
#include "core/domain/report.h"

#include <QObject>
#include <optional>

namespace posko {

class Replica;

// The one way an operator changes a report on the workstation: validates the action with the
// same lifecycle rules as the hub (applyAction), then writes the local change and its outbox
// row in one transaction, so the change is either both shown and queued for the hub, or neither.
class DispatchService final : public QObject
{
    Q_OBJECT

public:
    DispatchService(Replica &replica, const Clock &clock, QObject *parent = nullptr);

    // Whose name goes into the local history entry; the hub records the token's user anyway.
    void setActor(const QString &user) { m_actor = user; }
    QString actor() const { return m_actor; }

    // Returns the reason when refused (nothing is written then), nullopt when queued.
    std::optional<QString> act(qint64 reportId, const ReportAction &action);
    // Redoes a failed outbox item (e.g. the loser of a conflict) on the report's current state:
    // the same action, validated again, with the current version as its base and a new
    // Idempotency-Key; the failed item is replaced in the same transaction, so the action shows
    // pending again. Returns the reason when refused (the failed item stays then).
    std::optional<QString> redo(qint64 outboxItemId);

signals:
    void reportChanged(qint64 id);
    void outboxChanged();

private:
    std::optional<QString> commit(qint64 reportId, const ReportAction &action,
                                  qint64 replacesFailed);

    Replica &m_replica;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace posko
