// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/reportexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <algorithm>
#include <sqlite3.h>

namespace posko::stats {

namespace {

void field(QByteArray &line, const QByteArray &value)
{
    if (!line.isEmpty() && !line.endsWith('\n'))
        line += ',';
    // RFC 4180: quote a field that holds a separator, a quote or a line break.
    if (value.contains(',') || value.contains('"') || value.contains('\n') ||
        value.contains('\r')) {
        QByteArray q = value;
        q.replace('"', "\"\"");
        line += '"' + q + '"';
    } else {
        line += value;
    }
}

QByteArray stamp(qint64 secs)
{
    if (secs <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate).toUtf8();
}

QByteArray text(sqlite3_stmt *stmt, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(stmt, column)) : QByteArray();
}

} // namespace

std::optional<qint64> writeReportsCsv(const QString &databasePath, QIODevice &out,
                                      const std::optional<QVector<qint64>> &ids, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return fail(why);
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(
            db,
            "SELECT r.id, r.label, r.status, COALESCE(r.squad, ''), r.kecamatan, r.desa, r.lat, "
            "r.lon, r.address, r.description, l.received, l.responded, l.assigned, l.resolved, "
            "l.closed, l.ended, l.reopened, l.reopened_at, l.disputed_at, l.flagged_at "
            "FROM reports r JOIN lifecycle l ON l.report_id = r.id ORDER BY r.id",
            -1, &stmt, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return fail(why);
    }
    QVector<qint64> wanted;
    if (ids) {
        wanted = *ids;
        std::sort(wanted.begin(), wanted.end());
    }
    QByteArray line = "id,label,status,squad,kecamatan,desa,lat,long,address,description,"
                      "received_at,responded_at,assigned_at,resolved_at,closed_at,ended_at,"
                      "reopened,reopened_at,disputed_at,flagged_fast_at\r\n";
    qint64 rows = 0;
    bool written = out.write(line) == line.size();
    int rc = SQLITE_ROW;
    while (written && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        if (ids && !std::binary_search(wanted.cbegin(), wanted.cend(), id))
            continue;
        line.clear();
        field(line, QByteArray::number(id));
        for (int c = 1; c <= 5; ++c)
            field(line, text(stmt, c));
        field(line, QByteArray::number(sqlite3_column_double(stmt, 6), 'f', 6));
        field(line, QByteArray::number(sqlite3_column_double(stmt, 7), 'f', 6));
        field(line, text(stmt, 8));
        field(line, text(stmt, 9));
        for (int c = 10; c <= 15; ++c)
            field(line, stamp(sqlite3_column_int64(stmt, c)));
        field(line, QByteArray::number(sqlite3_column_int64(stmt, 16)));
        for (int c = 17; c <= 19; ++c)
            field(line, stamp(sqlite3_column_int64(stmt, c)));
        line += "\r\n";
        written = out.write(line) == line.size();
        ++rows;
    }
    const QString dbError = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (!written)
        return fail(QCoreApplication::translate("posko::stats", "The export cannot be written: %1")
                        .arg(out.errorString()));
    if (rc != SQLITE_DONE)
        return fail(dbError);
    return rows;
}

} // namespace posko::stats
