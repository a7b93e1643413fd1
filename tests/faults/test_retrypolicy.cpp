// SPDX-License-Identifier: GPL-3.0-or-later
// The retry policy (growth, cap, jitter bounds, reset) and the sync client's use of it: a hub
// that keeps refusing is not hammered, a hub that answers again brings the interval back.
#include "../unit/workstationfixtures.h"
#include "core/storage/replica.h"
#include "core/sync/retrypolicy.h"
#include "core/sync/syncclient.h"

#include "catch.h"
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace posko;

TEST_CASE("the retry delay doubles up to the cap, without jitter")
{
    RetryPolicy p({100, 1000, 2.0, 0.0}, [] { return 0.5; });
    CHECK(p.baseDelayMs() == 100);
    CHECK(p.nextDelayMs() == 100);
    CHECK(p.nextDelayMs() == 200);
    CHECK(p.nextDelayMs() == 400);
    CHECK(p.nextDelayMs() == 800);
    CHECK(p.nextDelayMs() == 1000); // capped
    CHECK(p.nextDelayMs() == 1000);
    CHECK(p.failures() == 6);
    for (int i = 0; i < 2000; ++i) // far past the cap: no overflow, still the cap
        p.nextDelayMs();
    CHECK(p.nextDelayMs() == 1000);
}

TEST_CASE("a success resets the retry delay")
{
    RetryPolicy p({100, 1000, 2.0, 0.0}, [] { return 0.0; });
    p.nextDelayMs();
    p.nextDelayMs();
    CHECK(p.baseDelayMs() == 400);
    p.reset();
    CHECK(p.failures() == 0);
    CHECK(p.nextDelayMs() == 100);
}

TEST_CASE("jitter stays within its band and uses the random source")
{
    double r = 0.0;
    RetryPolicy p({1000, 64000, 2.0, 0.5}, [&r] { return r; });
    // r = 0: the full base; r -> 1: half of it (jitter 0.5).
    CHECK(p.nextDelayMs() == 1000);
    r = 0.999999;
    CHECK(p.nextDelayMs() == 1000); // base 2000, cut by almost half
    r = 0.5;
    CHECK(p.nextDelayMs() == 3000); // base 4000 * (1 - 0.25)

    // With the real random source: every delay in [base/2, base], and not all the same.
    RetryPolicy real({1000, 8000, 2.0, 0.5});
    QSet<int> seen;
    for (int i = 0; i < 200; ++i) {
        const int base = real.baseDelayMs();
        const int d = real.nextDelayMs();
        CHECK(d >= base / 2);
        CHECK(d <= base);
        if (base == 8000)
            seen.insert(d);
    }
    CHECK(seen.size() > 10); // two workstations would not retry in lockstep
}

TEST_CASE("odd settings are made sane")
{
    RetryPolicy p({0, -5, 0.5, 3.0}, [] { return 0.99; });
    CHECK(p.settings().initialMs >= 1);
    CHECK(p.settings().maxMs >= p.settings().initialMs);
    CHECK(p.settings().factor >= 1.0);
    CHECK(p.settings().jitter <= 1.0);
    CHECK(p.nextDelayMs() >= 1);
}

namespace {

// A loopback server that answers every request with `status` (or a well-formed empty sync when
// `healthy`), counting requests. Only here: it stands in for a hub that refuses.
class CountingServer final : public QTcpServer
{
public:
    std::atomic<int> requests{0};
    std::atomic<int> actionRequests{0}; // POST …/actions
    int status = 503;
    bool healthy = false;
    // When not 0: every action POST is answered with this status (the rest as above).
    int actionStatus = 0;
    QByteArray retryAfter;     // sent with every non-healthy answer when set
    bool redirectLoop = false; // every answer a 302 to itself
    QByteArray actionBody;     // when set: the body of the actionStatus answer

    CountingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray req = s->readAll();
                    if (!req.contains("\r\n\r\n")) {
                        // Not HTTP at all (a TLS ClientHello): a plain-text refusal.
                        if (!req.startsWith("GET ") && !req.startsWith("POST ")) {
                            s->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                            s->disconnectFromHost();
                        }
                        return; // small GETs arrive whole on loopback
                    }
                    ++requests;
                    const bool action = req.startsWith("POST /api/v1/reports/");
                    if (action)
                        ++actionRequests;
                    QByteArray body = R"({"error":"busy","message":"down for maintenance"})";
                    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Refused\r\n";
                    if (redirectLoop) {
                        s->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" +
                                 QByteArray::number(serverPort()) +
                                 "/api/v1/labels\r\nContent-Length: 0\r\nConnection: "
                                 "close\r\n\r\n");
                        s->disconnectFromHost();
                        return;
                    }
                    if (!retryAfter.isEmpty())
                        head += "Retry-After: " + retryAfter + "\r\n";
                    if (action && actionStatus != 0) {
                        body = actionBody.isEmpty()
                                   ? QByteArray(
                                         R"({"error":"refused","message":"not allowed for you"})")
                                   : actionBody;
                        head = "HTTP/1.1 " + QByteArray::number(actionStatus) + " Refused\r\n";
                    } else if (healthy) {
                        body = req.startsWith("GET /api/v1/changes")
                                   ? R"({"changes":[],"last_seq":0,"more":false})"
                                   : "{}";
                        head = "HTTP/1.1 200 OK\r\n";
                    }
                    s->write(head + "Content-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                             body);
                    s->disconnectFromHost();
                });
            }
        });
    }
};

} // namespace

TEST_CASE("a refusing hub is not hammered, and is synced with normally once it answers")
{
    CountingServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    Session s;
    s.hub = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    s.user = QStringLiteral("andi");
    s.role = QStringLiteral("operator");
    s.token = QStringLiteral("t");
    client.setSession(s);
    // Asked to sync every 20 ms; the backoff starts at 100 ms and doubles up to 800 ms.
    client.setRetryPolicy(RetryPolicy({100, 800, 2.0, 0.5}));
    int failures = 0, finishes = 0;
    QObject::connect(&client, &SyncClient::syncFailed, [&] { ++failures; });
    QObject::connect(&client, &SyncClient::syncFinished, [&] { ++finishes; });

    SECTION("503")
    {
        server.status = 503;
    }
    SECTION("429 Too Many Requests")
    {
        server.status = 429;
    }
    client.startAutoSync(20);
    QElapsedTimer t;
    t.start();
    QTest::qWait(3000);
    const qint64 elapsed = t.elapsed();
    // Without backoff: about 3000 / 20 = 150 requests. With it the delays are at least
    // 50, 100, 200, 400, then 400 each (jitter halves at most): no more than about 12 in 3 s.
    INFO("requests: " << server.requests << " in " << elapsed << " ms");
    CHECK(server.requests >= 4); // it does keep trying
    CHECK(server.requests <= 13);
    // Between two attempts (none on its way: the next one is scheduled) every request the
    // server saw has ended as one failure.
    CHECK(QTest::qWaitFor([&] { return failures == server.requests && client.nextSyncInMs() >= 0; },
                          2000));
    CHECK(client.lastFailure() == SyncClient::Failure::Network);
    CHECK(client.retryPolicy().failures() == failures);
    CHECK(client.nextSyncInMs() >= 0);
    CHECK(client.nextSyncInMs() <= 800);
    // The hub answers again: the next retry succeeds and the plain interval is back.
    server.healthy = true;
    REQUIRE(QTest::qWaitFor([&] { return finishes > 0; }, 5000));
    CHECK(client.retryPolicy().failures() == 0);
    CHECK(client.nextSyncInMs() <= 20);
    REQUIRE(QTest::qWaitFor([&] { return finishes > 3; }, 5000));
    client.stopAutoSync();
    CHECK(client.nextSyncInMs() == -1);
}

TEST_CASE("an expired session stops automatic syncs until the next log-in")
{
    CountingServer server;
    server.status = 401;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    Session s;
    s.hub = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    s.user = QStringLiteral("andi");
    s.role = QStringLiteral("operator");
    s.token = QStringLiteral("t");
    client.setSession(s);
    client.setRetryPolicy(RetryPolicy({50, 100, 2.0, 0.5}));
    int expired = 0;
    QObject::connect(&client, &SyncClient::sessionExpired, [&] { ++expired; });
    client.startAutoSync(20);
    QTest::qWait(500);
    CHECK(expired == 1);
    CHECK(server.requests == 1);
    CHECK(client.nextSyncInMs() == -1);
}

namespace {

Session sessionFor(const CountingServer &server)
{
    Session s;
    s.hub = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    s.user = QStringLiteral("andi");
    s.role = QStringLiteral("operator");
    s.token = QStringLiteral("t");
    return s;
}

} // namespace

