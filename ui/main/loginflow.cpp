// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/loginflow.h"

#include "core/domain/clock.h"
#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"
#include "core/sync/syncclient.h"
#include "ui/main/logindialog.h"

#include <QDir>
#include <QRegularExpression>

namespace posko::ui {

LoginFlow::LoginFlow(const Clock &clock, QNetworkAccessManager &nam, QString dataRoot,
                     LoginDialog &dialog, QObject *parent)
    : QObject(parent), m_clock(clock), m_nam(nam), m_dataRoot(std::move(dataRoot)), m_dialog(dialog)
{
    connect(&m_dialog, &LoginDialog::loginRequested, this, &LoginFlow::start);
}

LoginFlow::~LoginFlow()
{
    // The sync client and dispatch service refer to the replica: destroy them first.
    m_dispatch.reset();
    m_sync.reset();
    m_replica.reset();
}

QString LoginFlow::profileDir(const QString &dataRoot, const QUrl &hub, const QString &user)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = QStringLiteral("%1@%2_%3")
                       .arg(user, hub.host())
                       .arg(hub.port(hub.scheme() == QLatin1String("https") ? 443 : 80));
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(dataRoot).filePath(QStringLiteral("profiles/") + name);
}

void LoginFlow::reset()
{
    m_dispatch.reset();
    m_sync.reset();
    m_replica.reset();
}

void LoginFlow::start(const QUrl &hub, const QString &user, const QString &password)
{
    reset();
    const QString dir = profileDir(m_dataRoot, hub, user);
    QString error;
    m_replica = Replica::open(dir, &error);
    if (!m_replica) {
        m_dialog.showError(tr("The local database in %1 cannot be opened: %2").arg(dir, error));
        return;
    }
    m_sync = std::make_unique<SyncClient>(*m_replica, &m_nam);
    m_dispatch = std::make_unique<DispatchService>(*m_replica, m_clock);
    // Only the first log-in is this flow's business: later ones (after a session expired) belong
    // to the main window, and a failure then must not tear down the open replica.
    m_onLoggedIn = connect(m_sync.get(), &SyncClient::loggedIn, this, [this](const Session &s) {
        disconnect(m_onLoggedIn);
        disconnect(m_onLoginFailed);
        m_dispatch->setActor(s.user);
        m_dialog.accept();
        emit loggedIn();
    });
    m_onLoginFailed =
        connect(m_sync.get(), &SyncClient::loginFailed, this, [this](const QString &message) {
            m_dialog.showError(message);
            // Keep nothing open for a failed log-in; the next attempt may be another user.
            QMetaObject::invokeMethod(this, &LoginFlow::reset, Qt::QueuedConnection);
        });
    m_sync->login(hub, user, password);
}

} // namespace posko::ui
