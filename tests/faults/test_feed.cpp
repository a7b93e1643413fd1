// SPDX-License-Identifier: GPL-3.0-or-later
// The changes feed cannot skip or repeat a change, whatever the clocks say: a reader paging
// with small pages while two processes write the same hub database (the hub serving operator
// actions and citizen reports, and `posko-hub --import-open311` importing from a fake Open311
// server in chunks, one transaction each) sees every report's latest state, each change once
// and in seq order; and with the hub's clock jumping back and forth between writes the feed
// still follows seq (timestamps go backwards, seq never does).
#include "fakeopen311.h"
#include "faultfixture.h"

#include "core/domain/labelpolicy.h"
#include "core/hub/credentials.h"
#include "core/hub/hubdatabase.h"
#include "core/hub/hubserver.h"
#include "core/hub/requestguard.h"

#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace posko;
using namespace posko::test;

namespace {

// Reads the feed page by page, checking as it goes that seq only grows and pages chain.
struct FeedReader
{
    FeedReader(HttpClient &client, Headers headers, int pageSize = 3)
        : http(client), auth(std::move(headers)), limit(pageSize)
    {
    }

    HttpClient &http;
    Headers auth;
    int limit = 3;
    qint64 since = 0;
    qint64 lastSeqSeen = 0;
    int changesSeen = 0, pages = 0;
    QMap<qint64, std::pair<int, qint64>> latest; // id -> (version, seq)
    QMap<qint64, QString> updatedAt;             // id -> updated_at of the latest state
    bool clockWentBack = false;                  // a later seq carried an earlier updated_at

    // One page; returns `more`.
    bool page()
    {
        const HttpReply r = http.get(
            QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit), auth);
        REQUIRE(r.status == 200);
        const QJsonObject o = r.object();
        const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
        REQUIRE(changes.size() <= limit);
        QString prevUpdated;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            const qint64 seq = c.value(QStringLiteral("seq")).toInteger();
            const qint64 id = c.value(QStringLiteral("id")).toString().toLongLong();
            INFO("page after " << since << ": seq " << seq << " report " << id);
            REQUIRE(seq > since);
            REQUIRE(seq > lastSeqSeen); // in order, never a repeat
            lastSeqSeen = seq;
            const int version = c.value(QStringLiteral("version")).toInt();
            // A report's versions only move forward along the feed.
            CHECK(version > latest.value(id, {0, 0}).first);
            latest[id] = {version, seq};
            const QString updated = c.value(QStringLiteral("updated_at")).toString();
            if (!prevUpdated.isEmpty() && updated < prevUpdated)
                clockWentBack = true;
            prevUpdated = updated;
            updatedAt[id] = updated;
            ++changesSeen;
        }
        const qint64 last = o.value(QStringLiteral("last_seq")).toInteger();
        if (!changes.isEmpty())
            CHECK(last == lastSeqSeen);
        CHECK(last >= since);
        CHECK(o.value(QStringLiteral("max_seq")).toInteger() >= last);
        since = last;
        ++pages;
        return o.value(QStringLiteral("more")).toBool();
    }
};

QJsonObject noteBody(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("note")}, {QStringLiteral("text"), text}};
}

