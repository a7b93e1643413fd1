// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace posko::test {

namespace {

// Index of the end of the header block ("\r\n\r\n"), or -1.
qsizetype headerEnd(const QByteArray &buf)
{
    return buf.indexOf("\r\n\r\n");
}

qint64 contentLength(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            return l.mid(15).trimmed().toLongLong();
    }
    return 0;
}

// The header block with any Connection header replaced by "Connection: close".
QByteArray closeConnection(const QByteArray &headers)
{
    QByteArray out;
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.isEmpty() || l.toLower().startsWith("connection:") ||
            l.toLower().startsWith("keep-alive:"))
            continue;
        out += l + "\r\n";
    }
    return out + "Connection: close\r\n\r\n";
}

QByteArray errorAnswer(int status)
{
    const QByteArray body = R"({"error":"proxy","message":"injected fault"})";
    const QByteArray reason = status == 503 ? "Service Unavailable" : "Internal Server Error";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class FaultProxy::Worker final : public QObject
{
public:
    Worker(QUrl upstream, quint32 seed) : m_upstream(std::move(upstream)), m_rng(seed) {}

    quint16 listen(quint16 port)
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket *s = m_server->nextPendingConnection())
                    accept(s);
            });
        }
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return 0;
        return m_server->serverPort();
    }
    void close()
    {
        if (m_server)
            m_server->close();
    }

    QMutex mutex; // guards odds, counts, upstreamTimeoutMs
    Odds odds;
    std::array<int, FaultCount> counts{};
    int upstreamTimeoutMs = 15000;

private:
    Fault draw(int *delayMs, double *cut)
    {
        QMutexLocker lock(&mutex);
        const double r = m_rng.generateDouble();
        *delayMs = int(m_rng.bounded(qMax(1, odds.maxDelayMs)));
        *cut = m_rng.generateDouble();
        const double p[] = {odds.refuse,  odds.delay,    odds.reset,   odds.truncate,
                            odds.corrupt, odds.error500, odds.error503};
        double acc = 0;
        Fault f = None;
        for (int i = 0; i < 7; ++i) {
            acc += p[i];
            if (r < acc) {
                f = Fault(i + 1);
                break;
            }
        }
        return f;
    }

    // Counted when the fault is actually done to the answer (a truncation of an empty body,
    // say, is none), so "every kind of fault was seen" means it happened.
    void note(Fault f)
    {
        QMutexLocker lock(&mutex);
        ++counts[f];
    }

    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        auto buf = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buf] {
            if (client->property("handled").toBool()) {
                client->readAll();
                return;
            }
            *buf += client->readAll();
            const qsizetype end = headerEnd(*buf);
            if (end < 0)
                return;
            const QByteArray headers = buf->left(end + 2);
            const qint64 length = contentLength(headers);
            if (buf->size() < end + 4 + length)
                return;
            client->setProperty("handled", true);
            const QByteArray request =
                closeConnection(headers) + buf->mid(end + 4, qsizetype(length));
            handle(client, request);
        });
    }

    void handle(QTcpSocket *client, const QByteArray &request)
    {
        int delayMs = 0;
        double cut = 0;
        const Fault fault = draw(&delayMs, &cut);
        QPointer<QTcpSocket> c(client);
        switch (fault) {
        case Refuse:
            note(Refuse);
            client->abort();
            client->deleteLater();
            return;
        case Error503:
            note(Error503);
            client->write(errorAnswer(503));
            client->disconnectFromHost();
            return;
        case Error500:
            if (cut < 0.5) {
                note(Error500);
                client->write(errorAnswer(500));
                client->disconnectFromHost();
                return;
            }
            break;
        case Delay:
            QTimer::singleShot(delayMs, this, [this, c, request] {
                if (c)
                    forward(c, request, Delay, 0);
                else
                    note(Delay); // the client gave up during the pause
            });
            return;
        default:
            break;
        }
        forward(c, request, fault, cut);
    }

    void forward(QPointer<QTcpSocket> client, const QByteArray &request, Fault fault, double cut)
    {
        auto *up = new QTcpSocket(this);
        auto answer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        // A hub that accepts and never answers (hung, stopped with SIGSTOP) must not keep the
        // upstream socket, nor the client's, for ever.
        auto *timer = new QTimer(up);
        timer->setSingleShot(true);
        auto finish = [this, client, up, answer, done, fault, cut] {
            if (*done)
                return;
            *done = true;
            up->disconnect(this);
            up->abort();
            up->deleteLater();
            if (!client) {
                note(fault);
                return;
            }
            deliver(client, *answer, fault, cut);
        };
        connect(timer, &QTimer::timeout, this, finish);
        {
            QMutexLocker lock(&mutex);
            timer->start(upstreamTimeoutMs);
        }
        connect(up, &QTcpSocket::connected, this, [up, request] { up->write(request); });
        connect(up, &QTcpSocket::readyRead, this, [up, answer, finish] {
            *answer += up->readAll();
            const qsizetype end = headerEnd(*answer);
            if (end >= 0 && answer->size() >= end + 4 + contentLength(answer->left(end + 2)))
                finish();
        });
        connect(up, &QTcpSocket::disconnected, this, finish);
        connect(up, &QTcpSocket::errorOccurred, this,
                [finish](QAbstractSocket::SocketError) { finish(); });
        up->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }

    void deliver(QTcpSocket *client, const QByteArray &answer, Fault fault, double cut)
    {
        const qsizetype end = headerEnd(answer);
        if (end < 0) { // the hub gave nothing usable (down): drop the client as it would be
            note(fault == Delay ? Delay : None);
            client->abort();
            client->deleteLater();
            return;
        }
        const QByteArray headers = closeConnection(answer.left(end + 2));
        QByteArray body = answer.mid(end + 4);
        switch (fault) {
        case Error500:
            note(Error500);
            client->write(errorAnswer(500)); // the hub did apply it
            client->disconnectFromHost();
            return;
        case Reset: {
            note(Reset);
            const QByteArray all = headers + body;
            client->write(all.left(qsizetype(double(all.size()) * cut)));
            client->flush();
            client->abort();
            client->deleteLater();
            return;
        }
        case Truncate:
            if (!body.isEmpty()) {
                note(Truncate);
                client->write(headers + body.left(qsizetype(double(body.size() - 1) * cut)));
                client->disconnectFromHost();
                return;
            }
            note(None); // nothing to cut
            client->write(headers + body);
            client->disconnectFromHost();
            return;
        case Corrupt:
            note(body.isEmpty() ? None : Corrupt); // nothing to corrupt in an empty body
            if (!body.isEmpty()) {
                // From a random point on: a quote, closers and junk. Never parses: either the
                // document is broken where it starts, or junk follows a closed document.
                const qsizetype at = qsizetype(double(body.size() - 1) * cut);
                static const QByteArray junk = "\"}]{#";
                for (qsizetype i = at; i < body.size(); ++i)
                    body[i] = i - at < junk.size() ? junk[i - at] : '#';
            }
            break;
        default:
            note(fault); // None, or Delay (the pause is over; the answer goes as it came)
            break;
        }
        client->write(headers + body);
        client->disconnectFromHost();
    }

    QUrl m_upstream;
    QRandomGenerator m_rng;
    QTcpServer *m_server = nullptr;
};

