// SPDX-License-Identifier: GPL-3.0-or-later
// HubDatabase: links of imported reports to their upstream Open311 records (schema 4).
#include "core/hub/hubdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace posko {

std::optional<ImportLink> HubDatabase::importLink(const QString &source, const QString &externalId,
                                                  bool *ok) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT report_id, fingerprint, upstream_status, note_keys,"
                             " attributes FROM imports WHERE source = ? AND external_id = ?"));
    q.addBindValue(source);
    q.addBindValue(externalId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        *ok = false;
        return std::nullopt;
    }
    *ok = true;
    if (!q.next())
        return std::nullopt;
    ImportLink l;
    l.reportId = q.value(0).toLongLong();
    l.fingerprint = q.value(1).toByteArray();
    l.upstreamStatus = q.value(2).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toByteArray()).array())
        l.noteKeys << v.toString();
    l.attributes = q.value(4).toByteArray();
    return l;
}

bool HubDatabase::storeImportLink(const QString &source, const QString &externalId,
                                  const ImportLink &l, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO imports (source, external_id, report_id, fingerprint, upstream_status,"
        " note_keys, attributes, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (source, external_id) DO UPDATE SET report_id = excluded.report_id,"
        " fingerprint = excluded.fingerprint, upstream_status = excluded.upstream_status,"
        " note_keys = excluded.note_keys, attributes = excluded.attributes,"
        " imported_at = excluded.imported_at"));
    q.addBindValue(source);
    q.addBindValue(externalId);
    q.addBindValue(l.reportId);
    q.addBindValue(l.fingerprint);
    q.addBindValue(l.upstreamStatus);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l.noteKeys)).toJson(QJsonDocument::Compact)));
    q.addBindValue(l.attributes.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(l.attributes));
    q.addBindValue(at.toMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QString HubDatabase::importCursor(const QString &source) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM import_cursors WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool HubDatabase::setImportCursor(const QString &source, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_cursors (source, value) VALUES (?, ?)"
                             " ON CONFLICT (source) DO UPDATE SET value = excluded.value"));
    q.addBindValue(source);
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace posko
