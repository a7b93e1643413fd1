// SPDX-License-Identifier: GPL-3.0-or-later
// A first sync of a hub with more reports than one page holds, against the real posko-hub:
// pages up to the hub's cap, progress (received, feed position, the hub's max_seq, rate) from
// SyncClient and on poskoctl's stderr while its stdout keeps its one machine-read line.
#include "httpclient.h"
#include "hubprocess.h"

#include "core/domain/labelpolicy.h"
#include "core/hub/credentials.h"
#include "core/hub/hubdatabase.h"
#include "core/storage/replica.h"
#include "core/sync/reportjson.h"
#include "core/sync/syncclient.h"

#include "catch.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posko;
using namespace posko::test;

namespace {

constexpr int hubReports = 12000;
const QString opName = QStringLiteral("skala-op");
const QString opPassword = QStringLiteral("sandi-skala");

// A hub database with `hubReports` reports, every 20th routed to the covert squad (never
// sent to an operator without clearance), each with a history of one to three entries.
struct LargeHub
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    int visible = 0;

    LargeHub()
    {
        HubDatabase db;
        QString error;
        REQUIRE(db.open(path, &error));
        REQUIRE(db.addUser(opName, QStringLiteral("operator"), false, hashPassword(opPassword)));
        const LabelPolicy policy = LabelPolicy::builtIn();
        const Label *covertLabel = nullptr;
        for (const Label &l : policy.labels())
            if (l.defaultSquad == Squad::Covert)
                covertLabel = &l;
        REQUIRE(covertLabel);
        REQUIRE(db.begin());
        const QDateTime t0(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < hubReports; ++i) {
            StoredReport s;
            Report &r = s.report;
            const bool covert = i % 20 == 7;
            r.label = covert ? covertLabel->code : QStringLiteral("jalan_rusak");
            r.lat = -8.05 + (i % 100) * 1e-4;
            r.lon = 111.71 + (i % 37) * 1e-4;
            r.description = QStringLiteral("Laporan nomor %1: \"jalan\" berlubang\\retak").arg(i);
            r.kecamatan = QStringLiteral("35.03.11");
            r.requestedAt = r.updatedAt = r.statusSince = t0.addSecs(i * 60);
            r.history.push_back({r.requestedAt,
                                 QStringLiteral("warga"),
                                 QStringLiteral("created"),
                                 statusCode(Status::Baru),
                                 {},
                                 {}});
            for (int h = 0; h < i % 3; ++h)
                r.history.push_back({r.requestedAt.addSecs(h + 1),
                                     QStringLiteral("operator"),
                                     QStringLiteral("note"),
                                     {},
                                     {},
                                     QStringLiteral("catatan %1").arg(h)});
            r.version = int(r.history.size());
            s.covert = covert;
            s.wasPublic = !covert;
            if (covert)
                s.token = QStringLiteral("tanda-%1").arg(i);
            REQUIRE(db.insertReport(s, QStringLiteral("{}")));
            visible += covert ? 0 : 1;
        }
        REQUIRE(db.commit());
    }
};

// The hub's answer to the operator's log-in and one feed request.
struct Feed
{
    qint64 maxSeq = -1;
    int changes = -1;
    bool more = false;
};
Feed askFeed(const QUrl &hub, const QString &query)
{
    HttpClient http(hub);
    const HttpReply login = http.postJson(
        QStringLiteral("/api/v1/login"),
        QJsonObject{{QStringLiteral("user"), opName}, {QStringLiteral("password"), opPassword}});
    REQUIRE(login.status == 200);
    const QByteArray token = login.object().value(QStringLiteral("token")).toString().toUtf8();
    const HttpReply page = http.get(QStringLiteral("/api/v1/changes?") + query,
                                    {{"Authorization", "Bearer " + token}});
    REQUIRE(page.status == 200);
    const QJsonObject o = page.object();
    return {qint64(o.value(QStringLiteral("max_seq")).toDouble()),
            int(o.value(QStringLiteral("changes")).toArray().size()),
            o.value(QStringLiteral("more")).toBool()};
}

} // namespace

