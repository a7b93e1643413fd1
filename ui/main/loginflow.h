// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace posko {
class Clock;
class Replica;
class DispatchService;
class SyncClient;
} // namespace posko

namespace posko::ui {

class LoginDialog;

// Turns a log-in request into a working session: opens the replica of that user's profile
// (one folder per user and hub under the data root), creates the sync client and the dispatch
// service for it, and logs in. On success `loggedIn` fires and the objects stay owned here;
// on failure the dialog shows why and nothing is kept open.
class LoginFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginFlow)

public:
    LoginFlow(const Clock &clock, QNetworkAccessManager &nam, QString dataRoot, LoginDialog &dialog,
              QObject *parent = nullptr);
    ~LoginFlow() override;

    Replica *replica() const { return m_replica.get(); }
    SyncClient *sync() const { return m_sync.get(); }
    DispatchService *dispatch() const { return m_dispatch.get(); }

    // DATAROOT/profiles/<user>@<host>_<port>: stable, file-system safe.
    static QString profileDir(const QString &dataRoot, const QUrl &hub, const QString &user);

signals:
    void loggedIn();

private:
    void start(const QUrl &hub, const QString &user, const QString &password);
    void reset();

    const Clock &m_clock;
    QNetworkAccessManager &m_nam;
    QString m_dataRoot;
    LoginDialog &m_dialog;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<DispatchService> m_dispatch;
    QMetaObject::Connection m_onLoggedIn;
    QMetaObject::Connection m_onLoginFailed;
};

} // namespace posko::ui
