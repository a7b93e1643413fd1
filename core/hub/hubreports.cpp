// SPDX-License-Identifier: GPL-3.0-or-later
// HubDatabase: the reports and their history (split from hubdatabase.cpp to keep files small).
#include "core/hub/hubdatabase.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace posko {

namespace {

const QString reportColumns = QStringLiteral(
    "id, seq, version, label, status, squad, lat, lon, description, address, kecamatan, desa,"
    " requested_at, updated_at, status_since, photo_id, media_url, covert, was_public, token,"
    " hidden_seq");

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

StoredReport rowToReport(const QSqlQuery &q)
{
    StoredReport s;
    Report &r = s.report;
    r.id = q.value(0).toLongLong();
    r.seq = q.value(1).toLongLong();
    r.version = q.value(2).toInt();
    r.label = q.value(3).toString();
    r.status = statusFromCode(q.value(4).toString()).value_or(Status::Baru);
    if (!q.value(5).isNull())
        r.squad = squadFromCode(q.value(5).toString());
    r.lat = q.value(6).toDouble();
    r.lon = q.value(7).toDouble();
    r.description = q.value(8).toString();
    r.address = q.value(9).toString();
    r.kecamatan = q.value(10).toString();
    r.desa = q.value(11).toString();
    r.requestedAt = fromMs(q.value(12));
    r.updatedAt = fromMs(q.value(13));
    r.statusSince = fromMs(q.value(14));
    s.photoId = q.value(15).isNull() ? 0 : q.value(15).toLongLong();
    s.externalMediaUrl = q.value(16).toString();
    s.covert = q.value(17).toInt() != 0;
    s.wasPublic = q.value(18).toInt() != 0;
    s.token = q.value(19).toString();
    s.hiddenSeq = q.value(20).toLongLong();
    return s;
}

void bindReport(QSqlQuery &q, const StoredReport &s)
{
    const Report &r = s.report;
    q.bindValue(QStringLiteral(":seq"), r.seq);
    q.bindValue(QStringLiteral(":version"), r.version);
    q.bindValue(QStringLiteral(":label"), r.label);
    q.bindValue(QStringLiteral(":status"), statusCode(r.status));
    q.bindValue(QStringLiteral(":squad"),
                r.squad ? QVariant(squadCode(*r.squad)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":lat"), r.lat);
    q.bindValue(QStringLiteral(":lon"), r.lon);
    q.bindValue(QStringLiteral(":description"), nn(r.description));
    q.bindValue(QStringLiteral(":address"), nn(r.address));
    q.bindValue(QStringLiteral(":kecamatan"), nn(r.kecamatan));
    q.bindValue(QStringLiteral(":desa"), nn(r.desa));
    q.bindValue(QStringLiteral(":requested_at"), r.requestedAt.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":updated_at"), r.updatedAt.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":status_since"), r.statusSince.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":photo_id"),
                s.photoId > 0 ? QVariant(s.photoId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":media_url"), nn(s.externalMediaUrl));
    q.bindValue(QStringLiteral(":covert"), s.covert ? 1 : 0);
    q.bindValue(QStringLiteral(":was_public"), s.wasPublic ? 1 : 0);
    q.bindValue(QStringLiteral(":token"), nullable(s.token));
}

} // namespace

qint64 HubDatabase::nextSeq()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'seq'")) ||
        !q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")) || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