TEST_CASE("a first sync of a large hub streams pages of up to 5000 with progress")
{
    LargeHub data;
    HubProcess hub(data.path);
    REQUIRE(hub.start());

    // The hub serves at most 5000 changes a page, whatever is asked.
    const Feed capped = askFeed(hub.url(), QStringLiteral("since=0&limit=100000"));
    CHECK(capped.changes == 5000);
    CHECK(capped.more);
    // max_seq for a role without clearance: the last visible report's seq (the last report,
    // number 11999, is visible), not the count of what it can see.
    CHECK(capped.maxSeq == hubReports);

    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    QSignalSpy loggedIn(&client, &SyncClient::loggedIn);
    client.login(hub.url(), opName, opPassword);
    REQUIRE((!loggedIn.isEmpty() || loggedIn.wait(30000)));
    client.setSession(loggedIn.at(0).at(0).value<Session>());
    client.setPageSize(5000);
    QSignalSpy progress(&client, &SyncClient::syncProgress);
    QSignalSpy finished(&client, &SyncClient::syncFinished);
    QSignalSpy failed(&client, &SyncClient::syncFailed);
    client.syncNow();
    REQUIRE((!finished.isEmpty() || finished.wait(120000)));
    INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
    REQUIRE(failed.isEmpty());
    CHECK(finished.at(0).at(1).toInt() == data.visible);

    // One signal a page: three pages of at most 5000 for 11400 visible reports.
    REQUIRE(progress.count() == 3);
    qint64 received = 0, position = 0;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        CHECK(p.at(0).toLongLong() > received); // count grows with every page
        CHECK(p.at(0).toLongLong() - received <= 5000);
        CHECK(p.at(1).toLongLong() > position);
        CHECK(p.at(2).toLongLong() == capped.maxSeq); // the total is the hub's max_seq
        CHECK(p.at(3).toDouble() > 0);                // reports per second
        received = p.at(0).toLongLong();
        position = p.at(1).toLongLong();
    }
    CHECK(received == data.visible);
    CHECK(position == capped.maxSeq);
    CHECK(replica->lastSeq() == capped.maxSeq);
    CHECK(replica->reports().size() == data.visible);

    // No report has pending actions: each row is the hub's state, kept once (hub_state '').
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("syncscale-check"));
        db.setDatabaseName(replica->databasePath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM reports WHERE hub_state <> ''")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    int checked = 0, wrong = 0;
    for (const Report &shown : replica->reports()) {
        if (shown.id % 97 != 0)
            continue;
        const auto hub = replica->hubState(shown.id);
        if (!hub || hub->id != shown.id || hub->version != shown.version ||
            hub->history.size() != qsizetype(1 + (shown.id - 1) % 3))
            ++wrong;
        ++checked;
    }
    CHECK(checked > 50);
    CHECK(wrong == 0);
    QSqlDatabase::removeDatabase(QStringLiteral("syncscale-check"));
}

TEST_CASE("poskoctl sync shows progress on stderr and keeps stdout machine-readable")
{
    LargeHub data;
    HubProcess hub(data.path);
    REQUIRE(hub.start());
    QTemporaryDir dir;

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // English messages
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POSKO_BINARY_DIR "/app/poskoctl/poskoctl"),
            {QStringLiteral("--hub"), hub.url().toString(), QStringLiteral("--user"), opName,
             QStringLiteral("--password-stdin"), QStringLiteral("--data"), dir.path(),
             QStringLiteral("sync")});
    REQUIRE(p.waitForStarted(10000));
    p.write(opPassword.toUtf8() + '\n');
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 0);
    // stdout: exactly the one line scripts read.
    CHECK(out ==
          QStringLiteral("pushed=0 received=%1 removed=0 pending=0 failed=0\n").arg(data.visible));

    // stderr: only progress lines, growing, the last one at the hub's max_seq.
    const QRegularExpression line(
        QStringLiteral("^poskoctl: synced (\\d+) reports \\(feed at (\\d+) of (\\d+), (\\d+)%\\), "
                       "(\\d+) reports/s$"));
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    qint64 received = 0, position = 0, total = 0;
    for (const QString &l : lines) {
        const auto m = line.match(l);
        INFO(l.toStdString());
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1).toLongLong() > received);
        CHECK(m.captured(2).toLongLong() > position);
        received = m.captured(1).toLongLong();
        position = m.captured(2).toLongLong();
        total = m.captured(3).toLongLong();
    }
    CHECK(received == data.visible);
    CHECK(position == total);
    CHECK(total == hubReports);
    CHECK(lines.constLast().contains(QStringLiteral("100%")));
}

