// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation replica: schema migrations, outbox state transitions, rebase, covert purge.
#include "core/storage/replica.h"
#include "core/storage/replicaschema.h"
#include "workstationfixtures.h"

#include "catch.h"
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace posko;
using namespace posko::test;

namespace {

// Raw look at the file with a separate connection, as an attacker with the disk would.
int rawUserVersion(const QString &path)
{
    int v = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            v = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return v;
}

void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("a fresh replica is created at the latest schema and keeps its data on reopen")
{
    QTemporaryDir dir;
    QString error;
    {
        auto replica = Replica::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(replica);
        CHECK(QFileInfo(replica->photoCacheDir()).isDir());
        CHECK(replica->lastSeq() == 0);
        CHECK(replica->reports().isEmpty());
        CHECK(replica->labelPolicy().labels().size() == LabelPolicy::builtIn().labels().size());
        REQUIRE(replica->storeHubReport(makeReport(7, QStringLiteral("jalan berlubang"))));
        REQUIRE(replica->setUser(QStringLiteral("sari")));
    }
    const QString db = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    CHECK(rawUserVersion(db) == Replica::schemaVersion);
    CHECK(Replica::schemaVersion == replicaschema::migrations().size());

    auto again = Replica::open(dir.path(), &error);
    REQUIRE(again);
    CHECK(rawUserVersion(db) == Replica::schemaVersion); // reopening migrates nothing twice
    CHECK(again->user() == QStringLiteral("sari"));
    const auto r = again->report(7);
    REQUIRE(r);
    CHECK(r->description == QStringLiteral("jalan berlubang"));
    CHECK(r->history.size() == 1);
}

TEST_CASE("a replica is WAL-journaled")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QFile f(replica->databasePath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(20);
    // Bytes 18 and 19 are the read/write format versions: 2 means WAL.
    CHECK(int(header.at(18)) == 2);
    CHECK(int(header.at(19)) == 2);
}

TEST_CASE("a replica written by a newer Posko is refused and left undamaged")
{
    QTemporaryDir dir;
    QString error;
    REQUIRE(Replica::open(dir.path(), &error));
    const QString db = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    rawExec(db, QStringLiteral("PRAGMA user_version = 99"));
    CHECK_FALSE(Replica::open(dir.path(), &error));
    CHECK(error.contains(QStringLiteral("newer")));
    CHECK(rawUserVersion(db) == 99);
}

TEST_CASE("an older replica is migrated step by step to the latest version")
{
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    // Version 0: an empty file, as left by a crash right after creation.
    rawExec(db, QStringLiteral("PRAGMA user_version = 0"));
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(replica);
    CHECK(replica->storeHubReport(makeReport(1, QStringLiteral("x"))));
    replica.reset();
    CHECK(rawUserVersion(db) == Replica::schemaVersion);
}

TEST_CASE("a version 1 replica with data is migrated to version 2 and keeps its reports")
{
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    for (const QString &sql : replicaschema::migrations().at(0))
        rawExec(db, sql);
    rawExec(db, QStringLiteral(
                    "INSERT INTO reports VALUES(4, 9, 1, 'sampah', 'baru', NULL, -8.0, 111.7, "
                    "'lama', '', '35.03.11', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                    "'2026-01-01T00:00:00Z', '', 1)"));
    // Report 5 shows an action that was still pending: its row is not the hub's state.
    rawExec(db, QStringLiteral(
                    "INSERT INTO reports VALUES(5, 10, 1, 'sampah', 'ditugaskan', 'blue', -8.0, "
                    "111.7, 'lokal', '', '35.03.11', '', '2026-01-01T00:00:00Z', "
                    "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '', 1)"));
    rawExec(db, QStringLiteral("INSERT INTO outbox(report_id, idempotency_key, type, squad, "
                               "status, text, base_version, created_at, actor) VALUES(5, 'k5', "
                               "'assign', 'blue', '', '', 1, '2026-01-01T00:00:00Z', 'sari')"));
    rawExec(db, QStringLiteral("PRAGMA user_version = 1"));

    QString error;
    auto replica = Replica::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(replica);
    const auto r = replica->report(4);
    REQUIRE(r);
    CHECK(r->description == QStringLiteral("lama"));
    // No pending action: the row came from the hub and is its state.
    REQUIRE(replica->hubState(4));
    CHECK(replica->hubState(4)->description == QStringLiteral("lama"));
    CHECK_FALSE(replica->hubState(5)); // not known until the hub sends the report again
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("baru dari hub"))));
    CHECK(replica->hubState(5)->description == QStringLiteral("baru dari hub"));
    replica.reset();
    CHECK(rawUserVersion(db) == Replica::schemaVersion);
}

