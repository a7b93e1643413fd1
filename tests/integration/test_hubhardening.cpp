// SPDX-License-Identifier: GPL-3.0-or-later
// Hub hardening: covert history and removals leak nothing, request limits, the hub's identity,
// Idempotency-Keys tied to one request, and small input caps.
#include "hubfixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUuid>
#include <functional>

using namespace posko::test;

namespace {

QJsonObject assign(const QString &squad, int base)
{
    return {{QStringLiteral("type"), QStringLiteral("assign")},
            {QStringLiteral("squad"), squad},
            {QStringLiteral("base_version"), base}};
}

QJsonObject note(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("note")}, {QStringLiteral("text"), text}};
}

QJsonObject status(const QString &code, const QString &text, int base)
{
    return {{QStringLiteral("type"), QStringLiteral("status")},
            {QStringLiteral("status"), code},
            {QStringLiteral("text"), text},
            {QStringLiteral("base_version"), base}};
}

// The raw changes answer (one page) for `since`.
QJsonObject changes(HubFixture &f, const Headers &auth, qint64 since)
{
    const HttpReply r = f.http->get(QStringLiteral("/api/v1/changes?since=%1").arg(since), auth);
    REQUIRE(r.status == 200);
    return r.object();
}

// Sends raw bytes on a new connection and returns everything the hub answers until it closes
// the connection, `complete` says the answer is whole, or the timeout passes. Blocking waits on
// the socket, no sleeps.
QByteArray rawExchange(const QUrl &url, const QByteArray &request,
                       const std::function<bool(const QByteArray &)> &complete = {},
                       int timeoutMs = 15000)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs &&
           !(complete && complete(answer))) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(100);
        else
            socket.waitForReadyRead(timeoutMs - int(timer.elapsed()));
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

int statusOf(const QByteArray &raw)
{
    static const QRegularExpression line(QStringLiteral("^HTTP/1\\.[01] (\\d{3}) "));
    const auto m = line.match(QString::fromLatin1(raw.left(40)));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

TEST_CASE("notes and status texts written while covert stay hidden after the report is routed back")
{
    HubFixture f;
    REQUIRE(f.hub.addUser(QStringLiteral("agen-bayangan"), QStringLiteral("operator"),
                          QStringLiteral("ab-pass"), true));
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    const Headers agent = f.http->login(QStringLiteral("agen-bayangan"), QStringLiteral("ab-pass"));
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    REQUIRE_FALSE(agent.isEmpty());

    REQUIRE(f.act(sup, id, "to-covert", assign(QStringLiteral("covert"), 1)).status == 200);
    REQUIRE(f.act(agent, id, "covert-note", note(QStringLiteral("Rekanan CV Rahasia diawasi")))
                .status == 200);
    REQUIRE(f.act(agent, id, "covert-status",
                  status(QStringLiteral("dikerjakan"),
                         QStringLiteral("Penyamaran di lokasi proyek"), 3))
                .status == 200);
    const HttpReply back = f.act(sup, id, "back", assign(QStringLiteral("orange"), 4));
    INFO(back.body.toStdString());
    REQUIRE(back.status == 200);

    const QList<QByteArray> secrets{"Rekanan CV Rahasia", "Penyamaran", "agen-bayangan", "covert"};
    auto checkClean = [&](const QByteArray &body) {
        INFO(body.toStdString());
        for (const QByteArray &s : secrets)
            CHECK_FALSE(body.contains(s));
    };

    // The uncleared operator: the report itself, the feed, and a 409 answer carrying it.
    const HttpReply one = f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op);
    REQUIRE(one.status == 200);
    checkClean(one.body);
    CHECK(one.object().value(QStringLiteral("squad")).toString() == QStringLiteral("orange"));
    const QJsonArray history = one.object().value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 2); // created, and the assignment to orange
    CHECK(history.at(0).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("created"));
    CHECK(history.at(1).toObject().value(QStringLiteral("squad")).toString() ==
          QStringLiteral("orange"));
    checkClean(f.http->get(QStringLiteral("/api/v1/changes?since=0"), op).body);
    const HttpReply conflict = f.act(op, id, "stale", assign(QStringLiteral("yellow"), 1));
    CHECK(conflict.status == 409);
    checkClean(conflict.body);

    // Open311: the single request and the list, including status_notes.
    const HttpReply pub = f.http->get(QStringLiteral("/open311/v2/requests/%1.json").arg(id));
    REQUIRE(pub.status == 200);
    checkClean(pub.body);
    CHECK(pub.array().at(0).toObject().value(QStringLiteral("status_notes")).toString().isEmpty());
    const HttpReply list = f.http->get(QStringLiteral("/open311/v2/requests.json"));
    REQUIRE(list.status == 200);
    REQUIRE(containsId(list.array(), QStringLiteral("service_request_id"), id));
    checkClean(list.body);

    // A status text written after the return is public again.
    REQUIRE(f.act(op, id, "public-status",
                  status(QStringLiteral("ditugaskan"), QStringLiteral("Jalan sudah ditambal"), 5))
                .status == 200);
    CHECK(f.http->get(QStringLiteral("/open311/v2/requests/%1.json").arg(id))
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("status_notes"))
              .toString() == QStringLiteral("Jalan sudah ditambal"));

    // The cleared supervisor still has the whole history.
    const QByteArray full = f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), sup).body;
    CHECK(full.contains("Rekanan CV Rahasia"));
    CHECK(full.contains("Penyamaran di lokasi proyek"));
    CHECK(full.contains("agen-bayangan"));
}

