// SPDX-License-Identifier: GPL-3.0-or-later
// posko-hub administration from the command line, as an administrator's script uses it.
#include "hubfixture.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace posko::test;

TEST_CASE("user add and apikey add: success and bad role and empty password")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
    QByteArray out, err;
    auto userAdd = [&](const QString &name, const QString &role, const QByteArray &stdinData) {
        return HubProcess::run({QStringLiteral("--database"), db, QStringLiteral("user"),
                                QStringLiteral("add"), name, QStringLiteral("--role"), role},
                               stdinData, &out, &err);
    };
    CHECK(userAdd(QStringLiteral("ani"), QStringLiteral("operator"), "rahasia\n") == 0);

    CHECK(userAdd(QStringLiteral("budi"), QStringLiteral("bupati"), "rahasia\n") == 2);
    CHECK(err.startsWith("posko-hub: "));
    CHECK(err.contains("role"));

    CHECK(userAdd(QStringLiteral("citra"), QStringLiteral("admin"), "\n") == 2);
    CHECK(err.contains("password"));
    CHECK(userAdd(QStringLiteral("ani"), QStringLiteral("admin"), "lagi\n") == 1); // exists already

    CHECK(HubProcess::run({QStringLiteral("--database"), db, QStringLiteral("frobnicate")}, {},
                          &out, &err) == 2);

    REQUIRE(HubProcess::run({QStringLiteral("--database"), db, QStringLiteral("apikey"),
                             QStringLiteral("add"), QStringLiteral("app")},
                            {}, &out, &err) == 0);
    const QString key = QString::fromUtf8(out).trimmed().split(QLatin1Char('\n')).last().trimmed();
    CHECK(key.size() >= 24);

    // The accounts work against the real hub: the password logs in, the key submits.
    HubProcess hub(db);
    REQUIRE(hub.start());
    HttpClient http(hub.url());
    CHECK_FALSE(http.login(QStringLiteral("ani"), QStringLiteral("rahasia")).isEmpty());
    CHECK(http.login(QStringLiteral("budi"), QStringLiteral("rahasia")).isEmpty());
    const HttpReply r = http.postForm(QStringLiteral("/open311/v2/requests.json"),
                                      {{QStringLiteral("api_key"), key},
                                       {QStringLiteral("service_code"), QStringLiteral("banjir")},
                                       {QStringLiteral("lat"), QStringLiteral("-8.11")},
                                       {QStringLiteral("long"), QStringLiteral("111.81")}});
    CHECK(r.status == 200);
}

TEST_CASE("serve: usage errors exit 2 and a bad policy file exits 1")
{
    QTemporaryDir dir;
    QByteArray out, err;
    CHECK(HubProcess::run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, {}, &out,
                          &err) == 2);
    CHECK(HubProcess::run({QStringLiteral("--listen"), QStringLiteral("nowhere"),
                           QStringLiteral("--database"), dir.filePath(QStringLiteral("a.sqlite"))},
                          {}, &out, &err) == 2);
    QFile policy(dir.filePath(QStringLiteral("policy.json")));
    REQUIRE(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"warning_share": 2, "labels": []})");
    policy.close();
    CHECK(HubProcess::run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), dir.filePath(QStringLiteral("a.sqlite")),
                           QStringLiteral("--policy"), policy.fileName()},
                          {}, &out, &err) == 1);
    CHECK(err.startsWith("posko-hub: "));
    CHECK(err.contains("policy"));
}

TEST_CASE("demo mode seeds realistic data once and prints the accounts")
{
    HubProcess hub;
    REQUIRE(hub.start({QStringLiteral("--demo")}, 60000));
    const QString output = hub.output();
    CHECK(output.contains(QStringLiteral("demo account: operator")));
    CHECK(output.contains(QStringLiteral("posko-hub: demo api key: ")));
    HttpClient http(hub.url());
    const Headers op = http.login(QStringLiteral("operator"), QStringLiteral("posko-demo"));
    const Headers sup = http.login(QStringLiteral("supervisor"), QStringLiteral("posko-demo"));
    REQUIRE_FALSE(op.isEmpty());
    REQUIRE_FALSE(sup.isEmpty());
    const QJsonObject supPage =
        http.get(QStringLiteral("/api/v1/changes?limit=2000"), sup).object();
    const QJsonArray all = supPage.value(QStringLiteral("changes")).toArray();
    CHECK(all.size() >= 1400);
    QSet<QString> statuses;
    int covert = 0, withPhoto = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        statuses.insert(o.value(QStringLiteral("status")).toString());
        covert +=
            o.value(QStringLiteral("squad")).toString() == QStringLiteral("covert") ||
            (o.value(QStringLiteral("squad")).isNull() &&
             (o.value(QStringLiteral("label")).toString() == QStringLiteral("pungutan_liar") ||
              o.value(QStringLiteral("label")).toString() == QStringLiteral("proyek_bermasalah")));
        withPhoto += !o.value(QStringLiteral("media_url")).toString().isEmpty();
        const double lon = o.value(QStringLiteral("long")).toDouble(),
                     lat = o.value(QStringLiteral("lat")).toDouble();
        if (lon < 111.3 || lon > 112.0 || lat < -8.45 || lat > -7.85)
            FAIL_CHECK("a demo report lies outside the regency: " << lat << "," << lon);
    }
    CHECK(statuses.size() >= 6);
    CHECK(covert > all.size() / 20);
    CHECK(covert < all.size() / 5);
    CHECK(withPhoto > all.size() / 2);
    const QJsonArray opFeed = http.get(QStringLiteral("/api/v1/changes?limit=2000"), op)
                                  .object()
                                  .value(QStringLiteral("changes"))
                                  .toArray();
    CHECK(opFeed.size() < all.size());

    // A second --demo on the same database adds nothing.
    hub.stop();
    REQUIRE(hub.start({QStringLiteral("--demo")}, 60000, true));
    CHECK(hub.output().contains(QStringLiteral("demo data not seeded")));
}
