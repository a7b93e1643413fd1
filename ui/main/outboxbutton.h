// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QToolButton>

namespace posko {
class Replica;
class DispatchService;
} // namespace posko

namespace posko::ui {

// The status bar's outbox indicator: "3 pending · 1 failed", the reasons in its tooltip and
// menu. Each failed action can be redone on the report's current state (the loser of a
// conflict sees who changed what and when, then decides) or all failed ones dismissed.
class OutboxButton final : public QToolButton
{
    Q_OBJECT

public:
    OutboxButton(Replica &replica, DispatchService &dispatch, QWidget *parent = nullptr);

    // Reads the outbox again and rebuilds text, tooltip and menu (the menu from the event loop
    // when called while one of its actions is being triggered: see refresh()).
    void refresh();
    // Reports with an action waiting for the hub (as of the last refresh()).
    const QSet<qint64> &pendingReports() const { return m_pending; }

signals:
    // A failed action is pending again on the report's current state.
    void redone(qint64 reportId);
    // The redo was not done (the action does not apply to the current state); why.
    void redoRefused(const QString &reason);
    void failedDismissed();

private:
    Replica &m_replica;
    DispatchService &m_dispatch;
    QSet<qint64> m_pending;
    // Counts the menu action handlers running (refresh() may be reached from them through
    // signals); while > 0 the menu is not cleared.
    int m_handling = 0;
    bool m_menuDue = false; // a deferred menu rebuild is queued
    struct Handling
    {
        explicit Handling(int &n) : count(n) { ++count; }
        ~Handling() { --count; }
        Handling(const Handling &) = delete;
        Handling &operator=(const Handling &) = delete;
        int &count;
    };
};

} // namespace posko::ui
