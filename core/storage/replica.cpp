// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/replica.h"

#include "core/storage/replicarows.h"
#include "core/storage/replicaschema.h"
#include "core/sync/reportjson.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace posko {

using replicaschema::exec;
using replicaschema::Transaction;

using namespace replicarows;

Replica::Replica(QString dataDir, QString connectionName)
    : m_dataDir(std::move(dataDir)), m_connection(std::move(connectionName))
{
}

Replica::~Replica()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Replica> Replica::open(const QString &dataDir, QString *error)
{
    const bool fresh = !QFileInfo::exists(dataDir);
    if (!QDir().mkpath(dataDir) ||
        !QDir().mkpath(QDir(dataDir).filePath(QStringLiteral("photos")))) {
        if (error)
            *error =
                QCoreApplication::translate("posko::Replica", "Cannot create the data folder %1.")
                    .arg(QDir::toNativeSeparators(dataDir));
        return nullptr;
    }
    // The replica may hold confidential reports: a folder we create is the operator's alone.
    // An existing folder is left as it is (it may be shared, like /tmp).
    if (fresh)
        QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
    // Each Replica owns its own named connection: no global default connection to share.
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("posko-replica-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Replica> r(new Replica(QDir(dataDir).absolutePath(), name));
    if (!r->init(error))
        return nullptr;
    return r;
}

bool Replica::init(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databasePath());
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("posko::Replica", "Cannot open the replica %1: %2")
                         .arg(QDir::toNativeSeparators(databasePath()), db.lastError().text());
        return false;
    }
    QString why;
    if (!replicaschema::prepare(db, &why)) {
        if (error)
            *error =
                QCoreApplication::translate("posko::Replica", "Cannot prepare the replica %1: %2")
                    .arg(QDir::toNativeSeparators(databasePath()), why);
        return false;
    }
    // Best effort: a process that died between a purge and its checkpoint left frames in the
    // WAL; this folds them away. Busy (another reader) is not an error here.
    checkpoint(nullptr);
    m_purgeDue = false;
    return true;
}

QString Replica::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("replica.sqlite"));
}
QString Replica::photoCacheDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("photos"));
}

QString Replica::photoPath(qint64 reportId) const
{
    return QDir(photoCacheDir()).filePath(QString::number(reportId) + QStringLiteral(".jpg"));
}

QString Replica::afterPhotoPath(qint64 reportId, const QString &hubPath) const
{
    // "/media/55.jpg" -> "<id>-after-55.jpg"; anything else is not a photo this cache keeps.
    static const QRegularExpression re(QStringLiteral("^/media/([0-9]{1,18})\\.jpg$"));
    const auto m = re.match(hubPath);
    if (!m.hasMatch())
        return {};
    return QDir(photoCacheDir())
        .filePath(QStringLiteral("%1-after-%2.jpg").arg(reportId).arg(m.captured(1)));
}

QByteArray Replica::pendingAfterPhoto(qint64 reportId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT photo FROM outbox WHERE report_id = ? AND type = "
                             "'after_photo' AND state <> 1 ORDER BY id DESC LIMIT 1"));
    q.addBindValue(reportId);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

QVector<qint64> Replica::reportsWithHistoryKind(const QString &kind) const
{
    QVector<qint64> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // The partial index history_review covers these kinds (schema 6).
    q.prepare(QStringLiteral("SELECT DISTINCT report_id FROM history "
                             "WHERE kind IN ('flag', 'dispute') AND kind = ?"));
    q.addBindValue(kind);
    if (q.exec())
        while (q.next())
            out.push_back(q.value(0).toLongLong());
    return out;
}

// --- reading ---------------------------------------------------------------------------------

QVector<Report> Replica::reports() const
{
    QVector<Report> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM reports ORDER BY id").arg(QLatin1String(reportColumns))))
        return out;
    while (q.next())
        out.push_back(reportFromRow(q));
    return out;
}

