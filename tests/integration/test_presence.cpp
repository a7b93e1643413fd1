// SPDX-License-Identifier: GPL-3.0-or-later
// Presence against the real hub: who else has a report open (PUT /api/v1/presence, GET
// /api/v1/reports/{id}/viewers), its refusals, and covert reports.
#include "hubfixture.h"

using namespace posko::test;

namespace {

QStringList viewerNames(const HttpReply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.object().value(QStringLiteral("viewers")).toArray())
        out << v.toObject().value(QStringLiteral("user")).toString();
    return out;
}

HttpReply present(HubFixture &f, const Headers &auth, const QJsonValue &report)
{
    return f.http->putJson(QStringLiteral("/api/v1/presence"), {{QStringLiteral("report"), report}},
                           auth);
}

HttpReply viewers(HubFixture &f, const Headers &auth, const QString &id)
{
    return f.http->get(QStringLiteral("/api/v1/reports/%1/viewers").arg(id), auth);
}

} // namespace

TEST_CASE("presence: two operators on one report see each other and one who closes it goes")
{
    HubFixture f;
    const QString first =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    const QString second = f.submit(QStringLiteral("jalan_rusak"))
                               .value(QStringLiteral("service_request_id"))
                               .toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    REQUIRE_FALSE(op.isEmpty());
    REQUIRE_FALSE(sup.isEmpty());

    // The id as a string, as the API writes ids: nobody else yet.
    const HttpReply alone = present(f, op, first);
    INFO(alone.body.toStdString());
    REQUIRE(alone.status == 200);
    CHECK(alone.object().value(QStringLiteral("viewers")).toArray().isEmpty());
    CHECK(alone.object().value(QStringLiteral("ttl")).toInt() == 45);

    // The id as a number: the supervisor sees the operator, with the time it was opened.
    const HttpReply both = present(f, sup, first.toLongLong());
    REQUIRE(both.status == 200);
    CHECK(viewerNames(both) == QStringList{QStringLiteral("op")});
    const QString since = both.object()
                              .value(QStringLiteral("viewers"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("since"))
                              .toString();
    CHECK(since.endsWith(QLatin1Char('Z')));
    CHECK(QDateTime::fromString(since, Qt::ISODate).isValid());

    // The operator's heartbeat shows the supervisor, never the operator's own session.
    CHECK(viewerNames(present(f, op, first)) == QStringList{QStringLiteral("sup")});
    CHECK(viewerNames(viewers(f, op, first)) == QStringList{QStringLiteral("sup")});
    CHECK(viewerNames(viewers(f, sup, first)) == QStringList{QStringLiteral("op")});

    // The same user at a second workstation sees the first one, labelled by the user's name.
    const Headers op2 = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    CHECK(viewerNames(viewers(f, op2, first)) ==
          QStringList{QStringLiteral("op"), QStringLiteral("sup")});
    REQUIRE(present(f, op2, second).status == 200);
    CHECK(viewerNames(viewers(f, sup, first)) == QStringList{QStringLiteral("op")});
    CHECK(viewerNames(viewers(f, sup, second)) == QStringList{QStringLiteral("op")});

    // The supervisor closes the report: gone from the operator's answers at once.
    const HttpReply closed = present(f, sup, QJsonValue::Null);
    REQUIRE(closed.status == 200);
    CHECK(closed.object().value(QStringLiteral("viewers")).toArray().isEmpty());
    CHECK(viewerNames(present(f, op, first)).isEmpty());
    CHECK(viewerNames(viewers(f, op, first)).isEmpty());

    // Moving to another report moves the entry.
    REQUIRE(present(f, op, second).status == 200);
    CHECK(viewerNames(viewers(f, sup, first)).isEmpty());
    CHECK(viewerNames(viewers(f, sup, second)) ==
          QStringList{QStringLiteral("op"), QStringLiteral("op")});
}

TEST_CASE("presence: 401 without a session, 400 for a bad body or id, 404 for an unknown report")
{
    HubFixture f;
    const QString id =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));

    CHECK(present(f, {}, id).status == 401);
    CHECK(present(f, {{"Authorization", "Bearer forged"}}, id).status == 401);
    CHECK(viewers(f, {}, id).status == 401);
    CHECK(viewers(f, {{"Authorization", "Bearer forged"}}, id).status == 401);

    for (const QByteArray &body :
         {QByteArray("not json"), QByteArray("[]"), QByteArray("{}"),
          QByteArray(R"({"report": "abc"})"), QByteArray(R"({"report": "0"})"),
          QByteArray(R"({"report": " 12"})"), QByteArray(R"({"report": -3})"),
          QByteArray(R"({"report": 1.5})"), QByteArray(R"({"report": 0})"),
          QByteArray(R"({"report": 1e300})"), QByteArray(R"({"report": true})"),
          QByteArray(R"({"report": {"id": 1}})"),
          QByteArray(R"({"report": "1234567890123456789"})")}) {
        INFO(body.toStdString());
        const HttpReply r =
            f.http->put(QStringLiteral("/api/v1/presence"), body, "application/json", op);
        CHECK(r.status == 400);
        CHECK(r.object().value(QStringLiteral("error")).toString() ==
              QStringLiteral("bad_request"));
        CHECK(r.object()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("report")));
    }
    const HttpReply badId = viewers(f, op, QStringLiteral("abc"));
    CHECK(badId.status == 400);
    CHECK(badId.object()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("report id")));
    CHECK(viewers(f, op, QStringLiteral("0")).status == 400);
    CHECK(f.http->get(QStringLiteral("/api/v1/presence"), op).status == 405);

    const HttpReply unknown = present(f, op, QStringLiteral("999999"));
    CHECK(unknown.status == 404);
    CHECK(unknown.object().value(QStringLiteral("error")).toString() ==
          QStringLiteral("not_found"));
    CHECK(viewers(f, op, QStringLiteral("999999")).status == 404);

    // Asking for an unknown report closes the one open before: the supervisor stops seeing it.
    REQUIRE(present(f, op, id).status == 200);
    CHECK(viewerNames(viewers(f, sup, id)) == QStringList{QStringLiteral("op")});
    REQUIRE(present(f, op, QStringLiteral("999999")).status == 404);
    CHECK(viewerNames(viewers(f, sup, id)).isEmpty());
}

