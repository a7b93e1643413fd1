// SPDX-License-Identifier: GPL-3.0-or-later
// PresenceClient against a small fake hub that answers as each test says: the debounce, the
// heartbeat, closing once, stale answers cleared after the TTL, and a 401 that stops it.
#include "core/storage/replica.h"
#include "core/sync/presenceclient.h"
#include "core/sync/syncclient.h"

#include "catch.h"
#include "tileserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace posko;
using namespace posko::test;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

TileServer::Response answer(int status, const QJsonObject &body = {})
{
    TileServer::Response r;
    r.status = status;
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject viewersBody(const QStringList &users, int ttl = 45)
{
    QJsonArray list;
    for (const QString &u : users)
        list.append(QJsonObject{{QStringLiteral("user"), u},
                                {QStringLiteral("since"), QStringLiteral("2026-03-02T02:00:00Z")}});
    return {{QStringLiteral("viewers"), list}, {QStringLiteral("ttl"), ttl}};
}

// The presence requests the fake hub received: each body's "report" (null as "null").
QStringList reportsSent(const TileServer &server)
{
    QStringList out;
    for (const TileServer::Request &r : server.requests()) {
        if (r.path != "/api/v1/presence")
            continue;
        const QJsonValue v =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("report"));
        out << (v.isNull() ? QStringLiteral("null") : v.toString());
    }
    return out;
}

QStringList names(const QVector<PresenceViewer> &viewers)
{
    QStringList out;
    for (const PresenceViewer &v : viewers)
        out << v.user;
    return out;
}

struct Rig
{
    TileServer server;
    QTemporaryDir dir;
    std::unique_ptr<Replica> replica;
    QNetworkAccessManager nam;
    std::unique_ptr<SyncClient> sync;
    std::unique_ptr<PresenceClient> presence;

    Rig()
    {
        REQUIRE(server.listen());
        QString error;
        replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        sync = std::make_unique<SyncClient>(*replica, &nam);
        Session session;
        session.hub = server.url();
        session.user = QStringLiteral("sari");
        session.role = QStringLiteral("operator");
        session.token = QStringLiteral("t0k3n");
        sync->setSession(session);
        presence = std::make_unique<PresenceClient>(*sync);
    }
};

} // namespace

TEST_CASE("presence client: moving through reports sends once, then heartbeats, and null once")
{
    Rig rig;
    rig.server.setHandler([](const TileServer::Request &) {
        return answer(200, viewersBody({QStringLiteral("budi")}));
    });
    rig.presence->setHeartbeatInterval(200);
    QSignalSpy changed(rig.presence.get(), &PresenceClient::viewersChanged);

    // J/K through ten reports in quick succession: one request, for the last one.
    for (qint64 id = 1; id <= 10; ++id) {
        rig.presence->setOpenReport(id);
        QTest::qWait(20);
    }
    REQUIRE(rig.server.waitForRequests(1));
    CHECK(reportsSent(rig.server) == QStringList{QStringLiteral("10")});
    const TileServer::Request &first = rig.server.requests().at(0);
    CHECK(first.method == "PUT");
    CHECK(first.header("authorization") == "Bearer t0k3n");
    REQUIRE(waitFor([&] { return !rig.presence->viewers().isEmpty(); }));
    REQUIRE_FALSE(changed.isEmpty());
    CHECK(changed.last().at(0).toLongLong() == 10);
    const auto viewers = changed.last().at(1).value<QVector<PresenceViewer>>();
    REQUIRE(viewers.size() == 1);
    CHECK(viewers[0].user == QStringLiteral("budi"));
    CHECK(viewers[0].since == QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));

    // Heartbeats while the report stays open.
    REQUIRE(rig.server.waitForRequests(3));
    CHECK(reportsSent(rig.server).count(QStringLiteral("10")) == rig.server.requests().size());

    // Another report: the viewers of the previous one go at once, before any answer.
    changed.clear();
    rig.presence->setOpenReport(11);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == 11);
    CHECK(changed.at(0).at(1).value<QVector<PresenceViewer>>().isEmpty());
    REQUIRE(waitFor([&] { return reportsSent(rig.server).contains(QStringLiteral("11")); }));

    // Closed: {"report": null} once, then silence.
    rig.presence->setOpenReport(0);
    REQUIRE(waitFor([&] { return reportsSent(rig.server).contains(QStringLiteral("null")); }));
    const int total = int(rig.server.requests().size());
    QTest::qWait(700); // several heartbeat intervals
    CHECK(rig.server.requests().size() == total);
    CHECK(reportsSent(rig.server).count(QStringLiteral("null")) == 1);
    CHECK(rig.presence->viewers().isEmpty());

    // Nothing open on the hub: closing again sends nothing, and neither does leave().
    rig.presence->setOpenReport(0);
    CHECK_FALSE(rig.presence->leave());
    QTest::qWait(400);
    CHECK(rig.server.requests().size() == total);

    // leave() closes at once, without waiting for the debounce.
    rig.presence->setDebounceInterval(0);
    rig.presence->setOpenReport(12);
    REQUIRE(waitFor([&] { return reportsSent(rig.server).contains(QStringLiteral("12")); }));
    rig.presence->setDebounceInterval(5000);
    QSignalSpy left(rig.presence.get(), &PresenceClient::left);
    REQUIRE(rig.presence->leave());
    REQUIRE(left.wait(2000));
    CHECK(reportsSent(rig.server).last() == QStringLiteral("null"));
}

