// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/tileroutes.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpSocket>

namespace posko {

namespace {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Internal Server Error";
    }
}

// One HTTP/1.1 answer with a Content-Length, so the connection stays usable for the next
// request (the hub's QAbstractHttpServer keeps reading it).
void writeAnswer(QTcpSocket *socket, int status, const QByteArray &contentType,
                 const QByteArray &body, const HeaderPairs &extra = {})
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: " + contentType +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : extra)
        head += h.first + ": " + h.second + "\r\n";
    socket->write(head + "\r\n" + body);
}

void writeError(QTcpSocket *socket, int status, const QByteArray &code, const QString &message)
{
    const QJsonObject o{{QStringLiteral("error"), QString::fromLatin1(code)},
                        {QStringLiteral("message"), message}};
    writeAnswer(socket, status, "application/json; charset=utf-8",
                QJsonDocument(o).toJson(QJsonDocument::Compact), {{"Cache-Control", "no-store"}});
}

// A tile number: digits only (no sign, no spaces), at most 10 of them.
std::optional<int> tileNumber(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    if (!digits.match(s).hasMatch())
        return std::nullopt;
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

// How long workstations may keep a tile of an offline pack: the file changes only when an
// administrator replaces it, so a day keeps requests rare and updates visible soon enough.
constexpr int mbtilesMaxAgeSecs = 24 * 3600;

} // namespace

TileSource *TileRoutes::Source::source() const
{
    return file ? static_cast<TileSource *>(file.get()) : proxy.get();
}

TileRoutes::TileRoutes(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

TileRoutes::~TileRoutes() = default;

TileRoutes::AddResult TileRoutes::add(const QString &spec, const QString &databasePath,
                                      QString *error)
{
    auto usage = [&](const QString &why) {
        if (error)
            *error = why;
        return AddResult::UsageError;
    };
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString name = eq > 0 ? spec.left(eq) : QString();
    const QString target = eq > 0 ? spec.mid(eq + 1).trimmed() : QString();
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    if (!validName.match(name).hasMatch() || target.isEmpty())
        return usage(QCoreApplication::translate(
                         "posko::TileRoutes",
                         "--tiles must be NAME=FILE.mbtiles or NAME=URL with NAME made of a-z, "
                         "0-9, '_' and '-' (got \"%1\")")
                         .arg(spec));
    if (find(name))
        return usage(QCoreApplication::translate("posko::TileRoutes", "--tiles %1 is given twice")
                         .arg(name));

    Source s;
    s.name = name;
    if (target.startsWith(QLatin1String("http://")) ||
        target.startsWith(QLatin1String("https://"))) {
        if (const QString bad = XyzTileSource::checkTemplate(target); !bad.isEmpty())
            return usage(QStringLiteral("--tiles %1: ").arg(name) + bad);
        XyzConfig c;
        c.name = name;
        c.urlTemplate = target;
        c.contact = m_contact;
        c.cachePath = databasePath + QStringLiteral(".tiles-") + name + QStringLiteral(".sqlite");
        c.cacheMaxBytes = 2LL * 1024 * 1024 * 1024; // an office's area at every zoom fits
        // Requests the workstations make while the upstream is slow wait here; beyond this
        // they get 503 and ask again later.
        c.maxQueued = 512;
        auto created = XyzTileSource::create(c, m_network);
        if (!created.source) {
            if (error)
                *error = QStringLiteral("--tiles %1: ").arg(name) + created.error;
            return AddResult::RuntimeError;
        }
        XyzTileSource *proxy = created.source.get();
        connect(proxy, &TileSource::tileReady, this,
                [this, proxy](const TileKey &k, const QByteArray &d) { proxyReady(proxy, k, d); });
        connect(proxy, &TileSource::tileFailed, this,
                [this, proxy](const TileKey &k, const QString &reason, bool missing) {
                    proxyFailed(proxy, k, reason, missing);
                });
        s.proxy = std::move(created.source);
    } else {
        auto opened = MbTilesSource::open(target);
        if (!opened.source)
            return usage(QStringLiteral("--tiles %1: ").arg(name) + opened.error);
        s.file = std::move(opened.source);
    }
    m_sources.push_back(std::move(s));
    return AddResult::Ok;
}

TileRoutes::Source *TileRoutes::find(const QString &name)
{
    for (Source &s : m_sources)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool TileRoutes::handles(const QString &path)
{
    return path == QLatin1String("/tiles") || path.startsWith(QLatin1String("/tiles/"));
}

void TileRoutes::serve(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (request.method() != QHttpServerRequest::Method::Get) {
        writeError(socket, 405, "method_not_allowed",
                   QCoreApplication::translate("posko::TileRoutes", "Method not allowed on %1.")
                       .arg(path));
        return;
    }
    if (path == QLatin1String("/tiles") || path == QLatin1String("/tiles/")) {
        list(socket);
        return;
    }
    // /tiles/NAME/Z/X/Y, the last part optionally with an extension (Y.png) as many clients
    // append one.
    QStringList parts = path.mid(7).split(QLatin1Char('/'));
    Source *s = parts.isEmpty() ? nullptr : find(parts.first());
    if (!s || parts.size() != 4) {
        writeError(
            socket, 404, "not_found",
            QCoreApplication::translate("posko::TileRoutes", "No such tile source: %1.").arg(path));
        return;
    }
    const qsizetype dot = parts[3].indexOf(QLatin1Char('.'));
    if (dot > 0)
        parts[3].truncate(dot);
    tile(*s, parts, socket);
}

void TileRoutes::list(QTcpSocket *socket)
{
    QJsonArray out;
    for (const Source &s : m_sources) {
        const TileSource *t = s.source();
        out.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("path"), QStringLiteral("/tiles/%1/{z}/{x}/{y}").arg(s.name)},
            {QStringLiteral("kind"), s.file ? QStringLiteral("mbtiles") : QStringLiteral("proxy")},
            {QStringLiteral("title"), t->name()},
            {QStringLiteral("attribution"), t->attribution()},
            {QStringLiteral("minzoom"), t->minZoom()},
            {QStringLiteral("maxzoom"), t->maxZoom()},
        });
    }
    writeAnswer(
        socket, 200, "application/json; charset=utf-8",
        QJsonDocument(QJsonObject{{QStringLiteral("sources"), out}}).toJson(QJsonDocument::Compact),
        {{"Cache-Control", "no-store"}});
}

