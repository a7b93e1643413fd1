// SPDX-License-Identifier: GPL-3.0-or-later
// A workstation syncing through a link that refuses, delays, resets, truncates, corrupts and
// answers 500/503 at random, and through a hub killed (SIGKILL) and restarted mid-sync. After
// each run: integrity_check ok, the replica equals the hub's view for that user, every queued
// action was applied exactly once on the hub, nothing failed, nothing left pending.
#include "faultfixture.h"

#include <QRandomGenerator>

using namespace posko;
using namespace posko::test;

namespace {

const Squad kSquads[] = {Squad::Red, Squad::Blue, Squad::Yellow, Squad::Orange};

// What one workstation queued, to count on the hub afterwards.
struct Expected
{
    QMap<qint64, QStringList> assigns; // per report: the squads queued, in order
    QMap<qint64, QStringList> notes;
};

// The squads `actor` assigned the report to on the hub, in history order.
QStringList assignedSquads(const QJsonArray &history, const QString &actor)
{
    QStringList squads;
    for (const QJsonValue &v : history) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("kind")).toString() == QStringLiteral("assign") &&
            e.value(QStringLiteral("actor")).toString() == actor)
            squads << e.value(QStringLiteral("squad")).toString();
    }
    return squads;
}

// Queues an assignment (to another squad than the report has) and a note with a unique text
// on every report.
void queueRound(Workstation &ws, const QVector<qint64> &ids, int round, Expected &expected)
{
    for (qint64 id : ids) {
        const auto r = ws.replica->report(id);
        REQUIRE(r);
        Squad squad = kSquads[(round + id) % 4];
        if (r->squad == squad)
            squad = kSquads[(round + id + 1) % 4];
        const auto refused = ws.assign(id, squad);
        INFO((refused ? refused->toStdString() : std::string()));
        REQUIRE_FALSE(refused);
        expected.assigns[id] << squadCode(squad);
        const QString text = QStringLiteral("round %1 note %2")
                                 .arg(round)
                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        REQUIRE_FALSE(ws.note(id, text));
        expected.notes[id] << text;
    }
}

void checkConverged(HubWithUsers &h, Workstation &ws, const Expected &expected)
{
    QStringList left;
    for (const OutboxItem &item : ws.replica->outbox())
        left << QStringLiteral("#%1 %2").arg(item.reportId).arg(item.error);
    INFO("left in the outbox: " << left.join(QStringLiteral("; ")).toStdString());
    CHECK(ws.replica->pendingCount() == 0);
    CHECK(ws.replica->failedCount() == 0);
    CHECK(integrity(ws.replica->databasePath()) == QStringLiteral("ok"));
    const View hub = h.view(ws.user);
    const View mine = replicaView(*ws.replica);
    INFO("hub:     " << viewText(hub).toStdString());
    INFO("replica: " << viewText(mine).toStdString());
    CHECK(mine == hub);
    const auto histories = h.histories(ws.user);
    for (auto it = expected.assigns.cbegin(); it != expected.assigns.cend(); ++it) {
        INFO("report " << it.key());
        // Exactly once each, in the order queued: the same squads in the same sequence.
        CHECK(assignedSquads(histories.value(it.key()), ws.user) == it.value());
    }
    for (auto it = expected.notes.cbegin(); it != expected.notes.cend(); ++it)
        for (const QString &text : it.value()) {
            INFO("report " << it.key() << " note " << text.toStdString());
            CHECK(countEntries(histories.value(it.key()), QStringLiteral("note"), ws.user, {},
                               text) == 1);
        }
}

} // namespace