TEST_CASE("presence client: unanswered heartbeats clear the viewers after the TTL")
{
    Rig rig;
    bool answering = true;
    rig.server.setHandler([&](const TileServer::Request &) {
        if (answering)
            return answer(200, viewersBody({QStringLiteral("budi")}, 1));
        TileServer::Response r;
        r.hold = true; // the hub is gone quiet
        return r;
    });
    rig.presence->setHeartbeatInterval(150);
    rig.presence->setDebounceInterval(0);
    rig.presence->setOpenReport(5);
    REQUIRE(waitFor(
        [&] { return names(rig.presence->viewers()) == QStringList{QStringLiteral("budi")}; }));

    // While answers keep coming, the TTL of one second never runs out.
    QTest::qWait(1500);
    CHECK(names(rig.presence->viewers()) == QStringList{QStringLiteral("budi")});

    answering = false;
    QSignalSpy changed(rig.presence.get(), &PresenceClient::viewersChanged);
    const int before = int(rig.server.requests().size());
    REQUIRE(changed.wait(3000)); // at most the TTL after the last answer
    CHECK(changed.last().at(1).value<QVector<PresenceViewer>>().isEmpty());
    CHECK(rig.presence->viewers().isEmpty());
    // Silent retries go on with every heartbeat, and the first answer shows them again.
    CHECK(rig.server.requests().size() > before);
    CHECK_FALSE(rig.presence->isStopped());
    answering = true;
    REQUIRE(waitFor(
        [&] { return names(rig.presence->viewers()) == QStringList{QStringLiteral("budi")}; }));

    // A server error is no answer either: the list stays until its TTL.
    rig.server.setHandler([](const TileServer::Request &) { return answer(503); });
    QTest::qWait(400);
    CHECK(names(rig.presence->viewers()) == QStringList{QStringLiteral("budi")});
    REQUIRE(waitFor([&] { return rig.presence->viewers().isEmpty(); }, 3000));
}

TEST_CASE("presence client: a 401 stops it quietly until the next log-in")
{
    Rig rig;
    int status = 200;
    rig.server.setHandler([&](const TileServer::Request &) {
        return status == 200 ? answer(200, viewersBody({QStringLiteral("budi")}))
                             : answer(status, {{QStringLiteral("error"), QStringLiteral("x")}});
    });
    rig.presence->setHeartbeatInterval(100);
    rig.presence->setDebounceInterval(0);
    rig.presence->setOpenReport(8);
    REQUIRE(waitFor([&] { return !rig.presence->viewers().isEmpty(); }));

    status = 401;
    REQUIRE(waitFor([&] { return rig.presence->isStopped(); }));
    CHECK(rig.presence->viewers().isEmpty());
    const int total = int(rig.server.requests().size());
    rig.presence->setOpenReport(9); // remembered, not sent
    QTest::qWait(500);
    CHECK(rig.server.requests().size() == total);

    // A new log-in (a new token) resumes with the report open now.
    status = 200;
    Session renewed = rig.sync->session();
    renewed.token = QStringLiteral("n3w");
    rig.sync->setSession(renewed);
    emit rig.sync->loggedIn(renewed);
    REQUIRE(waitFor([&] { return !rig.presence->viewers().isEmpty(); }));
    CHECK_FALSE(rig.presence->isStopped());
    CHECK(reportsSent(rig.server).mid(total).startsWith(QStringLiteral("9")));
    CHECK(rig.server.requests().last().header("authorization") == "Bearer n3w");

    // 404 (the report is gone or hidden): no viewers, at once, and no stop.
    status = 404;
    REQUIRE(waitFor([&] { return rig.presence->viewers().isEmpty(); }, 2000));
    CHECK_FALSE(rig.presence->isStopped());
}