TEST_CASE("a sync whose page cannot be stored stops at the last whole page and resumes there")
{
    LargeHub data;
    HubProcess hub(data.path);
    REQUIRE(hub.start());
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);

    // The disk "fails" while the second page is written: a trigger aborts one history insert.
    auto rawExec = [&](const QString &sql) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("syncscale-raw"));
            db.setDatabaseName(replica->databasePath());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("syncscale-raw"));
    };
    rawExec(QStringLiteral("CREATE TRIGGER page_fails BEFORE INSERT ON history WHEN "
                           "NEW.report_id = 8001 BEGIN SELECT RAISE(ABORT, 'disk full'); END"));

    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    QSignalSpy loggedIn(&client, &SyncClient::loggedIn);
    client.login(hub.url(), opName, opPassword);
    REQUIRE((!loggedIn.isEmpty() || loggedIn.wait(30000)));
    client.setSession(loggedIn.at(0).at(0).value<Session>());
    client.setPageSize(5000);
    QSignalSpy progress(&client, &SyncClient::syncProgress);
    QSignalSpy finished(&client, &SyncClient::syncFinished);
    QSignalSpy failed(&client, &SyncClient::syncFailed);
    client.syncNow();
    REQUIRE((!failed.isEmpty() || failed.wait(120000)));
    CHECK(finished.isEmpty());
    CHECK(client.lastFailure() == SyncClient::Failure::Storage);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("disk full")));
    CHECK_FALSE(client.isSyncing());
    // Only the first page is in: its last_seq, its reports, nothing of the second.
    REQUIRE(progress.count() == 1);
    const qint64 firstPageSeq = progress.at(0).at(1).toLongLong();
    CHECK(replica->lastSeq() == firstPageSeq);
    CHECK(replica->reports().size() == 5000);
    CHECK(replica->reports().constLast().id <= firstPageSeq);
    // The page asked for ahead was dropped: nothing arrives after the failure.
    QTest::qWait(300);
    CHECK(progress.count() == 1);
    CHECK(failed.count() == 1);

    // Fixed disk, next sync: it goes on from that page and completes.
    rawExec(QStringLiteral("DROP TRIGGER page_fails"));
    client.syncNow();
    REQUIRE((!finished.isEmpty() || finished.wait(120000)));
    CHECK(finished.at(0).at(1).toInt() == data.visible - 5000);
    CHECK(replica->reports().size() == data.visible);
    CHECK(replica->lastSeq() == hubReports);
}

TEST_CASE("a sync client destroyed mid-sync leaves whole pages and its replica usable")
{
    LargeHub data;
    HubProcess hub(data.path);
    REQUIRE(hub.start());
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    qint64 stored = -1;
    {
        QNetworkAccessManager nam;
        SyncClient client(*replica, &nam);
        QSignalSpy loggedIn(&client, &SyncClient::loggedIn);
        client.login(hub.url(), opName, opPassword);
        REQUIRE((!loggedIn.isEmpty() || loggedIn.wait(30000)));
        client.setSession(loggedIn.at(0).at(0).value<Session>());
        client.setPageSize(1000);
        QSignalSpy progress(&client, &SyncClient::syncProgress);
        client.syncNow();
        REQUIRE((!progress.isEmpty() || progress.wait(60000)));
        REQUIRE(client.isSyncing());
        stored = progress.constLast().at(1).toLongLong();
    } // destroyed while the next pages are on the way or being stored
    // Whole pages only: the stored last_seq is a page end at or after the last one signalled,
    // and the reports are exactly those up to it.
    const qint64 lastSeq = replica->lastSeq();
    CHECK(lastSeq >= stored);
    qint64 upTo = 0;
    for (const Report &r : replica->reports())
        upTo = qMax(upTo, r.seq);
    CHECK(upTo == lastSeq);
    CHECK(replica->reports().size() % 1000 == 0);
    // A new client goes on from there.
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    QSignalSpy loggedIn(&client, &SyncClient::loggedIn);
    client.login(hub.url(), opName, opPassword);
    REQUIRE((!loggedIn.isEmpty() || loggedIn.wait(30000)));
    client.setSession(loggedIn.at(0).at(0).value<Session>());
    QSignalSpy finished(&client, &SyncClient::syncFinished);
    client.syncNow();
    REQUIRE((!finished.isEmpty() || finished.wait(120000)));
    CHECK(replica->reports().size() == data.visible);
    CHECK(replica->lastSeq() == hubReports);
}
