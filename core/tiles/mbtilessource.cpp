// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tiles/mbtilessource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace posko {

namespace {
std::atomic<int> connectionCounter{0};
}

MbTilesSource::Opened MbTilesSource::open(const QString &path, QObject *parent)
{
    Opened out;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        out.error = QCoreApplication::translate("posko::MbTilesSource",
                                                "the MBTiles file %1 does not exist or cannot be "
                                                "read")
                        .arg(path);
        return out;
    }
    std::unique_ptr<MbTilesSource> s(new MbTilesSource(parent));
    s->m_path = path;
    s->m_connection = QStringLiteral("posko-mbtiles-%1").arg(connectionCounter.fetch_add(1));
    auto fail = [&](const QString &why) {
        out.error = QCoreApplication::translate("posko::MbTilesSource",
                                                "%1 is not a usable MBTiles file: %2")
                        .arg(path, why);
        return std::move(out); // the source's destructor removes the connection
    };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connection);
    db.setDatabaseName(path);
    // Read-only: an offline pack is never changed by Posko, and may sit on read-only media.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    // SQLite opens any file lazily; the first query shows whether it is a database at all.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")))
        return fail(q.lastError().text());
    QSet<QString> tables;
    while (q.next())
        tables.insert(q.value(0).toString());
    if (!tables.contains(QStringLiteral("tiles")) || !tables.contains(QStringLiteral("metadata")))
        return fail(QCoreApplication::translate("posko::MbTilesSource",
                                                "it has no 'tiles' and 'metadata' tables"));
    if (!q.exec(QStringLiteral("SELECT name, value FROM metadata")))
        return fail(q.lastError().text());
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString().trimmed().toLower(), q.value(1).toString().trimmed());
    if (!q.exec(QStringLiteral("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")))
        return fail(q.lastError().text());
    int tilesMin = 0, tilesMax = 19;
    if (q.next() && !q.value(0).isNull()) {
        tilesMin = q.value(0).toInt();
        tilesMax = q.value(1).toInt();
    }
    s->m_name = meta.value(QStringLiteral("name"), info.completeBaseName());
    s->m_attribution = meta.value(QStringLiteral("attribution"));
    bool ok = false;
    const int minZoom = meta.value(QStringLiteral("minzoom")).toInt(&ok);
    s->m_minZoom = ok ? minZoom : tilesMin;
    const int maxZoom = meta.value(QStringLiteral("maxzoom")).toInt(&ok);
    s->m_maxZoom = ok ? maxZoom : tilesMax;
    s->m_minZoom = qBound(0, s->m_minZoom, 30);
    s->m_maxZoom = qBound(s->m_minZoom, s->m_maxZoom, 30);
    const QString format = meta.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty())
        s->m_format = format == QLatin1String("jpeg") ? QStringLiteral("jpg") : format;
    out.source = std::move(s);
    return out;
}

MbTilesSource::~MbTilesSource()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QByteArray MbTilesSource::contentType() const
{
    if (m_format == QLatin1String("png"))
        return "image/png";
    if (m_format == QLatin1String("jpg"))
        return "image/jpeg";
    if (m_format == QLatin1String("webp"))
        return "image/webp";
    if (m_format == QLatin1String("pbf"))
        return "application/x-protobuf";
    return "application/octet-stream";
}

MbTilesSource::Lookup MbTilesSource::read(const TileKey &key, QByteArray *data,
                                          QString *error) const
{
    if (key.z < m_minZoom || key.z > m_maxZoom || key.z > 30)
        return Lookup::Missing;
    const qint64 side = qint64(1) << key.z;
    if (key.x < 0 || key.y < 0 || key.x >= side || key.y >= side)
        return Lookup::Missing;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                             "AND tile_row = ?"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(side - 1 - key.y); // XYZ row to TMS row
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return Lookup::Error;
    }
    if (!q.next())
        return Lookup::Missing;
    if (data)
        *data = q.value(0).toByteArray();
    return Lookup::Found;
}

void MbTilesSource::request(const TileKey &key)
{
    if (!m_queue.contains(key))
        m_queue.push_back(key);
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &MbTilesSource::serveQueued, Qt::QueuedConnection);
    }
}

void MbTilesSource::retainOnly(const QList<TileKey> &wanted)
{
    const QSet<TileKey> keep(wanted.begin(), wanted.end());
    m_queue.removeIf([&](const TileKey &k) { return !keep.contains(k); });
}

void MbTilesSource::serveQueued()
{
    m_scheduled = false;
    const QList<TileKey> keys = std::exchange(m_queue, {});
    for (const TileKey &key : keys) {
        QByteArray data;
        QString error;
        switch (read(key, &data, &error)) {
        case Lookup::Found:
            emit tileReady(key, data);
            break;
        case Lookup::Missing:
            emit tileFailed(key,
                            QCoreApplication::translate("posko::MbTilesSource",
                                                        "the MBTiles file has no such tile"),
                            true);
            break;
        case Lookup::Error:
            emit tileFailed(key,
                            QCoreApplication::translate("posko::MbTilesSource",
                                                        "cannot read the MBTiles file: %1")
                                .arg(error),
                            false);
            break;
        }
    }
}

} // namespace posko