FaultProxy::Odds FaultProxy::Odds::everything(double total)
{
    const double each = total / 7.0;
    Odds o;
    o.refuse = o.delay = o.reset = o.truncate = o.corrupt = o.error500 = o.error503 = each;
    return o;
}

FaultProxy::FaultProxy(QUrl upstream, quint32 seed)
    : m_upstream(std::move(upstream)), m_seed(seed), m_worker(new Worker(m_upstream, seed))
{
}

FaultProxy::~FaultProxy()
{
    if (!m_thread) {
        delete m_worker;
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool FaultProxy::start()
{
    if (m_thread)
        return m_url.isValid();
    m_thread = std::make_unique<QThread>();
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &port] { port = m_worker->listen(0); }, Qt::BlockingQueuedConnection);
    if (port == 0)
        return false;
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}

void FaultProxy::setOdds(const Odds &odds)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->odds = odds;
}

void FaultProxy::setUpstreamTimeout(int ms)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->upstreamTimeoutMs = qMax(1, ms);
}

void FaultProxy::setDown(bool down)
{
    if (!m_thread)
        return; // not listening yet
    const quint16 port = quint16(m_url.port());
    QMetaObject::invokeMethod(
        m_worker,
        [this, down, port] {
            if (down)
                m_worker->close();
            else
                m_worker->listen(port);
        },
        Qt::BlockingQueuedConnection);
}

std::array<int, FaultProxy::FaultCount> FaultProxy::counts() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->counts;
}

int FaultProxy::requests() const
{
    int n = 0;
    for (int c : counts())
        n += c;
    return n;
}

quint32 FaultProxy::seedFromEnvironment()
{
    bool ok = false;
    const quint32 s = qEnvironmentVariable("POSKO_FAULT_SEED").toUInt(&ok);
    return ok ? s : QRandomGenerator::global()->generate();
}

int FaultProxy::envInt(const char *name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariable(name).toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

} // namespace posko::test
