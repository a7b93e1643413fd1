// SPDX-License-Identifier: GPL-3.0-or-later
// The retry policy (growth, cap, jitter bounds, reset) and the sync client's use of it: a hub
// that keeps refusing is not hammered, a hub that answers again brings the interval back.
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
    int status = 503;
    bool healthy = false;

    CountingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray req = s->readAll();
                    if (!req.contains("\r\n\r\n"))
                        return; // small GETs arrive whole on loopback
                    ++requests;
                    QByteArray body = R"({"error":"busy","message":"down for maintenance"})";
                    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Refused\r\n";
                    if (healthy) {
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
    CHECK(failures == server.requests);
    CHECK(client.lastFailure() == SyncClient::Failure::Network);
    CHECK(client.retryPolicy().failures() == failures);
    CHECK(client.nextSyncInMs() >= 0);
    CHECK(client.nextSyncInMs() <= 800);
    // An operator action during the backoff waits for the scheduled retry.
    const int before = server.requests;
    client.requestSync();
    QTest::qWait(20);
    CHECK(server.requests == before);

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
