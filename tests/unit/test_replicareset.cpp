// SPDX-License-Identifier: GPL-3.0-or-later
// The replica's whole-replica reset (covert clearance withdrawn, hub reset or restored), the
// recorded clearance, and sent outbox items that are not kept.
#include "core/storage/replica.h"
#include "core/storage/replicaschema.h"
#include "workstationfixtures.h"

#include "catch.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace posko;
using namespace posko::test;

namespace {

void writePhoto(const Replica &replica, qint64 id, const QByteArray &bytes)
{
    QFile photo(replica.photoPath(id));
    REQUIRE(photo.open(QIODevice::WriteOnly));
    photo.write(bytes);
}

bool photoCacheEmpty(const Replica &replica)
{
    return QDir(replica.photoCacheDir())
        .entryList(QDir::Files | QDir::Hidden | QDir::System)
        .isEmpty();
}

// A replica as a cleared supervisor's sync leaves it: ordinary reports, a report routed to the
// covert squad by its label, one assigned to it, one that was covert once (history), photos,
// pending actions on both kinds.
struct Filled
{
    QTemporaryDir dir;
    std::unique_ptr<Replica> replica;
    const QByteArray marker = "BAYANGAN-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    OutboxItem ordinaryNote, covertNote, covertAssign;

    Filled()
    {
        QString error;
        replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        const QString m = QString::fromLatin1(marker);
        for (qint64 id = 1; id <= 30; ++id)
            REQUIRE(replica->storeHubReport(makeReport(id, QStringLiteral("biasa %1").arg(id))));
        Report byLabel = makeReport(31, QStringLiteral("Pungli di kantor desa ") + m);
        byLabel.label = QStringLiteral("pungutan_liar");
        REQUIRE(replica->storeHubReport(byLabel));
        Report assigned = makeReport(32, QStringLiteral("Proyek jalan ") + m);
        assigned.squad = Squad::Covert;
        assigned.status = Status::Ditugaskan;
        REQUIRE(replica->storeHubReport(assigned));
        writePhoto(*replica, 2, "JPEG biasa");
        writePhoto(*replica, 31, "JPEG " + marker);
        writePhoto(*replica, 32, "JPEG " + marker);
        ordinaryNote = queueNote(*replica, 3, QStringLiteral("warga sudah ditelepon"));
        covertNote = queueNote(*replica, 32, QStringLiteral("catatan rahasia ") + m);
        covertAssign = queueAssign(*replica, 4, Squad::Covert);
        auto page = replica->applyChanges({}, {}, 77, &error);
        REQUIRE(page);
        REQUIRE(replica->lastSeq() == 77);
        REQUIRE_FALSE(filesContaining(dir.path(), marker).isEmpty()); // the scan does see it
    }
};

} // namespace

TEST_CASE("the covert clearance is recorded in the replica")
{
    QTemporaryDir dir;
    QString error;
    {
        auto replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        CHECK_FALSE(replica->covertClearance().has_value());
        REQUIRE(replica->setCovertClearance(true));
    }
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    CHECK(replica->covertClearance() == std::optional<bool>(true));
    CHECK(replica->needsClearancePurge()); // filled with clearance, whatever it holds now
    REQUIRE(replica->setCovertClearance(false));
    CHECK(replica->covertClearance() == std::optional<bool>(false));
    CHECK_FALSE(replica->needsClearancePurge());
}

TEST_CASE("without a recorded clearance a replica holding covert data needs the purge")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    CHECK_FALSE(replica->needsClearancePurge()); // empty
    REQUIRE(replica->storeHubReport(makeReport(1, QStringLiteral("jalan berlubang"))));
    CHECK_FALSE(replica->needsClearancePurge());

    SECTION("a report whose label routes it to the covert squad")
    {
        Report r = makeReport(2, QStringLiteral("pungli"));
        r.label = QStringLiteral("proyek_bermasalah");
        REQUIRE(replica->storeHubReport(r));
        CHECK(replica->needsClearancePurge());
    }
    SECTION("a report assigned to the covert squad")
    {
        Report r = makeReport(2, QStringLiteral("diawasi"));
        r.squad = Squad::Covert;
        r.status = Status::Ditugaskan;
        REQUIRE(replica->storeHubReport(r));
        CHECK(replica->needsClearancePurge());
    }
    SECTION("a report that was covert once: its history names the squad")
    {
        Report r = makeReport(2, QStringLiteral("pernah rahasia"));
        r.history.push_back({r.requestedAt.addSecs(60),
                             QStringLiteral("koord"),
                             QStringLiteral("assign"),
                             QStringLiteral("ditugaskan"),
                             QStringLiteral("covert"),
                             {}});
        r.history.push_back({r.requestedAt.addSecs(120),
                             QStringLiteral("koord"),
                             QStringLiteral("assign"),
                             QStringLiteral("ditugaskan"),
                             QStringLiteral("orange"),
                             {}});
        r.squad = Squad::Orange;
        r.status = Status::Ditugaskan;
        REQUIRE(replica->storeHubReport(r));
        CHECK(replica->needsClearancePurge());
    }
    SECTION("a pending assignment to the covert squad")
    {
        queueAssign(*replica, 1, Squad::Covert);
        CHECK(replica->needsClearancePurge());
    }
}

