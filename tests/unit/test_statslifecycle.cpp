// SPDX-License-Identifier: GPL-3.0-or-later
// A report's lifecycle from its history, and the replica's lifecycle table (schema 7): in step
// with the report on every write path, rebuilt by the migration from a schema-6 replica.
#include "core/stats/lifecycle.h"
#include "core/storage/replica.h"
#include "core/storage/replicarows.h"
#include "statsfixtures.h"
#include "workstationfixtures.h"

#include "catch.h"
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace posko;
using namespace posko::stats;
using namespace posko::test;

namespace {

qint64 t(const QDateTime &at)
{
    return at.toSecsSinceEpoch();
}

// The lifecycle table as a raw reader sees it: report id -> row.
QMap<qint64, replicarows::LifecycleRow> storedLifecycle(const QString &dbPath)
{
    QMap<qint64, replicarows::LifecycleRow> rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lifecycle"));
        db.setDatabaseName(dbPath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT report_id, label, squad, kecamatan, received, responded, assigned, resolved, "
            "closed, ended, settled, reopened, reopened_at, disputed_at, flagged_at "
            "FROM lifecycle")));
        while (q.next()) {
            replicarows::LifecycleRow row;
            row.id = q.value(0).toLongLong();
            for (int c = 0; c < 3; ++c)
                row.texts[size_t(c)] = q.value(1 + c).toString().toUtf8();
            for (int c = 0; c < 11; ++c)
                row.ints[size_t(c)] = q.value(4 + c).toLongLong();
            rows.insert(row.id, row);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lifecycle"));
    return rows;
}

// Every report has exactly the row deriveLifecycle gives for what the replica shows, and no row
// is left for a report that is gone.
void checkInStep(const Replica &replica)
{
    const auto stored = storedLifecycle(replica.databasePath());
    const QVector<Report> reports = replica.reports();
    CHECK(stored.size() == reports.size());
    for (const Report &shown : reports) {
        const auto full = replica.report(shown.id);
        REQUIRE(full);
        INFO("report " << shown.id);
        REQUIRE(stored.contains(shown.id));
        const auto expected = replicarows::lifecycleRow(*full);
        const auto &row = stored.value(shown.id);
        CHECK(row.texts == expected.texts);
        CHECK(row.ints == expected.ints);
    }
}

} // namespace

TEST_CASE("a lifecycle is derived from the history: response, resolution, reopenings, flags")
{
    const QVector<Report> fixture = statsFixture();
    // R2: the first action is the operator's note; disputed, reopened and assigned again.
    const Lifecycle two = deriveLifecycle(fixture[1]);
    CHECK(two.received == t(march(9, 5)));
    CHECK(two.responded == t(march(10, 11)));
    CHECK(two.assigned == t(march(10, 12)));
    CHECK(two.resolved == t(march(20, 5)));
    CHECK(two.closed == 0);
    CHECK(two.reopened == 1);
    CHECK(two.reopenedAt == t(march(21, 5)));
    CHECK(two.disputedAt == t(march(21, 5)));
    CHECK(two.settled == 0); // open again
    CHECK(two.flaggedAt == 0);
    // R3: flagged by the system; the flag is no response, the closing does not move resolved.
    const Lifecycle three = deriveLifecycle(fixture[2]);
    CHECK(three.responded == t(march(11, 10)));
    CHECK(three.resolved == t(march(11, 12)));
    CHECK(three.closed == t(march(12, 0)));
    CHECK(three.flaggedAt == t(march(11, 12)));
    CHECK(three.settled == t(march(11, 12))); // done since selesai, ditutup continues it
    // R6: done, closed, reopened by the operator, done again: settled at the second selesai.
    const Lifecycle six = deriveLifecycle(fixture[5]);
    CHECK(six.resolved == t(march(10, 0)));
    CHECK(six.reopened == 1);
    CHECK(six.disputedAt == 0);
    CHECK(six.settled == t(march(15, 0)));
    // R7: rejected; the rejection is the response and the end.
    const Lifecycle seven = deriveLifecycle(fixture[6]);
    CHECK(seven.responded == t(march(20, 3)));
    CHECK(seven.ended == t(march(20, 3)));
    CHECK(seven.resolved == 0);
    CHECK(seven.settled == t(march(20, 3)));
    // Untouched: nothing but its arrival.
    const Lifecycle four = deriveLifecycle(fixture[3]);
    CHECK(four == Lifecycle{t(march(16, 0)), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});

    // A citizen's note is no response, nor a system entry; a duplicate link is, and ends it.
    Report r = statsReport(50, QStringLiteral("sampah"), k1, march(2, 0));
    step(r, march(2, 1), QStringLiteral("citizen"), QStringLiteral("note"), {}, {},
         QStringLiteral("Tolong segera."));
    step(r, march(2, 2), QStringLiteral("system"), QStringLiteral("note"), {}, {},
         QStringLiteral("Pengingat."));
    step(r, march(2, 3), QStringLiteral("sari"), QStringLiteral("duplicate"),
         QStringLiteral("duplikat"), {}, QStringLiteral("49"));
    const Lifecycle dup = deriveLifecycle(r);
    CHECK(dup.responded == t(march(2, 3)));
    CHECK(dup.ended == t(march(2, 3)));
    CHECK(dup.settled == t(march(2, 3)));
    CHECK(dup.assigned == 0);
    // An entry stamped before the submission (clock skew) responds at once, never before.
    Report skew = statsReport(51, QStringLiteral("sampah"), k1, march(2, 0));
    step(skew, march(1, 23), QStringLiteral("sari"), QStringLiteral("assign"),
         QStringLiteral("ditugaskan"), QStringLiteral("yellow"));
    CHECK(deriveLifecycle(skew).responded == t(march(2, 0)));
}