namespace {
// Stores the entries from `from` on. An entry without a flag in historyCovert yet was written by
// the action being stored, so it takes the report's covert routing after that action.
bool insertHistory(QSqlDatabase &db, StoredReport &s, int from, QString *error)
{
    const QVector<HistoryEntry> &history = s.report.history;
    s.historyCovert.resize(history.size(), s.covert);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO history (report_id, at, actor, kind, status, squad, text,"
                             " covert) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = from; i < history.size(); ++i) {
        const HistoryEntry &h = history[i];
        q.addBindValue(s.report.id);
        q.addBindValue(h.at.toMSecsSinceEpoch());
        q.addBindValue(nn(h.actor));
        q.addBindValue(nn(h.kind));
        q.addBindValue(nn(h.status));
        q.addBindValue(nn(h.squad));
        q.addBindValue(nn(h.text));
        q.addBindValue(s.historyCovert[i] ? 1 : 0);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

bool HubDatabase::insertReport(StoredReport &s, const QString &contactJson)
{
    s.report.seq = nextSeq();
    if (s.report.seq == 0)
        return false;
    s.wasPublic = s.wasPublic || !s.covert;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO reports (seq, version, label, status, squad, lat, lon, description, address,"
        " kecamatan, desa, requested_at, updated_at, status_since, photo_id, media_url, covert,"
        " was_public, token, contact) VALUES (:seq, :version, :label, :status, :squad, :lat, :lon,"
        " :description, :address, :kecamatan, :desa, :requested_at, :updated_at, :status_since,"
        " :photo_id, :media_url, :covert, :was_public, :token, :contact)"));
    bindReport(q, s);
    q.bindValue(QStringLiteral(":contact"), contactJson);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    s.report.id = q.lastInsertId().toLongLong();
    if (!insertHistory(m_db, s, 0, &m_lastError))
        return false;
    s.storedHistory = int(s.report.history.size());
    return true;
}

QJsonObject HubDatabase::reportContact(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT contact FROM reports WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool HubDatabase::updateReport(StoredReport &s)
{
    s.report.seq = nextSeq();
    if (s.report.seq == 0)
        return false;
    s.wasPublic = s.wasPublic || !s.covert;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE reports SET seq = :seq, version = :version, label = :label, status = :status,"
        " squad = :squad, lat = :lat, lon = :lon, description = :description, address = :address,"
        " kecamatan = :kecamatan, desa = :desa, requested_at = :requested_at,"
        " updated_at = :updated_at, status_since = :status_since, photo_id = :photo_id,"
        " media_url = :media_url, covert = :covert, was_public = :was_public, token = :token,"
        // Turning covert from visible: uncleared workstations that saw it get a removal at this
        // seq, and nothing for any later change while it stays covert.
        " hidden_seq = CASE WHEN :covert2 = 1 AND covert = 0 THEN :seq2 ELSE hidden_seq END"
        " WHERE id = :id"));
    bindReport(q, s);
    q.bindValue(QStringLiteral(":covert2"), s.covert ? 1 : 0);
    q.bindValue(QStringLiteral(":seq2"), s.report.seq);
    q.bindValue(QStringLiteral(":id"), s.report.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = q.lastError().text();
        return false;
    }
    {
        QSqlQuery h(m_db);
        h.prepare(QStringLiteral("SELECT hidden_seq FROM reports WHERE id = ?"));
        h.addBindValue(s.report.id);
        if (h.exec() && h.next())
            s.hiddenSeq = h.value(0).toLongLong();
    }
    if (!insertHistory(m_db, s, s.storedHistory, &m_lastError))
        return false;
    s.storedHistory = int(s.report.history.size());
    return true;
}

bool HubDatabase::loadHistory(StoredReport &s) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT at, actor, kind, status, squad, text, covert FROM history"
                             " WHERE report_id = ? ORDER BY id"));
    q.addBindValue(s.report.id);
    if (!q.exec())
        return false;
    s.report.history.clear();
    s.historyCovert.clear();
    while (q.next()) {
        s.report.history.push_back({fromMs(q.value(0)), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toString()});
        s.historyCovert.push_back(q.value(6).toInt() != 0);
    }
    s.storedHistory = int(s.report.history.size());
    return true;
}

QVector<StoredReport> HubDatabase::loadMany(QSqlQuery &q) const
{
    QVector<StoredReport> out;
    while (q.next())
        out.push_back(rowToReport(q));
    // The histories of many reports in a few queries (a feed page holds thousands), not one
    // query per report.
    constexpr qsizetype chunk = 500;
    QHash<qint64, qsizetype> index;
    index.reserve(qMin(out.size(), chunk));
    QSqlQuery h(m_db);
    h.setForwardOnly(true);
    QString preparedFor;
    for (qsizetype from = 0; from < out.size(); from += chunk) {
        const qsizetype n = qMin(chunk, out.size() - from);
        index.clear();
        for (qsizetype i = from; i < from + n; ++i) {
            out[i].report.history.clear();
            out[i].historyCovert.clear();
            out[i].storedHistory = 0;
            index.insert(out[i].report.id, i);
        }
        QString sql = QStringLiteral("SELECT report_id, at, actor, kind, status, squad, text,"
                                     " covert FROM history WHERE report_id IN (");
        for (qsizetype i = 0; i < n; ++i)
            sql += i ? QStringLiteral(",?") : QStringLiteral("?");
        sql += QStringLiteral(") ORDER BY report_id, id");
        if (sql != preparedFor) {
            h.prepare(sql);
            preparedFor = sql;
        }
        for (qsizetype i = from; i < from + n; ++i)
            h.addBindValue(out[i].report.id);
        if (!h.exec()) {
            m_lastError = h.lastError().text();
            continue; // as before: a report whose history cannot be read has none
        }
        while (h.next()) {
            const auto it = index.constFind(h.value(0).toLongLong());
            if (it == index.cend())
                continue;
            StoredReport &s = out[*it];
            s.report.history.push_back({fromMs(h.value(1)), h.value(2).toString(),
                                        h.value(3).toString(), h.value(4).toString(),
                                        h.value(5).toString(), h.value(6).toString()});
            s.historyCovert.push_back(h.value(7).toInt() != 0);
            ++s.storedHistory;
        }
        h.finish();
    }
    return out;
}

