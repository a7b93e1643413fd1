// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the command-centre GUI tests: a real posko-hub with two users and a citizen app's
// API key, and a workstation that logs in through the dialog and opens the main window.
#include "core/domain/clock.h"
#include "core/storage/replica.h"
#include "core/sync/syncclient.h"
#include "httpclient.h"
#include "hubprocess.h"
#include "ui/main/logindialog.h"
#include "ui/main/loginflow.h"
#include "ui/main/mainwindow.h"
#include "ui/reports/reporttablemodel.h"

#include "catch.h"
#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace posko::test {

inline QString postCitizenReport(const QUrl &hub, const QString &apiKey, const QString &service,
                                 double lat, double lon, const QString &text)
{
    HttpClient http(hub);
    const HttpReply reply = http.postForm(QStringLiteral("/open311/v2/requests.json"),
                                          {{QStringLiteral("api_key"), apiKey},
                                           {QStringLiteral("service_code"), service},
                                           {QStringLiteral("lat"), QString::number(lat, 'f', 6)},
                                           {QStringLiteral("long"), QString::number(lon, 'f', 6)},
                                           {QStringLiteral("description"), text}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return reply.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
}

// A 640x480 JPEG of `colour` with a white rectangle: a citizen's or a squad's photo.
inline QByteArray jpegOf(QColor colour)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.fillRect(100, 100, 200, 150, Qt::white);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// A citizen's report with a photo (multipart, as the phone app sends it); its id.
inline qint64 postCitizenReportWithPhoto(const QUrl &hub, const QString &apiKey,
                                         const QString &service, const QString &lat,
                                         const QString &lon, const QString &text,
                                         const QByteArray &jpeg)
{
    HttpClient citizen(hub);
    const HttpReply posted = citizen.postMultipart(QStringLiteral("/open311/v2/requests.json"),
                                                   {{QStringLiteral("api_key"), apiKey},
                                                    {QStringLiteral("service_code"), service},
                                                    {QStringLiteral("lat"), lat},
                                                    {QStringLiteral("long"), lon},
                                                    {QStringLiteral("description"), text}},
                                                   QStringLiteral("media"), jpeg);
    INFO(posted.body.toStdString());
    REQUIRE(posted.status == 200);
    return posted.array()
        .at(0)
        .toObject()
        .value(QStringLiteral("service_request_id"))
        .toString()
        .toLongLong();
}

inline QJsonObject open311Request(const QUrl &hub, const QString &id)
{
    HttpClient http(hub);
    const HttpReply reply = http.get(QStringLiteral("/open311/v2/requests/%1.json").arg(id));
    REQUIRE(reply.status == 200);
    return reply.array().at(0).toObject();
}

struct Fixture
{
    HubProcess hub;
    QNetworkAccessManager nam;
    QTemporaryDir data;
    SystemClock clock;
    QString apiKey;

    Fixture()
    {
        INFO(hub.error().toStdString());
        REQUIRE(hub.start());
        REQUIRE(hub.addUser(QStringLiteral("sari"), QStringLiteral("operator"),
                            QStringLiteral("rahasia-123")));
        REQUIRE(hub.addUser(QStringLiteral("budi"), QStringLiteral("supervisor"),
                            QStringLiteral("rahasia-456"), true));
        apiKey = hub.addApiKey(QStringLiteral("citizen-app"));
        REQUIRE_FALSE(apiKey.isEmpty());
    }
};

inline void typeLogin(ui::LoginDialog &dialog, const QUrl &hub, const QString &user,
                      const QString &password)
{
    auto *hubEdit = dialog.findChild<QLineEdit *>(QStringLiteral("hub"));
    auto *userEdit = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
    auto *passEdit = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    REQUIRE(hubEdit);
    REQUIRE(userEdit);
    REQUIRE(passEdit);
    hubEdit->clear();
    QTest::keyClicks(hubEdit, hub.toString());
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    passEdit->clear();
    QTest::keyClicks(passEdit, password);
    QTest::keyClick(passEdit, Qt::Key_Return); // the default button: "Log in"
}

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

// One workstation in a test: the log-in dialog and flow, and once logged in, the main window.
struct Workstation
{
    ui::LoginDialog dialog;
    ui::LoginFlow flow;
    std::unique_ptr<ui::MainWindow> window;

    explicit Workstation(Fixture &f) : flow(f.clock, f.nam, f.data.path(), dialog) {}

    // Types the credentials into the dialog and waits for the log-in to succeed.
    bool logIn(const QUrl &hub, const QString &user, const QString &password)
    {
        QSignalSpy loggedIn(&flow, &ui::LoginFlow::loggedIn);
        dialog.show();
        typeLogin(dialog, hub, user, password);
        return loggedIn.wait(20000);
    }

    // Opens the main window, active so that its shortcuts work, and waits for the first sync.
    ui::MainWindow &open(const Fixture &f, int expectedRows)
    {
        window = std::make_unique<ui::MainWindow>(*flow.replica(), *flow.dispatch(), *flow.sync(),
                                                  f.clock);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(waitFor([&] {
            return window->model()->rowCount() == expectedRows && !flow.sync()->isSyncing();
        }));
        return *window;
    }
};

} // namespace posko::test
