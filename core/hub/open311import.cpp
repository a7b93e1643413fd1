// SPDX-License-Identifier: GPL-3.0-or-later
// Import from other Open311 GeoReport v2 servers (docs/import.md).
#include "core/hub/open311import.h"
#include "core/hub/hubserver.h"
#include "core/sync/reportjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <cmath>

namespace posko {

namespace {

// Context of this file's messages, declared so lupdate and the runtime agree on it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(posko::Open311Import)
};

// The regency's extent, the same as the hub's own Open311 POST (docs/api.md).
constexpr double minLon = 111.2, maxLon = 112.1, minLat = -8.5, maxLat = -7.7;
constexpr int maxText = 4000;
constexpr int maxMediaUrl = 2000;
constexpr int maxWindowsPerRun = 1000;
// Records stored per transaction; the hub serves requests between two (docs/import.md).
constexpr qsizetype recordsPerTransaction = 200;

const QRegularExpression &offsetPattern()
{
    static const QRegularExpression re(QStringLiteral("^[+-]\\d{2}(:?\\d{2})?$"));
    return re;
}

// ±hh[[:]mm] to seconds east of UTC; nullopt when malformed or beyond ±18 h.
std::optional<int> offsetSeconds(const QString &o)
{
    if (o == QStringLiteral("Z") || o == QStringLiteral("z"))
        return 0;
    if (!offsetPattern().match(o).hasMatch())
        return std::nullopt;
    const int sign = o.startsWith(QLatin1Char('-')) ? -1 : 1;
    const QString digits = QString(o.mid(1)).remove(QLatin1Char(':'));
    const int h = digits.left(2).toInt();
    const int m = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
    if (h > 18 || m > 59)
        return std::nullopt;
    return sign * (h * 3600 + m * 60);
}

} // namespace

QDateTime parseOpen311DateTime(const QString &text, const QString &assumeOffset)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int sec = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const int ms = m.captured(7).isEmpty()
                       ? 0
                       : m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), qMin(sec, 59), ms);
    if (!date.isValid() || !time.isValid() || sec > 60)
        return {};
    const QString offsetText = m.captured(8).isEmpty() ? assumeOffset : m.captured(8);
    if (offsetText.isEmpty())
        return {};
    const auto offset = offsetSeconds(offsetText);
    if (!offset)
        return {};
    return QDateTime(date, time, QTimeZone(*offset)).toUTC();
}

QUrl ImportSource::endpoint() const
{
    if (url.path().endsWith(QStringLiteral(".json")))
        return url;
    QUrl u = url;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path + QStringLiteral("/requests.json"));
    return u;
}

ImportSource defaultImportSource(const QUrl &url)
{
    ImportSource s;
    s.url = url;
    s.name = url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    return s;
}

// ---------------------------------------------------------------------------------------------
// Configuration

