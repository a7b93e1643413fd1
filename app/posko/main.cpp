// SPDX-License-Identifier: GPL-3.0-or-later
// posko: the command centre. Composition root: parses the command line, installs the
// translation, builds clock, network access, log-in flow and main window, and runs.
#include "core/domain/clock.h"
#include "core/i18n/translations.h"
#include "core/storage/replica.h"
#include "ui/common/theme.h"
#include "ui/main/commandcentre.h"
#include "ui/main/logindialog.h"
#include "ui/main/loginflow.h"
#include "ui/main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Posko"));
    QApplication::setApplicationName(QStringLiteral("posko"));
    QApplication::setApplicationVersion(QStringLiteral(POSKO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("posko::main", "Posko command centre for citizen reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hubOpt(
        QStringLiteral("hub"),
        QCoreApplication::translate("posko::main", "Hub address to log in to."),
        QStringLiteral("URL"));
    const QCommandLineOption userOpt(
        QStringLiteral("user"),
        QCoreApplication::translate("posko::main", "User name for the log-in."),
        QStringLiteral("NAME"));
    const QCommandLineOption passOpt(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("posko::main",
                                    "Read the password from standard input and log in at once."));
    const QCommandLineOption dataOpt(
        QStringLiteral("data"),
        QCoreApplication::translate("posko::main",
                                    "Folder for local profiles (default: the user's data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("posko::main",
                                    "Interface language: id or en (default: the system's)."),
        QStringLiteral("LANG"));
    parser.addOptions({hubOpt, userOpt, passOpt, dataOpt, langOpt});
    parser.process(app);

    QString lang = parser.value(langOpt);
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!lang.isEmpty() && lang != QLatin1String("id") && lang != QLatin1String("en")) {
        std::fprintf(stderr, "posko: %s\n",
                     qPrintable(QCoreApplication::translate("posko::main",
                                                            "unknown language \"%1\"; use id or en")
                                    .arg(lang)));
        return 2;
    }
    posko::installTranslations(app, lang);
    posko::ui::applyTheme(posko::ui::storedTheme());

    QString hubText = parser.value(hubOpt);
    if (hubText.isEmpty())
        hubText = QSettings().value(QStringLiteral("login/hub")).toString();
    QString password;
    if (parser.isSet(passOpt)) {
        std::string line;
        std::getline(std::cin, line);
        // Only the line ending goes, as in poskoctl: spaces may be part of a password.
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        password = QString::fromStdString(line);
    }
    QString dataRoot = parser.value(dataOpt);
    if (dataRoot.isEmpty())
        dataRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    posko::SystemClock clock;
    QNetworkAccessManager nam;
    posko::ui::LoginDialog dialog;
    posko::ui::LoginFlow flow(clock, nam, dataRoot, dialog);
    dialog.setHub(hubText);
    dialog.setUser(parser.isSet(userOpt)
                       ? parser.value(userOpt)
                       : QSettings().value(QStringLiteral("login/user")).toString());
    if (!password.isEmpty()) {
        dialog.setPassword(password);
        QMetaObject::invokeMethod(&dialog, &posko::ui::LoginDialog::submit, Qt::QueuedConnection);
    }
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    QSettings().setValue(QStringLiteral("login/hub"), dialog.hub().toString());
    QSettings().setValue(QStringLiteral("login/user"), dialog.user());

    posko::ui::CommandCentre centre(app, *flow.replica(), *flow.dispatch(), *flow.sync(), clock);
    centre.show();
    return app.exec();
}
