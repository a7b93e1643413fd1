// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tiles/mbtilessource.h"
#include "core/tiles/xyztilesource.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QHttpServerRequest;
class QNetworkAccessManager;
class QTcpSocket;

namespace posko {

// The hub's tile service (docs/api.md "Tiles"): `GET /tiles` lists the sources, and
// `GET /tiles/NAME/{z}/{x}/{y}` serves a tile in XYZ rows, either from an MBTiles file or as a
// caching proxy of an upstream XYZ server, so an office downloads each tile once. The proxy is
// an XyzTileSource: the same User-Agent, cache-header, parallelism and no-prefetch rules as a
// workstation's, with its disk cache next to the hub's database (DB.tiles-NAME.sqlite).
//
// Proxied tiles are answered when the upstream answers, after HubServer::handleRequest has
// returned; QHttpServerResponder (Qt 6.4) keeps a reference to the request, so the answers
// are written to the socket directly, and dropped when the client has gone meanwhile.
class TileRoutes final : public QObject
{
    Q_OBJECT

public:
    enum class AddResult
    {
        Ok,
        UsageError,  // bad NAME, missing or bad file, bad URL template, duplicate name
        RuntimeError // the proxy's cache file cannot be opened
    };

    explicit TileRoutes(QObject *parent = nullptr);
    ~TileRoutes() override;

    // The contact in the proxy's User-Agent (defaultTileContact when empty); set before add().
    void setContact(const QString &contact) { m_contact = contact; }
    // `spec` is one --tiles value: NAME=FILE.mbtiles or NAME=http(s)://…/{z}/{x}/{y}.png.
    AddResult add(const QString &spec, const QString &databasePath, QString *error);
    int count() const { return int(m_sources.size()); }

    static bool handles(const QString &path);
    void serve(const QHttpServerRequest &request, QTcpSocket *socket);

private:
    struct Source
    {
        QString name;
        std::unique_ptr<MbTilesSource> file;
        std::unique_ptr<XyzTileSource> proxy;
        TileSource *source() const;
    };
    struct Waiter
    {
        XyzTileSource *proxy;
        TileKey key;
        QPointer<QTcpSocket> socket;
    };
    Source *find(const QString &name);
    void list(QTcpSocket *socket);
    void tile(const Source &s, const QStringList &parts, QTcpSocket *socket);
    void proxyReady(XyzTileSource *proxy, const TileKey &key, const QByteArray &data);
    void proxyFailed(XyzTileSource *proxy, const TileKey &key, const QString &reason, bool missing);

    QNetworkAccessManager *m_network;
    QString m_contact;
    std::vector<Source> m_sources;
    std::vector<Waiter> m_waiters;
};

} // namespace posko
