// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeopen311.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <algorithm>

namespace posko::test {

struct FakeOpen311::State
{
    mutable QMutex mutex;
    QVector<Record> records;
    Options options;
    Fault fault = Fault::None;
    QList<QUrlQuery> requests;
    quint16 port = 0;
};

namespace {

QByteArray httpAnswer(int status, const QByteArray &body, qint64 contentLength = -1)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           (status == 200 ? " OK" : " Internal Server Error") +
           "\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n"
           "Content-Length: " +
           QByteArray::number(contentLength < 0 ? body.size() : contentLength) + "\r\n\r\n" + body;
}

QDateTime param(const QUrlQuery &q, const char *name)
{
    return QDateTime::fromString(q.queryItemValue(QLatin1String(name)), Qt::ISODate);
}

// The answer to one GET, computed under the state's lock.
QByteArray answerFor(FakeOpen311::State &s, const QUrlQuery &q, bool *hang, bool *truncate)
{
    using Fault = FakeOpen311::Fault;
    switch (s.fault) {
    case Fault::None:
        break;
    case Fault::NotJson:
        return httpAnswer(200, "<html><body>Service temporarily unavailable</body></html>");
    case Fault::WrongShape:
        return httpAnswer(200, R"({"status":"ok","count":3})");
    case Fault::ServerError:
        return httpAnswer(500, R"([{"code":500,"description":"database down"}])");
    case Fault::Truncated:
        *truncate = true;
        return httpAnswer(200, R"([{"service_request_id":"T-1","service_code":"x","lat":-8.0)",
                          4000);
    case Fault::Hang:
        *hang = true;
        return {};
    case Fault::Unauthorized:
        return httpAnswer(401, R"([{"code":401,"description":"api_key required"}])");
    case Fault::RedirectAway:
        return "HTTP/1.1 302 Found\r\nLocation: http://localhost:" + QByteArray::number(s.port) +
               "/open311/v2/requests.json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    case Fault::Huge: {
        QJsonArray big;
        for (int i = 0; i < 2000; ++i)
            big.append(
                QJsonObject{{QStringLiteral("pad"), QStringLiteral("xxxxxxxxxxxxxxxxxxxx")}});
        return httpAnswer(200, QJsonDocument(big).toJson(QJsonDocument::Compact));
    }
    }
    QVector<FakeOpen311::Record> matching;
    const QDateTime updatedAfter = param(q, "updated_after");
    const QDateTime start = param(q, "start_date"), end = param(q, "end_date");
    for (const auto &r : std::as_const(s.records)) {
        if (s.options.updatedAfter && updatedAfter.isValid() && !(r.updated > updatedAfter))
            continue;
        if (s.options.dates && s.options.wholeDays) {
            const QTimeZone wib(7 * 3600);
            const QDate day = r.requested.toTimeZone(wib).date();
            if (start.isValid() && day < start.toTimeZone(wib).date())
                continue;
            if (end.isValid() && day > end.toTimeZone(wib).date())
                continue;
        } else {
            if (s.options.dates && start.isValid() && r.requested < start)
                continue;
            if (s.options.dates && end.isValid() && r.requested > end)
                continue;
        }
        matching.push_back(r);
    }
    if (s.options.ascending)
        std::stable_sort(matching.begin(), matching.end(),
                         [](const auto &a, const auto &b) { return a.updated < b.updated; });
    else
        std::stable_sort(matching.begin(), matching.end(),
                         [](const auto &a, const auto &b) { return a.requested > b.requested; });
    if (s.options.paging) {
        bool ok = false;
        int size = q.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || size <= 0)
            size = 1000;
        size = std::min(size, s.options.maxPageSize);
        int page = q.queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || page <= 0)
            page = 1;
        if (s.options.pageSizeOnly)
            page = 1;
        matching = matching.mid(qsizetype(page - 1) * size, size);
    }
    QJsonArray list;
    for (const auto &r : std::as_const(matching))
        list.append(r.json);
    const QJsonDocument doc =
        s.options.wrap.isEmpty() ? QJsonDocument(list)
        : s.options.innerWrap.isEmpty()
            ? QJsonDocument(QJsonObject{{s.options.wrap, list}})
            : QJsonDocument(
                  QJsonObject{{s.options.wrap, QJsonObject{{s.options.innerWrap, list}}}});
    return httpAnswer(200, doc.toJson(QJsonDocument::Compact));
}

class ServerThread final : public QThread
{
public:
    ServerThread(std::shared_ptr<FakeOpen311::State> state, quint16 *port, QSemaphore *ready)
        : m_state(std::move(state)), m_port(port), m_ready(ready)
    {
    }

protected:
    void run() override
    {
        QTcpServer server;
        *m_port = server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
        m_ready->release();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { onRead(socket); });
            }
        });
        exec();
    }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("buffer", buffer);
            return;
        }
        const QList<QByteArray> first = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QUrl url(QString::fromLatin1(first.value(1)));
        // As web servers decode queries: '+' is a space.
        const QUrlQuery query(
            url.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%20")));
        bool hang = false, truncate = false;
        QByteArray answer;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->requests.push_back(query);
            answer = url.path().endsWith(QStringLiteral("/requests.json"))
                         ? answerFor(*m_state, query, &hang, &truncate)
                         : httpAnswer(404, R"([{"code":404,"description":"not found"}])");
        }
        if (hang)
            return; // the socket stays open without an answer
        socket->write(answer);
        socket->flush();
        socket->disconnectFromHost();
    }

    std::shared_ptr<FakeOpen311::State> m_state;
    quint16 *m_port;
    QSemaphore *m_ready;
};

} // namespace

FakeOpen311::FakeOpen311() : m_state(std::make_shared<State>())
{
    QSemaphore ready;
    m_thread = std::make_unique<ServerThread>(m_state, &m_port, &ready);
    m_thread->start();
    ready.acquire();
    QMutexLocker lock(&m_state->mutex);
    m_state->port = m_port;
}

FakeOpen311::~FakeOpen311()
{
    m_thread->quit();
    m_thread->wait();
}

QUrl FakeOpen311::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/open311/v2").arg(m_port));
}

void FakeOpen311::setRecords(const QVector<Record> &records)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->records = records;
}

void FakeOpen311::setOptions(const Options &options)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->options = options;
}

void FakeOpen311::setFault(Fault fault)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->fault = fault;
}

QList<QUrlQuery> FakeOpen311::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

void FakeOpen311::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requests.clear();
}

} // namespace posko::test