TEST_CASE("a refused action without the hub's state rolls back to the last state the hub sent")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const Report hub = makeReport(8, QStringLiteral("proyek jalan mangkrak"));
    REQUIRE(replica->storeHubReport(hub));
    const OutboxItem covert = queueAssign(*replica, 8, Squad::Covert);
    CHECK(replica->report(8)->squad == Squad::Covert);
    REQUIRE(replica->markFailed(covert.id, QStringLiteral("no clearance"), std::nullopt, &error));
    const auto shown = replica->report(8);
    REQUIRE(shown);
    CHECK(*shown == hub);
    CHECK(*replica->hubState(8) == hub);
}

TEST_CASE("outbox items move from pending to sent or failed and count attempts")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    Report r = makeReport(10, QStringLiteral("sampah menumpuk"));
    REQUIRE(replica->storeHubReport(r));

    OutboxItem a = queueAssign(*replica, 10, Squad::Yellow);
    OutboxItem b = queueNote(*replica, 10, QStringLiteral("warga sudah ditelepon"));
    CHECK(replica->pendingCount() == 2);
    CHECK(replica->failedCount() == 0);
    CHECK(a.id < b.id);
    CHECK(replica->pendingItems().constFirst().id == a.id);

    CHECK(replica->noteAttempt(a.id));
    CHECK(replica->outboxItem(a.id)->attempts == 1);
    CHECK(replica->outboxItem(a.id)->state == OutboxItem::State::Pending);

    // The hub accepted the assignment: its state is stored, the note is re-applied on top.
    Report hub = r;
    REQUIRE_FALSE(applyAction(hub, a.action, QStringLiteral("sari"), r.updatedAt.addSecs(60)));
    hub.seq = 20;
    REQUIRE(replica->markSent(a.id, hub, &error));
    CHECK_FALSE(replica->outboxItem(a.id)); // done: the hub's state it produced is stored
    CHECK(replica->pendingCount() == 1);
    const auto shown = replica->report(10);
    REQUIRE(shown);
    CHECK(shown->squad == Squad::Yellow);
    CHECK(shown->history.constLast().kind == QStringLiteral("note"));
    CHECK(shown->version == hub.version + 1);

    // Refused for good: failed with the reason, later actions on the report fail with it.
    OutboxItem c = queueStatus(*replica, 10, Status::Dikerjakan);
    REQUIRE(replica->markFailed(b.id, QStringLiteral("conflict"), std::nullopt, &error));
    CHECK(replica->outboxItem(b.id)->state == OutboxItem::State::Failed);
    CHECK(replica->outboxItem(b.id)->error == QStringLiteral("conflict"));
    CHECK(replica->outboxItem(c.id)->state == OutboxItem::State::Failed);
    CHECK(replica->outboxItem(c.id)->error.contains(QStringLiteral("conflict")));
    CHECK(replica->pendingCount() == 0);
    CHECK(replica->failedCount() == 2);
    CHECK(replica->clearFailed());
    CHECK(replica->failedCount() == 0);
    CHECK(replica->outbox().isEmpty()); // sent items are not kept: the outbox does not grow
}