TEST_CASE("presence: an uncleared operator gets 404 for a covert report and never its viewers")
{
    HubFixture f;
    f.submit(QStringLiteral("pungutan_liar"), QStringLiteral("Diminta uang di kantor desa"));
    const QString publicId =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    QString covertId;
    for (const QJsonValue &v : f.feed(sup))
        if (v.toObject().value(QStringLiteral("label")).toString() ==
            QStringLiteral("pungutan_liar"))
            covertId = v.toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(covertId.isEmpty());

    // The supervisor has the covert report open; the operator cannot tell it from a missing one.
    REQUIRE(present(f, sup, covertId).status == 200);
    const QString missingId = QString::number(covertId.toLongLong() + 1000);
    for (const HttpReply &r : {present(f, op, covertId), viewers(f, op, covertId)}) {
        CHECK(r.status == 404);
        CHECK(r.object().value(QStringLiteral("error")).toString() == QStringLiteral("not_found"));
        CHECK_FALSE(r.body.contains("sup"));
        CHECK_FALSE(r.object().contains(QStringLiteral("viewers")));
        // The same words as for a report that does not exist, but the id.
        CHECK(r.object().value(QStringLiteral("message")).toString().replace(covertId, missingId) ==
              present(f, op, missingId).object().value(QStringLiteral("message")).toString());
    }
    // Nothing was recorded for the operator: the supervisor sees nobody there.
    CHECK(viewerNames(viewers(f, sup, covertId)).isEmpty());

    // A public report the operator has open turns covert: from then on the operator gets 404
    // (also for who else has it open) and is no longer listed.
    REQUIRE(present(f, op, publicId).status == 200);
    REQUIRE(viewerNames(present(f, sup, publicId)) == QStringList{QStringLiteral("op")});
    REQUIRE(f.act(sup, publicId, "to-covert",
                  {{QStringLiteral("type"), QStringLiteral("assign")},
                   {QStringLiteral("squad"), QStringLiteral("covert")},
                   {QStringLiteral("base_version"), 1}})
                .status == 200);
    CHECK(viewers(f, op, publicId).status == 404);
    const HttpReply heartbeat = present(f, op, publicId);
    CHECK(heartbeat.status == 404);
    CHECK_FALSE(heartbeat.body.contains("sup"));
    CHECK(viewerNames(viewers(f, sup, publicId)).isEmpty());
}
