// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace posko {

// One entry of the hub's `GET /tiles` (docs/api.md "Tiles").
struct HubTileInfo
{
    QString name;
    QString title; // the name when the hub gives none
    QString kind;  // "mbtiles" or "proxy"
    QString attribution;
    int minZoom = 0;
    int maxZoom = 19;
};

// Parses the body of `GET /tiles`; false with `error` on anything else.
bool parseHubTileList(const QByteArray &json, QList<HubTileInfo> *out, QString *error);

// Asks a hub which tile sources it serves: one asynchronous `GET <hub>/tiles` on the caller's
// network access manager (no authentication, tiles are public). Answers with listed() or
// failed(), queued; a new fetch() abandons the previous one.
class HubTileList final : public QObject
{
    Q_OBJECT

public:
    explicit HubTileList(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HubTileList() override;

    void fetch(const QUrl &hub);
    bool isBusy() const { return m_reply != nullptr; }

signals:
    void listed(const QList<posko::HubTileInfo> &sources);
    void failed(const QString &message);

private:
    void finished(QNetworkReply *reply);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace posko
