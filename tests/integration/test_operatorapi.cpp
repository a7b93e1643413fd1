// SPDX-License-Identifier: GPL-3.0-or-later
// The operator API as a workstation uses it: login, changes feed, actions.
#include "hubfixture.h"

#include <QSet>

using namespace posko::test;

TEST_CASE("login gives a bearer token and refuses bad credentials and missing tokens")
{
    HubFixture f;
    const HttpReply ok =
        f.http->postJson(QStringLiteral("/api/v1/login"),
                         {{QStringLiteral("user"), QStringLiteral("sup")},
                          {QStringLiteral("password"), QStringLiteral("sup-pass")}});
    REQUIRE(ok.status == 200);
    const QJsonObject o = ok.object();
    CHECK(o.value(QStringLiteral("token")).toString().size() >= 32);
    CHECK(o.value(QStringLiteral("user")).toString() == QStringLiteral("sup"));
    CHECK(o.value(QStringLiteral("role")).toString() == QStringLiteral("supervisor"));
    CHECK(o.value(QStringLiteral("covert_clearance")).toBool());
    CHECK(o.value(QStringLiteral("expires_at")).toString().endsWith(QLatin1Char('Z')));

    const HttpReply bad = f.http->postJson(QStringLiteral("/api/v1/login"),
                                           {{QStringLiteral("user"), QStringLiteral("sup")},
                                            {QStringLiteral("password"), QStringLiteral("wrong")}});
    CHECK(bad.status == 401);
    CHECK(bad.object().value(QStringLiteral("error")).toString() ==
          QStringLiteral("bad_credentials"));
    CHECK(f.http
              ->postJson(QStringLiteral("/api/v1/login"),
                         {{QStringLiteral("user"), QStringLiteral("nobody")},
                          {QStringLiteral("password"), QStringLiteral("x")}})
              .status == 401);
    CHECK(f.http->post(QStringLiteral("/api/v1/login"), "not json", "application/json").status ==
          400);

    CHECK(f.http->get(QStringLiteral("/api/v1/changes")).status == 401);
    CHECK(f.http->get(QStringLiteral("/api/v1/changes"), {{"Authorization", "Bearer forged"}})
              .status == 401);
    const HttpReply labels =
        f.http->get(QStringLiteral("/api/v1/labels"),
                    f.http->login(QStringLiteral("op"), QStringLiteral("op-pass")));
    CHECK(labels.status == 200);
    CHECK(labels.object().value(QStringLiteral("labels")).toArray().size() == 20);
}

TEST_CASE("the changes feed pages by seq without repeats and resumes from last_seq")
{
    HubFixture f;
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids << f.submit(QStringLiteral("sampah"), QStringLiteral("laporan %1").arg(i))
                   .value(QStringLiteral("service_request_id"))
                   .toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    REQUIRE_FALSE(op.isEmpty());

    qint64 since = 0;
    QList<qint64> seqs;
    QSet<QString> seen;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const HttpReply r =
            f.http->get(QStringLiteral("/api/v1/changes?since=%1&limit=3").arg(since), op);
        REQUIRE(r.status == 200);
        const QJsonObject o = r.object();
        for (const QJsonValue &c : o.value(QStringLiteral("changes")).toArray()) {
            seqs << c.toObject().value(QStringLiteral("seq")).toInteger();
            const QString id = c.toObject().value(QStringLiteral("id")).toString();
            CHECK_FALSE(seen.contains(id));
            seen.insert(id);
        }
        since = o.value(QStringLiteral("last_seq")).toInteger();
        more = o.value(QStringLiteral("more")).toBool();
        REQUIRE(pages < 10);
    }
    CHECK(pages == 3);
    CHECK(seen.size() == 7);
    for (int i = 1; i < seqs.size(); ++i)
        CHECK(seqs[i] > seqs[i - 1]);
    CHECK(since == seqs.last());

    // Nothing new: an empty page that keeps the position.
    const QJsonObject idle =
        f.http->get(QStringLiteral("/api/v1/changes?since=%1").arg(since), op).object();
    CHECK(idle.value(QStringLiteral("changes")).toArray().isEmpty());
    CHECK(idle.value(QStringLiteral("last_seq")).toInteger() == since);

    // One change later: exactly that report, once, with its new state.
    REQUIRE(f.act(op, ids[2], "k-1",
                  {{QStringLiteral("type"), QStringLiteral("assign")},
                   {QStringLiteral("squad"), QStringLiteral("yellow")},
                   {QStringLiteral("base_version"), 1}})
                .status == 200);
    const QJsonArray next = f.feed(op, since);
    REQUIRE(next.size() == 1);
    CHECK(next.at(0).toObject().value(QStringLiteral("id")).toString() == ids[2]);
    CHECK(next.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("ditugaskan"));
    CHECK(next.at(0).toObject().value(QStringLiteral("seq")).toInteger() > since);
    CHECK(f.http->get(QStringLiteral("/api/v1/changes?limit=abc"), op).status == 400);
}