std::optional<ImportConfig> parseImportConfig(const QByteArray &json, const LabelPolicy &policy,
                                              QStringList *errors)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *errors
            << Tr::tr("$: not valid JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *errors << Tr::tr("$: must be an object with \"sources\"");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QStringLiteral("sources"))
            *errors << Tr::tr("$.%1: unknown key").arg(it.key());
    if (!root.value(QStringLiteral("sources")).isArray()) {
        *errors << Tr::tr("$.sources: must be an array");
        return std::nullopt;
    }
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9._:-]{1,64}$"));
    static const QSet<QString> known{QStringLiteral("name"),
                                     QStringLiteral("url"),
                                     QStringLiteral("api_key"),
                                     QStringLiteral("jurisdiction_id"),
                                     QStringLiteral("interval_seconds"),
                                     QStringLiteral("services"),
                                     QStringLiteral("fallback_label"),
                                     QStringLiteral("updated_after"),
                                     QStringLiteral("page_size"),
                                     QStringLiteral("window_days"),
                                     QStringLiteral("since_days"),
                                     QStringLiteral("lookback_days"),
                                     QStringLiteral("assume_offset"),
                                     QStringLiteral("timeout_seconds"),
                                     QStringLiteral("max_bytes"),
                                     QStringLiteral("max_pages")};
    ImportConfig config;
    QSet<QString> names;
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString path = QStringLiteral("$.sources[%1]").arg(i);
        if (!sources[i].isObject()) {
            *errors << Tr::tr("%1: must be an object").arg(path);
            continue;
        }
        const QJsonObject o = sources[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                *errors << Tr::tr("%1.%2: unknown key").arg(path, it.key());
        ImportSource s;
        auto text = [&](const char *key, bool required) -> QString {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() && !required)
                return {};
            if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
                *errors
                    << Tr::tr("%1.%2: must be a non-empty string").arg(path, QLatin1String(key));
                return {};
            }
            return v.toString().trimmed();
        };
        auto number = [&](const char *key, qint64 lo, qint64 hi, qint64 fallback) -> qint64 {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return fallback;
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != std::floor(d) || d < double(lo) || d > double(hi)) {
                *errors << Tr::tr("%1.%2: must be a whole number from %3 to %4")
                               .arg(path, QLatin1String(key))
                               .arg(lo)
                               .arg(hi);
                return fallback;
            }
            return qint64(d);
        };
        s.name = text("name", true);
        if (!s.name.isEmpty() && !namePattern.match(s.name).hasMatch())
            *errors << Tr::tr("%1.name: use 1-64 lower-case letters, digits, '.', '_', ':' or '-'")
                           .arg(path);
        else if (!s.name.isEmpty() && names.contains(s.name))
            *errors << Tr::tr("%1.name: \"%2\" is used by another source").arg(path, s.name);
        names.insert(s.name);
        const QString url = text("url", true);
        s.url = QUrl(url, QUrl::StrictMode);
        if (!url.isEmpty() && (!s.url.isValid() || s.url.host().isEmpty() ||
                               (s.url.scheme() != QStringLiteral("http") &&
                                s.url.scheme() != QStringLiteral("https"))))
            *errors << Tr::tr("%1.url: must be an http or https URL").arg(path);
        s.apiKey = text("api_key", false);
        s.jurisdictionId = text("jurisdiction_id", false);
        s.intervalSeconds = int(number("interval_seconds", 1, 7 * 86400, s.intervalSeconds));
        s.pageSize = int(number("page_size", 0, 1000, s.pageSize));
        s.windowDays = int(number("window_days", 1, 366, s.windowDays));
        s.sinceDays = int(number("since_days", 1, 3660, s.sinceDays));
        s.lookbackDays = int(number("lookback_days", 0, 3660, s.lookbackDays));
        s.timeoutSeconds = int(number("timeout_seconds", 1, 600, s.timeoutSeconds));
        s.maxBytes = number("max_bytes", 1024, qint64(1) << 30, s.maxBytes);
        s.maxPages = int(number("max_pages", 1, 100000, s.maxPages));
        // A run walks at most maxWindowsPerRun windows; more could never finish.
        if ((qint64(s.sinceDays) + s.windowDays - 1) / s.windowDays > maxWindowsPerRun)
            *errors << Tr::tr("%1.since_days: at most %2 windows of window_days per run; "
                              "raise window_days or lower since_days")
                           .arg(path)
                           .arg(maxWindowsPerRun);
        s.assumeOffset = text("assume_offset", false);
        if (!s.assumeOffset.isEmpty() && !offsetSeconds(s.assumeOffset))
            *errors
                << Tr::tr("%1.assume_offset: must be an offset like \"+07:00\" or \"Z\"").arg(path);
        const QJsonValue ua = o.value(QStringLiteral("updated_after"));
        if (ua.isBool())
            s.updatedAfter =
                ua.toBool() ? ImportSource::UpdatedAfter::Yes : ImportSource::UpdatedAfter::No;
        else if (!ua.isUndefined() && ua != QJsonValue(QStringLiteral("auto")))
            *errors << Tr::tr("%1.updated_after: must be true, false or \"auto\"").arg(path);
        s.fallbackLabel = text("fallback_label", false);
        if (!s.fallbackLabel.isEmpty() && !policy.find(s.fallbackLabel))
            *errors << Tr::tr("%1.fallback_label: \"%2\" is not a Posko label")
                           .arg(path, s.fallbackLabel);
        const QJsonValue services = o.value(QStringLiteral("services"));
        if (!services.isUndefined() && !services.isObject())
            *errors << Tr::tr("%1.services: must be an object of service_code: label").arg(path);
        const QJsonObject map = services.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString() || !policy.find(it.value().toString()))
                *errors << Tr::tr("%1.services.%2: must name a Posko label").arg(path, it.key());
            else
                s.services.insert(it.key(), it.value().toString());
        }
        config.sources.push_back(s);
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return config;
}

// ---------------------------------------------------------------------------------------------
// One upstream record, checked.

namespace {

struct UpstreamNote
{
    QDateTime at;
    QString text;
    QString key() const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash((toIsoUtc(at) + QLatin1Char('\n') + text).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(32));
    }
};

struct UpstreamRecord
{
    QString id;
    QString label;
    bool closed = false;
    QString statusNotes;
    QString description;
    QString address;
    double lat = 0, lon = 0;
    QDateTime requested, updated;
    QString mediaUrl;
    QJsonObject attributes;
    QVector<UpstreamNote> notes;
    QByteArray fingerprint;
    QString warning; // imported, but something was dropped
};

// A JSON string or a whole number as text; empty when neither.
QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
    }
    return {};
}

std::optional<double> coordinate(const QJsonValue &v)
{
    if (v.isDouble())
        return std::isfinite(v.toDouble()) ? std::optional(v.toDouble()) : std::nullopt;
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QString textField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().trimmed().left(maxText) : QString();
}

