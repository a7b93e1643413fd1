// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileserver.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

namespace posko::test {

TileServer::TileServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TileServer::onConnection);
}

TileServer::~TileServer()
{
    for (QTcpSocket *s : std::as_const(m_sockets)) {
        s->disconnect(this);
        s->abort();
        delete s;
    }
}

bool TileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TileServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QByteArray TileServer::tileBody(const QByteArray &path)
{
    return QByteArray("\x89PNG tile ") + path;
}

int TileServer::count(const QByteArray &path) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void TileServer::onConnection()
{
    while (QTcpSocket *s = m_server.nextPendingConnection()) {
        s->setParent(nullptr); // owned by m_sockets, deleted when it disconnects
        m_sockets.push_back(s);
        m_maxConnections = qMax(m_maxConnections, int(m_sockets.size()));
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_sockets.removeOne(s);
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void TileServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    for (;;) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        Request req;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
        // A body (PUT, POST) follows the head; wait until all of it is here.
        const qsizetype length = req.header("content-length").toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        req.body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        m_requests.push_back(req);
        ++m_answering;
        m_maxAnswering = qMax(m_maxAnswering, m_answering);
        Response r;
        if (m_handler) {
            r = m_handler(req);
        } else {
            r.headers = {{"Content-Type", "image/png"}, {"Cache-Control", "max-age=3600"}};
            r.body = tileBody(req.path);
        }
        emit requestReceived();
        QPointer<QTcpSocket> guard(socket);
        if (r.hold)
            m_held.push_back({guard, r});
        else if (r.delayMs > 0)
            QTimer::singleShot(r.delayMs, this, [this, guard, r] { answer(guard, r); });
        else
            answer(socket, r);
    }
}

void TileServer::answer(QTcpSocket *socket, const Response &r)
{
    --m_answering;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Test\r\n";
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body;
    socket->write(out);
}

void TileServer::release()
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &h : held)
        answer(h.socket, h.response);
}

bool TileServer::waitForRequests(int n, int timeoutMs)
{
    if (m_requests.size() >= n)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &TileServer::requestReceived, &loop, [&] {
        if (m_requests.size() >= n)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return m_requests.size() >= n;
}

} // namespace posko::test
