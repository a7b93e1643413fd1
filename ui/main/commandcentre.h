// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

class QApplication;

namespace posko {
class Clock;
class DispatchService;
class Replica;
class SyncClient;
} // namespace posko

namespace posko::ui {

class MainWindow;

// Owns the command centre's main window for a logged-in session. When the settings choose
// another language, the translation is replaced and the window built again in it (Qt widgets
// set their texts when built): the layout, the filter, the queue, the open report and the
// settings dialog come back; the replica, the outbox and the sync client stay as they are.
class CommandCentre final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandCentre)

public:
    CommandCentre(QApplication &app, Replica &replica, DispatchService &dispatch, SyncClient &sync,
                  const Clock &clock, QObject *parent = nullptr);
    ~CommandCentre() override;

    MainWindow *window() const { return m_window.get(); }
    void show();

signals:
    void windowRebuilt(posko::ui::MainWindow *window);

private:
    void build();
    void switchLanguage(const QString &language);

    QApplication &m_app;
    Replica &m_replica;
    DispatchService &m_dispatch;
    SyncClient &m_sync;
    const Clock &m_clock;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace posko::ui
