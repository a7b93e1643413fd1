// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace posko::test {

HttpClient::HttpClient(QUrl base, int timeoutMs) : m_base(std::move(base)), m_timeoutMs(timeoutMs)
{
}

QUrl HttpClient::url(const QString &pathAndQuery) const
{
    return QUrl(m_base.toString() + pathAndQuery);
}

HttpReply HttpClient::run(QNetworkReply *reply)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QStringLiteral("timeout");
    } else {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (out.status == 0)
            out.error = reply->errorString();
    }
    reply->deleteLater();
    return out;
}

HttpReply HttpClient::get(const QString &path, const Headers &headers)
{
    QNetworkRequest req(url(path));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    return run(m_nam.get(req));
}

HttpReply HttpClient::post(const QString &path, const QByteArray &body,
                           const QByteArray &contentType, const Headers &headers)
{
    QNetworkRequest req(url(path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    return run(m_nam.post(req, body));
}

HttpReply HttpClient::postJson(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                headers);
}

HttpReply HttpClient::put(const QString &path, const QByteArray &body,
                          const QByteArray &contentType, const Headers &headers)
{
    QNetworkRequest req(url(path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    return run(m_nam.put(req, body));
}

HttpReply HttpClient::putJson(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return put(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
               headers);
}

HttpReply HttpClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &f : fields)
        q.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    return post(path, q.toString(QUrl::FullyEncoded).toLatin1(),
                "application/x-www-form-urlencoded");
}

HttpReply HttpClient::postMultipart(const QString &path,
                                    const QList<QPair<QString, QString>> &fields,
                                    const QString &fileField, const QByteArray &fileData,
                                    const QByteArray &fileType)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &f : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"").arg(f.first));
        part.setBody(f.second.toUtf8());
        multi->append(part);
    }
    if (!fileField.isEmpty()) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, fileType);
        part.setHeader(
            QNetworkRequest::ContentDispositionHeader,
            QStringLiteral("form-data; name=\"%1\"; filename=\"photo.jpg\"").arg(fileField));
        part.setBody(fileData);
        multi->append(part);
    }
    QNetworkRequest req(url(path));
    QNetworkReply *reply = m_nam.post(req, multi);
    multi->setParent(reply);
    return run(reply);
}

Headers HttpClient::login(const QString &user, const QString &password)
{
    const HttpReply r =
        postJson(QStringLiteral("/api/v1/login"),
                 {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    const QString token = r.object().value(QStringLiteral("token")).toString();
    if (r.status != 200 || token.isEmpty())
        return {};
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

} // namespace posko::test