// A reader pages the feed (3 a page) while the hub takes operator notes and citizen reports
// and `posko-hub --import-open311` writes the same database from another process. The feed's
// properties are always checked; `importMustComplete` also demands that the import stored every
// record despite the concurrent writes (the case below asks one run to do it).
void feedUnderTwoWriters(bool importMustComplete)
{
    const quint32 seed = announceSeed("feed under writers");
    QRandomGenerator rng(seed);
    HubWithUsers h;
    QVector<qint64> ids = h.submit(4);

    // The second writer: an Open311 import into the live hub's database, 5 records a page (a
    // transaction each), so its commits interleave with the hub's own writes.
    FakeOpen311 upstream;
    REQUIRE(upstream.listening());
    const int imported = rounds(150);
    {
        QVector<FakeOpen311::Record> records;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < imported; ++i) {
            FakeOpen311::Record r;
            r.requested = r.updated = t0.addSecs(-60 * i);
            const QString at = r.requested.toString(Qt::ISODate);
            r.json =
                QJsonObject{{QStringLiteral("service_request_id"), QStringLiteral("IMP-%1").arg(i)},
                            {QStringLiteral("service_code"), QStringLiteral("jalan_rusak")},
                            {QStringLiteral("status"), QStringLiteral("open")},
                            {QStringLiteral("description"), QStringLiteral("import %1").arg(i)},
                            {QStringLiteral("lat"), -8.05},
                            {QStringLiteral("long"), 111.71},
                            {QStringLiteral("requested_datetime"), at},
                            {QStringLiteral("updated_datetime"), at}};
            records.push_back(r);
        }
        upstream.setRecords(records);
    }
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("import.json"));
    {
        QFile f(config);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QJsonObject source{{QStringLiteral("name"), QStringLiteral("lapor")},
                                 {QStringLiteral("url"), upstream.url().toString()},
                                 {QStringLiteral("page_size"), 5}};
        f.write(
            QJsonDocument(QJsonObject{{QStringLiteral("sources"), QJsonArray{source}}}).toJson());
    }

    // Writers: several chains of requests in flight at once (citizen reports, notes).
    HttpClient writerLogin(h.hub.url());
    const Headers budi = writerLogin.login(QStringLiteral("budi"), kPassword);
    REQUIRE_FALSE(budi.isEmpty());
    QNetworkAccessManager nam;
    const int total = rounds(150);
    int started = 0, done = 0, failed = 0;
    std::function<void()> writeNext = [&] {
        if (started >= total)
            return;
        const int k = started++;
        QNetworkReply *reply = nullptr;
        if (k % 3 == 0) {
            QNetworkRequest req(
                QUrl(h.hub.url().toString() + QStringLiteral("/open311/v2/requests.json")));
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("api_key"), h.apiKey);
            form.addQueryItem(QStringLiteral("service_code"), QStringLiteral("jalan_rusak"));
            form.addQueryItem(QStringLiteral("lat"), QStringLiteral("-8.05"));
            form.addQueryItem(QStringLiteral("long"), QStringLiteral("111.71"));
            form.addQueryItem(QStringLiteral("description"), QStringLiteral("writer %1").arg(k));
            reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
        } else {
            const qint64 id = ids[int(rng.bounded(ids.size()))];
            QNetworkRequest req(QUrl(h.hub.url().toString() +
                                     QStringLiteral("/api/v1/reports/%1/actions").arg(id)));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            for (const auto &hd : budi)
                req.setRawHeader(hd.first, hd.second);
            req.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray());
            reply = nam.post(req, QJsonDocument(noteBody(QStringLiteral("w%1").arg(k)))
                                      .toJson(QJsonDocument::Compact));
        }
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, k] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200)
                ++failed;
            else if (k % 3 == 0)
                ids.push_back(QJsonDocument::fromJson(reply->readAll())
                                  .array()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("service_request_id"))
                                  .toString()
                                  .toLongLong());
            ++done;
            writeNext();
        });
    };
    for (int chain = 0; chain < 6; ++chain)
        writeNext();

    // The reader pages with 3 changes a page while the writers run (each blocking get runs
    // the event loop, so writes land between and during pages).
    HttpClient readerHttp(h.hub.url());
    FeedReader reader(readerHttp, readerHttp.login(QStringLiteral("andi"), kPassword));
    REQUIRE_FALSE(reader.auth.isEmpty());
    // Started once the reader is logged in (the log-in's password hashing would outlast it).
    QProcess importer;
    int importRuns = 0;
    QByteArray importOut, importErr;
    auto startImport = [&] {
        ++importRuns;
        importer.start(HubProcess::executable(),
                       {QStringLiteral("--database"), h.hub.databasePath(),
                        QStringLiteral("--import-open311"), upstream.url().toString(),
                        QStringLiteral("--import-config"), config});
        REQUIRE(importer.waitForStarted(10000));
    };
    // Until the hub's transactions are immediate, a chunk may fail with "database is locked"
    // (exit 1); a run after it imports the rest, so the property checks always see a second
    // writer at work. With importMustComplete one run has to do it all.
    auto importDone = [&] {
        if (importer.state() != QProcess::NotRunning)
            return false;
        importOut += importer.readAllStandardOutput();
        importErr += importer.readAllStandardError();
        if (!importMustComplete && importer.exitStatus() == QProcess::NormalExit &&
            importer.exitCode() == 1 && importRuns < 20) {
            startImport();
            return false;
        }
        return true;
    };
    startImport();
    int pagesDuringWrites = 0, pagesDuringImport = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        const bool importing = !importDone();
        const bool writing = done < total || importing;
        const bool more = reader.page();
        if (writing)
            ++pagesDuringWrites;
        if (importing)
            ++pagesDuringImport;
        else if (!writing && !more)
            break; // a full pass after the last write
    }
    REQUIRE(importer.state() == QProcess::NotRunning); // the loop ends only after it
    INFO(importRuns << " import run(s): " << importOut.toStdString() << importErr.toStdString());
    CHECK(importer.exitStatus() == QProcess::NormalExit);
    CHECK(importer.exitCode() == 0); // the last run stored the rest
    if (importMustComplete)
        CHECK(importOut.contains(QByteArray::number(imported) + " new"));
    CHECK(failed == 0);
    CHECK(done == total);
    CHECK(pagesDuringWrites > 3);
    CHECK(pagesDuringImport > 0);
    std::cout << "feed: " << reader.pages << " pages (" << pagesDuringWrites << " during writes, "
              << pagesDuringImport << " during " << importRuns << " import run(s)), "
              << reader.changesSeen << " changes seen, " << total << " writes through the hub, "
              << imported << " imported" << std::endl;

    // Nothing skipped: the reader's latest state of every report is the hub's (an imported
    // report is written once, so a change committed behind the reader's cursor would be a
    // report missing here), at the seq the hub holds it.
    const View hub = h.view(QStringLiteral("andi"));
    CHECK(hub.size() == ids.size() + imported);
    CHECK(reader.latest.size() == hub.size());
    QMap<qint64, qint64> hubSeq;
    for (const QJsonValue &c : h.feed(QStringLiteral("andi")))
        hubSeq.insert(c.toObject().value(QStringLiteral("id")).toString().toLongLong(),
                      c.toObject().value(QStringLiteral("seq")).toInteger());
    for (auto it = hub.cbegin(); it != hub.cend(); ++it) {
        INFO("report " << it.key());
        CHECK(reader.latest.value(it.key()).first == it->version);
        CHECK(reader.latest.value(it.key()).second == hubSeq.value(it.key()));
    }
    h.hub.stop();
    CHECK(integrity(h.hub.databasePath()) == QStringLiteral("ok"));
}

} // namespace

