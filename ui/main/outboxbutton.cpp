// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/outboxbutton.h"

#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"

#include <QMenu>

namespace posko::ui {

OutboxButton::OutboxButton(Replica &replica, DispatchService &dispatch, QWidget *parent)
    : QToolButton(parent), m_replica(replica), m_dispatch(dispatch)
{
    setObjectName(QStringLiteral("outboxIndicator"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setAccessibleName(tr("Actions waiting for the hub"));
    setMenu(new QMenu(this));
}

void OutboxButton::refresh()
{
    m_pending.clear();
    int failed = 0;
    QStringList reasons;
    QMenu *m = menu();
    m->clear();
    const QString hubReset = Replica::hubResetReason();
    for (const OutboxItem &item : m_replica.outbox()) {
        if (item.state == OutboxItem::State::Pending) {
            m_pending.insert(item.reportId);
            if (item.attempts > 0) {
                const QString line =
                    tr("#%1: not sent yet, %n attempt(s) without an answer from the hub", nullptr,
                       item.attempts)
                        .arg(item.reportId);
                reasons << line;
                m->addAction(line)->setEnabled(false);
            }
            continue;
        }
        if (item.state != OutboxItem::State::Failed)
            continue;
        ++failed;
        const QString line = tr("#%1: %2").arg(item.reportId).arg(item.error);
        reasons << line;
        m->addAction(line)->setEnabled(false);
        // After a hub reset the ids mean other reports: redoing would act on the wrong one.
        if (item.error == hubReset || !m_replica.report(item.reportId))
            continue;
        // Indented under the reason it belongs to.
        QAction *redo = m->addAction(QStringLiteral("    ") + tr("Redo on the current state"));
        redo->setObjectName(QStringLiteral("redo-%1").arg(item.id));
        redo->setToolTip(tr("Send this action again, based on the report as it is now"));
        connect(redo, &QAction::triggered, this, [this, id = item.id, report = item.reportId] {
            if (const auto refused = m_dispatch.redo(id)) {
                emit redoRefused(*refused);
                refresh();
                return;
            }
            refresh();
            emit redone(report);
        });
    }
    QString text = tr("%n pending", nullptr, int(m_pending.size()));
    if (failed > 0)
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, failed);
    setText(text);
    setToolTip(reasons.join(QLatin1Char('\n')));
    if (failed > 0) {
        m->addSeparator();
        QAction *dismiss = m->addAction(tr("Dismiss failed actions"));
        dismiss->setObjectName(QStringLiteral("dismissFailed"));
        connect(dismiss, &QAction::triggered, this, [this] {
            m_replica.clearFailed();
            refresh();
            emit failedDismissed();
        });
    } else {
        m->addAction(tr("No failed actions"))->setEnabled(false);
    }
}

} // namespace posko::ui
