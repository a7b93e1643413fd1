// SPDX-License-Identifier: GPL-3.0-or-later
// Covert reports: never to an uncleared role or the public, by any endpoint.
#include "core/media/demophoto.h"
#include "hubfixture.h"

using namespace posko::test;

namespace {
QJsonObject findById(const QJsonArray &feed, const QString &id)
{
    for (const QJsonValue &v : feed)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}
} // namespace

TEST_CASE("an always-covert report is invisible to the public and to an uncleared operator")
{
    HubFixture f;
    const QJsonObject answer = f.submit(QStringLiteral("pungutan_liar"),
                                        QStringLiteral("Diminta uang tambahan di kantor desa"));
    CHECK_FALSE(answer.contains(QStringLiteral("service_request_id")));
    CHECK_FALSE(answer.value(QStringLiteral("token")).toString().isEmpty());
    const QString publicId =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();

    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const QJsonArray supFeed = f.feed(sup);
    REQUIRE(supFeed.size() == 2);
    QString covertId;
    for (const QJsonValue &v : supFeed)
        if (v.toObject().value(QStringLiteral("label")).toString() ==
            QStringLiteral("pungutan_liar"))
            covertId = v.toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(covertId.isEmpty());
    CHECK(f.http->get(QStringLiteral("/api/v1/reports/%1").arg(covertId), sup).status == 200);

    const QJsonArray opFeed = f.feed(op);
    CHECK(opFeed.size() == 1);
    CHECK(findById(opFeed, covertId).isEmpty()); // not even as a removal
    CHECK_FALSE(findById(opFeed, publicId).isEmpty());
    CHECK(f.http->get(QStringLiteral("/api/v1/reports/%1").arg(covertId), op).status == 404);
    CHECK(f.act(op, covertId, "op-1",
                {{QStringLiteral("type"), QStringLiteral("note")},
                 {QStringLiteral("text"), QStringLiteral("x")}})
              .status == 404);
    CHECK(f.http->get(QStringLiteral("/open311/v2/requests/%1.json").arg(covertId)).status == 404);
    const QJsonArray list = f.http->get(QStringLiteral("/open311/v2/requests.json")).array();
    CHECK(list.size() == 1);
    CHECK_FALSE(containsId(list, QStringLiteral("service_request_id"), covertId));
}

TEST_CASE("a report that turns covert is removed from uncleared feeds and its photo hidden")
{
    HubFixture f;
    const QByteArray photo =
        posko::media::demoPhoto(QStringLiteral("proyek_bermasalah"), QStringLiteral("t"), 3);
    const HttpReply posted =
        f.http->postMultipart(QStringLiteral("/open311/v2/requests.json"),
                              {{QStringLiteral("api_key"), f.apiKey},
                               {QStringLiteral("service_code"), QStringLiteral("jalan_rusak")},
                               {QStringLiteral("lat"), QStringLiteral("-8.26")},
                               {QStringLiteral("long"), QStringLiteral("111.71")}},
                              QStringLiteral("media"), photo);
    REQUIRE(posted.status == 200);
    const QString id =
        posted.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));

    qint64 opSeq = 0;
    const QJsonObject seen = findById(f.feed(op, 0, &opSeq), id);
    REQUIRE_FALSE(seen.isEmpty());
    const QString mediaPath = QUrl(seen.value(QStringLiteral("media_url")).toString()).path();
    CHECK(f.http->get(mediaPath).status == 200);

    // The uncleared operator may not route it to the covert squad.
    const HttpReply refused = f.act(op, id, "op-covert",
                                    {{QStringLiteral("type"), QStringLiteral("assign")},
                                     {QStringLiteral("squad"), QStringLiteral("covert")},
                                     {QStringLiteral("base_version"), 1}});
    CHECK(refused.status == 403);

    // The supervisor does.
    const HttpReply routed = f.act(sup, id, "sup-covert",
                                   {{QStringLiteral("type"), QStringLiteral("assign")},
                                    {QStringLiteral("squad"), QStringLiteral("covert")},
                                    {QStringLiteral("base_version"), 1}});
    INFO(routed.body.toStdString());
    REQUIRE(routed.status == 200);

    const QJsonArray after = f.feed(op, opSeq);
    REQUIRE(after.size() == 1);
    const QJsonObject removal = after.at(0).toObject();
    CHECK(removal.value(QStringLiteral("id")).toString() == id);
    CHECK(removal.value(QStringLiteral("removed")).toBool());
    CHECK_FALSE(removal.contains(QStringLiteral("squad")));
    CHECK_FALSE(removal.contains(QStringLiteral("label")));

    CHECK(f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op).status == 404);
    CHECK(f.http->get(QStringLiteral("/open311/v2/requests/%1.json").arg(id)).status == 404);
    CHECK(f.http->get(mediaPath).status == 404);
    CHECK(f.http->get(mediaPath, op).status == 404);
    CHECK(f.http->get(mediaPath, sup).status == 200);

    // The cleared supervisor still sees it, with the covert assignment in its history.
    const QJsonObject full =
        f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), sup).object();
    CHECK(full.value(QStringLiteral("squad")).toString() == QStringLiteral("covert"));
    CHECK(findById(f.feed(sup), id).value(QStringLiteral("squad")).toString() ==
          QStringLiteral("covert"));

    // Routed back to a public squad: it returns, without the covert step in its history.
    REQUIRE(f.act(sup, id, "sup-back",
                  {{QStringLiteral("type"), QStringLiteral("assign")},
                   {QStringLiteral("squad"), QStringLiteral("orange")},
                   {QStringLiteral("base_version"), 2}})
                .status == 200);
    const QJsonObject back = f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op).object();
    CHECK(back.value(QStringLiteral("squad")).toString() == QStringLiteral("orange"));
    for (const QJsonValue &h : back.value(QStringLiteral("history")).toArray())
        CHECK(h.toObject().value(QStringLiteral("squad")).toString() != QStringLiteral("covert"));
}
