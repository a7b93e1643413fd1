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

MbTilesSource::Lookup readTile(const QSqlDatabase &db, int minZoom, int maxZoom, const TileKey &key,
                               QByteArray *data, QString *error)
{
    if (key.z < minZoom || key.z > maxZoom || key.z > 30)
        return MbTilesSource::Lookup::Missing;
    const qint64 side = qint64(1) << key.z;
    if (key.x < 0 || key.y < 0 || key.x >= side || key.y >= side)
        return MbTilesSource::Lookup::Missing;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                             "AND tile_row = ?"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(side - 1 - key.y); // XYZ row to TMS row
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return MbTilesSource::Lookup::Error;
    }
    if (!q.next())
        return MbTilesSource::Lookup::Missing;
    if (data)
        *data = q.value(0).toByteArray();
    return MbTilesSource::Lookup::Found;
}

} // namespace

// What the SQLite thread keeps: its own connection, opened there at the first batch.
struct MbTilesSource::WorkerState
{
    QString path;
    QString connection;
    bool opened = false;
    QString openError;
    std::function<void()> probe;
};

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
    m_worker.reset(); // runs what is queued, closes the worker's connection, joins the thread
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
    return readTile(QSqlDatabase::database(m_connection, false), m_minZoom, m_maxZoom, key, data,
                    error);
}

TileWorker &MbTilesSource::worker()
{
    if (!m_worker) {
        m_state = std::make_shared<WorkerState>();
        m_state->path = m_path;
        m_state->connection = m_connection + QStringLiteral("-worker");
        const std::shared_ptr<WorkerState> state = m_state;
        m_worker = std::make_unique<TileWorker>(QStringLiteral("posko-mbtiles"), [state] {
            if (!state->opened)
                return;
            {
                QSqlDatabase db = QSqlDatabase::database(state->connection, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(state->connection);
        });
    }
    return *m_worker;
}

void MbTilesSource::setSqlProbe(std::function<void()> probe)
{
    TileWorker &w = worker();
    w.post([state = m_state, probe = std::move(probe)] { state->probe = probe; });
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
    if (keys.isEmpty())
        return;
    struct Result
    {
        TileKey key;
        Lookup lookup = Lookup::Error;
        QByteArray data;
        QString error;
    };
    const int minZoom = m_minZoom, maxZoom = m_maxZoom;
    worker().post([this, state = m_state, keys, minZoom, maxZoom] {
        if (state->probe)
            state->probe();
        if (!state->opened) {
            state->opened = true;
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), state->connection);
            db.setDatabaseName(state->path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                state->openError = db.lastError().text();
        }
        QList<Result> results;
        results.reserve(keys.size());
        const QSqlDatabase db = QSqlDatabase::database(state->connection, false);
        for (const TileKey &key : keys) {
            Result r;
            r.key = key;
            if (!state->openError.isEmpty()) {
                r.error = state->openError;
            } else {
                r.lookup = readTile(db, minZoom, maxZoom, key, &r.data, &r.error);
            }
            results.push_back(std::move(r));
        }
        // Back on the owner thread; dropped unposted if the source is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, results] {
                for (const Result &r : results) {
                    switch (r.lookup) {
                    case Lookup::Found:
                        emit tileReady(r.key, r.data);
                        break;
                    case Lookup::Missing:
                        emit tileFailed(
                            r.key,
                            QCoreApplication::translate("posko::MbTilesSource",
                                                        "the MBTiles file has no such tile"),
                            true);
                        break;
                    case Lookup::Error:
                        emit tileFailed(
                            r.key,
                            QCoreApplication::translate("posko::MbTilesSource",
                                                        "cannot read the MBTiles file: %1")
                                .arg(r.error),
                            false);
                        break;
                    }
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace posko