std::optional<UpstreamRecord> checkRecord(const QJsonObject &o, const ImportSource &src,
                                          const LabelPolicy &policy, QString *error)
{
    UpstreamRecord r;
    r.id = idText(o.value(QStringLiteral("service_request_id")));
    if (r.id.isEmpty() || r.id.size() > 200) {
        *error = Tr::tr("service_request_id is missing or not a string or whole number");
        return std::nullopt;
    }
    const QString code = idText(o.value(QStringLiteral("service_code")));
    if (src.services.contains(code))
        r.label = src.services.value(code);
    else if (!code.isEmpty() && policy.find(code))
        r.label = code;
    else if (!src.fallbackLabel.isEmpty())
        r.label = src.fallbackLabel;
    else {
        *error = Tr::tr("service_code \"%1\" maps to no Posko label (add it to \"services\" or set "
                        "\"fallback_label\")")
                     .arg(code);
        return std::nullopt;
    }
    const auto lat = coordinate(o.value(QStringLiteral("lat")));
    const auto lon = coordinate(o.value(QStringLiteral("long")));
    if (!lat || !lon) {
        *error = Tr::tr("lat and long are missing or not numbers");
        return std::nullopt;
    }
    if (*lon < minLon || *lon > maxLon || *lat < minLat || *lat > maxLat) {
        *error = Tr::tr("the location %1, %2 is outside Kabupaten Trenggalek").arg(*lat).arg(*lon);
        return std::nullopt;
    }
    r.lat = *lat;
    r.lon = *lon;
    const QString requested = textField(o, "requested_datetime");
    r.requested = parseOpen311DateTime(requested, src.assumeOffset);
    if (!r.requested.isValid()) {
        *error = Tr::tr("requested_datetime \"%1\" is not an ISO 8601 date-time with an offset")
                     .arg(requested);
        return std::nullopt;
    }
    const QJsonValue updated = o.value(QStringLiteral("updated_datetime"));
    if (updated.isString() && !updated.toString().trimmed().isEmpty()) {
        r.updated = parseOpen311DateTime(updated.toString(), src.assumeOffset);
        if (!r.updated.isValid()) {
            *error = Tr::tr("updated_datetime \"%1\" is not an ISO 8601 date-time with an offset")
                         .arg(updated.toString());
            return std::nullopt;
        }
    } else {
        r.updated = r.requested;
    }
    r.updated = qMax(r.updated, r.requested);
    const QString status = textField(o, "status").toLower();
    if (!status.isEmpty() && status != QStringLiteral("open") &&
        status != QStringLiteral("closed")) {
        *error = Tr::tr("status \"%1\" is neither \"open\" nor \"closed\"").arg(status);
        return std::nullopt;
    }
    r.closed = status == QStringLiteral("closed");
    r.statusNotes = textField(o, "status_notes");
    r.description = textField(o, "description");
    r.address = textField(o, "address").left(500);
    if (r.address.isEmpty())
        r.address = textField(o, "address_string").left(500);
    const QString media = textField(o, "media_url");
    if (!media.isEmpty()) {
        const QUrl u(media, QUrl::StrictMode);
        if (u.isValid() && media.size() <= maxMediaUrl &&
            (u.scheme() == QStringLiteral("http") || u.scheme() == QStringLiteral("https")))
            r.mediaUrl = media;
        else
            r.warning = Tr::tr("media_url is not an http or https URL; imported without it");
    }
    const QJsonValue attrs = o.value(QStringLiteral("extended_attributes"));
    if (attrs.isObject())
        r.attributes = attrs.toObject();
    else if (!attrs.isUndefined() && !attrs.isNull()) {
        *error = Tr::tr("extended_attributes must be an object");
        return std::nullopt;
    }
    const QJsonValue notes = o.value(QStringLiteral("notes"));
    if (!notes.isUndefined() && !notes.isNull() && !notes.isArray()) {
        *error = Tr::tr("notes must be a list");
        return std::nullopt;
    }
    const QJsonArray noteList = notes.toArray();
    for (qsizetype i = 0; i < noteList.size(); ++i) {
        const QJsonObject n = noteList[i].toObject();
        UpstreamNote note;
        const QString at = textField(n, "datetime");
        note.at = parseOpen311DateTime(at, src.assumeOffset);
        for (const char *k : {"description", "summary", "text", "note"})
            if (note.text.isEmpty())
                note.text = textField(n, k);
        if (!noteList[i].isObject() || !note.at.isValid()) {
            *error = Tr::tr("notes[%1] needs a \"datetime\" with an offset").arg(i);
            return std::nullopt;
        }
        if (!note.text.isEmpty())
            r.notes.push_back(note);
    }
    // The record as served plus the label it maps to: a changed mapping updates the report.
    r.fingerprint = QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact) +
                                                 '\n' + r.label.toUtf8(),
                                             QCryptographicHash::Sha256);
    return r;
}