std::optional<Report> Replica::report(qint64 id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(QLatin1String(reportColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Report r = reportFromRow(q);
    QSqlQuery h(db);
    h.setForwardOnly(true);
    h.prepare(QStringLiteral("SELECT at, actor, kind, status, squad, text FROM history "
                             "WHERE report_id = ? ORDER BY id"));
    h.addBindValue(id);
    if (h.exec())
        while (h.next())
            r.history.push_back({fromIsoUtc(h.value(0).toString()), h.value(1).toString(),
                                 h.value(2).toString(), h.value(3).toString(),
                                 h.value(4).toString(), h.value(5).toString()});
    return r;
}

QVector<OutboxItem> Replica::queryOutbox(const QString &where, qint64 bind) const
{
    QVector<OutboxItem> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY id")
                  .arg(QLatin1String(outboxColumns), where));
    if (where.contains(QLatin1Char('?')))
        q.addBindValue(bind);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(outboxFromRow(q));
    return out;
}

QVector<OutboxItem> Replica::outbox() const
{
    return queryOutbox({});
}
QVector<OutboxItem> Replica::pendingItems() const
{
    return queryOutbox(QStringLiteral("WHERE state = 0"));
}

std::optional<OutboxItem> Replica::outboxItem(qint64 id) const
{
    const auto items = queryOutbox(QStringLiteral("WHERE id = ?"), id);
    if (items.isEmpty())
        return std::nullopt;
    return items.first();
}

static int countWhere(const QString &connection, int state)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    q.addBindValue(state);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int Replica::pendingCount() const
{
    return countWhere(m_connection, 0);
}
int Replica::failedCount() const
{
    return countWhere(m_connection, 2);
}

QString Replica::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Replica::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    return q.exec();
}

qint64 Replica::lastSeq() const
{
    return meta(QStringLiteral("last_seq")).toLongLong();
}

LabelPolicy Replica::labelPolicy() const
{
    if (!m_policy) {
        const QString json = meta(QStringLiteral("label_policy"));
        if (!json.isEmpty()) {
            auto loaded = LabelPolicy::fromJson(json.toUtf8());
            if (loaded.policy)
                m_policy = std::move(*loaded.policy);
        }
        if (!m_policy)
            m_policy = LabelPolicy::builtIn();
    }
    return *m_policy;
}

bool Replica::setLabelPolicyJson(const QByteArray &json, QString *error)
{
    auto loaded = LabelPolicy::fromJson(json);
    if (!loaded.policy) {
        if (error)
            *error = loaded.errors.join(QStringLiteral("; "));
        return false;
    }
    if (!setMeta(QStringLiteral("label_policy"), QString::fromUtf8(json)))
        return false;
    m_policy = std::move(*loaded.policy);
    return true;
}

// --- writing ---------------------------------------------------------------------------------

bool Replica::writeReport(const Report &r, int hubVersion, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // REPLACE would delete and re-insert, cascading the history away mid-transaction; an upsert
    // keeps the row and the history is rewritten explicitly below.
    q.prepare(
        QStringLiteral(
            "INSERT INTO reports(%1, hub_version) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET seq=excluded.seq, version=excluded.version, "
            "label=excluded.label, status=excluded.status, squad=excluded.squad, lat=excluded.lat, "
            "lon=excluded.lon, description=excluded.description, address=excluded.address, "
            "kecamatan=excluded.kecamatan, desa=excluded.desa, requested_at=excluded.requested_at, "
            "updated_at=excluded.updated_at, status_since=excluded.status_since, "
            "media_url=excluded.media_url, hub_version=excluded.hub_version")
            .arg(QLatin1String(reportColumns)));
    q.addBindValue(r.id);
    q.addBindValue(r.seq);
    q.addBindValue(r.version);
    q.addBindValue(text(r.label));
    q.addBindValue(statusCode(r.status));
    q.addBindValue(r.squad ? QVariant(squadCode(*r.squad))
                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(r.lat);
    q.addBindValue(r.lon);
    q.addBindValue(text(r.description));
    q.addBindValue(text(r.address));
    q.addBindValue(text(r.kecamatan));
    q.addBindValue(text(r.desa));
    q.addBindValue(text(stamp(r.requestedAt)));
    q.addBindValue(text(stamp(r.updatedAt)));
    q.addBindValue(text(stamp(r.statusSince)));
    q.addBindValue(text(r.mediaUrl));
    q.addBindValue(hubVersion);
    if (!exec(q, error))
        return false;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM history WHERE report_id = ?"));
    del.addBindValue(r.id);
    if (!exec(del, error))
        return false;
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO history(report_id, at, actor, kind, status, squad, text) "
                       "VALUES(?,?,?,?,?,?,?)"));
    for (const HistoryEntry &h : r.history) {
        ins.addBindValue(r.id);
        ins.addBindValue(text(stamp(h.at)));
        ins.addBindValue(text(h.actor));
        ins.addBindValue(text(h.kind));
        ins.addBindValue(text(h.status));
        ins.addBindValue(text(h.squad));
        ins.addBindValue(text(h.text));
        if (!exec(ins, error))
            return false;
    }
    // The statistics' row of the report, from the history just written (schema 7).
    QSqlQuery life(db);
    life.prepare(QLatin1String(lifecycleUpsert));
    bindLifecycle(life, lifecycleRow(r));
    return exec(life, error);
}

