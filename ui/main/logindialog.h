// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace posko::ui {

// Asks for hub URL, user and password. It validates what it can locally (a well-formed http(s)
// URL, a user name, a password) and then only asks: the composition root performs the log-in
// and calls showError() or accept(). While a log-in runs the inputs are disabled.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setHub(const QString &url);
    void setUser(const QString &user);
    void setPassword(const QString &password);
    QUrl hub() const;
    QString user() const;

    // For a session that expired: hub and user are fixed, only the password is asked.
    void setIdentityLocked(bool locked);
    void showMessage(const QString &message); // neutral information above the buttons
    void showError(const QString &message);   // re-enables the inputs
    void submit();                            // same as clicking "Log in"

    // Parses a hub address typed by a person ("127.0.0.1:8080" gets http://); empty on error.
    static QUrl parseHubUrl(const QString &text, QString *error);

signals:
    void loginRequested(const QUrl &hub, const QString &user, const QString &password);

private:
    void setBusy(bool busy);

    bool m_identityLocked = false;
    QLineEdit *m_hub = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_login = nullptr;
};

} // namespace posko::ui