// The records of a list answer: a bare array, or an object holding one (service_requests,
// requests, …). nullopt with `error` for any other shape.
std::optional<QVector<QJsonObject>> recordsOf(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error =
            Tr::tr("the answer is not JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    QJsonArray list;
    bool found = doc.isArray();
    if (found) {
        list = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *k : {"service_requests", "requests", "service_request", "request", "data",
                              "items", "results"}) {
            QJsonValue v = o.value(QLatin1String(k));
            // {"service_requests": {"request": [...]}}, as XML-to-JSON gateways write it
            if (v.isObject() && v.toObject().size() == 1 && v.toObject().begin()->isArray())
                v = *v.toObject().begin();
            if (v.isArray()) {
                list = v.toArray();
                found = true;
                break;
            }
        }
    }
    if (!found) {
        *error =
            Tr::tr("the answer is neither a list of service requests nor an object holding one");
        return std::nullopt;
    }
    QVector<QJsonObject> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            *error = Tr::tr("item %1 of the list is not an object").arg(i);
            return std::nullopt;
        }
        out.push_back(list[i].toObject());
    }
    return out;
}

// A request URL as it may be logged: without user info and with the api_key hidden.
QString shownUrl(QUrl url)
{
    QUrlQuery q(url);
    if (q.hasQueryItem(QStringLiteral("api_key"))) {
        q.removeAllQueryItems(QStringLiteral("api_key"));
        q.addQueryItem(QStringLiteral("api_key"), QStringLiteral("(hidden)"));
        url.setQuery(q);
    }
    return url.toString(QUrl::RemoveUserInfo);
}

// At most this many problem lines per run (a source with thousands of bad records must not
// flood the log every interval); the rest are counted.
constexpr int maxProblemLines = 50;

void addProblem(ImportSummary &s, const QString &line)
{
    if (s.problems.size() < maxProblemLines)
        s.problems << line;
    else
        ++s.moreProblems;
}