void TileRoutes::tile(const Source &s, const QStringList &parts, QTcpSocket *socket)
{
    const auto z = tileNumber(parts[1]);
    const auto x = tileNumber(parts[2]);
    const auto y = tileNumber(parts[3]);
    if (!z || !x || !y || *z > 30 || qint64(*x) >= (qint64(1) << *z) ||
        qint64(*y) >= (qint64(1) << *z)) {
        writeError(socket, 400, "bad_tile",
                   QCoreApplication::translate("posko::TileRoutes",
                                               "A tile address is /tiles/NAME/Z/X/Y with 0 <= Z "
                                               "<= 30 and 0 <= X, Y < 2^Z."));
        return;
    }
    const TileKey key{*z, *x, *y};
    const QString missing =
        QCoreApplication::translate("posko::TileRoutes", "The source %1 has no tile %2/%3/%4.")
            .arg(s.name)
            .arg(key.z)
            .arg(key.x)
            .arg(key.y);
    if (s.file) {
        QByteArray data;
        QString error;
        switch (s.file->read(key, &data, &error)) {
        case MbTilesSource::Lookup::Found:
            writeAnswer(
                socket, 200, s.file->contentType(), data,
                {{"Cache-Control", "public, max-age=" + QByteArray::number(mbtilesMaxAgeSecs)}});
            return;
        case MbTilesSource::Lookup::Missing:
            writeError(socket, 404, "not_found", missing);
            return;
        case MbTilesSource::Lookup::Error:
            writeError(
                socket, 500, "internal",
                QCoreApplication::translate("posko::TileRoutes", "Cannot read the tile file: %1")
                    .arg(error));
            return;
        }
    }
    if (key.z < s.proxy->minZoom() || key.z > s.proxy->maxZoom()) {
        writeError(socket, 404, "not_found", missing);
        return;
    }
    // Several clients asking for the same tile share one upstream request: the source starts
    // at most one per tile and answers every waiter with the same signal.
    m_waiters.push_back({s.proxy.get(), key, socket});
    s.proxy->request(key);
}

void TileRoutes::proxyReady(XyzTileSource *proxy, const TileKey &key, const QByteArray &data)
{
    QByteArray contentType = "application/octet-stream";
    QByteArray cacheControl = "no-store"; // the upstream said not to keep it
    if (TileCache *cache = proxy->cache()) {
        if (const auto e = cache->peek(key)) {
            contentType = e->contentType;
            const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(e->expires));
            cacheControl = "public, max-age=" + QByteArray::number(left);
        }
    }
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->proxy == proxy && it->key == key) {
            writeAnswer(it->socket, 200, contentType, data, {{"Cache-Control", cacheControl}});
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}

void TileRoutes::proxyFailed(XyzTileSource *proxy, const TileKey &key, const QString &reason,
                             bool missing)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->proxy == proxy && it->key == key) {
            if (missing)
                writeError(it->socket, 404, "not_found", reason);
            else
                writeError(it->socket, 502, "upstream_failed",
                           QCoreApplication::translate("posko::TileRoutes",
                                                       "The upstream tile server failed: %1")
                               .arg(reason));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace posko
