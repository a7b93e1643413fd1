// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client in process against the real hub seeded with demo data: log-in failures it
// tells apart, paged pulls, the photo cache, and the covert purge of a cached photo.
#include "e2ehelpers.h"
#include "hubprocess.h"

#include "core/domain/clock.h"
#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"
#include "core/sync/syncclient.h"

#include "catch.h"
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>

using namespace posko;
using namespace posko::test;

namespace {

bool waitFor(QSignalSpy &spy, int timeoutMs = 60000)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the sync client tells an unreachable hub from a wrong password")
{
    QTemporaryDir data;
    QString error;
    auto replica = Replica::open(data.path(), &error);
    REQUIRE(replica);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    QSignalSpy failed(&client, &SyncClient::loginFailed);

    // Nothing listens on port 1.
    client.login(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("x"),
                 QStringLiteral("y"));
    REQUIRE(waitFor(failed));
    CHECK(client.lastFailure() == SyncClient::Failure::Network);
    CHECK(failed.takeFirst().at(0).toString().contains(QStringLiteral("127.0.0.1:1")));

    HubProcess hub;
    REQUIRE(
        hub.addUser(QStringLiteral("e2e-op"), QStringLiteral("operator"), QStringLiteral("benar")));
    REQUIRE(hub.start());
    client.login(hub.url(), QStringLiteral("e2e-op"), QStringLiteral("salah"));
    REQUIRE(waitFor(failed));
    CHECK(client.lastFailure() == SyncClient::Failure::Authentication);
    CHECK_FALSE(client.session().isValid());

    // Syncing without a session fails at once and asks for a log-in.
    QSignalSpy syncFailed(&client, &SyncClient::syncFailed);
    client.syncNow();
    CHECK(syncFailed.count() == 1);
}

TEST_CASE(
    "the sync client pulls in pages, caches a photo and purges it when the report turns covert")
{
    HubProcess hub;
    REQUIRE(hub.addUser(QStringLiteral("e2e-op"), QStringLiteral("operator"),
                        QStringLiteral("sandi-op")));
    REQUIRE(hub.addUser(QStringLiteral("e2e-koord"), QStringLiteral("supervisor"),
                        QStringLiteral("sandi-koord"), true));
    INFO(hub.error().toStdString());
    REQUIRE(hub.start({QStringLiteral("--demo")}, 120000));

    QTemporaryDir data;
    QString error;
    auto replica = Replica::open(data.path(), &error);
    REQUIRE(replica);
    QNetworkAccessManager nam;
    SyncClient client(*replica, &nam);
    QSignalSpy loggedIn(&client, &SyncClient::loggedIn);
    client.login(hub.url(), QStringLiteral("e2e-op"), QStringLiteral("sandi-op"));
    REQUIRE(waitFor(loggedIn));
    const Session session = loggedIn.at(0).at(0).value<Session>();
    CHECK(session.role == QStringLiteral("operator"));
    CHECK_FALSE(session.covertClearance);
    CHECK(session.expiresAt > QDateTime::currentDateTimeUtc());
    client.setSession(session);

    client.setPageSize(40);
    QSignalSpy finished(&client, &SyncClient::syncFinished);
    QSignalSpy progress(&client, &SyncClient::syncProgress);
    QSignalSpy failed(&client, &SyncClient::syncFailed);
    client.syncNow();
    CHECK(client.isSyncing());
    client.syncNow(); // no-op while one runs
    REQUIRE(waitFor(finished, 120000));
    INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
    REQUIRE(failed.isEmpty());
    CHECK(finished.count() == 1);
    CHECK_FALSE(client.isSyncing());

    const QVector<Report> reports = replica->reports();
    REQUIRE(reports.size() > 40);
    CHECK(progress.count() >= 2); // more than one page
    CHECK(finished.at(0).at(1).toInt() == reports.size());
    CHECK(replica->lastSeq() > 0);
    const LabelPolicy policy = replica->labelPolicy();
    for (const Report &r : reports) // an uncleared operator never receives a covert report
        CHECK_FALSE(isCovertRouting(r.squad, policy.find(r.label)));

    // A report with a photo that can still be assigned, and a description no other report has
    // (demo texts repeat), so its bytes can be searched for after the purge.
    std::optional<Report> target;
    for (const Report &r : reports) {
        const auto same = std::count_if(reports.cbegin(), reports.cend(), [&](const Report &o) {
            return o.description.contains(r.description) || r.description.contains(o.description);
        });
        if (!r.mediaUrl.isEmpty() && same == 1 &&
            (r.status == Status::Baru || r.status == Status::Ditugaskan)) {
            target = r;
            break;
        }
    }
    REQUIRE(target);
    QSignalSpy photoReady(&client, &SyncClient::photoReady);
    QSignalSpy photoFailed(&client, &SyncClient::photoFailed);
    client.fetchPhoto(target->id);
    REQUIRE((waitFor(photoReady) || !photoFailed.isEmpty()));
    INFO((photoFailed.isEmpty() ? QString() : photoFailed.at(0).at(1).toString()).toStdString());
    REQUIRE(photoReady.count() == 1);
    const QString path = photoReady.at(0).at(1).toString();
    QFile photo(path);
    REQUIRE(photo.open(QIODevice::ReadOnly));
    const QByteArray bytes = photo.readAll();
    photo.close();
    REQUIRE(bytes.size() > 200);
    CHECK(bytes.startsWith("\xFF\xD8")); // JPEG
    const QByteArray chunk = bytes.mid(bytes.size() / 2, 64);

    // A cleared supervisor routes it to the covert squad on the hub.
    HttpClient http(hub.url());
    const Headers koord = http.login(QStringLiteral("e2e-koord"), QStringLiteral("sandi-koord"));
    REQUIRE_FALSE(koord.isEmpty());
    const HttpReply a = postAction(http, koord, QString::number(target->id),
                                   {{QStringLiteral("type"), QStringLiteral("assign")},
                                    {QStringLiteral("squad"), QStringLiteral("covert")},
                                    {QStringLiteral("base_version"), target->version}});
    INFO(a.body.toStdString());
    REQUIRE(a.status == 200);

    QSignalSpy removed(&client, &SyncClient::reportsRemoved);
    finished.clear();
    client.syncNow();
    REQUIRE(waitFor(finished));
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(0).value<QVector<qint64>>() == QVector<qint64>{target->id});
    CHECK_FALSE(replica->report(target->id));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(anyFileContains(data.path(), chunk));
    CHECK_FALSE(anyFileContains(data.path(), target->description.toUtf8()));
}

