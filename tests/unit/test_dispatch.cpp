// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: an accepted action writes the change and its outbox row together; a refused
// one writes nothing.
#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"
#include "workstationfixtures.h"

#include "catch.h"
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace posko;
using namespace posko::test;

TEST_CASE("an assignment writes the local change and its outbox row")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(3, 4, 5), Qt::UTC));
    DispatchService dispatch(*replica, clock);
    dispatch.setActor(QStringLiteral("sari"));
    QSignalSpy changed(&dispatch, &DispatchService::reportChanged);
    QSignalSpy outboxChanged(&dispatch, &DispatchService::outboxChanged);

    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    assign.squad = Squad::Orange;
    CHECK_FALSE(dispatch.act(5, assign));

    const auto r = replica->report(5);
    REQUIRE(r);
    CHECK(r->status == Status::Ditugaskan);
    CHECK(r->squad == Squad::Orange);
    CHECK(r->version == 2);
    CHECK(r->history.constLast().actor == QStringLiteral("sari"));
    CHECK(r->history.constLast().at == clock.now());

    const auto items = replica->outbox();
    REQUIRE(items.size() == 1);
    CHECK(items[0].reportId == 5);
    CHECK(items[0].baseVersion == 1); // the version the operator saw
    CHECK(items[0].state == OutboxItem::State::Pending);
    CHECK(items[0].action.type == ReportAction::Type::Assign);
    CHECK(items[0].action.squad == Squad::Orange);
    CHECK(items[0].idempotencyKey.size() == 36);
    CHECK(items[0].createdAt == clock.now());
    CHECK(changed.count() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == 5);
    CHECK(outboxChanged.count() == 1);

    // A second action chains on the version the first one produced.
    ReportAction note;
    note.type = ReportAction::Type::Note;
    note.text = QStringLiteral("tim sudah berangkat");
    CHECK_FALSE(dispatch.act(5, note));
    CHECK(replica->outbox().constLast().baseVersion == 2);
    CHECK(replica->outbox().constLast().idempotencyKey != items[0].idempotencyKey);
}

TEST_CASE("a refused action writes nothing and emits nothing")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(3, 4, 5), Qt::UTC));
    DispatchService dispatch(*replica, clock);
    QSignalSpy changed(&dispatch, &DispatchService::reportChanged);
    QSignalSpy outboxChanged(&dispatch, &DispatchService::outboxChanged);
    const auto before = replica->report(5);

    ReportAction reject; // a rejection needs a reason
    reject.type = ReportAction::Type::ChangeStatus;
    reject.status = Status::Ditolak;
    const auto refused = dispatch.act(5, reject);
    REQUIRE(refused);
    CHECK_FALSE(refused->isEmpty());

    ReportAction work; // work cannot start without a squad
    work.type = ReportAction::Type::ChangeStatus;
    work.status = Status::Dikerjakan;
    CHECK(dispatch.act(5, work));

    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    CHECK(dispatch.act(999, assign)); // unknown report

    CHECK(*replica->report(5) == *before);
    CHECK(replica->outbox().isEmpty());
    CHECK(changed.isEmpty());
    CHECK(outboxChanged.isEmpty());
}

TEST_CASE("the change and its outbox row commit together or not at all")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    const OutboxItem first = queueAssign(*replica, 5, Squad::Orange);
    const auto afterFirst = replica->report(5);

    // The outbox row fails (a reused idempotency key violates UNIQUE) after the report row was
    // written in the same transaction: both must roll back.
    Report changed = *afterFirst;
    ReportAction note;
    note.type = ReportAction::Type::Note;
    note.text = QStringLiteral("tidak boleh tersimpan");
    REQUIRE_FALSE(applyAction(changed, note, QStringLiteral("sari"), changed.updatedAt));
    OutboxItem dup = first;
    dup.action = note;
    CHECK(replica->commitLocalAction(changed, dup).has_value());
    CHECK(*replica->report(5) == *afterFirst);
    CHECK(replica->outbox().size() == 1);
}

TEST_CASE("a duplicate's original and an after photo wait in the outbox across a restart, and "
          "a purge removes the cached after photos")
{
    QTemporaryDir dir;
    QString error;
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(3, 4, 5), Qt::UTC));
    const QByteArray jpeg("\xff\xd8 not really a jpeg, the replica keeps the bytes as sent");
    {
        auto replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("sampah pasar"))));
        REQUIRE(replica->storeHubReport(makeReport(6, QStringLiteral("sampah pasar lagi"))));
        DispatchService dispatch(*replica, clock);
        ReportAction dup;
        dup.type = ReportAction::Type::Duplicate;
        dup.original = 5;
        REQUIRE_FALSE(dispatch.act(6, dup));
        ReportAction assign;
        assign.type = ReportAction::Type::Assign;
        assign.squad = Squad::Yellow;
        REQUIRE_FALSE(dispatch.act(5, assign));
        ReportAction after;
        after.type = ReportAction::Type::AfterPhoto;
        after.photo = jpeg;
        REQUIRE_FALSE(dispatch.act(5, after));
        CHECK(replica->report(5)->status == Status::Selesai);
        CHECK(replica->pendingAfterPhoto(5) == jpeg);
        CHECK(replica->pendingAfterPhoto(6).isEmpty());
    }
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const auto items = replica->outbox();
    REQUIRE(items.size() == 3);
    CHECK(items[0].action.type == ReportAction::Type::Duplicate);
    CHECK(items[0].action.original == 5);
    CHECK(items[0].action.photo.isEmpty());
    CHECK(items[2].action.type == ReportAction::Type::AfterPhoto);
    CHECK(items[2].action.photo == jpeg);
    CHECK(duplicateOriginal(*replica->report(6)) == 5);

    // Cached photos of a purged report go with it, the after photos included.
    const QString after = replica->afterPhotoPath(5, QStringLiteral("/media/42.jpg"));
    CHECK(after.endsWith(QStringLiteral("5-after-42.jpg")));
    CHECK(replica->afterPhotoPath(5, QStringLiteral("/etc/passwd")).isEmpty());
    for (const QString &path : {after, replica->photoPath(5), replica->photoPath(6)}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    REQUIRE(replica->purge({5}, &error));
    CHECK_FALSE(QFile::exists(after));
    CHECK_FALSE(QFile::exists(replica->photoPath(5)));
    CHECK(QFile::exists(replica->photoPath(6)));
}