TEST_CASE("a report that turned covert is removed once, only for workstations that may hold it")
{
    HubFixture f;
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    const QString other =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    qint64 seen = 0;
    REQUIRE(containsId(f.feed(op, 0, &seen), QStringLiteral("id"), id));

    REQUIRE(f.act(sup, id, "to-covert", assign(QStringLiteral("covert"), 1)).status == 200);
    const QJsonObject removal = changes(f, op, seen);
    const QJsonArray removed = removal.value(QStringLiteral("changes")).toArray();
    REQUIRE(removed.size() == 1);
    CHECK(removed.at(0).toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(removed.at(0).toObject().value(QStringLiteral("removed")).toBool());
    const qint64 afterRemoval = removal.value(QStringLiteral("last_seq")).toInteger();
    CHECK(afterRemoval > seen);
    CHECK(removal.value(QStringLiteral("max_seq")).toInteger() == afterRemoval);

    SECTION("later covert work sends nothing and moves nothing")
    {
        REQUIRE(f.act(sup, id, "covert-note", note(QStringLiteral("dipantau"))).status == 200);
        REQUIRE(f.act(sup, id, "covert-status",
                      status(QStringLiteral("dikerjakan"), QStringLiteral("x"), 3))
                    .status == 200);
        const QJsonObject after = changes(f, op, afterRemoval);
        CHECK(after.value(QStringLiteral("changes")).toArray().isEmpty());
        CHECK(after.value(QStringLiteral("last_seq")).toInteger() == afterRemoval);
        CHECK(after.value(QStringLiteral("max_seq")).toInteger() == afterRemoval);
        // A workstation that synced before the report was hidden gets the removal, once.
        const QJsonArray late = changes(f, op, seen).value(QStringLiteral("changes")).toArray();
        REQUIRE(late.size() == 1);
        CHECK(late.at(0).toObject().value(QStringLiteral("seq")).toInteger() == afterRemoval);
        // The cleared supervisor sees every change.
        CHECK(changes(f, sup, afterRemoval).value(QStringLiteral("changes")).toArray().size() == 1);
        CHECK(changes(f, sup, 0).value(QStringLiteral("max_seq")).toInteger() > afterRemoval);
    }
    SECTION("a fresh workstation is not told which reports were ever hidden")
    {
        const QJsonArray fresh = f.feed(op, 0);
        CHECK(fresh.size() == 1);
        CHECK(containsId(fresh, QStringLiteral("id"), other));
        CHECK_FALSE(containsId(fresh, QStringLiteral("id"), id));
        for (const QJsonValue &c : fresh)
            CHECK_FALSE(c.toObject().value(QStringLiteral("removed")).toBool());
    }
    SECTION("routed back, it returns as a report to every workstation")
    {
        REQUIRE(f.act(sup, id, "back", assign(QStringLiteral("orange"), 2)).status == 200);
        CHECK(f.feed(op, afterRemoval).at(0).toObject().value(QStringLiteral("squad")).toString() ==
              QStringLiteral("orange"));
        CHECK(containsId(f.feed(op, 0), QStringLiteral("id"), id));
    }
}

TEST_CASE("the hub says who it is and how far its feed goes")
{
    HubFixture f;
    const HttpReply login =
        f.http->post(QStringLiteral("/api/v1/login"), R"({"user":"op","password":"op-pass"})",
                     "application/json");
    REQUIRE(login.status == 200);
    const QString hubId = login.object().value(QStringLiteral("hub_id")).toString();
    CHECK_FALSE(QUuid::fromString(hubId).isNull());
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));

    QJsonObject empty = changes(f, op, 0);
    CHECK(empty.value(QStringLiteral("hub_id")).toString() == hubId);
    CHECK(empty.value(QStringLiteral("max_seq")).toInteger() == 0);

    f.submit(QStringLiteral("sampah"));
    f.submit(QStringLiteral("sampah"));
    const QJsonObject two = changes(f, op, 0);
    CHECK(two.value(QStringLiteral("max_seq")).toInteger() == 2);
    CHECK(two.value(QStringLiteral("last_seq")).toInteger() == 2);
    // A paged answer still tells the end of the feed.
    const QJsonObject page =
        f.http->get(QStringLiteral("/api/v1/changes?since=0&limit=1"), sup).object();
    CHECK(page.value(QStringLiteral("last_seq")).toInteger() == 1);
    CHECK(page.value(QStringLiteral("max_seq")).toInteger() == 2);
    CHECK(page.value(QStringLiteral("hub_id")).toString() == hubId);

    // The identity survives a restart; another database has another one.
    f.hub.stop();
    REQUIRE(f.hub.start({}, 30000, true));
    const Headers again = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    CHECK(changes(f, again, 0).value(QStringLiteral("hub_id")).toString() == hubId);
    HubFixture other;
    const Headers otherOp = other.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const QString otherId = changes(other, otherOp, 0).value(QStringLiteral("hub_id")).toString();
    CHECK_FALSE(otherId.isEmpty());
    CHECK(otherId != hubId);
}