TEST_CASE("the feed's state is rebased: pending actions stay visible on top of it")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const Report original = makeReport(3, QStringLiteral("pohon tumbang di jalan"));
    REQUIRE(replica->storeHubReport(original));
    const OutboxItem pending = queueAssign(*replica, 3, Squad::Orange);

    // Meanwhile someone else added a note on the hub.
    Report hub = original;
    ReportAction note;
    note.type = ReportAction::Type::Note;
    note.text = QStringLiteral("warga kedua melapor hal yang sama");
    REQUIRE_FALSE(applyAction(hub, note, QStringLiteral("budi"), original.updatedAt.addSecs(30)));
    hub.seq = 5;
    auto page = replica->applyChanges({hub}, {}, 5, &error);
    REQUIRE(page);
    CHECK(page->updated == QVector<qint64>{3});
    CHECK(replica->lastSeq() == 5);

    auto shown = replica->report(3);
    REQUIRE(shown);
    CHECK(shown->status == Status::Ditugaskan);
    CHECK(shown->squad == Squad::Orange);
    REQUIRE(shown->history.size() == 3);
    CHECK(shown->history.at(1).actor == QStringLiteral("budi"));
    CHECK(shown->history.at(2).kind == QStringLiteral("assign"));
    CHECK(replica->outboxItem(pending.id)->state == OutboxItem::State::Pending);

    // Then the hub rejected the report: the pending assignment no longer applies.
    Report rejected = hub;
    ReportAction reject;
    reject.type = ReportAction::Type::ChangeStatus;
    reject.status = Status::Ditolak;
    reject.text = QStringLiteral("di luar wilayah");
    REQUIRE_FALSE(applyAction(rejected, reject, QStringLiteral("budi"), hub.updatedAt.addSecs(30)));
    rejected.seq = 6;
    REQUIRE(replica->applyChanges({rejected}, {}, 6, &error));
    shown = replica->report(3);
    CHECK(shown->status == Status::Ditolak);
    CHECK_FALSE(shown->squad.has_value());
    const auto failed = replica->outboxItem(pending.id);
    CHECK(failed->state == OutboxItem::State::Failed);
    CHECK_FALSE(failed->error.isEmpty());
}

TEST_CASE("a purged report leaves no byte of itself in any file of the data dir")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const QByteArray marker = "PUNGLI-MARKER-7f3a9c";
    const QString m = QString::fromLatin1(marker);

    // Neighbours that stay, so the purged rows share pages with live data.
    for (qint64 id = 1; id <= 40; ++id)
        REQUIRE(
            replica->storeHubReport(makeReport(id, QStringLiteral("laporan biasa %1").arg(id))));
    Report secret = makeReport(41, QStringLiteral("Pungutan liar di kantor desa ") + m);
    REQUIRE(replica->storeHubReport(secret));
    // Several versions, so old copies sit in the WAL and in freed space.
    for (int i = 0; i < 5; ++i) {
        secret.description += QStringLiteral(" tambahan ") + m;
        ++secret.version;
        REQUIRE(replica->storeHubReport(secret));
    }
    queueNote(*replica, 41, QStringLiteral("catatan rahasia ") + m);
    QFile photo(replica->photoPath(41));
    REQUIRE(photo.open(QIODevice::WriteOnly));
    photo.write("JPEG " + marker);
    photo.close();

    CHECK_FALSE(filesContaining(dir.path(), marker).isEmpty()); // the scan does find it

    auto page = replica->applyChanges({}, {41}, 99, &error);
    INFO(error.toStdString());
    REQUIRE(page);
    CHECK(page->removed == QVector<qint64>{41});
    CHECK(page->traceFree);

    // While the replica is still open, as it is in the running command centre.
    const QStringList leaks = filesContaining(dir.path(), marker);
    INFO(leaks.join(QLatin1Char(' ')).toStdString());
    CHECK(leaks.isEmpty());
    CHECK_FALSE(replica->report(41));
    CHECK_FALSE(QFileInfo::exists(replica->photoPath(41)));
    CHECK(replica->pendingCount() == 0);
    CHECK(replica->reports().size() == 40);
    CHECK(replica->lastSeq() == 99);
}

TEST_CASE("a purge blocked by a reader is finished by the next checkpoint")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const QByteArray marker = "KOVERT-BUSY-5521";
    REQUIRE(replica->storeHubReport(makeReport(2, QString::fromLatin1(marker))));
    {
        // Another process reading an old snapshot keeps the WAL frames alive.
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(replica->databasePath());
        REQUIRE(reader.open());
        REQUIRE(reader.transaction());
        QSqlQuery q(reader);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM reports")));
        REQUIRE(q.next());

        const auto page = replica->applyChanges({}, {2}, 3, &error);
        REQUIRE(page);
        CHECK_FALSE(page->traceFree);
        CHECK(replica->purgeDue());
        q.finish();
        reader.rollback();
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    REQUIRE(replica->checkpoint(&error));
    CHECK_FALSE(replica->purgeDue());
    CHECK(filesContaining(dir.path(), marker).isEmpty());
}
