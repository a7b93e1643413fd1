// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace posko::test {

// A small HTTP/1.1 tile server on a loopback port, started by the test, that records every
// request and answers as the test configures: status, headers, body, a delay, or "hold" until
// the test releases the answers. It counts requests being answered at once and open
// connections, so tests can check a client's parallelism. Keep-alive is supported (requests
// are answered in order per connection, each with a Content-Length). Request bodies are read
// by their Content-Length, so other small API fakes (PUT, POST) can use it too.
class TileServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;                       // as long as its Content-Length (none for GETs)
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;   // answer after this long (a slow server)
        bool hold = false; // answer only when release() is called
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TileServer(QObject *parent = nullptr);
    ~TileServer() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const; // http://127.0.0.1:PORT

    // Decides each answer; the default is 200 with a small PNG-like body naming the path.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    static QByteArray tileBody(const QByteArray &path); // "\x89PNG" + path

    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &path) const;
    void clearRequests() { m_requests.clear(); }
    int answering() const { return m_answering; } // received, not yet answered
    int maxAnswering() const { return m_maxAnswering; }
    int connections() const { return int(m_sockets.size()); }
    int maxConnections() const { return m_maxConnections; }
    void release(); // sends every held answer

    // Runs the event loop until `n` requests in total were received (true) or the timeout.
    bool waitForRequests(int n, int timeoutMs = 10000);

signals:
    void requestReceived();

private:
    struct Held
    {
        QPointer<QTcpSocket> socket;
        Response response;
    };
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &r);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_sockets;
    QList<Request> m_requests;
    QList<Held> m_held;
    int m_answering = 0;
    int m_maxAnswering = 0;
    int m_maxConnections = 0;
};

} // namespace posko::test