TEST_CASE("oversized requests are refused before they are read, and the hub keeps serving")
{
    HubFixture f;
    SECTION("a 20 MiB body: 413")
    {
        const HttpReply big =
            f.http->post(QStringLiteral("/open311/v2/requests.json"),
                         QByteArray(20 * 1024 * 1024, 'x'), "application/x-www-form-urlencoded");
        INFO(big.error.toStdString());
        CHECK(big.status == 413);
        CHECK(big.array().at(0).toObject().value(QStringLiteral("code")).toInt() == 413);
    }
    SECTION("a head announcing 20 MiB is answered without waiting for the body")
    {
        const QByteArray raw = rawExchange(
            f.hub.url(),
            "POST /open311/v2/requests.json HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            "Content-Length: 20971520\r\n\r\nabc");
        CHECK(statusOf(raw) == 413);
        CHECK(raw.contains("\"code\":413"));
    }
    SECTION("chunked bodies need a length: 411")
    {
        const QByteArray raw =
            rawExchange(f.hub.url(), "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                     "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        CHECK(statusOf(raw) == 411);
    }
    SECTION("a head over 64 KiB: 431")
    {
        const QByteArray raw = rawExchange(
            f.hub.url(), "GET /open311/v2/services.json HTTP/1.1\r\nHost: x\r\nX-Filler: " +
                             QByteArray(70 * 1024, 'a') + "\r\n\r\n");
        CHECK(statusOf(raw) == 431);
    }
    SECTION("bodies up to the limit and several requests on one connection still work")
    {
        // A 9 MiB upload is read (and refused by the photo rules, not by size).
        const HttpReply nine =
            f.http->postMultipart(QStringLiteral("/open311/v2/requests.json"),
                                  {{QStringLiteral("api_key"), f.apiKey},
                                   {QStringLiteral("service_code"), QStringLiteral("sampah")},
                                   {QStringLiteral("lat"), QStringLiteral("-8.05")},
                                   {QStringLiteral("long"), QStringLiteral("111.71")}},
                                  QStringLiteral("media"), QByteArray(9 * 1024 * 1024, 'j'));
        CHECK(nine.status == 400);
        const QByteArray body = "{\"user\":\"op\",\"password\":\"op-pass\"}";
        const QByteArray login =
            "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray raw = rawExchange(
            f.hub.url(),
            login + login + "GET /open311/v2/services.json HTTP/1.1\r\nHost: x\r\n\r\n",
            [](const QByteArray &a) { return a.count("HTTP/1.1 200") == 3 && a.endsWith("]"); });
        CHECK(raw.count("HTTP/1.1 200") == 3);
    }
    // Whatever was refused, the hub is still there.
    CHECK(f.http->get(QStringLiteral("/open311/v2/services.json")).status == 200);
    CHECK(f.submit(QStringLiteral("sampah")).contains(QStringLiteral("service_request_id")));
}

TEST_CASE("an Idempotency-Key stands for one request")
{
    HubFixture f;
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    const QString other =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const HttpReply first = f.act(op, id, "k-1", note(QStringLiteral("cek lokasi")));
    REQUIRE(first.status == 200);
    // The same request again (keys in another order): the first answer.
    Headers h = op;
    h.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("k-1")));
    const HttpReply retry =
        f.http->post(QStringLiteral("/api/v1/reports/%1/actions").arg(id),
                     R"({"text": "cek lokasi", "type": "note"})", "application/json", h);
    CHECK(retry.status == 200);
    CHECK(retry.body == first.body);
    const HttpReply otherBody = f.act(op, id, "k-1", note(QStringLiteral("lain")));
    CHECK(otherBody.status == 422);
    CHECK(otherBody.object().value(QStringLiteral("message")).toString() ==
          QStringLiteral("Idempotency-Key reused for a different request."));
    CHECK(f.act(op, other, "k-1", note(QStringLiteral("cek lokasi"))).status == 422);
    CHECK(f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op)
              .object()
              .value(QStringLiteral("history"))
              .toArray()
              .size() == 2);
    CHECK(f.http->get(QStringLiteral("/api/v1/reports/%1").arg(other), op)
              .object()
              .value(QStringLiteral("history"))
              .toArray()
              .size() == 1);
}