TEST_CASE("a reader paging the feed while a second process writes the hub database sees every "
          "change once, in seq order, and ends with the hub's state")
{
    feedUnderTwoWriters(false);
}

// Failed while the hub's write transactions were deferred: the importer's read-then-write met
// the live hub's writes and a chunk failed with "database is locked". With BEGIN IMMEDIATE
// (HubDatabase::beginWrite) one run must store everything.
TEST_CASE("an import into a live hub stores every record while the hub writes too")
{
    feedUnderTwoWriters(true);
}

TEST_CASE("the feed follows seq, not the hub's clock, when the clock jumps back and forth")
{
    QTemporaryDir dir;
    HubDatabase db;
    QString error;
    REQUIRE(db.open(dir.filePath(QStringLiteral("hub.sqlite")), &error));
    REQUIRE(db.addUser(QStringLiteral("andi"), QStringLiteral("operator"), false,
                       hashPassword(kPassword, 1000)));
    REQUIRE(db.addApiKey(QStringLiteral("citizen"), secretDigest("citizen-key")));
    const auto policy = LabelPolicy::fromJson(LabelPolicy::builtInJson());
    REQUIRE(policy.policy);
    const QDateTime base(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    ManualClock clock(base);
    HubServer server(db, *policy.policy, clock);
    auto *tcp = new RequestGuardServer(&server);
    REQUIRE(tcp->listen(QHostAddress::LocalHost));
    server.bind(tcp);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort()));
    server.setPublicUrl(url);

    HttpClient http(url);
    FeedReader reader(http, http.login(QStringLiteral("andi"), kPassword), 2);
    REQUIRE_FALSE(reader.auth.isEmpty());
    // Back five years, forward, back a day, a second: NTP steps, a dead CMOS battery, DST.
    const qint64 jumps[] = {0, -5LL * 365 * 86400, 7200, -60, -86400, 3600, -1, -30LL * 86400};
    QVector<qint64> ids;
    const int n = rounds(40);
    for (int i = 0; i < n; ++i) {
        clock.set(base.addSecs(jumps[i % 8]));
        if (i % 4 == 0 || ids.isEmpty()) {
            const HttpReply r =
                http.postForm(QStringLiteral("/open311/v2/requests.json"),
                              {{QStringLiteral("api_key"), QStringLiteral("citizen-key")},
                               {QStringLiteral("service_code"), QStringLiteral("jalan_rusak")},
                               {QStringLiteral("lat"), QStringLiteral("-8.05")},
                               {QStringLiteral("long"), QStringLiteral("111.71")},
                               {QStringLiteral("description"), QStringLiteral("clock %1").arg(i)}});
            INFO(r.body.toStdString());
            REQUIRE(r.status == 200);
            ids.push_back(r.array()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("service_request_id"))
                              .toString()
                              .toLongLong());
        } else {
            Headers h = reader.auth;
            h.append({"Idempotency-Key", QUuid::createUuid().toByteArray()});
            const HttpReply r =
                http.postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(ids[i % ids.size()]),
                              noteBody(QStringLiteral("n%1").arg(i)), h);
            INFO(r.body.toStdString());
            REQUIRE(r.status == 200);
        }
        if (i % 3 == 2)
            reader.page(); // the reader keeps up between writes
    }
    while (reader.page()) {
    }
    CHECK(reader.clockWentBack); // timestamps went backwards along the feed…
    REQUIRE(reader.latest.size() == ids.size());
    // …and still nothing was skipped: every report's latest version is the one stored.
    for (qint64 id : ids) {
        const auto stored = db.loadReport(id);
        REQUIRE(stored);
        CHECK(reader.latest.value(id).first == stored->report.version);
        CHECK(reader.latest.value(id).second == stored->report.seq);
    }
}
