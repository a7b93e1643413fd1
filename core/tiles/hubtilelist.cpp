// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tiles/hubtilelist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace posko {

bool parseHubTileList(const QByteArray &json, QList<HubTileInfo> *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue sources = doc.object().value(QStringLiteral("sources"));
    if (parseError.error != QJsonParseError::NoError || !sources.isArray()) {
        if (error)
            *error = QCoreApplication::translate("posko::HubTileList",
                                                 "the hub's tile list is not the expected JSON");
        return false;
    }
    out->clear();
    for (const QJsonValue &v : sources.toArray()) {
        const QJsonObject o = v.toObject();
        HubTileInfo info;
        info.name = o.value(QStringLiteral("name")).toString();
        if (info.name.isEmpty())
            continue;
        info.title = o.value(QStringLiteral("title")).toString(info.name);
        if (info.title.isEmpty())
            info.title = info.name;
        info.kind = o.value(QStringLiteral("kind")).toString();
        info.attribution = o.value(QStringLiteral("attribution")).toString();
        info.minZoom = o.value(QStringLiteral("minzoom")).toInt(0);
        info.maxZoom = o.value(QStringLiteral("maxzoom")).toInt(19);
        out->append(info);
    }
    return true;
}

HubTileList::HubTileList(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

HubTileList::~HubTileList()
{
    if (m_reply)
        m_reply->abort();
}

void HubTileList::fetch(const QUrl &hub)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (!m_network || !hub.isValid()) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(tr("not connected to a hub")); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = hub;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/tiles"));
    url.setQuery(QString());
    QNetworkRequest req(url);
    req.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(req);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void HubTileList::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(reply->errorString());
        return;
    }
    QList<HubTileInfo> sources;
    QString error;
    if (!parseHubTileList(reply->readAll(), &sources, &error)) {
        emit failed(error);
        return;
    }
    emit listed(sources);
}

} // namespace posko
