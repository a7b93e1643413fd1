// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Posko-specific shortcuts over the shared test HttpClient (tests/support/httpclient.h).

#include "httpclient.h"

#include <QJsonArray>
#include <QUuid>

namespace posko::test {

// A citizen report through Open311 (form-encoded); its service_request_id, or empty.
inline QString postCitizenReport(HttpClient &http, const QString &apiKey,
                                 const QString &serviceCode, const QString &description)
{
    const HttpReply r = http.postForm(QStringLiteral("/open311/v2/requests.json"),
                                      {{QStringLiteral("api_key"), apiKey},
                                       {QStringLiteral("service_code"), serviceCode},
                                       {QStringLiteral("lat"), QStringLiteral("-8.0512")},
                                       {QStringLiteral("long"), QStringLiteral("111.7089")},
                                       {QStringLiteral("description"), description}});
    if (r.status != 200 && r.status != 201)
        return {};
    return r.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
}

// An operator action on the hub with a fresh Idempotency-Key.
inline HttpReply postAction(HttpClient &http, const Headers &auth, const QString &id,
                            const QJsonObject &body)
{
    Headers h = auth;
    h.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return http.postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(id), body, h);
}

} // namespace posko::test
