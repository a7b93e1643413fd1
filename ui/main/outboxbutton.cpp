// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/outboxbutton.h"

#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"

#include <QMenu>
#include <QTimer>

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
    // While one of the menu's actions is being triggered the menu is not rebuilt (clearing it
    // would delete the action whose triggered() is still being emitted); the text, tooltip and
    // pending set are up to date at once, the menu follows from the event loop.
    const bool buildMenu = m_handling == 0;
    QMenu *m = menu();
    if (buildMenu)
        m->clear();
    else if (!m_menuDue) {
        m_menuDue = true;
        QTimer::singleShot(0, this, [this] {
            m_menuDue = false;
            refresh();
        });
    }
    auto addLine = [&](const QString &line) {
        reasons << line;
        if (buildMenu)
            m->addAction(line)->setEnabled(false);
    };
    for (const OutboxItem &item : m_replica.outbox()) {
        if (item.state == OutboxItem::State::Pending) {
            m_pending.insert(item.reportId);
            if (item.attempts > 0)
                addLine(tr("#%1: not sent yet, %n attempt(s) without an answer from the hub",
                           nullptr, item.attempts)
                            .arg(item.reportId));
            continue;
        }
        if (item.state != OutboxItem::State::Failed)
            continue;
        ++failed;
        // A hub reset's reason in the current language, whatever it was when stored.
        addLine(tr("#%1: %2")
                    .arg(item.reportId)
                    .arg(item.hubReset ? Replica::hubResetReason() : item.error));
        // After a hub reset the ids mean other reports: redoing would act on the wrong one.
        if (!buildMenu || item.hubReset || !m_replica.report(item.reportId))
            continue;
        // Indented under the reason it belongs to.
        QAction *redo = m->addAction(QStringLiteral("    ") + tr("Redo on the current state"));
        redo->setObjectName(QStringLiteral("redo-%1").arg(item.id));
        redo->setToolTip(tr("Send this action again, based on the report as it is now"));
        connect(redo, &QAction::triggered, this, [this, id = item.id, report = item.reportId] {
            const Handling busy(m_handling);
            if (const auto refused = m_dispatch.redo(id)) {
                refresh();
                emit redoRefused(*refused);
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
    if (!buildMenu)
        return;
    if (failed > 0) {
        m->addSeparator();
        QAction *dismiss = m->addAction(tr("Dismiss failed actions"));
        dismiss->setObjectName(QStringLiteral("dismissFailed"));
        connect(dismiss, &QAction::triggered, this, [this] {
            const Handling busy(m_handling);
            m_replica.clearFailed();
            refresh();
            emit failedDismissed();
        });
    } else {
        m->addAction(tr("No failed actions"))->setEnabled(false);
    }
}

} // namespace posko::ui
