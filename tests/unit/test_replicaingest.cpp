// SPDX-License-Identifier: GPL-3.0-or-later
// Replica::applyChanges, the feed ingest: a page is all or nothing together with its last_seq,
// re-sent reports replace their history, the hub's own bytes are kept as the hub state.
#include "core/storage/replica.h"
#include "core/sync/reportjson.h"
#include "workstationfixtures.h"

#include "catch.h"
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace posko;
using namespace posko::test;

namespace {

// Runs SQL on the replica file through a second connection (as another process would).
void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ingest-raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ingest-raw"));
}

qint64 rawCount(const QString &path, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ingest-count"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ingest-count"));
    return n;
}

Report withNote(Report r, const QString &text)
{
    r.history.push_back({r.requestedAt.addSecs(60),
                         QStringLiteral("operator"),
                         QStringLiteral("note"),
                         {},
                         {},
                         text});
    ++r.version;
    return r;
}

} // namespace

TEST_CASE("a feed page that fails mid-way leaves the replica at the previous page")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const QString db = replica->databasePath();

    const QVector<Report> first{makeReport(1, QStringLiteral("satu")),
                                makeReport(2, QStringLiteral("dua")),
                                makeReport(3, QStringLiteral("tiga"))};
    REQUIRE(replica->applyChanges(first, {}, 3, &error));
    REQUIRE(replica->lastSeq() == 3);
    const qint64 historyBefore = rawCount(db, QStringLiteral("SELECT COUNT(*) FROM history"));
    REQUIRE(historyBefore == 3);

    // The disk "fails" on the fifth report's history: a trigger aborts that insert.
    rawExec(db, QStringLiteral("CREATE TRIGGER ingest_fails BEFORE INSERT ON history "
                               "WHEN NEW.text = 'gagal' BEGIN SELECT RAISE(ABORT, 'disk'); END"));
    Report two = withNote(first[1], QStringLiteral("diperbarui"));
    two.seq = 4;
    two.description = QStringLiteral("dua, diperbarui");
    QVector<Report> second{two, makeReport(5, QStringLiteral("lima")),
                           withNote(makeReport(6, QStringLiteral("enam")), QStringLiteral("gagal")),
                           makeReport(7, QStringLiteral("tujuh"))};
    for (Report &r : second)
        r.seq = qMax(r.seq, r.id);
    CHECK_FALSE(replica->applyChanges(second, {}, 7, &error));
    CHECK(error.contains(QStringLiteral("disk")));

    // Nothing of the page: not its last_seq, not the reports before the failure, not the
    // updated report's new state or its replaced history.
    CHECK(replica->lastSeq() == 3);
    QVector<qint64> ids;
    for (const Report &r : replica->reports())
        ids.push_back(r.id);
    CHECK(ids == QVector<qint64>{1, 2, 3});
    const auto kept = replica->report(2);
    REQUIRE(kept);
    CHECK(kept->description == QStringLiteral("dua"));
    CHECK(kept->history.size() == 1);
    CHECK(rawCount(db, QStringLiteral("SELECT COUNT(*) FROM history")) == historyBefore);

    // Once the disk is fine the same page goes in whole, and the re-sent report's history is
    // replaced, not appended to.
    rawExec(db, QStringLiteral("DROP TRIGGER ingest_fails"));
    const auto applied = replica->applyChanges(second, {}, 7, &error);
    INFO(error.toStdString());
    REQUIRE(applied);
    CHECK(applied->updated == QVector<qint64>{2, 5, 6, 7});
    CHECK(replica->lastSeq() == 7);
    const auto updated = replica->report(2);
    REQUIRE(updated);
    CHECK(updated->description == QStringLiteral("dua, diperbarui"));
    CHECK(updated->history.size() == 2);
    // 1, 2 (created + note), 3, 5, 6 (created + note), 7
    CHECK(rawCount(db, QStringLiteral("SELECT COUNT(*) FROM history")) == 8);
}

TEST_CASE("the hub's state is kept apart from the shown row only while an action is pending")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    const QString db = replica->databasePath();
    const Report r1 = withNote(makeReport(11, QStringLiteral("sebelas")), QStringLiteral("ada"));
    const Report r2 = makeReport(12, QStringLiteral("dua belas"));
    REQUIRE(replica->applyChanges({r1, r2}, {}, 12, &error));
    // Stored once: the row is the hub's state.
    CHECK(rawCount(db, QStringLiteral("SELECT COUNT(*) FROM reports WHERE hub_state <> ''")) == 0);
    REQUIRE(replica->hubState(11));
    CHECK(*replica->hubState(11) == *replica->report(11));
    CHECK(replica->hubState(11)->history.size() == 2);

    // A local action: the hub's state is set aside before the row changes.
    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    assign.squad = Squad::Blue;
    const OutboxItem item = queue(*replica, 11, assign);
    CHECK(rawCount(db, QStringLiteral("SELECT COUNT(*) FROM reports WHERE hub_state <> ''")) == 1);
    CHECK(replica->report(11)->squad == Squad::Blue);
    const auto kept = replica->hubState(11);
    REQUIRE(kept);
    CHECK_FALSE(kept->squad.has_value());
    CHECK(kept->history.size() == 2);

    // Refused: the row goes back to exactly the hub's state, kept once again.
    REQUIRE(replica->markFailed(item.id, QStringLiteral("ditolak"), std::nullopt, &error));
    const auto shown = replica->report(11);
    REQUIRE(shown);
    CHECK(*shown == *kept);
    CHECK(rawCount(db, QStringLiteral("SELECT COUNT(*) FROM reports WHERE hub_state <> ''")) == 0);

    // Accepted: the hub's answer becomes the row, nothing kept apart.
    const OutboxItem again = queue(*replica, 11, assign);
    Report answer = *kept;
    answer.squad = Squad::Blue;
    answer.status = Status::Ditugaskan;
    ++answer.version;
    REQUIRE(replica->markSent(again.id, answer, &error));
    CHECK(*replica->report(11) == answer);
    CHECK(*replica->hubState(11) == answer);
    CHECK(rawCount(db, QStringLiteral("SELECT COUNT(*) FROM reports WHERE hub_state <> ''")) == 0);
}

TEST_CASE("a feed page rebases reports with pending actions and writes others directly")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->applyChanges(
        {makeReport(21, QStringLiteral("a")), makeReport(22, QStringLiteral("b"))}, {}, 22,
        &error));
    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    assign.squad = Squad::Orange;
    queue(*replica, 21, assign);

    Report hub21 = withNote(makeReport(21, QStringLiteral("a")), QStringLiteral("dari hub"));
    hub21.seq = 23;
    Report hub22 = withNote(makeReport(22, QStringLiteral("b")), QStringLiteral("dari hub"));
    hub22.seq = 24;
    REQUIRE(replica->applyChanges({hub21, hub22}, {}, 24, &error));
    // 21 shows the hub's note and, on top, the pending assignment; 22 is the hub's state.
    const auto shown21 = replica->report(21);
    REQUIRE(shown21);
    CHECK(shown21->squad == Squad::Orange);
    CHECK(shown21->history.size() == 3);
    const auto hubState21 = replica->hubState(21);
    REQUIRE(hubState21);
    CHECK_FALSE(hubState21->squad.has_value());
    const auto shown22 = replica->report(22);
    REQUIRE(shown22);
    CHECK(shown22->history.size() == 2);
    CHECK(replica->pendingCount() == 1);
}
