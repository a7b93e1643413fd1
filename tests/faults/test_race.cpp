// SPDX-License-Identifier: GPL-3.0-or-later
// Two workstations racing to assign the same reports to different squads, many times: for each
// report exactly one assignment wins on the hub, the loser's action fails with who, what and
// when, nothing is overwritten, and the loser can redo it on the new state.
#include "faultfixture.h"

using namespace posko;
using namespace posko::test;

namespace {

const OutboxItem *failedFor(const QVector<OutboxItem> &outbox, qint64 reportId)
{
    for (const OutboxItem &item : outbox)
        if (item.reportId == reportId && item.state == OutboxItem::State::Failed)
            return &item;
    return nullptr;
}

} // namespace

TEST_CASE("two workstations race to assign the same reports: one winner each, the loser told")
{
    HubWithUsers h;
    Workstation andi(QStringLiteral("andi"));
    Workstation budi(QStringLiteral("budi"));
    REQUIRE(andi.login(h.hub.url()));
    REQUIRE(budi.login(h.hub.url()));

    // The last round runs through a link with random faults: the race must be decided the
    // same way when answers are lost, cut, corrupted or replaced by 500/503.
    const quint32 seed = announceSeed("race");
    FaultProxy proxy(h.hub.url(), seed);
    REQUIRE(proxy.start());
    proxy.setOdds(FaultProxy::Odds::everything(0.3));

    int andiWins = 0, budiWins = 0;
    const int n = rounds(6);
    for (int round = 0; round < n; ++round) {
        if (round == n - 1) {
            REQUIRE(andi.login(proxy.url()));
            REQUIRE(budi.login(proxy.url()));
        }
        const QVector<qint64> ids = h.submit(4);
        REQUIRE(andi.syncUntilConverged() > 0);
        REQUIRE(budi.syncUntilConverged() > 0);
        for (qint64 id : ids) {
            REQUIRE_FALSE(andi.assign(id, Squad::Red));
            REQUIRE_FALSE(budi.assign(id, Squad::Blue));
        }
        // Both send at once; the hub decides each report by which action arrives first.
        // (Through the proxy a sync may fail; the syncs after it finish the job.)
        int ended = 0;
        QVector<QMetaObject::Connection> watching;
        for (Workstation *ws : {&andi, &budi}) {
            watching << QObject::connect(ws->sync.get(), &SyncClient::syncFinished,
                                         [&ended] { ++ended; });
            watching << QObject::connect(ws->sync.get(), &SyncClient::syncFailed,
                                         [&ended] { ++ended; });
        }
        // Who starts first alternates, so both win some.
        (round % 2 ? budi : andi).sync->syncNow();
        (round % 2 ? andi : budi).sync->syncNow();
        const bool bothEnded = QTest::qWaitFor([&] { return ended == 2; }, 30000);
        for (const auto &c : watching)
            QObject::disconnect(c);
        REQUIRE(bothEnded);
        // The loser's pull may have come before the winner's push: one more sync each.
        REQUIRE(andi.syncUntilConverged() > 0);
        REQUIRE(budi.syncUntilConverged() > 0);

        const auto histories = h.histories(QStringLiteral("andi"));
        const View hub = h.view(QStringLiteral("andi"));
        const auto andiOutbox = andi.replica->outbox();
        const auto budiOutbox = budi.replica->outbox();
        for (qint64 id : ids) {
            INFO("round " << round << " report " << id);
            const QJsonArray history = histories.value(id);
            const int a = countEntries(history, QStringLiteral("assign"), QStringLiteral("andi"));
            const int b = countEntries(history, QStringLiteral("assign"), QStringLiteral("budi"));
            CHECK(a + b == 1); // exactly one winner, applied once
            const bool andiWon = a == 1;
            andiWins += andiWon ? 1 : 0;
            budiWins += andiWon ? 0 : 1;
            // The winner's squad stays; both replicas show it (nothing overwritten).
            const QString winnerSquad = andiWon ? QStringLiteral("red") : QStringLiteral("blue");
            CHECK(hub.value(id).squad == winnerSquad);
            CHECK(andi.replica->report(id)->squad == squadFromCode(winnerSquad));
            CHECK(budi.replica->report(id)->squad == squadFromCode(winnerSquad));
            // The loser is told who did what and when; the winner has nothing failed.
            const OutboxItem *lost = failedFor(andiWon ? budiOutbox : andiOutbox, id);
            REQUIRE(lost);
            INFO("the loser was told: " << lost->error.toStdString());
            CHECK(lost->error.contains(andiWon ? QStringLiteral("andi") : QStringLiteral("budi")));
            CHECK(lost->error.contains(QStringLiteral("WIB")));
            CHECK(lost->error.contains(QStringLiteral("assigned to")));
            CHECK_FALSE(failedFor(andiWon ? andiOutbox : budiOutbox, id));
        }
        CHECK(andi.replica->pendingCount() == 0);
        CHECK(budi.replica->pendingCount() == 0);

        if (round == 0) {
            // Every loser redoes the action on the new state: pending again, then applied on
            // top of the winner's, which the history keeps.
            for (Workstation *ws : {&andi, &budi}) {
                for (const OutboxItem &item : ws->replica->outbox()) {
                    if (item.state != OutboxItem::State::Failed)
                        continue;
                    const auto current = ws->replica->report(item.reportId);
                    REQUIRE_FALSE(ws->dispatch->redo(item.id));
                    CHECK(ws->dispatch->redo(item.id).has_value()); // once only
                    const auto redone = ws->replica->pendingItems();
                    REQUIRE_FALSE(redone.isEmpty());
                    CHECK(redone.constLast().baseVersion == current->version);
                    CHECK(redone.constLast().idempotencyKey != item.idempotencyKey);
                    CHECK(ws->replica->report(item.reportId)->squad == item.action.squad);
                }
                CHECK(ws->replica->failedCount() == 0);
                REQUIRE(ws->syncUntilConverged() > 0);
                CHECK(ws->replica->failedCount() == 0);
            }
            const auto after = h.histories(QStringLiteral("andi"));
            for (qint64 id : ids) {
                INFO("redo, report " << id);
                CHECK(countEntries(after.value(id), QStringLiteral("assign"),
                                   QStringLiteral("andi")) == 1);
                CHECK(countEntries(after.value(id), QStringLiteral("assign"),
                                   QStringLiteral("budi")) == 1);
            }
            REQUIRE(andi.syncUntilConverged() > 0);
            REQUIRE(budi.syncUntilConverged() > 0);
            CHECK(replicaView(*andi.replica) == h.view(QStringLiteral("andi")));
            CHECK(replicaView(*budi.replica) == h.view(QStringLiteral("budi")));
        } else {
            REQUIRE(andi.replica->clearFailed());
            REQUIRE(budi.replica->clearFailed());
        }
    }
    std::cout << "race: andi won " << andiWins << ", budi won " << budiWins << "; "
              << proxy.requests() << " requests through the faulty link" << std::endl;
    CHECK(proxy.requests() > 0);
    CHECK(integrity(andi.replica->databasePath()) == QStringLiteral("ok"));
    CHECK(integrity(budi.replica->databasePath()) == QStringLiteral("ok"));
    h.hub.stop();
    CHECK(integrity(h.hub.databasePath()) == QStringLiteral("ok"));
}