std::optional<QString> Replica::commitLocalAction(const Report &changed, OutboxItem &item,
                                                  qint64 replacesFailed)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    QString error;
    if (!tx.ok())
        return db.lastError().text();
    // The row's hub_version stays the hub's: only the hub's answer moves it.
    int hubVersion = changed.version;
    bool rowIsHubState = false;
    {
        QSqlQuery hv(db);
        hv.prepare(QStringLiteral("SELECT hub_version, hub_state = '' FROM reports WHERE id = ?"));
        hv.addBindValue(changed.id);
        if (hv.exec() && hv.next()) {
            hubVersion = hv.value(0).toInt();
            rowIsHubState = hv.value(1).toBool();
        }
    }
    // The first local change on top of the hub's state: keep that state beside the row before
    // the row changes (hubState()), in the same transaction.
    if (rowIsHubState) {
        const std::optional<Report> hub = report(changed.id);
        if (!hub)
            return QCoreApplication::translate("posko::Replica", "The report is not stored here.");
        QSqlQuery keep(db);
        keep.prepare(QStringLiteral("UPDATE reports SET hub_state = ? WHERE id = ?"));
        keep.addBindValue(
            QString::fromUtf8(QJsonDocument(reportToJson(*hub)).toJson(QJsonDocument::Compact)));
        keep.addBindValue(changed.id);
        if (!exec(keep, &error))
            return error;
    }
    if (!writeReport(changed, hubVersion, &error))
        return error;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox(report_id, idempotency_key, type, squad, status, "
                             "text, base_version, created_at, actor, state, error, attempts, "
                             "original, photo) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(item.reportId);
    q.addBindValue(text(item.idempotencyKey));
    q.addBindValue(ReportAction::typeCode(item.action.type));
    q.addBindValue(squadCode(item.action.squad));
    q.addBindValue(statusCode(item.action.status));
    q.addBindValue(text(item.action.text));
    q.addBindValue(item.baseVersion);
    q.addBindValue(text(stamp(item.createdAt)));
    q.addBindValue(text(item.actor));
    q.addBindValue(stateCode(item.state));
    q.addBindValue(text(item.error));
    q.addBindValue(item.attempts);
    q.addBindValue(item.action.original);
    q.addBindValue(item.action.photo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                               : QVariant(item.action.photo));
    if (!exec(q, &error))
        return error;
    item.id = q.lastInsertId().toLongLong();
    if (replacesFailed > 0) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 2"));
        del.addBindValue(replacesFailed);
        if (!exec(del, &error))
            return error;
        if (del.numRowsAffected() != 1)
            return QCoreApplication::translate("posko::Replica",
                                               "The failed action is no longer in the outbox.");
    }
    if (!tx.commit(&error))
        return error;
    return std::nullopt;
}

