// SPDX-License-Identifier: GPL-3.0-or-later
// Redo of a failed action on the report's current state (DispatchService::redo): the same
// action, validated again, based on the current version, a new key, the failed item replaced
// in the same transaction.
#include "../unit/workstationfixtures.h"

#include "core/domain/clock.h"
#include "core/storage/dispatchservice.h"

#include <QTemporaryDir>

using namespace posko;
using namespace posko::test;

namespace {

// The hub's state after another operator assigned the report: version 2, squad `squad`.
Report theirs(Squad squad)
{
    Report r = makeReport(5, QStringLiteral("banjir"));
    REQUIRE_FALSE(applyAction(
        r,
        [&] {
            ReportAction a;
            a.type = ReportAction::Type::Assign;
            a.squad = squad;
            return a;
        }(),
        QStringLiteral("budi"), r.updatedAt.addSecs(5)));
    return r;
}

} // namespace

TEST_CASE("a lost conflict is redone on the current state and shows pending again")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    const OutboxItem mine = queueAssign(*replica, 5, Squad::Orange);
    const Report hub = theirs(Squad::Blue);
    REQUIRE(replica->markFailed(mine.id, QStringLiteral("changed by budi"), hub));
    REQUIRE(replica->report(5)->squad == Squad::Blue);

    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC));
    DispatchService dispatch(*replica, clock);
    dispatch.setActor(QStringLiteral("sari"));
    CHECK_FALSE(dispatch.redo(mine.id));

    CHECK(replica->failedCount() == 0);
    const auto pending = replica->pendingItems();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].baseVersion == hub.version); // the new state, not the one first seen
    CHECK(pending[0].idempotencyKey != mine.idempotencyKey);
    CHECK(pending[0].action.squad == Squad::Orange);
    CHECK_FALSE(replica->outboxItem(mine.id)); // replaced
    const auto shown = replica->report(5);
    CHECK(shown->squad == Squad::Orange);
    CHECK(shown->version == hub.version + 1);
    // The hub's state (budi's assignment) stays what the rebase starts from.
    CHECK(replica->hubState(5)->squad == Squad::Blue);

    // Only a failed item can be redone, and only once.
    CHECK(dispatch.redo(mine.id).has_value());
    CHECK(dispatch.redo(pending[0].id).has_value());
    CHECK(replica->pendingItems().size() == 1);
}

TEST_CASE("a redo that no longer applies is refused and the failed item stays")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    const OutboxItem mine = queueAssign(*replica, 5, Squad::Blue);
    // The other operator chose the same squad: nothing left to redo.
    REQUIRE(replica->markFailed(mine.id, QStringLiteral("changed by budi"), theirs(Squad::Blue)));
    const auto before = replica->report(5);

    SystemClock clock;
    DispatchService dispatch(*replica, clock);
    const auto refused = dispatch.redo(mine.id);
    REQUIRE(refused);
    CHECK_FALSE(refused->isEmpty());
    CHECK(replica->failedCount() == 1);
    CHECK(replica->pendingCount() == 0);
    CHECK(*replica->report(5) == *before);
}

TEST_CASE("replacing an item that is not failed writes nothing")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    const OutboxItem pending = queueAssign(*replica, 5, Squad::Blue);
    const auto before = replica->report(5);

    Report changed = *before;
    ReportAction note;
    note.type = ReportAction::Type::Note;
    note.text = QStringLiteral("tidak boleh tersimpan");
    REQUIRE_FALSE(applyAction(changed, note, QStringLiteral("sari"), changed.updatedAt));
    OutboxItem item;
    item.reportId = 5;
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.action = note;
    item.baseVersion = before->version;
    item.createdAt = changed.updatedAt;
    CHECK(replica->commitLocalAction(changed, item, pending.id).has_value());
    CHECK(*replica->report(5) == *before);
    CHECK(replica->outbox().size() == 1);
    CHECK(replica->outbox().constFirst().id == pending.id);
}