QString isoParam(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The run of one source.

struct Open311Importer::Run
{
    enum class Mode
    {
        Probe,
        UpdatedAfter,
        Windows
    };
    ImportSource src;
    Mode mode = Mode::UpdatedAfter;
    QDateTime started;
    QDateTime updatedAfter;           // UpdatedAfter mode
    QDateTime windowStart, windowEnd; // Windows mode
    int windows = 0;
    int page = 1;
    int largestPage = 0;       // the longest page of the current list so far
    bool ascending = true;     // the current list came sorted by updated_datetime so far
    QDateTime lastUpdated;     // of the current list
    bool morePages = false;    // updated_after: max_pages reached on a list sorted ascending
    bool warnedRepeat = false; // the "server ignores page" problem line was given this run
    // Refused records hold the cursor back so they are read again once fixed (docs/import.md).
    QDateTime oldestRefused;     // the earliest time one of them may have (updated or requested)
    bool refusedUndated = false; // one had no readable time: the cursor does not move at all
    QStringList previousIds;
    QSet<QString> seen; // ids handled in this run (a server ignoring dates repeats them)
    // The page being stored (storeChunk).
    QVector<QJsonObject> pageRecords;
    QStringList pageIds;
    QString pageUrl;
    qsizetype pageNext = 0;
    bool pageRepeated = false;
    bool pageEmpty = false;
    QDateTime maxUpdated;
    ImportSummary summary;
    QPointer<QNetworkReply> reply;
};

Open311Importer::Open311Importer(HubDatabase &db, LabelPolicy policy, const Clock &clock,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_policy(std::move(policy)), m_clock(clock),
      m_areas(AreaCatalog::builtIn()), m_places(m_areas), m_nam(new QNetworkAccessManager(this))
{
    // A configured server may redirect within itself, never to another host (which could be
    // one on the hub's own network).
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

Open311Importer::~Open311Importer()
{
    // Pending requests end without calling back into a half-destroyed importer.
    for (const auto &run : std::as_const(m_runs))
        if (run->reply) {
            run->reply->disconnect(this);
            run->reply->abort();
        }
}

bool Open311Importer::isRunning(const QString &sourceName) const
{
    return m_runs.contains(sourceName);
}

void Open311Importer::run(const ImportSource &source)
{
    if (m_runs.contains(source.name))
        return;
    auto run = std::make_shared<Run>();
    run->src = source;
    run->started = m_clock.now();
    m_runs.insert(source.name, run);
    const auto honoured = m_updatedAfterProbed.constFind(source.name);
    const bool useUpdatedAfter = source.updatedAfter == ImportSource::UpdatedAfter::Yes ||
                                 (source.updatedAfter == ImportSource::UpdatedAfter::Auto &&
                                  honoured != m_updatedAfterProbed.constEnd() && *honoured);
    const bool probe = source.updatedAfter == ImportSource::UpdatedAfter::Auto &&
                       honoured == m_updatedAfterProbed.constEnd();
    const QDateTime cursor = fromIsoUtc(m_db.importCursor(source.name));
    const QDateTime since = run->started.addDays(-source.sinceDays);
    if (probe) {
        run->mode = Run::Mode::Probe;
    } else if (useUpdatedAfter) {
        run->mode = Run::Mode::UpdatedAfter;
        // A minute of overlap: an upstream commit late within the same second is not missed;
        // what was seen already is unchanged and skipped by its fingerprint.
        run->updatedAfter = cursor.isValid() ? cursor.addSecs(-60) : since;
    } else {
        run->mode = Run::Mode::Windows;
        run->windowEnd =
            cursor.isValid() ? qMax(since, cursor.addDays(-source.lookbackDays)) : since;
    }
    QMetaObject::invokeMethod(
        this,
        [this, name = source.name] {
            if (auto r = m_runs.value(name))
                r->mode == Run::Mode::Windows ? nextWindow(*r) : startList(*r);
        },
        Qt::QueuedConnection);
}

void Open311Importer::nextWindow(Run &run)
{
    const QDateTime end = run.started;
    if (run.windowEnd >= end) {
        finish(run.src.name);
        return;
    }
    // (Re-reads by a server that ignores dates are skipped by id within the run.)
    if (++run.windows > maxWindowsPerRun)
        return fail(run, shownUrl(run.src.endpoint()),
                    Tr::tr("more than %1 date windows in one run; the rest was not read "
                           "(raise window_days)")
                        .arg(maxWindowsPerRun));
    run.windowStart = run.windowEnd;
    run.windowEnd = qMin(end, run.windowStart.addDays(run.src.windowDays));
    startList(run);
}

void Open311Importer::startList(Run &run)
{
    run.page = 1;
    run.previousIds.clear();
    run.largestPage = 0;
    run.ascending = true;
    run.lastUpdated = {};
    fetchPage(run);
}

void Open311Importer::fetchPage(Run &run)
{
    QUrl url = run.src.endpoint();
    QUrlQuery q(url);
    // '+' would reach the server as a space; '%' and '&' are encoded by QUrlQuery.
    auto literal = [](QString v) {
        return v.replace(QLatin1Char('%'), QStringLiteral("%25"))
            .replace(QLatin1Char('+'), QStringLiteral("%2B"));
    };
    if (!run.src.jurisdictionId.isEmpty())
        q.addQueryItem(QStringLiteral("jurisdiction_id"), literal(run.src.jurisdictionId));
    if (!run.src.apiKey.isEmpty())
        q.addQueryItem(QStringLiteral("api_key"), literal(run.src.apiKey));
    switch (run.mode) {
    case Run::Mode::Probe:
        // Nothing was updated after tomorrow: a server that honours updated_after answers [].
        q.addQueryItem(QStringLiteral("updated_after"), isoParam(run.started.addDays(1)));
        break;
    case Run::Mode::UpdatedAfter:
        q.addQueryItem(QStringLiteral("updated_after"), isoParam(run.updatedAfter));
        break;
    case Run::Mode::Windows:
        q.addQueryItem(QStringLiteral("start_date"), isoParam(run.windowStart));
        q.addQueryItem(QStringLiteral("end_date"), isoParam(run.windowEnd));
        break;
    }
    if (run.src.pageSize > 0 && run.mode != Run::Mode::Probe) {
        q.addQueryItem(QStringLiteral("page"), QString::number(run.page));
        q.addQueryItem(QStringLiteral("page_size"), QString::number(run.src.pageSize));
    }
    url.setQuery(q);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("posko-hub/%1 (Open311 import)")
                          .arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(run.src.timeoutSeconds * 1000);
    ++run.summary.requests;
    QNetworkReply *reply = m_nam->get(request);
    run.reply = reply;
    const QString name = run.src.name;
    const qint64 maxBytes = run.src.maxBytes;
    // The whole answer within the timeout, not only some byte every so often.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("posko_timeout", true);
        reply->abort();
    });
    deadline->start(run.src.timeoutSeconds * 1000);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received) {
        if (received > maxBytes) {
            reply->setProperty("posko_too_big", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, name, reply] { onReply(name, reply); });
}

void Open311Importer::onReply(const QString &name, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto run = m_runs.value(name);
    if (!run)
        return;
    run->reply = nullptr;
    const QString shown = shownUrl(reply->url());
    if (reply->property("posko_too_big").toBool())
        return fail(
            *run, shown,
            Tr::tr("the answer is larger than %1 bytes (max_bytes)").arg(run->src.maxBytes));
    if (reply->property("posko_timeout").toBool() ||
        reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return fail(*run, shown,
                    Tr::tr("no complete answer within %1 s").arg(run->src.timeoutSeconds));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::InsecureRedirectError)
        return fail(*run, shown,
                    Tr::tr("refused a redirect to another host (%1); only redirects within the "
                           "same server are followed")
                        .arg(shownUrl(reply->url().resolved(
                            QUrl(QString::fromUtf8(reply->rawHeader("Location")))))));
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return fail(*run, shown, Tr::tr("unreachable: %1").arg(reply->errorString()));
    const QByteArray body = reply->readAll();
    // A server that refuses updated_after as a bad request does not offer it: date windows
    // then. Other refusals (401, 403, 408, 429, ...) say nothing about it: a failed fetch.
    if (run->mode == Run::Mode::Probe && (status == 400 || status == 422))
        return afterProbe(*run, false);
    if (status != 200)
        return fail(*run, shown,
                    Tr::tr("HTTP status %1: %2")
                        .arg(status)
                        .arg(QString::fromUtf8(body.left(200)).simplified()));
    if (reply->error() != QNetworkReply::NoError)
        return fail(*run, shown, Tr::tr("the answer broke off: %1").arg(reply->errorString()));
    // (Content-Length counts the encoded bytes when the server compressed the answer.)
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (length.isValid() && (encoding.isEmpty() || encoding == "identity") &&
        length.toLongLong() != body.size())
        return fail(*run, shown,
                    Tr::tr("the answer is truncated (%1 of %2 bytes)")
                        .arg(body.size())
                        .arg(length.toLongLong()));
    QString error;
    const auto records = recordsOf(body, &error);
    if (!records)
        return fail(*run, shown, error);
    onPage(*run, *records, shown);
}

void Open311Importer::afterProbe(Run &run, bool honoured)
{
    m_updatedAfterProbed.insert(run.src.name, honoured);
    const QDateTime cursor = fromIsoUtc(m_db.importCursor(run.src.name));
    const QDateTime since = run.started.addDays(-run.src.sinceDays);
    if (honoured) {
        run.mode = Run::Mode::UpdatedAfter;
        run.updatedAfter = cursor.isValid() ? cursor.addSecs(-60) : since;
        startList(run);
    } else {
        run.mode = Run::Mode::Windows;
        run.windowEnd =
            cursor.isValid() ? qMax(since, cursor.addDays(-run.src.lookbackDays)) : since;
        nextWindow(run);
    }
}

void Open311Importer::holdForRefused(Run &run, const QJsonObject &record)
{
    // The time the list is read by: updated_datetime (updated_after) or requested_datetime
    // (windows). Without a usable offset the earliest instant it may mean (UTC+14).
    // requested_datetime is no later than updated_datetime: the fallback for it.
    QStringList keys{QStringLiteral("requested_datetime")};
    if (run.mode == Run::Mode::UpdatedAfter)
        keys.prepend(QStringLiteral("updated_datetime"));
    QDateTime t;
    for (const QString &key : std::as_const(keys)) {
        const QString text =
            record.value(key).isString() ? record.value(key).toString().trimmed() : QString();
        if (!t.isValid())
            t = parseOpen311DateTime(text, run.src.assumeOffset);
        if (!t.isValid())
            t = parseOpen311DateTime(text, QStringLiteral("+14:00"));
    }
    if (!t.isValid())
        run.refusedUndated = true;
    else if (!run.oldestRefused.isValid() || t < run.oldestRefused)
        run.oldestRefused = t;
}

void Open311Importer::fail(Run &run, const QString &url, const QString &reason)
{
    addProblem(run.summary, QStringLiteral("%1: %2").arg(url, reason));
    run.summary.fetchFailed = true;
    finish(run.src.name);
}

void Open311Importer::onPage(Run &run, const QVector<QJsonObject> &records, const QString &url)
{
    if (run.mode == Run::Mode::Probe)
        return afterProbe(run, records.isEmpty());
    QStringList ids;
    for (const QJsonObject &o : records)
        ids << idText(o.value(QStringLiteral("service_request_id")));
    // An empty page ends the list; a page that repeats the previous one means the server
    // ignores `page` (everything came on page 1).
    run.pageRepeated = run.page > 1 && ids == run.previousIds;
    run.pageEmpty = records.isEmpty();
    run.pageRecords = run.pageRepeated ? QVector<QJsonObject>() : records;
    run.pageIds = ids;
    run.pageUrl = url;
    run.pageNext = 0;
    storeChunk(run.src.name);
}

// Stores the page in chunks, one transaction each; the event loop serves the hub's requests
// between two chunks.
void Open311Importer::storeChunk(const QString &name)
{
    const auto held = m_runs.value(name);
    if (!held)
        return;
    Run &run = *held;
    const QVector<QJsonObject> &records = run.pageRecords;
    const QStringList &ids = run.pageIds;
    const QString url = run.pageUrl;
    const qsizetype end = qMin(records.size(), run.pageNext + recordsPerTransaction);
    if (run.pageNext < end) {
        const QDateTime now = m_clock.now();
        if (!m_db.beginWrite()) {
            fail(run, url, Tr::tr("the database is busy: %1").arg(m_db.lastError()));
            return;
        }
        bool dbOk = true;
        for (qsizetype i = run.pageNext; i < end && dbOk; ++i) {
            if (!ids[i].isEmpty() && run.seen.contains(ids[i]))
                continue;
            if (!ids[i].isEmpty())
                run.seen.insert(ids[i]);
            QString error;
            const auto rec = checkRecord(records[i], run.src, m_policy, &error);
            const QString label =
                ids[i].isEmpty() ? Tr::tr("record %1").arg(i) : Tr::tr("record \"%1\"").arg(ids[i]);
            if (!rec) {
                ++run.summary.refused;
                holdForRefused(run, records[i]);
                addProblem(run.summary, QStringLiteral("%1: %2: %3").arg(url, label, error));
                continue;
            }
            if (!rec->warning.isEmpty())
                addProblem(run.summary, QStringLiteral("%1: %2: %3").arg(url, label, rec->warning));
            if (run.lastUpdated.isValid() && rec->updated < run.lastUpdated)
                run.ascending = false;
            run.lastUpdated = rec->updated;
            if (!run.maxUpdated.isValid() || rec->updated > run.maxUpdated)
                run.maxUpdated = rec->updated;

            bool ok = true;
            auto link = m_db.importLink(run.src.name, rec->id, &ok);
            if (!ok) {
                dbOk = false;
                break;
            }
            if (link && link->fingerprint == rec->fingerprint) {
                ++run.summary.unchanged;
                continue;
            }
            const QString actor = QStringLiteral("open311:") + run.src.name;
            StoredReport s;
            bool changed = false;
            bool isNew = !link;
            if (link) {
                auto loaded = m_db.loadReport(link->reportId);
                if (!loaded) {
                    dbOk = false;
                    break;
                }
                s = *loaded;
            } else {
                link.emplace();
                Report &r = s.report;
                r.requestedAt = r.statusSince = rec->requested;
                r.updatedAt = rec->updated;
                r.history.push_back({rec->requested,
                                     actor,
                                     QStringLiteral("created"),
                                     statusCode(Status::Baru),
                                     {},
                                     {}});
                link->upstreamStatus = QStringLiteral("open");
            }
            Report &r = s.report;
            auto set = [&changed](auto &field, const auto &value) {
                if (field != value) {
                    field = value;
                    changed = true;
                }
            };
            set(r.label, rec->label);
            set(r.lat, rec->lat);
            set(r.lon, rec->lon);
            set(r.kecamatan, m_places.kecamatanAt(rec->lat, rec->lon));
            set(r.description, rec->description);
            set(r.address, rec->address);
            set(s.externalMediaUrl, rec->mediaUrl);
            for (const UpstreamNote &n : rec->notes) {
                const QString key = n.key();
                if (link->noteKeys.contains(key))
                    continue;
                link->noteKeys << key;
                r.history.push_back(
                    {n.at, actor, QStringLiteral("note"), statusCode(r.status), {}, n.text});
                changed = true;
            }
            // Upstream status is applied only when it changed upstream since the last import:
            // closing closes here (unless already closed), reopening reopens a closed report.
            // A status Posko operators set is never overwritten by an unchanged upstream one.
            const QString upstream =
                rec->closed ? QStringLiteral("closed") : QStringLiteral("open");
            if (upstream != link->upstreamStatus) {
                const Status target = rec->closed ? Status::Ditutup : Status::DibukaKembali;
                if (isClosed(r.status) == !rec->closed) {
                    r.status = target;
                    r.statusSince = rec->updated;
                    r.history.push_back({rec->updated,
                                         actor,
                                         QStringLiteral("status"),
                                         statusCode(target),
                                         {},
                                         rec->statusNotes});
                    changed = true;
                }
                link->upstreamStatus = upstream;
            }
            s.covert = reportIsCovert(r, m_policy);
            if (changed && !isNew) {
                r.version += 1;
                r.updatedAt = qMax(now, r.updatedAt);
            }
            link->fingerprint = rec->fingerprint;
            link->attributes = QJsonDocument(rec->attributes).toJson(QJsonDocument::Compact);
            if (isNew)
                dbOk = m_db.insertReport(s, QStringLiteral("{}"));
            else if (changed)
                dbOk = m_db.updateReport(s);
            link->reportId = r.id;
            dbOk = dbOk && m_db.storeImportLink(run.src.name, rec->id, *link, now);
            if (isNew)
                ++run.summary.created;
            else if (changed)
                ++run.summary.updated;
            else
                ++run.summary.unchanged;
        }
        if (!dbOk || !m_db.commit()) {
            const QString dbError = m_db.lastError();
            m_db.rollback();
            fail(run, url, Tr::tr("the records could not be stored: %1").arg(dbError));
            return;
        }
        run.pageNext = end;
        if (end < records.size()) {
            QMetaObject::invokeMethod(
                this, [this, name] { storeChunk(name); }, Qt::QueuedConnection);
            return;
        }
    }
    const bool repeated = run.pageRepeated;
    // A page shorter than the full ones before it (or than page_size on page 1) is the last.
    // (Only trusted at max_pages: elsewhere an empty page ends the list, which also suits a
    // server that cuts pages below page_size.)
    const int fullPage =
        run.largestPage > 0 ? qMin(run.largestPage, run.src.pageSize) : run.src.pageSize;
    const bool shortPage = ids.size() < fullPage;
    run.largestPage = qMax(run.largestPage, int(ids.size()));
    if (run.pageEmpty || repeated || run.src.pageSize == 0 || run.page >= run.src.maxPages) {
        if (!run.pageEmpty && !repeated && run.src.pageSize > 0 && run.page >= run.src.maxPages &&
            !shortPage) {
            // A list sorted by update time can go on from the newest update stored; otherwise
            // records are left unread: an error (the cursor stays), not a silent partial import.
            if (run.mode == Run::Mode::UpdatedAfter && run.ascending && run.maxUpdated.isValid()) {
                run.morePages = true;
                addProblem(run.summary,
                           QStringLiteral("%1: %2").arg(
                               url, Tr::tr("more than %1 pages; the rest follows on the next "
                                           "poll (max_pages)")
                                        .arg(run.src.maxPages)));
                return finish(run.src.name);
            }
            return fail(run, url,
                        Tr::tr("more than %1 pages; the rest was not read (max_pages)")
                            .arg(run.src.maxPages));
        }
        // Page 2 = page 1 while page 1 was full: the server cuts to page_size but ignores page,
        // so anything beyond the first page cannot be read this way.
        if (repeated && run.page == 2 && ids.size() == run.src.pageSize)
            return fail(run, url,
                        Tr::tr("the server ignores page but not page_size: only the first %1 "
                               "records could be read (set \"page_size\": 0 for it)")
                            .arg(ids.size()));
        // A server that ignores page and also cuts its answers short cannot be told from one
        // that sent everything on page 1: said once per run, so the admin can check it.
        if (repeated && !run.warnedRepeat) {
            run.warnedRepeat = true;
            addProblem(run.summary,
                       QStringLiteral("%1: %2").arg(
                           url, Tr::tr("the server ignores page (page %1 repeats page %2): its "
                                       "%3 records are taken as the whole list; if it cuts its "
                                       "answers short, records are missing (set \"page_size\": "
                                       "0 for it)")
                                    .arg(run.page)
                                    .arg(run.page - 1)
                                    .arg(ids.size())));
        }
        if (run.mode == Run::Mode::Windows)
            nextWindow(run);
        else
            finish(run.src.name);
        return;
    }
    run.previousIds = ids;
    run.pageRecords.clear();
    ++run.page;
    fetchPage(run);
}

void Open311Importer::finish(const QString &name)
{
    const auto run = m_runs.take(name);
    if (!run)
        return;
    if (!run->summary.fetchFailed) {
        // Next time: from the newest upstream change seen (updated_after), or from the start of
        // this run less the look-back (windows).
        const bool ua = run->mode == Run::Mode::UpdatedAfter;
        QDateTime cursor =
            ua ? (run->maxUpdated.isValid() ? qMax(run->maxUpdated, run->updatedAfter)
                                            : run->updatedAfter)
               : run->started;
        // Refused records are asked for again on the next poll: updated_after from no later
        // than the oldest of them, or windows reaching back to it (less the look-back).
        if (run->oldestRefused.isValid())
            cursor = qMin(cursor, ua ? qMax(run->oldestRefused, run->updatedAfter)
                                     : run->oldestRefused.addDays(run->src.lookbackDays));
        if (run->refusedUndated)
            cursor = ua ? run->updatedAfter : QDateTime();
        // Never past this run's start: an upstream clock ahead of ours must not skip changes.
        const QDateTime capped = qMin(cursor, run->started);
        if (capped.isValid() && !m_db.setImportCursor(name, toIsoUtc(capped)))
            addProblem(run->summary, Tr::tr("%1: the import cursor could not be stored: %2")
                                         .arg(run->src.endpoint().toString(), m_db.lastError()));
    }
    emit finished(name, run->summary);
}

// ---------------------------------------------------------------------------------------------

QString importSummaryLine(const QUrl &url, const ImportSummary &s)
{
    // Machine-read (docs/import.md): never translated.
    return QStringLiteral("import %1: %2 new, %3 updated, %4 unchanged, %5 refused, %6 requests")
        .arg(url.toString(QUrl::RemoveUserInfo))
        .arg(s.created)
        .arg(s.updated)
        .arg(s.unchanged)
        .arg(s.refused)
        .arg(s.requests);
}

QStringList importProblemLines(const ImportSummary &s)
{
    QStringList lines;
    for (const QString &p : s.problems)
        lines << QStringLiteral("import problem: ") + p;
    // The prefix is machine-read and stays untranslated; the reason text may be translated.
    if (s.moreProblems > 0)
        lines << QStringLiteral("import problem: ") +
                     Tr::tr("%n more not listed", nullptr, s.moreProblems);
    return lines;
}

ImportScheduler::ImportScheduler(Open311Importer &importer, ImportConfig config, Log log,
                                 QObject *parent)
    : QObject(parent), m_importer(importer), m_config(std::move(config)), m_log(std::move(log))
{
    connect(&m_importer, &Open311Importer::finished, this,
            [this](const QString &name, const ImportSummary &summary) {
                for (const ImportSource &s : std::as_const(m_config.sources)) {
                    if (s.name != name)
                        continue;
                    for (const QString &p : importProblemLines(summary))
                        m_log(p);
                    m_log(importSummaryLine(s.endpoint(), summary));
                }
            });
}

void ImportScheduler::start()
{
    for (const ImportSource &s : std::as_const(m_config.sources)) {
        auto *timer = new QTimer(this);
        timer->setInterval(s.intervalSeconds * 1000);
        connect(timer, &QTimer::timeout, this, [this, s] {
            if (!m_importer.isRunning(s.name))
                m_importer.run(s);
        });
        timer->start();
        m_importer.run(s);
    }
}

} // namespace posko