namespace {

// A hub with one operator and one cleared supervisor, one fresh citizen report, and a
// workstation replica that has synced it.
struct Desk
{
    HubProcess hub;
    std::unique_ptr<HttpClient> http;
    QTemporaryDir data;
    std::unique_ptr<Replica> replica;
    QNetworkAccessManager nam;
    std::unique_ptr<SyncClient> client;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    qint64 id = 0;

    Desk()
    {
        REQUIRE(
            hub.addUser(QStringLiteral("op"), QStringLiteral("operator"), QStringLiteral("pw-op")));
        REQUIRE(hub.addUser(QStringLiteral("sv"), QStringLiteral("supervisor"),
                            QStringLiteral("pw-sv"), true));
        const QString key = hub.addApiKey(QStringLiteral("app"));
        REQUIRE(hub.start());
        http = std::make_unique<HttpClient>(hub.url());
        id = postCitizenReport(*http, key, QStringLiteral("banjir"),
                               QStringLiteral("Banjir di Desa Ngantru"))
                 .toLongLong();
        REQUIRE(id > 0);
        QString error;
        replica = Replica::open(data.path(), &error);
        REQUIRE(replica);
        client = std::make_unique<SyncClient>(*replica, &nam);
        QSignalSpy loggedIn(client.get(), &SyncClient::loggedIn);
        client->login(hub.url(), QStringLiteral("op"), QStringLiteral("pw-op"));
        REQUIRE(waitFor(loggedIn));
        client->setSession(loggedIn.at(0).at(0).value<Session>());
        REQUIRE(sync());
        REQUIRE(replica->report(id));
    }

    bool sync()
    {
        QSignalSpy finished(client.get(), &SyncClient::syncFinished);
        QSignalSpy failed(client.get(), &SyncClient::syncFailed);
        client->syncNow();
        while (finished.isEmpty() && failed.isEmpty())
            if (!finished.wait(60000))
                return false;
        return failed.isEmpty();
    }