TEST_CASE("the lifecycle table is kept in step on every replica write path")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QVector<Report> fixture = statsFixture();

    SECTION("feed pages: new reports, changed reports, removals")
    {
        REQUIRE(replica->applyChanges(fixture, {}, 12, &error));
        checkInStep(*replica);
        Report changed = fixture[3]; // R4 gets assigned by the hub
        step(changed, march(17, 0), QStringLiteral("koord"), QStringLiteral("assign"),
             QStringLiteral("ditugaskan"), QStringLiteral("orange"));
        REQUIRE(replica->applyChanges({changed}, {5, 6}, 13, &error));
        checkInStep(*replica);
        CHECK(storedLifecycle(replica->databasePath()).value(4).ints[2] == t(march(17, 0)));
        CHECK_FALSE(storedLifecycle(replica->databasePath()).contains(5));
    }
    SECTION("local actions, their rebase on a feed page, acceptance and refusal")
    {
        REQUIRE(replica->applyChanges(fixture, {}, 12, &error));
        const OutboxItem a = queueAssign(*replica, 4, Squad::Yellow); // commitLocalAction
        checkInStep(*replica);
        CHECK(storedLifecycle(replica->databasePath()).value(4).texts[1] == "yellow");
        const OutboxItem n = queueNote(*replica, 5, QStringLiteral("Dicek besok."));
        checkInStep(*replica);
        // A feed page with a newer hub state of R4: the rebase path (storeWithRebase).
        Report hub4 = fixture[3];
        step(hub4, march(16, 5), QStringLiteral("koord"), QStringLiteral("note"), {}, {},
             QStringLiteral("Dari hub."));
        REQUIRE(replica->applyChanges({hub4}, {}, 13, &error));
        checkInStep(*replica);
        // Accepted: the hub's answer stored (markSent).
        Report accepted = hub4;
        step(accepted, march(16, 6), QStringLiteral("sari"), QStringLiteral("assign"),
             QStringLiteral("ditugaskan"), QStringLiteral("yellow"));
        REQUIRE(replica->markSent(a.id, accepted, &error));
        checkInStep(*replica);
        // Refused: back to the hub's state (markFailed), the note's response goes with it.
        REQUIRE(replica->markFailed(n.id, QStringLiteral("conflict"), std::nullopt, &error));
        checkInStep(*replica);
        CHECK(storedLifecycle(replica->databasePath()).value(5).ints[1] == 0);
        // A hub state stored directly (storeHubReport), also for a new report.
        REQUIRE(replica->storeHubReport(statsReport(40, QStringLiteral("banjir"), k2, march(18, 0)),
                                        &error));
        checkInStep(*replica);
    }
    SECTION("purges and resets leave no lifecycle row behind")
    {
        REQUIRE(replica->applyChanges(fixture, {}, 12, &error));
        REQUIRE(replica->purge({1, 2}, &error));
        checkInStep(*replica);
        REQUIRE(replica->resetReports(Replica::Reset::ClearanceRevoked, &error));
        checkInStep(*replica);
        CHECK(storedLifecycle(replica->databasePath()).isEmpty());
        REQUIRE(replica->applyChanges(fixture, {}, 12, &error));
        REQUIRE(replica->resetReports(Replica::Reset::HubReset, &error));
        CHECK(storedLifecycle(replica->databasePath()).isEmpty());
    }
}

TEST_CASE("every statement that writes report rows is one the lifecycle table follows")
{
    // The write paths above are the ones known today. A new statement that inserts or deletes
    // report rows must keep the lifecycle row in step (and be added to the test above); this
    // count makes it fail until someone has looked.
    static const QRegularExpression writes(
        QStringLiteral("INSERT INTO reports|DELETE FROM reports|REPLACE INTO reports"));
    int found = 0;
    QStringList where;
    QDirIterator it(QStringLiteral(POSKO_SOURCE_DIR "/core"), {QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/core/hub/"))) // the hub's own database
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = writes.globalMatch(text); m.hasNext(); m.next()) {
            ++found;
            where << path.section(QLatin1Char('/'), -1);
        }
    }
    INFO(where.join(QLatin1Char(' ')).toStdString());
    // replica.cpp: writeReport's upsert, the feed page's upsert, deleteReportRows;
    // replicareset.cpp: the reset.
    CHECK(found == 4);
}

TEST_CASE("a schema 6 replica gets its lifecycle table filled by the migration")
{
    QTemporaryDir dir;
    QString error;
    QString dbPath;
    QMap<qint64, replicarows::LifecycleRow> fresh;
    {
        auto replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        REQUIRE(replica->applyChanges(statsFixture(), {}, 12, &error));
        queueAssign(*replica, 4, Squad::Blue); // a local change the rebuilt row must show
        dbPath = replica->databasePath();
        fresh = storedLifecycle(dbPath);
        REQUIRE(fresh.size() == 12);
    }
    {
        // Back to what Posko wrote before schema 7.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(dbPath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE lifecycle")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    auto migrated = Replica::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(migrated);
    const auto rebuilt = storedLifecycle(dbPath);
    REQUIRE(rebuilt.size() == fresh.size());
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        INFO("report " << it.key());
        CHECK(rebuilt.value(it.key()).texts == it.value().texts);
        CHECK(rebuilt.value(it.key()).ints == it.value().ints);
    }
    CHECK(rebuilt.value(4).texts[1] == "blue");
    checkInStep(*migrated);
}