bool Replica::storeWithRebase(const Report &hubState, QString *error)
{
    // The operator keeps seeing their pending changes: they are re-applied on the hub's state
    // in their original order, as the hub will apply them when they arrive.
    Report state = hubState;
    const auto pending =
        queryOutbox(QStringLiteral("WHERE state = 0 AND report_id = ?"), hubState.id);
    bool applied = false;
    for (const OutboxItem &item : pending) {
        if (auto refused = applyAction(state, item.action, item.actor, item.createdAt)) {
            if (!setItemState(item.id, OutboxItem::State::Failed,
                              QCoreApplication::translate(
                                  "posko::Replica", "No longer applies to the hub's state: %1")
                                  .arg(*refused),
                              error))
                return false;
        } else {
            applied = true;
        }
    }
    if (!writeReport(state, hubState.version, error))
        return false;
    // Where the shown row carries pending changes, the hub's own state is kept beside it, so a
    // refused action can be undone locally without asking the hub (the feed would not resend
    // an unchanged report). Otherwise the row is the hub's state: '' (see hubState()).
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE reports SET hub_state = ? WHERE id = ?"));
    q.addBindValue(applied
                       ? QString::fromUtf8(
                             QJsonDocument(reportToJson(hubState)).toJson(QJsonDocument::Compact))
                       : QString(QLatin1String("")));
    q.addBindValue(hubState.id);
    return exec(q, error);
}

std::optional<Report> Replica::hubState(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT hub_state FROM reports WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString stored = q.value(0).toString();
    if (stored.isEmpty())
        return report(id); // no pending change: the row is the hub's state
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8()); // '?': unknown
    if (!doc.isObject())
        return std::nullopt;
    return reportFromJson(doc.object(), nullptr);
}

bool Replica::storeHubReport(const Report &hubState, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.ok())
        return false;
    if (!storeWithRebase(hubState, error))
        return false;
    return tx.commit(error);
}

bool Replica::setItemState(qint64 itemId, OutboxItem::State state, const QString &errorText,
                           QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, error = ? WHERE id = ?"));
    q.addBindValue(stateCode(state));
    q.addBindValue(text(errorText));
    q.addBindValue(itemId);
    return exec(q, error);
}

bool Replica::markSent(qint64 itemId, const Report &hubState, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.ok())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(itemId);
    if (!exec(q, error))
        return false;
    if (!storeWithRebase(hubState, error))
        return false;
    return tx.commit(error);
}

bool Replica::markFailed(qint64 itemId, const QString &reason, const std::optional<Report> &current,
                         QString *error)
{
    const auto item = outboxItem(itemId);
    if (!item)
        return false;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction tx(db);
    if (!tx.ok())
        return false;
    if (!setItemState(itemId, OutboxItem::State::Failed, reason, error))
        return false;
    // Later actions on the same report were decided on top of this one.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 2, error = ? "
                             "WHERE state = 0 AND report_id = ? AND id > ?"));
    q.addBindValue(QCoreApplication::translate(
                       "posko::Replica", "An earlier change to this report was not accepted: %1")
                       .arg(reason));
    q.addBindValue(item->reportId);
    q.addBindValue(itemId);
    if (!exec(q, error))
        return false;
    // Back to the hub's state: the one it sent with the refusal, else the last one it sent.
    const std::optional<Report> hub = current ? current : hubState(item->reportId);
    if (hub && !storeWithRebase(*hub, error))
        return false;
    return tx.commit(error);
}

bool Replica::noteAttempt(qint64 itemId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"));
    q.addBindValue(itemId);
    return q.exec();
}

bool Replica::clearFailed()
{
    return exec(QSqlDatabase::database(m_connection),
                QStringLiteral("DELETE FROM outbox WHERE state = 2"), nullptr);
}