TEST_CASE("withdrawn clearance wipes every report and covert outbox item without a trace")
{
    Filled f;
    Replica &replica = *f.replica;
    QString error;
    const auto reset = replica.resetReports(Replica::Reset::ClearanceRevoked, &error);
    INFO(error.toStdString());
    REQUIRE(reset);
    CHECK(reset->removed.size() == 32);
    CHECK(reset->traceFree);

    const QStringList leaks = filesContaining(f.dir.path(), f.marker);
    INFO(leaks.join(QLatin1Char(' ')).toStdString());
    CHECK(leaks.isEmpty());
    CHECK(replica.reports().isEmpty());
    CHECK(replica.lastSeq() == 0); // the feed starts again from the beginning
    CHECK(photoCacheEmpty(replica));
    CHECK_FALSE(replica.outboxItem(f.covertNote.id));
    CHECK_FALSE(replica.outboxItem(f.covertAssign.id));
    // An ordinary pending action is still sent; the feed brings its report back under it.
    const auto kept = replica.outboxItem(f.ordinaryNote.id);
    REQUIRE(kept);
    CHECK(kept->state == OutboxItem::State::Pending);
    REQUIRE(replica.storeHubReport(makeReport(3, QStringLiteral("biasa 3"))));
    CHECK(replica.report(3)->history.constLast().kind == QStringLiteral("note"));
}

TEST_CASE("a hub reset wipes every report and fails pending actions with the reason")
{
    Filled f;
    Replica &replica = *f.replica;
    REQUIRE(replica.markFailed(f.covertAssign.id, QStringLiteral("no clearance"), std::nullopt));
    QString error;
    const auto reset = replica.resetReports(Replica::Reset::HubReset, &error);
    INFO(error.toStdString());
    REQUIRE(reset);
    CHECK(reset->removed.size() == 32);
    CHECK(reset->failed == 2);
    CHECK(replica.reports().isEmpty());
    CHECK(replica.lastSeq() == 0);
    CHECK(photoCacheEmpty(replica));
    // The reports' bytes are gone; the failed actions (with their texts) stay to be seen.
    CHECK(filesContaining(f.dir.path(), "Pungli di kantor desa " + f.marker).isEmpty());
    CHECK(filesContaining(f.dir.path(), "Proyek jalan " + f.marker).isEmpty());
    CHECK(filesContaining(f.dir.path(), "JPEG " + f.marker).isEmpty());
    CHECK(replica.pendingCount() == 0);
    for (const OutboxItem &id : {f.ordinaryNote, f.covertNote}) {
        const auto item = replica.outboxItem(id.id);
        REQUIRE(item);
        CHECK(item->state == OutboxItem::State::Failed);
        CHECK(item->error == Replica::hubResetReason());
    }
    // An item that had failed before keeps its own reason.
    CHECK(replica.outboxItem(f.covertAssign.id)->error == QStringLiteral("no clearance"));
    CHECK_FALSE(Replica::hubResetReason().isEmpty());
}

TEST_CASE("the hub id is kept in the replica")
{
    QTemporaryDir dir;
    QString error;
    {
        auto replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        CHECK(replica->hubId().isEmpty());
        REQUIRE(replica->setHubId(QStringLiteral("5f0c6f1e-hub")));
    }
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    CHECK(replica->hubId() == QStringLiteral("5f0c6f1e-hub"));
}

TEST_CASE("a sent outbox item is deleted and the hub's state it produced is kept")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const Report r = makeReport(6, QStringLiteral("lampu jalan mati"));
    REQUIRE(replica->storeHubReport(r));
    for (int round = 0; round < 3; ++round) {
        const auto current = replica->report(6);
        REQUIRE(current);
        const OutboxItem item = queueNote(*replica, 6, QStringLiteral("catatan %1").arg(round));
        Report hub = *replica->hubState(6);
        REQUIRE_FALSE(applyAction(hub, item.action, QStringLiteral("sari"), item.createdAt));
        REQUIRE(replica->markSent(item.id, hub, &error));
    }
    CHECK(replica->outbox().isEmpty());
    CHECK(replica->hubState(6)->version == r.version + 3);
    CHECK(replica->report(6)->version == r.version + 3);
}

TEST_CASE("a version 2 replica drops its sent outbox items when migrated to version 3")
{
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (int step = 0; step < 2; ++step)
            for (const QString &sql : replicaschema::migrations().at(step))
                REQUIRE(q.exec(sql));
        for (int state = 0; state < 3; ++state)
            REQUIRE(q.exec(QStringLiteral("INSERT INTO outbox(report_id, idempotency_key, type, "
                                          "squad, status, text, base_version, created_at, actor, "
                                          "state) VALUES(1, 'k%1', 'note', 'orange', 'baru', "
                                          "'x', 1, '2026-01-01T00:00:00.000Z', 'sari', %1)")
                               .arg(state)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(replica);
    const auto items = replica->outbox();
    REQUIRE(items.size() == 2);
    CHECK(items.at(0).state == OutboxItem::State::Pending);
    CHECK(items.at(1).state == OutboxItem::State::Failed);
}
