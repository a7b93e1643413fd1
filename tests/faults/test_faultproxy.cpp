// SPDX-License-Identifier: GPL-3.0-or-later
// The fault proxy itself: a hub that never answers does not keep its sockets, and a fault that
// had nothing to act on (truncating or corrupting an empty body) is not counted as done.
#include "faultproxy.h"

#include "catch.h"
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using namespace posko::test;

namespace {

// Sends one GET through the proxy; the whole answer once the proxy closes, and whether it did
// within `timeoutMs`.
QByteArray askThrough(const QUrl &proxy, int timeoutMs, bool *closed)
{
    QTcpSocket s;
    QByteArray answer;
    bool gone = false;
    QObject::connect(&s, &QTcpSocket::readyRead, [&] { answer += s.readAll(); });
    QObject::connect(&s, &QTcpSocket::disconnected, [&] { gone = true; });
    s.connectToHost(QHostAddress::LocalHost, quint16(proxy.port()));
    REQUIRE(QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 5000));
    s.write("GET /api/v1/labels HTTP/1.1\r\nHost: hub\r\n\r\n");
    *closed = QTest::qWaitFor([&] { return gone; }, timeoutMs);
    answer += s.readAll();
    return answer;
}

} // namespace

TEST_CASE("the fault proxy gives up on a hub that never answers and closes both sockets")
{
    // A hub stand-in that accepts connections and never answers.
    QTcpServer hung;
    REQUIRE(hung.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    int closedByProxy = 0;
    QObject::connect(&hung, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *s = hung.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::disconnected, [&] { ++closedByProxy; });
            held.emplace_back(s);
        }
    });
    FaultProxy proxy(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hung.serverPort())), 1);
    proxy.setUpstreamTimeout(300);
    REQUIRE(proxy.start());
    bool closed = false;
    const QByteArray answer = askThrough(proxy.url(), 5000, &closed);
    CHECK(closed);           // the client is dropped, as by a hub that went away
    CHECK(answer.isEmpty()); // with no made-up answer
    REQUIRE(held.size() == 1);
    CHECK(QTest::qWaitFor([&] { return closedByProxy == 1; }, 5000)); // upstream closed too
    CHECK(proxy.counts()[FaultProxy::None] == 1);
}

TEST_CASE("truncating or corrupting an empty body is not counted as a fault")
{
    // A hub stand-in answering 204 No Content (an empty body) to everything.
    QTcpServer hub;
    REQUIRE(hub.listen(QHostAddress::LocalHost));
    QObject::connect(&hub, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *s = hub.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            });
        }
    });
    FaultProxy proxy(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hub.serverPort())), 7);
    FaultProxy::Odds odds;
    FaultProxy::Fault drawn = FaultProxy::None;
    SECTION("truncate")
    {
        odds.truncate = 1.0;
        drawn = FaultProxy::Truncate;
    }
    SECTION("corrupt")
    {
        odds.corrupt = 1.0;
        drawn = FaultProxy::Corrupt;
    }
    proxy.setOdds(odds);
    REQUIRE(proxy.start());
    for (int i = 0; i < 3; ++i) {
        bool closed = false;
        const QByteArray answer = askThrough(proxy.url(), 5000, &closed);
        CHECK(closed);
        CHECK(answer.startsWith("HTTP/1.1 204")); // passed on untouched
    }
    const auto counts = proxy.counts();
    CHECK(counts[drawn] == 0);
    CHECK(counts[FaultProxy::None] == 3);
    CHECK(proxy.requests() == 3);
}