namespace {

// A prepared SQLite statement on the connection's own handle, reset after each run. Text is
// copied by SQLite when bound (SQLITE_TRANSIENT), so temporaries may be passed.
class Statement final
{
public:
    Statement(sqlite3 *db, const QString &sql) : m_db(db)
    {
        if (db &&
            sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_stmt != nullptr; }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindDouble(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    // Never NULL: the schema's text columns want '' for "none".
    void bindText(int i, QByteArrayView v)
    {
        sqlite3_bind_text(m_stmt, i, v.isEmpty() ? "" : v.data(), int(v.size()), SQLITE_TRANSIENT);
    }
    bool run(QString *error)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE)
            return true;
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// The ids among `ids` that `sql` returns, given them as one JSON array bound to its single
// parameter (read with json_each): one statement for a whole page, not one per id nor a
// statement with thousands of parameters.
std::optional<QSet<qint64>> presentIds(sqlite3 *db, const char *sql, const QVector<qint64> &ids,
                                       QString *error)
{
    QSet<qint64> found;
    if (ids.isEmpty())
        return found;
    QByteArray list = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            list += ',';
        list += QByteArray::number(ids[i]);
    }
    list += ']';
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, list.constData(), int(list.size()), SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            found.insert(sqlite3_column_int64(stmt, 0));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    return found;
}

} // namespace

std::optional<Replica::PageResult> Replica::applyChanges(const QVector<Report> &reports,
                                                         const QVector<qint64> &removed,
                                                         qint64 lastSeq, QString *error)
{
    PageResult result;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    {
        Transaction tx(db);
        if (!tx.ok()) {
            if (error)
                *error = db.lastError().text();
            return std::nullopt;
        }
        // The connection's own SQLite handle: the page is written through the C API.
        sqlite3 *handle = nullptr;
        const QVariant hv = db.driver()->handle();
        if (hv.isValid() && qstrcmp(hv.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(hv.constData());
        if (!handle) {
            if (error)
                *error = QCoreApplication::translate(
                    "posko::Replica", "The replica's SQLite connection is not available.");
            return std::nullopt;
        }
        // Two queries for the whole page instead of per report: which reports are already here
        // (their old history goes) and which have pending actions (they are rebased).
        QVector<qint64> ids;
        ids.reserve(reports.size());
        for (const Report &r : reports)
            ids.push_back(r.id);
        auto existing = presentIds(
            handle, "SELECT id FROM reports WHERE id IN (SELECT value FROM json_each(?1))", ids,
            error);
        const auto withPending =
            presentIds(handle,
                       "SELECT DISTINCT report_id FROM outbox WHERE state = 0 AND report_id IN "
                       "(SELECT value FROM json_each(?1))",
                       ids, error);
        if (!existing || !withPending)
            return std::nullopt;
        // One prepared statement each, reused for every row of the page, bound with UTF-8
        // (QSqlQuery's per-bind overhead and UTF-16 text doubled the cost of a first sync).
        Statement up(
            handle, QStringLiteral(
                        "INSERT INTO reports(%1, hub_version, hub_state) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT(id) DO UPDATE SET seq=excluded.seq, version=excluded.version, "
                        "label=excluded.label, status=excluded.status, squad=excluded.squad, "
                        "lat=excluded.lat, lon=excluded.lon, description=excluded.description, "
                        "address=excluded.address, kecamatan=excluded.kecamatan, "
                        "desa=excluded.desa, requested_at=excluded.requested_at, "
                        "updated_at=excluded.updated_at, status_since=excluded.status_since, "
                        "media_url=excluded.media_url, hub_version=excluded.hub_version, "
                        "hub_state=excluded.hub_state")
                        .arg(QLatin1String(reportColumns)));
        Statement delHistory(handle, QStringLiteral("DELETE FROM history WHERE report_id = ?"));
        Statement insHistory(
            handle,
            QStringLiteral("INSERT INTO history(report_id, at, actor, kind, status, squad, text) "
                           "VALUES(?,?,?,?,?,?,?)"));
        Statement life(handle, QLatin1String(lifecycleUpsert));
        if (!up.ok() || !delHistory.ok() || !insHistory.ok() || !life.ok()) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return std::nullopt;
        }
        result.updated.reserve(reports.size());
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const Report &r = reports[i];
            if (withPending->contains(r.id)) {
                // The operator's pending actions are re-applied on the hub's state.
                if (!storeWithRebase(r, error))
                    return std::nullopt;
                result.updated.push_back(r.id);
                continue;
            }
            up.bindInt(1, r.id);
            up.bindInt(2, r.seq);
            up.bindInt(3, r.version);
            up.bindText(4, r.label.toUtf8());
            up.bindText(5, statusCode(r.status).toUtf8());
            if (r.squad)
                up.bindText(6, squadCode(*r.squad).toUtf8());
            else
                up.bindNull(6);
            up.bindDouble(7, r.lat);
            up.bindDouble(8, r.lon);
            up.bindText(9, r.description.toUtf8());
            up.bindText(10, r.address.toUtf8());
            up.bindText(11, r.kecamatan.toUtf8());
            up.bindText(12, r.desa.toUtf8());
            up.bindText(13, stampUtf8(r.requestedAt));
            up.bindText(14, stampUtf8(r.updatedAt));
            up.bindText(15, stampUtf8(r.statusSince));
            up.bindText(16, r.mediaUrl.toUtf8());
            up.bindInt(17, r.version);
            up.bindText(18, QByteArrayView()); // no pending change: the row is the hub's state
            if (!up.run(error))
                return std::nullopt;
            if (existing->contains(r.id)) {
                delHistory.bindInt(1, r.id);
                if (!delHistory.run(error))
                    return std::nullopt;
            }
            for (const HistoryEntry &h : r.history) {
                insHistory.bindInt(1, r.id);
                insHistory.bindText(2, stampUtf8(h.at));
                insHistory.bindText(3, h.actor.toUtf8());
                insHistory.bindText(4, h.kind.toUtf8());
                insHistory.bindText(5, h.status.toUtf8());
                insHistory.bindText(6, h.squad.toUtf8());
                insHistory.bindText(7, h.text.toUtf8());
                if (!insHistory.run(error))
                    return std::nullopt;
            }
            const LifecycleRow row = lifecycleRow(r);
            life.bindInt(1, row.id);
            for (int c = 0; c < int(row.texts.size()); ++c)
                life.bindText(2 + c, row.texts[size_t(c)]);
            for (int c = 0; c < int(row.ints.size()); ++c)
                life.bindInt(5 + c, row.ints[size_t(c)]);
            if (!life.run(error))
                return std::nullopt;
            existing->insert(r.id); // should the page name it twice, its history is replaced
            result.updated.push_back(r.id);
        }
        for (qint64 id : removed) {
            if (!deleteReportRows(id, error))
                return std::nullopt;
            result.removed.push_back(id);
        }
        if (!removed.isEmpty() && !replicaschema::scrubText(db, error))
            return std::nullopt;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('last_seq', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(lastSeq));
        if (!exec(q, error) || !tx.commit(error))
            return std::nullopt;
    }
    if (!removed.isEmpty()) {
        for (qint64 id : removed)
            removePhotos(id);
        result.traceFree = checkpoint(error);
    }
    return result;
}

bool Replica::deleteReportRows(qint64 id, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const char *sql :
         {"DELETE FROM history WHERE report_id = ?", "DELETE FROM outbox WHERE report_id = ?",
          "DELETE FROM lifecycle WHERE report_id = ?", "DELETE FROM reports WHERE id = ?"}) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (!exec(q, error))
            return false;
    }
    return true;
}