std::optional<StoredReport> HubDatabase::loadReport(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(reportColumns));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    auto all = loadMany(q);
    return all.isEmpty() ? std::nullopt : std::make_optional(all.front());
}

std::optional<StoredReport> HubDatabase::loadReportByToken(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE token = ?").arg(reportColumns));
    q.addBindValue(token);
    if (!q.exec())
        return std::nullopt;
    auto all = loadMany(q);
    return all.isEmpty() ? std::nullopt : std::make_optional(all.front());
}

qint64 HubDatabase::reportCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// The feed position of a report for a role without clearance: its seq while visible, the seq at
// which it turned covert while covert (later covert changes do not move it).

namespace {

// The connection's own SQLite handle (the same library Qt's QSQLITE driver uses): the feed
// reads thousands of rows a page, and QSqlQuery's per-value QVariant and UTF-16 conversion were
// most of the hub's work for a first sync.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

class Stmt final
{
public:
    Stmt(sqlite3 *db, const QString &sql)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QString columnText(sqlite3_stmt *s, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, i)) : QString();
}

QDateTime columnTime(sqlite3_stmt *s, int i)
{
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(s, i), Qt::UTC);
}

// rowToReport() for a statement selecting reportColumns.
StoredReport rowToReport(sqlite3_stmt *q)
{
    StoredReport s;
    Report &r = s.report;
    r.id = sqlite3_column_int64(q, 0);
    r.seq = sqlite3_column_int64(q, 1);
    r.version = sqlite3_column_int(q, 2);
    r.label = columnText(q, 3);
    r.status = statusFromCode(columnText(q, 4)).value_or(Status::Baru);
    if (sqlite3_column_type(q, 5) != SQLITE_NULL)
        r.squad = squadFromCode(columnText(q, 5));
    r.lat = sqlite3_column_double(q, 6);
    r.lon = sqlite3_column_double(q, 7);
    r.description = columnText(q, 8);
    r.address = columnText(q, 9);
    r.kecamatan = columnText(q, 10);
    r.desa = columnText(q, 11);
    r.requestedAt = columnTime(q, 12);
    r.updatedAt = columnTime(q, 13);
    r.statusSince = columnTime(q, 14);
    s.photoId = sqlite3_column_type(q, 15) == SQLITE_NULL ? 0 : sqlite3_column_int64(q, 15);
    s.externalMediaUrl = columnText(q, 16);
    s.covert = sqlite3_column_int(q, 17) != 0;
    s.wasPublic = sqlite3_column_int(q, 18) != 0;
    s.token = columnText(q, 19);
    s.hiddenSeq = sqlite3_column_int64(q, 20);
    return s;
}

} // namespace

