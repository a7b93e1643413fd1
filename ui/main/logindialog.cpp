// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace posko::ui {

LoginDialog::LoginDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Posko — log in"));
    auto *v = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Posko</b> command centre"), this);
    v->addWidget(title);
    auto *form = new QFormLayout;
    m_hub = new QLineEdit(this);
    m_hub->setObjectName(QStringLiteral("hub"));
    m_hub->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Hub:"), m_hub);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    v->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setAccessibleName(tr("Log-in message"));
    v->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_login->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

void LoginDialog::setHub(const QString &url)
{
    m_hub->setText(url);
}
void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
}
void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}
QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QUrl LoginDialog::hub() const
{
    QString error;
    return parseHubUrl(m_hub->text(), &error);
}

QUrl LoginDialog::parseHubUrl(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        *error = tr("Enter the hub's address.");
        return {};
    }
    if (!t.contains(QStringLiteral("://")))
        t.prepend(QStringLiteral("http://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *error =
            tr("\"%1\" is not a hub address; it looks like http://host:port.").arg(text.trimmed());
        return {};
    }
    url.setPath(QString());
    return url;
}

void LoginDialog::submit()
{
    QString error;
    const QUrl url = parseHubUrl(m_hub->text(), &error);
    if (!url.isValid()) {
        showError(error);
        m_hub->setFocus();
        return;
    }
    if (user().isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    showMessage(tr("Logging in to %1…").arg(url.toDisplayString()));
    setBusy(true);
    emit loginRequested(url, user(), m_password->text());
}

void LoginDialog::setIdentityLocked(bool locked)
{
    m_identityLocked = locked;
    m_hub->setReadOnly(locked);
    m_user->setReadOnly(locked);
    if (locked)
        m_password->setFocus();
}

void LoginDialog::showMessage(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: palette(text); }"));
    m_message->setText(message);
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->setText(message);
}

void LoginDialog::setBusy(bool busy)
{
    m_hub->setEnabled(!busy && !m_identityLocked);
    m_user->setEnabled(!busy && !m_identityLocked);
    m_password->setEnabled(!busy);
    m_login->setEnabled(!busy);
}

} // namespace posko::ui