TEST_CASE("an operator action during a backoff waits for the scheduled retry, then goes")
{
    CountingServer server; // 503 until told otherwise
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    client.setSession(sessionFor(server));
    // No jitter: after the first failure the retry is due exactly 1500 ms later.
    client.setRetryPolicy(RetryPolicy({1500, 1500, 2.0, 0.0}));
    int failures = 0, finishes = 0;
    QElapsedTimer sinceFailure;
    qint64 firstFinishAt = -1;
    QObject::connect(&client, &SyncClient::syncFailed, [&] {
        ++failures;
        sinceFailure.start();
    });
    QObject::connect(&client, &SyncClient::syncFinished, [&] {
        if (++finishes == 1)
            firstFinishAt = sinceFailure.elapsed();
    });
    client.startAutoSync(20);
    REQUIRE(QTest::qWaitFor([&] { return failures == 1; }, 5000));
    REQUIRE(server.requests == 1);
    REQUIRE(client.nextSyncInMs() > 1000); // the retry is far out

    server.healthy = true; // an immediate sync would now succeed: waiting is visible
    client.requestSync();
    CHECK_FALSE(client.isSyncing());     // did not start a sync
    CHECK(client.nextSyncInMs() > 1000); // and did not move the scheduled retry
    QTest::qWait(300);
    CHECK(server.requests == 1);
    CHECK(finishes == 0);

    // Once the backoff is over the waiting action goes, with no further request from it.
    REQUIRE(QTest::qWaitFor([&] { return finishes >= 1; }, 5000));
    CHECK(firstFinishAt >= 1400);
    CHECK(failures == 1);
    client.stopAutoSync();
}

TEST_CASE("a permanent refusal of an action is marked failed and not sent again")
{
    CountingServer server;
    server.healthy = true;
    int status = 0;
    SECTION("403 Forbidden")
    {
        status = 403;
    }
    SECTION("404 Not Found")
    {
        status = 404;
    }
    SECTION("409 Conflict")
    {
        status = 409;
    }
    SECTION("422 Unprocessable Entity")
    {
        status = 422;
    }
    server.actionStatus = status;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(test::makeReport(5, QStringLiteral("banjir"))));
    test::queueAssign(*replica, 5, Squad::Blue);
    REQUIRE(replica->pendingCount() == 1);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    client.setSession(sessionFor(server));
    int finishes = 0, failures = 0;
    QObject::connect(&client, &SyncClient::syncFinished, [&] { ++finishes; });
    QObject::connect(&client, &SyncClient::syncFailed, [&] { ++failures; });
    // Automatic syncs every 30 ms: a retried action would be sent again many times.
    client.startAutoSync(30);
    REQUIRE(QTest::qWaitFor([&] { return finishes >= 5; }, 10000));
    client.stopAutoSync();
    INFO("status " << status);
    CHECK(server.actionRequests == 1);
    CHECK(failures == 0); // the sync itself went on: the refusal is the action's, not the sync's
    CHECK(replica->pendingCount() == 0);
    CHECK(replica->failedCount() == 1);
    const auto items = replica->outbox();
    REQUIRE(items.size() == 1);
    CHECK(items[0].state == OutboxItem::State::Failed);
    CHECK(items[0].error.contains(QStringLiteral("not allowed for you"))); // the hub's reason
}

TEST_CASE("408 and 425 answers to an action are transient: kept pending and sent again")
{
    CountingServer server;
    server.healthy = true;
    int status = 0;
    SECTION("408 Request Timeout")
    {
        status = 408;
    }
    SECTION("425 Too Early")
    {
        status = 425;
    }
    server.actionStatus = status;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(test::makeReport(5, QStringLiteral("banjir"))));
    test::queueAssign(*replica, 5, Squad::Blue);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    client.setSession(sessionFor(server));
    int failures = 0;
    QObject::connect(&client, &SyncClient::syncFailed, [&] { ++failures; });
    client.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return failures == 1; }, 5000));
    client.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return failures == 2; }, 5000));
    INFO("status " << status);
    CHECK(server.actionRequests == 2); // sent again
    CHECK(client.lastFailure() == SyncClient::Failure::Network);
    CHECK(replica->failedCount() == 0);
    const auto pending = replica->pendingItems();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].attempts == 2);
}

