// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tiles/tilecache.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace posko {

namespace {

// HTTP dates (RFC 9110 IMF-fixdate), e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QDateTime parseHttpDate(const QByteArray &value)
{
    const QString s = QString::fromLatin1(value.trimmed());
    QDateTime d = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!d.isValid()) // the obsolete RFC 850 form some servers still send
        d = QLocale::c().toDateTime(s, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"));
    if (!d.isValid())
        return {};
    d.setTimeSpec(Qt::UTC);
    return d;
}

std::atomic<int> connectionCounter{0};

} // namespace

CachePolicy cachePolicyFromHeaders(const QByteArray &cacheControl, const QByteArray &expires,
                                   const QByteArray &date, const QDateTime &now,
                                   qint64 defaultMaxAgeSecs)
{
    CachePolicy p;
    std::optional<qint64> maxAge;
    bool noCache = false;
    for (const QByteArray &raw : cacheControl.split(',')) {
        const QByteArray d = raw.trimmed().toLower();
        if (d == "no-store") {
            p.store = false;
            return p;
        }
        if (d == "no-cache" || d.startsWith("no-cache="))
            noCache = true;
        if (d.startsWith("max-age=")) {
            bool ok = false;
            const qint64 v = d.mid(8).replace('"', "").toLongLong(&ok);
            if (ok)
                maxAge = qMax<qint64>(0, v);
        }
    }
    if (noCache) {
        p.expires = now; // kept, but stale at once: every use asks the server first
        return p;
    }
    if (maxAge) {
        p.expires = now.addSecs(*maxAge);
        return p;
    }
    if (!expires.isNull()) {
        const QDateTime e = parseHttpDate(expires);
        if (!e.isValid()) { // "0", "-1" and other invalid dates mean already expired
            p.expires = now;
            return p;
        }
        const QDateTime serverNow = parseHttpDate(date);
        const qint64 lifetime = (serverNow.isValid() ? serverNow : now).secsTo(e);
        p.expires = now.addSecs(qMax<qint64>(0, lifetime));
        return p;
    }
    p.expires = now.addSecs(defaultMaxAgeSecs);
    return p;
}

std::unique_ptr<TileCache> TileCache::open(const QString &path, qint64 maxBytes, QString *error)
{
    std::unique_ptr<TileCache> c(new TileCache);
    c->m_path = path;
    c->m_maxBytes = qMax<qint64>(0, maxBytes);
    c->m_connection = QStringLiteral("posko-tilecache-%1").arg(connectionCounter.fetch_add(1));
    auto fail = [&](const QString &why) -> std::unique_ptr<TileCache> {
        if (error)
            *error =
                QCoreApplication::translate("posko::TileCache", "cannot open the tile cache %1: %2")
                    .arg(path, why);
        return nullptr; // the destructor removes the connection
    };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    // WAL: readers (a second process looking at the file) never block the writer; NORMAL sync
    // is enough for a cache, whose worst loss is a tile downloaded again.
    const char *setup[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS tiles (z INTEGER NOT NULL, x INTEGER NOT NULL, "
        "y INTEGER NOT NULL, data BLOB NOT NULL, content_type TEXT NOT NULL, "
        "expires INTEGER NOT NULL, etag BLOB, last_modified BLOB, "
        "last_access INTEGER NOT NULL, size INTEGER NOT NULL, PRIMARY KEY (z, x, y))",
        "CREATE INDEX IF NOT EXISTS tiles_last_access ON tiles (last_access)",
    };
    for (const char *sql : setup)
        if (!q.exec(QString::fromLatin1(sql)))
            return fail(q.lastError().text());
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(size), 0), COALESCE(MAX(last_access), 0) "
                               "FROM tiles")) ||
        !q.next())
        return fail(q.lastError().text());
    c->m_totalBytes = q.value(0).toLongLong();
    c->m_lastStamp = q.value(1).toLongLong();
    c->evict(); // the cap may have been lowered since the last run
    return c;
}

TileCache::~TileCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

qint64 TileCache::nextAccessStamp()
{
    // Milliseconds since the epoch, but strictly increasing: two uses within one millisecond
    // still have an order, so eviction is exactly least-recently-used.
    m_lastStamp = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastStamp + 1);
    return m_lastStamp;
}

