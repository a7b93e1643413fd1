// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/requestguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace posko {

namespace {

// Context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(posko::RequestGuardServer)
};

// Follows the request stream of one connection. Lives as a child of its socket.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, RequestGuardServer::Limits limits)
        : QObject(socket), m_socket(socket), m_limits(limits)
    {
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::inspect);
    }

private:
    enum class State
    {
        Head,
        Body,
        Refused
    };

    // Runs before the HTTP server's own handler, so every byte available now is one that server
    // has not read yet (it reads all there is each time).
    void inspect()
    {
        if (m_state == State::Refused) {
            drain();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        qint64 offset = 0;
        QByteArray peeked;
        while (offset < available) {
            if (m_state == State::Body) {
                const qint64 take = qMin(m_bodyLeft, available - offset);
                m_bodyLeft -= take;
                offset += take;
                if (m_bodyLeft == 0)
                    m_state = State::Head;
                continue;
            }
            // Head: look at no more than the head may still grow.
            const qint64 want = qMin(available - offset, m_limits.maxHeadBytes + 4 - m_head.size());
            if (peeked.size() < offset + want)
                peeked = m_socket->peek(offset + want);
            QByteArray data = peeked.mid(offset, want);
            offset += want;
            if (m_head.isEmpty()) {
                // Blank lines between requests are allowed (RFC 9112 2.2).
                qsizetype skip = 0;
                while (skip < data.size() && (data[skip] == '\r' || data[skip] == '\n'))
                    ++skip;
                data.remove(0, skip);
            }
            const qsizetype searchFrom = qMax<qsizetype>(0, m_head.size() - 3);
            m_head.append(data);
            const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeadBytes + 3) // cannot end within the limit
                    return refuse(431, Tr::tr("The request head is larger than %1 KiB.")
                                           .arg(m_limits.maxHeadBytes / 1024));
                continue;
            }
            if (end + 2 > m_limits.maxHeadBytes)
                return refuse(431, Tr::tr("The request head is larger than %1 KiB.")
                                       .arg(m_limits.maxHeadBytes / 1024));
            // Bytes after the blank line belong to the body (or the next request).
            offset -= m_head.size() - (end + 4);
            const QByteArray head = m_head.left(end);
            m_head.clear();
            if (!startBody(head))
                return;
        }
    }

    // Reads Content-Length and Transfer-Encoding; false when the request was refused.
    bool startBody(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        std::optional<qint64> length;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding") {
                refuse(411, Tr::tr("Send the request body with a Content-Length; chunked "
                                   "transfer encoding is not accepted."));
                return false;
            }
            if (name == "content-length") {
                bool ok = !value.isEmpty();
                for (char c : value)
                    ok = ok && c >= '0' && c <= '9';
                const qint64 v = value.size() <= 18 ? value.toLongLong() : -1;
                if (!ok || v < 0 || (length && *length != v)) {
                    refuse(400, Tr::tr("The Content-Length header is not valid."));
                    return false;
                }
                length = v;
            }
        }
        if (length && *length > m_limits.maxBodyBytes) {
            refuse(413, Tr::tr("The request body is larger than %1 MiB.")
                            .arg(m_limits.maxBodyBytes / (1024 * 1024)));
            return false;
        }
        m_bodyLeft = length.value_or(0);
        m_state = m_bodyLeft > 0 ? State::Body : State::Head;
        return true;
    }

    void refuse(int status, const QString &description)
    {
        m_state = State::Refused;
        // The HTTP server must not see any more of this connection (nor keep what it has read).
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::drain);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());

        static const QHash<int, QByteArray> reasons{{400, "Bad Request"},
                                                    {411, "Length Required"},
                                                    {413, "Payload Too Large"},
                                                    {431, "Request Header Fields Too Large"}};
        const QByteArray body =
            QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("code"), status},
                                                 {QStringLiteral("description"), description}}})
                .toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) +
                        "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                        QByteArray::number(body.size()) +
                        "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body);
        // Once the answer is out, say so (half-close) and wait for the client to hang up.
        connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGuard::halfClose);
        m_socket->flush();
        halfClose();
        QPointer<QTcpSocket> socket = m_socket;
        QTimer::singleShot(m_limits.drainMs, this, [socket] {
            if (socket)
                socket->abort();
        });
    }

    void halfClose()
    {
#ifdef Q_OS_UNIX
        if (!m_halfClosed && m_socket->bytesToWrite() == 0) {
            m_halfClosed = true;
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        }
#endif
    }

    void drain()
    {
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > m_limits.maxDrainBytes)
            m_socket->abort();
    }

    QTcpSocket *m_socket;
    RequestGuardServer::Limits m_limits;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_drained = 0;
    bool m_halfClosed = false;
};

} // namespace

RequestGuardServer::RequestGuardServer(Limits limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
}

void RequestGuardServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_limits); // connected first: runs before the HTTP server
    addPendingConnection(socket);
}

} // namespace posko