TEST_CASE("Retry-After from the hub is honoured")
{
    CountingServer server; // 503
    server.retryAfter = "3";
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    client.setSession(sessionFor(server));
    // The backoff alone would retry after 50 ms.
    client.setRetryPolicy(RetryPolicy({50, 50, 2.0, 0.0}));
    int failures = 0;
    QElapsedTimer sinceFailure;
    QObject::connect(&client, &SyncClient::syncFailed, [&] {
        if (++failures == 1)
            sinceFailure.start();
    });
    client.startAutoSync(20);
    REQUIRE(QTest::qWaitFor([&] { return failures == 1; }, 5000));
    CHECK(client.nextSyncInMs() > 2500);
    QTest::qWait(1500);
    CHECK(server.requests == 1);
    REQUIRE(QTest::qWaitFor([&] { return server.requests == 2; }, 5000));
    const qint64 waited = sinceFailure.elapsed();
    INFO("second attempt after " << waited << " ms");
    CHECK(waited >= 2950); // the timer started a moment before the failure was signalled
    CHECK(waited < 4500);
    client.stopAutoSync();
}

TEST_CASE("a misconfigured connection (redirect loop, TLS handshake) is shown as such and retried "
          "with backoff, actions kept")
{
    CountingServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(test::makeReport(5, QStringLiteral("banjir"))));
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    Session s = sessionFor(server);
    bool withAction = true;
    SECTION("a redirect on an action (POST redirects are not followed)")
    {
        server.redirectLoop = true;
    }
    SECTION("a redirect loop on the feed (no action queued)")
    {
        server.redirectLoop = true;
        withAction = false;
    }
    SECTION("TLS to a server that does not speak it")
    {
        s.hub.setScheme(QStringLiteral("https"));
    }
    if (withAction)
        test::queueAssign(*replica, 5, Squad::Blue);
    client.setSession(s);
    client.setRetryPolicy(RetryPolicy({300, 300, 2.0, 0.0}));
    QStringList messages;
    QObject::connect(&client, &SyncClient::syncFailed, [&](const QString &m) { messages << m; });
    client.startAutoSync(20);
    REQUIRE(QTest::qWaitFor([&] { return messages.size() == 1; }, 10000));
    INFO(messages.join(QStringLiteral(" | ")).toStdString());
    CHECK(client.lastFailure() == SyncClient::Failure::Configuration);
    CHECK(messages[0].contains(QStringLiteral("misconfigured")));
    CHECK(messages[0].contains(QStringLiteral("administrator")));
    // Still retried, after the backoff, not at the 20 ms interval.
    CHECK(client.nextSyncInMs() > 150);
    REQUIRE(QTest::qWaitFor([&] { return messages.size() == 2; }, 5000));
    CHECK(client.lastFailure() == SyncClient::Failure::Configuration);
    client.stopAutoSync();
    // The action is neither lost nor failed: it goes once the connection is fixed.
    CHECK(replica->pendingCount() == (withAction ? 1 : 0));
    CHECK(replica->failedCount() == 0);
}

TEST_CASE("a refusal whose JSON body was damaged on the way is sent again, then taken with its "
          "reason")
{
    CountingServer server;
    server.healthy = true;
    server.actionStatus = 409;
    server.actionBody = R"({"error":"conflict","mess###########)"; // cut and scrambled
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(test::makeReport(5, QStringLiteral("banjir"))));
    test::queueAssign(*replica, 5, Squad::Blue);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    client.setSession(sessionFor(server));
    int failures = 0, finishes = 0;
    QObject::connect(&client, &SyncClient::syncFailed, [&] { ++failures; });
    QObject::connect(&client, &SyncClient::syncFinished, [&] { ++finishes; });
    client.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return failures == 1; }, 5000));
    CHECK(client.lastFailure() == SyncClient::Failure::Protocol);
    REQUIRE(replica->pendingItems().size() == 1); // not taken as the hub's final word
    CHECK(replica->pendingItems()[0].attempts == 1);
    CHECK(replica->failedCount() == 0);

    server.actionBody = R"({"error":"conflict","message":"assigned by budi"})";
    client.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return finishes == 1; }, 5000));
    CHECK(server.actionRequests == 2);
    CHECK(replica->pendingCount() == 0);
    const auto items = replica->outbox();
    REQUIRE(items.size() == 1);
    CHECK(items[0].state == OutboxItem::State::Failed);
    CHECK(items[0].error.contains(QStringLiteral("assigned by budi")));
}