std::optional<TileCache::Entry> TileCache::find(const TileKey &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT data, content_type, expires, etag, last_modified FROM tiles "
                             "WHERE z = ? AND x = ? AND y = ?"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(key.y);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Entry e;
    e.data = q.value(0).toByteArray();
    e.contentType = q.value(1).toString().toLatin1();
    e.expires = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.etag = q.value(3).toByteArray();
    e.lastModified = q.value(4).toByteArray();
    q.finish();
    QSqlQuery touch(QSqlDatabase::database(m_connection));
    touch.prepare(
        QStringLiteral("UPDATE tiles SET last_access = ? WHERE z = ? AND x = ? AND y = ?"));
    touch.addBindValue(nextAccessStamp());
    touch.addBindValue(key.z);
    touch.addBindValue(key.x);
    touch.addBindValue(key.y);
    if (!touch.exec())
        m_lastError = touch.lastError().text();
    return e;
}

std::optional<TileCache::Entry> TileCache::peek(const TileKey &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT content_type, expires, etag, last_modified FROM tiles "
                             "WHERE z = ? AND x = ? AND y = ?"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(key.y);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Entry e;
    e.contentType = q.value(0).toString().toLatin1();
    e.expires = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.etag = q.value(2).toByteArray();
    e.lastModified = q.value(3).toByteArray();
    return e;
}

bool TileCache::store(const TileKey &key, const Entry &entry)
{
    if (entry.data.size() > m_maxBytes) {
        m_lastError = QCoreApplication::translate("posko::TileCache",
                                                  "the tile is larger than the whole cache");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    qint64 oldSize = 0;
    q.prepare(QStringLiteral("SELECT size FROM tiles WHERE z = ? AND x = ? AND y = ?"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(key.y);
    if (q.exec() && q.next())
        oldSize = q.value(0).toLongLong();
    q.finish();
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO tiles (z, x, y, data, content_type, expires, etag, "
                       "last_modified, last_access, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(key.y);
    q.addBindValue(entry.data);
    q.addBindValue(QString::fromLatin1(entry.contentType));
    q.addBindValue(entry.expires.toMSecsSinceEpoch());
    q.addBindValue(entry.etag);
    q.addBindValue(entry.lastModified);
    q.addBindValue(nextAccessStamp());
    q.addBindValue(qint64(entry.data.size()));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    m_totalBytes += entry.data.size() - oldSize;
    evict();
    return true;
}

bool TileCache::refresh(const TileKey &key, const QDateTime &expires, const QByteArray &etag,
                        const QByteArray &lastModified)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // A 304 may omit validators; the stored ones then stay valid.
    q.prepare(QStringLiteral(
        "UPDATE tiles SET expires = ?, etag = COALESCE(?, etag), "
        "last_modified = COALESCE(?, last_modified), last_access = ? WHERE z = ? AND x = ? "
        "AND y = ?"));
    q.addBindValue(expires.toMSecsSinceEpoch());
    q.addBindValue(etag.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(etag));
    q.addBindValue(lastModified.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                          : QVariant(lastModified));
    q.addBindValue(nextAccessStamp());
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(key.y);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

bool TileCache::remove(const TileKey &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT size FROM tiles WHERE z = ? AND x = ? AND y = ?"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(key.y);
    if (!q.exec() || !q.next())
        return false;
    const qint64 size = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM tiles WHERE z = ? AND x = ? AND y = ?"));
    q.addBindValue(key.z);
    q.addBindValue(key.x);
    q.addBindValue(key.y);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    m_totalBytes -= size;
    return true;
}

void TileCache::setMaxBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(0, bytes);
    evict();
}

int TileCache::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM tiles")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

void TileCache::evict()
{
    if (m_totalBytes <= m_maxBytes)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction(); // one commit for the whole batch instead of one per tile
    QSqlQuery pick(db);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM tiles WHERE z = ? AND x = ? AND y = ?"));
    while (m_totalBytes > m_maxBytes) {
        if (!pick.exec(QStringLiteral(
                "SELECT z, x, y, size FROM tiles ORDER BY last_access ASC LIMIT 64"))) {
            m_lastError = pick.lastError().text();
            break;
        }
        struct Victim
        {
            TileKey key;
            qint64 size;
        };
        QList<Victim> victims;
        while (pick.next())
            victims.push_back(
                {{pick.value(0).toInt(), pick.value(1).toInt(), pick.value(2).toInt()},
                 pick.value(3).toLongLong()});
        pick.finish();
        if (victims.isEmpty()) { // the running total drifted from the file: trust the file
            m_totalBytes = 0;
            break;
        }
        for (const Victim &v : victims) {
            if (m_totalBytes <= m_maxBytes)
                break;
            del.addBindValue(v.key.z);
            del.addBindValue(v.key.x);
            del.addBindValue(v.key.y);
            if (!del.exec()) {
                m_lastError = del.lastError().text();
                db.rollback();
                return;
            }
            m_totalBytes -= v.size;
        }
    }
    db.commit();
}

} // namespace posko