void Replica::removePhotos(qint64 id) const
{
    // The cache names photos "<id>.jpg" and after photos "<id>-after-<n>.jpg"; QSaveFile
    // leaves "<name>.XXXXXX" while writing.
    QDir dir(photoCacheDir());
    const QString prefix = QString::number(id) + QLatin1Char('.');
    const QString afterPrefix = QString::number(id) + QLatin1Char('-');
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        if (name.startsWith(prefix) || name.startsWith(afterPrefix))
            QFile::remove(dir.filePath(name));
}

bool Replica::checkpoint(QString *error)
{
    // TRUNCATE copies every WAL frame into the database (whose freed pages secure_delete has
    // zeroed) and cuts the WAL to zero bytes, so the old frames holding the report are gone.
    // Until one succeeds, every later sync tries again (purgeDue()).
    m_purgeDue = true;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toInt() != 0) {
        // Another connection (a reader) held the WAL: the frames are still there.
        if (error)
            *error = QCoreApplication::translate(
                "posko::Replica", "The replica is busy; the purge will finish on the next sync.");
        return false;
    }
    m_purgeDue = false;
    return true;
}

bool Replica::purge(const QVector<qint64> &ids, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    {
        Transaction tx(db);
        if (!tx.ok())
            return false;
        for (qint64 id : ids)
            if (!deleteReportRows(id, error))
                return false;
        if (!replicaschema::scrubText(db, error) || !tx.commit(error))
            return false;
    }
    for (qint64 id : ids)
        removePhotos(id);
    return checkpoint(error);
}

} // namespace posko