TEST_CASE("actions: idempotent retry and stale version and lifecycle refusal")
{
    HubFixture f;
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const QJsonObject assign{{QStringLiteral("type"), QStringLiteral("assign")},
                             {QStringLiteral("squad"), QStringLiteral("orange")},
                             {QStringLiteral("base_version"), 1}};

    const HttpReply first = f.act(op, id, "assign-1", assign);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    const QJsonObject report = first.object().value(QStringLiteral("report")).toObject();
    CHECK(report.value(QStringLiteral("version")).toInt() == 2);
    CHECK(report.value(QStringLiteral("squad")).toString() == QStringLiteral("orange"));
    CHECK(report.value(QStringLiteral("status")).toString() == QStringLiteral("ditugaskan"));

    SECTION("a retried key returns the first answer and changes nothing")
    {
        const HttpReply again = f.act(op, id, "assign-1", assign);
        CHECK(again.status == first.status);
        CHECK(again.body == first.body);
        const QJsonObject now =
            f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op).object();
        CHECK(now.value(QStringLiteral("version")).toInt() == 2);
        CHECK(now.value(QStringLiteral("history")).toArray().size() == 2);
    }
    SECTION("a stale base_version gets 409 with the current state")
    {
        const HttpReply stale = f.act(op, id, "assign-2",
                                      {{QStringLiteral("type"), QStringLiteral("assign")},
                                       {QStringLiteral("squad"), QStringLiteral("yellow")},
                                       {QStringLiteral("base_version"), 1}});
        CHECK(stale.status == 409);
        CHECK(stale.object().value(QStringLiteral("error")).toString() ==
              QStringLiteral("conflict"));
        CHECK(stale.object()
                  .value(QStringLiteral("report"))
                  .toObject()
                  .value(QStringLiteral("version"))
                  .toInt() == 2);
        CHECK(stale.object()
                  .value(QStringLiteral("report"))
                  .toObject()
                  .value(QStringLiteral("squad"))
                  .toString() == QStringLiteral("orange"));
        // Notes are accepted on any version.
        CHECK(f.act(op, id, "note-1",
                    {{QStringLiteral("type"), QStringLiteral("note")},
                     {QStringLiteral("text"), QStringLiteral("cek lokasi")},
                     {QStringLiteral("base_version"), 1}})
                  .status == 200);
    }
    SECTION("a transition the lifecycle forbids gets 422 and changes nothing")
    {
        const HttpReply illegal = f.act(op, id, "close-1",
                                        {{QStringLiteral("type"), QStringLiteral("status")},
                                         {QStringLiteral("status"), QStringLiteral("ditutup")},
                                         {QStringLiteral("base_version"), 2}});
        CHECK(illegal.status == 422);
        CHECK_FALSE(illegal.object().value(QStringLiteral("message")).toString().isEmpty());
        CHECK(f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op)
                  .object()
                  .value(QStringLiteral("version"))
                  .toInt() == 2);
        // A rejection without a reason is refused too.
        CHECK(f.act(op, id, "reject-1",
                    {{QStringLiteral("type"), QStringLiteral("status")},
                     {QStringLiteral("status"), QStringLiteral("ditolak")},
                     {QStringLiteral("base_version"), 2}})
                  .status == 422);
    }
    SECTION("malformed actions get 400, unknown reports 404")
    {
        Headers noKey = op;
        CHECK(f.http->postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(id), assign, noKey)
                  .status == 400);
        CHECK(f.act(op, id, QByteArray(101, 'k'), assign).status == 400);
        CHECK(f.act(op, id, "bad-type",
                    {{QStringLiteral("type"), QStringLiteral("explode")},
                     {QStringLiteral("base_version"), 2}})
                  .status == 400);
        CHECK(f.act(op, id, "no-version",
                    {{QStringLiteral("type"), QStringLiteral("assign")},
                     {QStringLiteral("squad"), QStringLiteral("red")}})
                  .status == 400);
        CHECK(f.act(op, QStringLiteral("999999"), "unknown", assign).status == 404);
        CHECK(f.http->get(QStringLiteral("/api/v1/reports/999999"), op).status == 404);
    }
}