TEST_CASE("a workstation converges through a link with random faults, every action applied once")
{
    const quint32 seed = announceSeed("proxy faults");
    HubWithUsers h;
    const QVector<qint64> ids = h.submit(8);
    FaultProxy proxy(h.hub.url(), seed);
    REQUIRE(proxy.start());
    FaultProxy::Odds odds = FaultProxy::Odds::everything(0.5);
    proxy.setOdds(odds);

    Workstation ws(QStringLiteral("andi"));
    REQUIRE(ws.login(proxy.url()));
    REQUIRE(ws.syncUntilConverged() > 0);
    REQUIRE(ws.replica->reports().size() == ids.size());

    Expected expected;
    int syncs = 0;
    const int n = rounds(4);
    for (int round = 0; round < n; ++round) {
        queueRound(ws, ids, round, expected);
        CHECK(ws.replica->pendingCount() == ids.size() * 2);
        const int took = ws.syncUntilConverged();
        INFO("seed " << seed << " round " << round);
        REQUIRE(took > 0);
        syncs += took;
    }
    // One spell of a link that is down altogether (connections refused by the system).
    queueRound(ws, ids, n, expected);
    proxy.setDown(true);
    QString why;
    CHECK_FALSE(ws.syncOnce(&why));
    CHECK(ws.sync->lastFailure() == SyncClient::Failure::Network);
    CHECK(ws.replica->pendingCount() == ids.size() * 2); // nothing lost, nothing failed
    CHECK(ws.replica->failedCount() == 0);
    proxy.setDown(false);
    REQUIRE(ws.syncUntilConverged() > 0);

    const auto counts = proxy.counts();
    std::cout << "proxy faults: " << proxy.requests() << " requests, " << syncs << " syncs; refuse "
              << counts[FaultProxy::Refuse] << ", delay " << counts[FaultProxy::Delay] << ", reset "
              << counts[FaultProxy::Reset] << ", truncate " << counts[FaultProxy::Truncate]
              << ", corrupt " << counts[FaultProxy::Corrupt] << ", 500 "
              << counts[FaultProxy::Error500] << ", 503 " << counts[FaultProxy::Error503]
              << std::endl;
    // The run did meet every kind of fault (about 1 request in 14 each, of some 200).
    for (int f = FaultProxy::Refuse; f < FaultProxy::FaultCount; ++f)
        CHECK(counts[f] > 0);
    INFO("seed " << seed);
    checkConverged(h, ws, expected);
    h.hub.stop();
    CHECK(integrity(h.hub.databasePath()) == QStringLiteral("ok"));
}

TEST_CASE("a workstation converges while the hub is killed and restarted during syncs")
{
    const quint32 seed = announceSeed("hub killed");
    QRandomGenerator rng(seed);
    HubWithUsers h;
    const QVector<qint64> ids = h.submit(6);
    Workstation ws(QStringLiteral("andi"));
    REQUIRE(ws.login(h.hub.url()));
    REQUIRE(ws.syncUntilConverged() > 0);

    Expected expected;
    int killedMidSync = 0;
    const int n = rounds(6);
    for (int round = 0; round < n; ++round) {
        queueRound(ws, ids, round, expected);
        bool ended = false;
        const auto a =
            QObject::connect(ws.sync.get(), &SyncClient::syncFinished, [&] { ended = true; });
        const auto b =
            QObject::connect(ws.sync.get(), &SyncClient::syncFailed, [&] { ended = true; });
        // The kill comes on a sign that the sync is under way, not after a guessed delay (a
        // fast disk may finish a whole sync first): after the k-th push was answered (k at
        // random among the queued actions), or, every other round, after the first page of
        // the feed was stored (small pages, so more are still to come).
        const bool onPage = round % 2 == 1;
        ws.sync->setPageSize(onPage ? 2 : 2000);
        const int killAfterPush = 1 + int(rng.bounded(quint32(ws.replica->pendingCount())));
        int pushesAnswered = 0;
        bool killed = false;
        auto killNow = [&] {
            if (killed)
                return;
            killed = true;
            if (!ended)
                ++killedMidSync;
            h.hub.kill();
        };
        const auto c = QObject::connect(ws.sync.get(), &SyncClient::reportsUpdated, [&] {
            if (!onPage && ++pushesAnswered == killAfterPush)
                killNow();
        });
        const auto d = QObject::connect(ws.sync.get(), &SyncClient::syncProgress, [&] {
            if (onPage)
                killNow();
        });
        ws.sync->syncNow();
        (void)QTest::qWaitFor([&] { return ended; }, 20000);
        QObject::disconnect(a);
        QObject::disconnect(b);
        QObject::disconnect(c);
        QObject::disconnect(d);
        INFO("round " << round << (onPage ? ": kill on the first page" : ": kill after push ")
                      << (onPage ? 0 : killAfterPush));
        REQUIRE(killed);
        REQUIRE(ended);
        // The hub comes back on the same database and port, as after a crash and restart.
        INFO(h.hub.error().toStdString());
        REQUIRE(h.hub.start({}, 30000, true));
        CHECK(integrity(h.hub.databasePath()) == QStringLiteral("ok"));
        REQUIRE(ws.syncUntilConverged() > 0);
    }
    std::cout << "hub killed: " << killedMidSync << " of " << n << " kills during a sync"
              << std::endl;
    CHECK(killedMidSync == n); // every kill landed inside a sync
    INFO("seed " << seed);
    checkConverged(h, ws, expected);
}
