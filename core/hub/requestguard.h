// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace posko {

// The listening socket of the hub. QAbstractHttpServer (Qt 6.4) reads every byte a client sends
// into memory until the request is complete, with no limit. This server gives each accepted
// socket a guard that sees the bytes first: its readyRead handler is connected before
// QAbstractHttpServer connects its own (bind() picks sockets up from pendingConnectionAvailable),
// so it peeks at each request head before Qt reads any of it, and follows Content-Length to
// find the next request on a kept-alive connection. A request is refused, the HTTP server's
// handler disconnected and the connection closed after the answer, when
//   - the head (request line and headers) is longer than maxHeadBytes: 431;
//   - Content-Length is above maxBodyBytes: 413;
//   - the body is chunked (Transfer-Encoding): 411, a length is required;
//   - Content-Length is malformed or given twice with different values: 400.
// The answer is an Open311 error list. The rest of a refused upload is read and dropped for a
// short while (no buffering), so the client sees the answer instead of a reset connection.
class RequestGuardServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBodyBytes = 16 * 1024 * 1024; // photos are at most 8 MiB
        qint64 maxHeadBytes = 64 * 1024;        // without the blank line that ends the head
        qint64 maxDrainBytes = 64 * 1024 * 1024;
        int drainMs = 15000;
    };

    explicit RequestGuardServer(QObject *parent = nullptr) : RequestGuardServer(Limits{}, parent) {}
    explicit RequestGuardServer(Limits limits, QObject *parent = nullptr);

    Limits limits() const { return m_limits; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Limits m_limits;
};

} // namespace posko
