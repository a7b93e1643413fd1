// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace posko::test {

struct HttpReply
{
    int status = 0; // 0: no answer (connection refused, timeout)
    QByteArray body;
    QByteArray contentType;
    QString error;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A small synchronous HTTP client for tests: each call runs a local event loop until the
// reply finishes or the timeout fires (then status is 0). No sleeps.
class HttpClient final
{
public:
    explicit HttpClient(QUrl base, int timeoutMs = 15000);

    QUrl url(const QString &pathAndQuery) const;
    HttpReply get(const QString &path, const Headers &headers = {});
    HttpReply post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                   const Headers &headers = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpReply put(const QString &path, const QByteArray &body, const QByteArray &contentType,
                  const Headers &headers = {});
    HttpReply putJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpReply postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    // multipart/form-data with text fields and an optional file part named `fileField`.
    HttpReply postMultipart(const QString &path, const QList<QPair<QString, QString>> &fields,
                            const QString &fileField = {}, const QByteArray &fileData = {},
                            const QByteArray &fileType = "image/jpeg");

    // Logs in and returns the bearer header (empty list on failure).
    Headers login(const QString &user, const QString &password);

private:
    HttpReply run(QNetworkReply *reply);

    QUrl m_base;
    int m_timeoutMs;
    QNetworkAccessManager m_nam;
};

} // namespace posko::test
