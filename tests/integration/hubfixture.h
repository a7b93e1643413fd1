// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "hubprocess.h"

#include "catch.h"
#include <memory>

namespace posko::test {

// A fresh real hub with an uncleared operator ("op"), a cleared supervisor ("sup") and a
// citizen API key, plus helpers to submit and fetch reports the way clients do.
struct HubFixture
{
    HubProcess hub;
    std::unique_ptr<HttpClient> http;
    QString apiKey;

    HubFixture()
    {
        REQUIRE(hub.addUser(QStringLiteral("op"), QStringLiteral("operator"),
                            QStringLiteral("op-pass")));
        REQUIRE(hub.addUser(QStringLiteral("sup"), QStringLiteral("supervisor"),
                            QStringLiteral("sup-pass"), true));
        apiKey = hub.addApiKey(QStringLiteral("citizen app"));
        REQUIRE_FALSE(apiKey.isEmpty());
        INFO(hub.error().toStdString());
        REQUIRE(hub.start());
        http = std::make_unique<HttpClient>(hub.url());
    }

    // Submits a report; returns the Open311 answer's first object.
    QJsonObject submit(const QString &code,
                       const QString &description = QStringLiteral("Jalan berlubang"),
                       const QString &lat = QStringLiteral("-8.05"),
                       const QString &lon = QStringLiteral("111.71"))
    {
        const HttpReply r = http->postForm(QStringLiteral("/open311/v2/requests.json"),
                                           {{QStringLiteral("api_key"), apiKey},
                                            {QStringLiteral("service_code"), code},
                                            {QStringLiteral("lat"), lat},
                                            {QStringLiteral("long"), lon},
                                            {QStringLiteral("description"), description}});
        INFO(r.body.toStdString());
        REQUIRE(r.status == 200);
        return r.array().at(0).toObject();
    }

    // Every change the user's feed holds, following `more` with small pages.
    QJsonArray feed(const Headers &auth, qint64 since = 0, qint64 *lastSeq = nullptr,
                    int limit = 500)
    {
        QJsonArray all;
        for (int guard = 0; guard < 1000; ++guard) {
            const HttpReply r = http->get(
                QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit), auth);
            REQUIRE(r.status == 200);
            const QJsonObject o = r.object();
            for (const QJsonValue &c : o.value(QStringLiteral("changes")).toArray())
                all.append(c);
            since = o.value(QStringLiteral("last_seq")).toInteger();
            if (!o.value(QStringLiteral("more")).toBool())
                break;
        }
        if (lastSeq)
            *lastSeq = since;
        return all;
    }

    HttpReply act(const Headers &auth, const QString &id, const QByteArray &key,
                  const QJsonObject &body)
    {
        Headers h = auth;
        h.append({"Idempotency-Key", key});
        return http->postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(id), body, h);
    }
};

inline bool containsId(const QJsonArray &items, const QString &key, const QString &id)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value(key).toString() == id)
            return true;
    return false;
}

} // namespace posko::test