std::optional<QVector<StoredReport>> HubDatabase::changesSince(qint64 since, int limit,
                                                               bool covertClearance) const
{
    sqlite3 *db = sqliteHandle(m_db);
    if (!db) {
        m_lastError = QStringLiteral("The hub's SQLite connection is not available.");
        return std::nullopt;
    }
    auto failed = [&]() -> std::optional<QVector<StoredReport>> {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    };
    // With clearance: every report by seq. Without: never an always-covert report; a
    // once-visible one only as the removal a workstation that may hold it needs (since > 0 and
    // before it was hidden), never again afterwards. Two index walks (reports_seq,
    // reports_hidden) of at most `limit` rows each, merged: ordering the whole table by the
    // CASE expression made every page scan and sort it. "+covert" keeps SQLite off
    // reports_hidden(covert, …) for the visible walk, which would sort every visible report.
    const QString sql =
        covertClearance
            ? QStringLiteral("SELECT %1 FROM reports WHERE seq > ?1 ORDER BY seq LIMIT ?2")
                  .arg(reportColumns)
            : QStringLiteral("SELECT %1 FROM ("
                             "SELECT * FROM (SELECT %1, seq AS feed_seq FROM reports"
                             " WHERE +covert = 0 AND seq > ?1 ORDER BY seq LIMIT ?2)"
                             " UNION ALL "
                             "SELECT * FROM (SELECT %1, hidden_seq AS feed_seq FROM reports"
                             " WHERE covert = 1 AND hidden_seq > ?1 AND ?1 > 0"
                             " ORDER BY hidden_seq LIMIT ?2)"
                             ") ORDER BY feed_seq LIMIT ?2")
                  .arg(reportColumns);
    QVector<StoredReport> out;
    {
        Stmt q(db, sql);
        if (!q.get())
            return failed();
        sqlite3_bind_int64(q.get(), 1, since);
        sqlite3_bind_int64(q.get(), 2, limit);
        int rc;
        while ((rc = sqlite3_step(q.get())) == SQLITE_ROW)
            out.push_back(rowToReport(q.get()));
        if (rc != SQLITE_DONE)
            return failed();
    }
    if (out.isEmpty())
        return out;
    // Every history of the page in one statement, the ids given as a JSON array.
    QByteArray ids = "[";
    QHash<qint64, qsizetype> index;
    index.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i)
            ids += ',';
        ids += QByteArray::number(out[i].report.id);
        index.insert(out[i].report.id, i);
    }
    ids += ']';
    Stmt h(db, QStringLiteral("SELECT report_id, at, actor, kind, status, squad, text, covert"
                              " FROM history WHERE report_id IN (SELECT value FROM json_each(?1))"
                              " ORDER BY report_id, id"));
    if (!h.get())
        return failed();
    sqlite3_bind_text(h.get(), 1, ids.constData(), int(ids.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(h.get())) == SQLITE_ROW) {
        const auto it = index.constFind(sqlite3_column_int64(h.get(), 0));
        if (it == index.cend())
            continue;
        StoredReport &s = out[*it];
        s.report.history.push_back({columnTime(h.get(), 1), columnText(h.get(), 2),
                                    columnText(h.get(), 3), columnText(h.get(), 4),
                                    columnText(h.get(), 5), columnText(h.get(), 6)});
        s.historyCovert.push_back(sqlite3_column_int(h.get(), 7) != 0);
        ++s.storedHistory;
    }
    if (rc != SQLITE_DONE)
        return failed();
    return out;
}

std::optional<qint64> HubDatabase::maxSeq(bool covertClearance) const
{
    QSqlQuery q(m_db);
    // Without clearance: MAX(unclearedSeq) from the ends of two indexes (reports_seq walked
    // back to the newest visible report, reports_hidden), not a scan of every report.
    const bool ok =
        covertClearance
            ? q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"))
            : q.exec(QStringLiteral(
                  "SELECT MAX(COALESCE((SELECT seq FROM reports WHERE +covert = 0"
                  " ORDER BY seq DESC LIMIT 1), 0), COALESCE((SELECT hidden_seq FROM reports"
                  " WHERE covert = 1 ORDER BY hidden_seq DESC LIMIT 1), 0))"));
    if (!ok || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QVector<StoredReport>> HubDatabase::open311Requests(const Open311Query &f) const
{
    QStringList where{QStringLiteral("covert = 0")};
    QVariantList binds;
    if (!f.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : f.ids) {
            marks << QStringLiteral("?");
            binds << id;
        }
        where << QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.serviceCodes.isEmpty()) {
        QStringList marks;
        for (const QString &c : f.serviceCodes) {
            marks << QStringLiteral("?");
            binds << c;
        }
        where << QStringLiteral("label IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.closed) {
        QStringList marks;
        for (Status s : allStatuses)
            if (isClosed(s) == *f.closed) {
                marks << QStringLiteral("?");
                binds << statusCode(s);
            }
        where << QStringLiteral("status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.start.isValid()) {
        where << QStringLiteral("requested_at >= ?");
        binds << f.start.toMSecsSinceEpoch();
    }
    if (f.end.isValid()) {
        where << QStringLiteral("requested_at <= ?");
        binds << f.end.toMSecsSinceEpoch();
    }
    if (f.updatedAfter.isValid()) {
        where << QStringLiteral("updated_at > ?");
        binds << f.updatedAfter.toMSecsSinceEpoch();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE %2 ORDER BY requested_at DESC, id DESC"
                             " LIMIT ? OFFSET ?")
                  .arg(reportColumns, where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(f.pageSize);
    q.addBindValue(qint64(f.page - 1) * f.pageSize);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return loadMany(q);
}

} // namespace posko