    QJsonObject onHub()
    {
        const Headers sv = http->login(QStringLiteral("sv"), QStringLiteral("pw-sv"));
        return http->get(QStringLiteral("/api/v1/reports/%1").arg(id), sv).object();
    }
};

int assignsIn(const QJsonObject &report)
{
    int n = 0;
    for (const QJsonValue &h : report.value(QStringLiteral("history")).toArray())
        n += h.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("assign");
    return n;
}

} // namespace

TEST_CASE("an action whose first answer was lost is applied once when the outbox retries it")
{
    Desk d;
    DispatchService dispatch(*d.replica, d.clock);
    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    assign.squad = Squad::Orange;
    REQUIRE_FALSE(dispatch.act(d.id, assign));
    const OutboxItem item = d.replica->outbox().constFirst();

    // The first send reached the hub but its answer never came back.
    Headers op = d.http->login(QStringLiteral("op"), QStringLiteral("pw-op"));
    op.append({"Idempotency-Key", item.idempotencyKey.toUtf8()});
    REQUIRE(d.http
                ->postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(d.id),
                           {{QStringLiteral("type"), QStringLiteral("assign")},
                            {QStringLiteral("squad"), QStringLiteral("orange")},
                            {QStringLiteral("base_version"), item.baseVersion}},
                           op)
                .status == 200);

    REQUIRE(d.sync());
    CHECK_FALSE(d.replica->outboxItem(item.id)); // sent: deleted, the hub's state is stored
    CHECK(d.replica->failedCount() == 0);
    const QJsonObject hub = d.onHub();
    CHECK(assignsIn(hub) == 1);
    CHECK(d.replica->report(d.id)->version == hub.value(QStringLiteral("version")).toInt());
}

TEST_CASE("a conflicting action fails naming who changed the report and shows the hub's state")
{
    Desk d;
    DispatchService dispatch(*d.replica, d.clock);
    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    assign.squad = Squad::Orange;
    REQUIRE_FALSE(dispatch.act(d.id, assign));

    // Meanwhile the supervisor assigned it to another squad on the hub.
    const Headers sv = d.http->login(QStringLiteral("sv"), QStringLiteral("pw-sv"));
    REQUIRE(postAction(*d.http, sv, QString::number(d.id),
                       {{QStringLiteral("type"), QStringLiteral("assign")},
                        {QStringLiteral("squad"), QStringLiteral("blue")},
                        {QStringLiteral("base_version"), 1}})
                .status == 200);

    QSignalSpy outboxChanged(d.client.get(), &SyncClient::outboxChanged);
    REQUIRE(d.sync());
    CHECK_FALSE(outboxChanged.isEmpty());
    const OutboxItem item = d.replica->outbox().constFirst();
    CHECK(item.state == OutboxItem::State::Failed);
    INFO(item.error.toStdString());
    CHECK(item.error.startsWith(QStringLiteral("changed by sv at ")));
    CHECK(item.error.contains(QStringLiteral(" WIB: ")));
    const auto shown = d.replica->report(d.id);
    CHECK(shown->squad == Squad::Blue);
    CHECK(assignsIn(d.onHub()) == 1);

    // Nothing is retried: the next sync pushes nothing.
    REQUIRE(d.sync());
    CHECK(d.replica->pendingCount() == 0);
    CHECK(assignsIn(d.onHub()) == 1);
}

TEST_CASE("an action taken while a sync runs is sent right after it, not at the next scheduled "
          "sync")
{
    Desk d;
    DispatchService dispatch(*d.replica, d.clock);
    d.client->startAutoSync(10 * 60 * 1000); // the next scheduled sync is far away
    QSignalSpy finished(d.client.get(), &SyncClient::syncFinished);
    d.client->syncNow();
    REQUIRE(d.client->isSyncing());
    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    assign.squad = Squad::Orange;
    REQUIRE_FALSE(dispatch.act(d.id, assign));
    d.client->requestSync(); // as the window does after every action
    // Two syncs: the running one (it took its push list before the action) and the one after.
    QDeadlineTimer deadline(10000);
    while (finished.size() < 2 && !deadline.hasExpired())
        finished.wait(200);
    REQUIRE(finished.size() >= 2);
    CHECK(d.replica->pendingCount() == 0);
    CHECK(d.onHub().value(QStringLiteral("squad")).toString() == QStringLiteral("orange"));
}
