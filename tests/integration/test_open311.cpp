// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2 as a citizen app or a public tool uses it.
#include "core/media/demophoto.h"
#include "hubfixture.h"

using namespace posko::test;

namespace {
QList<QPair<QString, QString>> fields(const QString &key,
                                      std::initializer_list<QPair<QString, QString>> extra)
{
    QList<QPair<QString, QString>> f{{QStringLiteral("api_key"), key},
                                     {QStringLiteral("service_code"), QStringLiteral("sampah")},
                                     {QStringLiteral("lat"), QStringLiteral("-8.05")},
                                     {QStringLiteral("long"), QStringLiteral("111.71")}};
    for (const auto &e : extra) {
        f.removeIf([&](const auto &p) { return p.first == e.first; });
        if (!e.second.isNull())
            f.append(e);
    }
    return f;
}

void expectOpen311Error(const HttpReply &r, int status)
{
    INFO(r.body.toStdString());
    CHECK(r.status == status);
    const QJsonObject e = r.array().at(0).toObject();
    CHECK(e.value(QStringLiteral("code")).toInt() == status);
    CHECK_FALSE(e.value(QStringLiteral("description")).toString().isEmpty());
}
} // namespace

TEST_CASE("services.json lists every label with its Open311 fields")
{
    HubFixture f;
    const HttpReply r = f.http->get(QStringLiteral("/open311/v2/services.json"));
    REQUIRE(r.status == 200);
    CHECK(r.contentType.startsWith("application/json"));
    const QJsonArray services = r.array();
    CHECK(services.size() == 20);
    const QJsonObject first = services.at(0).toObject();
    for (const char *k :
         {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"})
        CHECK(first.contains(QLatin1String(k)));
    CHECK(containsId(services, QStringLiteral("service_code"), QStringLiteral("jalan_rusak")));
}

TEST_CASE("a citizen submits a report form-encoded and reads it back")
{
    HubFixture f;
    const QJsonObject answer =
        f.submit(QStringLiteral("jalan_rusak"), QStringLiteral("Lubang besar + genangan & licin"));
    const QString id = answer.value(QStringLiteral("service_request_id")).toString();
    REQUIRE_FALSE(id.isEmpty());
    CHECK_FALSE(answer.contains(QStringLiteral("token")));

    const HttpReply one = f.http->get(QStringLiteral("/open311/v2/requests/%1.json").arg(id));
    REQUIRE(one.status == 200);
    const QJsonObject r = one.array().at(0).toObject();
    CHECK(r.value(QStringLiteral("service_request_id")).toString() == id);
    CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(r.value(QStringLiteral("service_code")).toString() == QStringLiteral("jalan_rusak"));
    CHECK(r.value(QStringLiteral("description")).toString() ==
          QStringLiteral("Lubang besar + genangan & licin"));
    CHECK(r.value(QStringLiteral("agency_responsible")).toString().isEmpty());
    CHECK(r.value(QStringLiteral("lat")).toDouble() == Approx(-8.05));
    CHECK(r.value(QStringLiteral("extended_attributes"))
              .toObject()
              .value(QStringLiteral("kecamatan"))
              .toString() == QStringLiteral("35.03.11"));
    CHECK(r.value(QStringLiteral("requested_datetime")).toString().endsWith(QLatin1Char('Z')));

    expectOpen311Error(f.http->get(QStringLiteral("/open311/v2/requests/999999.json")), 404);
}

TEST_CASE("a multipart photo upload is re-encoded and served at media_url")
{
    HubFixture f;
    const QByteArray photo =
        posko::media::demoPhoto(QStringLiteral("sampah"), QStringLiteral("test"), 7, 900, 600);
    const HttpReply r = f.http->postMultipart(
        QStringLiteral("/open311/v2/requests.json"),
        fields(f.apiKey, {{QStringLiteral("description"), QStringLiteral("Sampah menumpuk")}}),
        QStringLiteral("media"), photo);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const QString id =
        r.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    const QJsonObject report = f.http->get(QStringLiteral("/open311/v2/requests/%1.json").arg(id))
                                   .array()
                                   .at(0)
                                   .toObject();
    const QUrl mediaUrl(report.value(QStringLiteral("media_url")).toString());
    REQUIRE(mediaUrl.isValid());
    CHECK(mediaUrl.port() == f.hub.url().port());
    const HttpReply img = f.http->get(mediaUrl.path());
    REQUIRE(img.status == 200);
    CHECK(img.contentType == "image/jpeg");
    CHECK(img.body.startsWith("\xFF\xD8"));
}

TEST_CASE("bad intake is refused with Open311 errors")
{
    HubFixture f;
    const QString path = QStringLiteral("/open311/v2/requests.json");
    SECTION("api_key missing or wrong: 403")
    {
        expectOpen311Error(
            f.http->postForm(path, fields(QString(), {{QStringLiteral("api_key"), QString()}})),
            403);
        expectOpen311Error(f.http->postForm(path, fields(QStringLiteral("not-a-key"), {})), 403);
    }
    SECTION("missing or unknown service_code")
    {
        expectOpen311Error(
            f.http->postForm(path, fields(f.apiKey, {{QStringLiteral("service_code"), QString()}})),
            400);
        expectOpen311Error(f.http->postForm(path, fields(f.apiKey, {{QStringLiteral("service_code"),
                                                                     QStringLiteral("unicorns")}})),
                           400);
    }
    SECTION("missing, non-numeric, out-of-range and outside-the-regency coordinates")
    {
        expectOpen311Error(
            f.http->postForm(path, fields(f.apiKey, {{QStringLiteral("lat"), QString()}})), 400);
        expectOpen311Error(
            f.http->postForm(
                path, fields(f.apiKey, {{QStringLiteral("lat"), QStringLiteral("minus eight")}})),
            400);
        expectOpen311Error(f.http->postForm(path, fields(f.apiKey, {{QStringLiteral("long"),
                                                                     QStringLiteral("nan")}})),
                           400);
        expectOpen311Error(f.http->postForm(path, fields(f.apiKey, {{QStringLiteral("lat"),
                                                                     QStringLiteral("-95")}})),
                           400);
        // Jakarta: a valid place, but not Trenggalek.
        expectOpen311Error(
            f.http->postForm(path,
                             fields(f.apiKey, {{QStringLiteral("lat"), QStringLiteral("-6.2")},
                                               {QStringLiteral("long"), QStringLiteral("106.8")}})),
            400);
    }
    SECTION("oversized description")
    {
        expectOpen311Error(
            f.http->postForm(path, fields(f.apiKey, {{QStringLiteral("description"),
                                                      QString(4001, QLatin1Char('x'))}})),
            400);
    }
    SECTION("oversized or non-image photo")
    {
        expectOpen311Error(f.http->postMultipart(path, fields(f.apiKey, {}),
                                                 QStringLiteral("media"),
                                                 QByteArray("this is not a picture")),
                           400);
        QByteArray huge(9 * 1024 * 1024, 'x');
        huge.replace(0, 3, "\xFF\xD8\xFF");
        expectOpen311Error(
            f.http->postMultipart(path, fields(f.apiKey, {}), QStringLiteral("media"), huge), 400);
    }
    // Nothing of the above was stored.
    CHECK(f.http->get(QStringLiteral("/open311/v2/requests.json")).array().isEmpty());
}

TEST_CASE("requests.json filters and pages and orders newest first")
{
    HubFixture f;
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << f.submit(i % 2 ? QStringLiteral("banjir") : QStringLiteral("sampah"))
                   .value(QStringLiteral("service_request_id"))
                   .toString();
    const QString base = QStringLiteral("/open311/v2/requests.json");
    const QJsonArray all = f.http->get(base).array();
    REQUIRE(all.size() == 5);
    CHECK(all.at(0).toObject().value(QStringLiteral("service_request_id")).toString() ==
          ids.last());

    CHECK(f.http->get(base + QStringLiteral("?service_code=banjir")).array().size() == 2);
    CHECK(f.http->get(base + QStringLiteral("?service_code=banjir,sampah")).array().size() == 5);
    CHECK(f.http->get(base + QStringLiteral("?status=open")).array().size() == 5);
    CHECK(f.http->get(base + QStringLiteral("?status=closed")).array().isEmpty());
    const QJsonArray picked =
        f.http->get(base + QStringLiteral("?service_request_id=%1,%2").arg(ids[0], ids[3])).array();
    CHECK(picked.size() == 2);
    CHECK(containsId(picked, QStringLiteral("service_request_id"), ids[3]));

    const QJsonArray page1 = f.http->get(base + QStringLiteral("?page_size=2&page=1")).array();
    const QJsonArray page3 = f.http->get(base + QStringLiteral("?page_size=2&page=3")).array();
    CHECK(page1.size() == 2);
    REQUIRE(page3.size() == 1);
    CHECK(page3.at(0).toObject().value(QStringLiteral("service_request_id")).toString() ==
          ids.first());

    CHECK(f.http->get(base + QStringLiteral("?updated_after=2999-01-01T00:00:00Z"))
              .array()
              .isEmpty());
    CHECK(f.http->get(base + QStringLiteral("?updated_after=2000-01-01T07:00:00%2B07:00"))
              .array()
              .size() == 5);
    CHECK(f.http->get(base + QStringLiteral("?end_date=2000-01-01T00:00:00Z")).array().isEmpty());
    expectOpen311Error(f.http->get(base + QStringLiteral("?status=maybe")), 400);
    expectOpen311Error(f.http->get(base + QStringLiteral("?start_date=yesterday")), 400);
    expectOpen311Error(f.http->get(base + QStringLiteral("?page=0")), 400);
}