TEST_CASE("input caps: reason texts and service_request_id lists")
{
    HubFixture f;
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    CHECK(f.act(op, id, "long-note", note(QString(4001, QLatin1Char('a')))).status == 400);
    CHECK(f.act(op, id, "long-status",
                status(QStringLiteral("ditolak"), QString(4001, QLatin1Char('a')), 1))
              .status == 400);
    CHECK(f.act(op, id, "max-note", note(QString(4000, QLatin1Char('a')))).status == 200);

    QStringList ids;
    for (int i = 0; i < 100; ++i)
        ids << QString::number(i + 1);
    const HttpReply hundred =
        f.http->get(QStringLiteral("/open311/v2/requests.json?service_request_id=%1")
                        .arg(ids.join(QLatin1Char(','))));
    CHECK(hundred.status == 200);
    CHECK(hundred.array().size() == 1);
    ids << QStringLiteral("101");
    const HttpReply tooMany =
        f.http->get(QStringLiteral("/open311/v2/requests.json?service_request_id=%1")
                        .arg(ids.join(QLatin1Char(','))));
    CHECK(tooMany.status == 400);
    CHECK(tooMany.array().at(0).toObject().value(QStringLiteral("code")).toInt() == 400);
}

TEST_CASE("a database error is a 500, not an empty answer")
{
    HubFixture f;
    f.submit(QStringLiteral("sampah"));
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    {
        // Break the schema under the running hub, as a damaged database would.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(f.hub.databasePath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout=5000")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE reports RENAME TO reports_gone")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    const HttpReply list = f.http->get(QStringLiteral("/open311/v2/requests.json"));
    CHECK(list.status == 500);
    CHECK(list.array().at(0).toObject().value(QStringLiteral("code")).toInt() == 500);
    const HttpReply feed = f.http->get(QStringLiteral("/api/v1/changes?since=0"), op);
    CHECK(feed.status == 500);
}
