// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics engine against a hand-computed fixture (tests/unit/statsfixtures.h): twelve
// reports, two squads plus unassigned ones, two kecamatan, a wall-clock and a working-clock
// label whose deadlines span a weekend and the Idul Fitri holidays of the shipped policy.
// Every expected figure below was worked out by hand from the fixture's comments.
#include "core/stats/statsengine.h"
#include "core/storage/replica.h"
#include "statsfixtures.h"

#include "catch.h"
#include <QTemporaryDir>

using namespace posko;
using namespace posko::stats;
using namespace posko::test;

namespace {

struct StatsSetup
{
    QTemporaryDir dir;
    std::unique_ptr<Replica> replica;
    StatsSetup()
    {
        QString error;
        replica = Replica::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(replica);
        REQUIRE(replica->applyChanges(statsFixture(), {}, 12, &error));
    }
    StatsResult compute(Grouping g, int minReports = 3) const
    {
        const StatsEngine engine(replica->databasePath(), replica->labelPolicy());
        QString error;
        const auto r = engine.compute(Period::fromWibDates(QDate(2026, 3, 9), QDate(2026, 3, 22)),
                                      g, minReports, &error);
        INFO(error.toStdString());
        REQUIRE(r);
        return *r;
    }
};

const UnitFigures &unit(const StatsResult &r, const QString &key)
{
    for (const UnitFigures &u : r.units)
        if (u.key == key)
            return u;
    FAIL("no unit " << key.toStdString());
    return r.total;
}

using Backlog = std::array<qint64, kBacklogBuckets>;

void checkShare(const Share &s, qint64 part, qint64 of)
{
    CHECK(s.part == part);
    CHECK(s.of == of);
}

} // namespace

TEST_CASE("a WIB period is whole days in UTC with the last day included")
{
    const Period p = Period::fromWibDates(QDate(2026, 3, 9), QDate(2026, 3, 22));
    CHECK(p.from == march(8, 17).toSecsSinceEpoch());
    CHECK(p.to == march(22, 17).toSecsSinceEpoch());
    CHECK(groupingFromCode(QStringLiteral("kecamatan")) == Grouping::Kecamatan);
    CHECK_FALSE(groupingFromCode(QStringLiteral("desa")));
}

TEST_CASE("figures by squad match the hand-computed fixture")
{
    StatsSetup s;
    const StatsResult r = s.compute(Grouping::Squad);
    REQUIRE(r.units.size() == 3);

    const UnitFigures &orange = unit(r, QStringLiteral("orange"));
    CHECK(orange.received == 3);
    CHECK(orange.assigned == 3);
    CHECK(orange.resolved == 4); // R6 was received before the period, resolved in it
    CHECK(orange.closed == 3);
    CHECK(orange.response.count == 3); // 2 h, 10 h, 30 h
    CHECK(orange.response.median == 36000);
    CHECK(orange.response.p90 == 108000);
    checkShare(orange.responseSla, 2, 3); // R2's first action (a note) came after 30 h > 24 h
    CHECK(orange.resolution.count == 3);  // 12 h, 3 d, 11 d
    CHECK(orange.resolution.median == 259200);
    CHECK(orange.resolution.p90 == 950400);
    checkShare(orange.resolutionSla, 3, 3);
    CHECK(orange.backlog == Backlog{0, 0, 0, 2}); // R2 reopened (13.5 d), R8 (21.7 d)
    checkShare(orange.reopened, 2, 4);            // R2 and R6 of R1, R2, R3, R6
    checkShare(orange.disputed, 1, 4);
    CHECK(orange.flaggedFast == 1);
    REQUIRE(orange.trend.size() == 2);
    CHECK(orange.trend[0].isoWeek() == QStringLiteral("2026-W11"));
    CHECK(orange.trend[0].monday == QDate(2026, 3, 9));
    CHECK(orange.trend[0].received == 3);
    CHECK(orange.trend[0].resolved == 3);
    CHECK(orange.trend[1].isoWeek() == QStringLiteral("2026-W12"));
    CHECK(orange.trend[1].received == 0);
    CHECK(orange.trend[1].resolved == 1);

    // Working clock: weekends and 18-24 March (Nyepi, Idul Fitri, cuti bersama) do not count.
    const UnitFigures &red = unit(r, QStringLiteral("red"));
    CHECK(red.received == 4);
    CHECK(red.assigned == 4);
    CHECK(red.resolved == 2);
    CHECK(red.closed == 1);
    CHECK(red.response.count == 4); // 1800, 14400, 18000, 81000 working seconds
    CHECK(red.response.median == 14400);
    CHECK(red.response.p90 == 81000);
    checkShare(red.responseSla, 3, 4); // R12: 81000 > 27000; R10 is 4.7 wall days but 1800 s
    CHECK(red.resolution.count == 2);  // R10 1800, R11 127800
    CHECK(red.resolution.median == 1800);
    CHECK(red.resolution.p90 == 127800);
    checkShare(red.resolutionSla, 2, 2); // R9 (59400) and R12 (81000) still within 270000
    CHECK(red.backlog == Backlog{0, 0, 0, 3});
    checkShare(red.reopened, 1, 2);
    checkShare(red.disputed, 1, 2);
    CHECK(red.flaggedFast == 1);
    REQUIRE(red.trend.size() == 2);
    CHECK(red.trend[0].received == 3); // R9 is Friday 15:00 WIB, still week 11
    CHECK(red.trend[0].resolved == 1);
    CHECK(red.trend[1].received == 1);
    CHECK(red.trend[1].resolved == 1); // R10, Sunday 10:00 WIB

    const UnitFigures &none = unit(r, QString()); // unassigned
    CHECK(none.received == 3);
    CHECK(none.assigned == 0);
    CHECK(none.resolved == 0);
    CHECK(none.response.count == 1); // the rejection of R7 is its response
    CHECK(none.response.median == 10800);
    checkShare(none.responseSla, 1, 2); // R4 late (6.7 d untouched), R5 not yet due
    checkShare(none.resolutionSla, 0, 0);
    CHECK_FALSE(none.resolutionSla.value());
    CHECK(none.resolution.median == -1);
    CHECK(none.backlog == Backlog{1, 0, 1, 0}); // R5 7 h, R4 6.7 d; R7 rejected
    checkShare(none.reopened, 0, 0);
    CHECK(none.flaggedFast == 0);

    // Ranking: equal resolution shares (1.0), then responses within SLA: red 3/4 > orange 2/3.
    // The unassigned reports are no squad's work: never ranked, whatever their count.
    CHECK(red.rank == 1);
    CHECK(orange.rank == 2);
    CHECK(none.rank == 0);
    CHECK(r.units[0].key == QStringLiteral("red"));
    CHECK(r.unrankedKeys().isEmpty());

    CHECK(r.total.received == 10);
    CHECK(r.total.assigned == 7);
    CHECK(r.total.resolved == 6);
    CHECK(r.total.closed == 4);
    checkShare(r.total.responseSla, 6, 9);
    checkShare(r.total.reopened, 3, 6);
    checkShare(r.total.disputed, 2, 6);
    CHECK(r.total.flaggedFast == 2);
    CHECK(r.total.backlog == Backlog{1, 0, 1, 5});
}

TEST_CASE("figures by kecamatan and by label match the hand-computed fixture")
{
    StatsSetup s;
    const StatsResult byKec = s.compute(Grouping::Kecamatan);
    REQUIRE(byKec.units.size() == 2);
    const UnitFigures &one = unit(byKec, k1);
    CHECK(one.received == 6);
    CHECK(one.response.count == 5); // 7200, 10800, 14400, 18000, 108000
    CHECK(one.response.median == 14400);
    CHECK(one.response.p90 == 108000);
    checkShare(one.responseSla, 4, 5);
    CHECK(one.resolution.median == 259200); // 127800, 259200, 950400
    CHECK(one.resolution.p90 == 950400);
    CHECK(one.backlog == Backlog{1, 0, 0, 3});
    const UnitFigures &two = unit(byKec, k2);
    CHECK(two.received == 4);
    CHECK(two.resolution.count == 2); // 1800 (working), 43200 (wall)
    CHECK(two.resolution.median == 1800);
    CHECK(two.resolution.p90 == 43200);
    CHECK(two.backlog == Backlog{0, 0, 1, 2});

    // Every jalan_rusak report is orange or unassigned, every ktp_kk_akta one red.
    const StatsResult byLabel = s.compute(Grouping::Label);
    REQUIRE(byLabel.units.size() == 2);
    const UnitFigures &road = unit(byLabel, QStringLiteral("jalan_rusak"));
    CHECK(road.received == 6);
    CHECK(road.response.median == 10800); // 7200, 10800, 36000, 108000
    CHECK(road.response.p90 == 108000);
    checkShare(road.responseSla, 3, 5);
    CHECK(road.backlog == Backlog{1, 0, 1, 2});
    const UnitFigures &ktp = unit(byLabel, QStringLiteral("ktp_kk_akta"));
    const UnitFigures &red = unit(s.compute(Grouping::Squad), QStringLiteral("red"));
    CHECK(ktp.response.median == red.response.median);
    CHECK(ktp.resolution.p90 == red.resolution.p90);
    CHECK(ktp.backlog == red.backlog);
}

TEST_CASE("only units with enough reports are ranked and the others are named")
{
    StatsSetup s;
    const StatsResult four = s.compute(Grouping::Squad, 4);
    CHECK(unit(four, QStringLiteral("red")).rank == 1);
    CHECK(unit(four, QStringLiteral("orange")).rank == 0);
    CHECK(four.unrankedKeys() == QStringList{QStringLiteral("orange")});
    CHECK(four.units[0].key == QStringLiteral("red")); // ranked first, then the others by key

    const StatsResult defaults = s.compute(Grouping::Squad, StatsEngine::defaultMinReports);
    CHECK(defaults.unrankedKeys() ==
          QStringList({QStringLiteral("orange"), QStringLiteral("red")}));
}

TEST_CASE("events after the period's end do not count and an earlier period sees the old state")
{
    StatsSetup s;
    const StatsEngine engine(s.replica->databasePath(), s.replica->labelPolicy());
    // Week 11 only (9-15 March WIB): R2 was not done yet, R10 and R4 not received.
    const auto r = engine.compute(Period::fromWibDates(QDate(2026, 3, 9), QDate(2026, 3, 15)),
                                  Grouping::Squad, 1);
    REQUIRE(r);
    const UnitFigures &orange = unit(*r, QStringLiteral("orange"));
    CHECK(orange.received == 3);
    CHECK(orange.resolved == 3);       // R1, R3, R6
    checkShare(orange.reopened, 1, 3); // R6 reopened on 14 March; R2's dispute is later
    checkShare(orange.disputed, 0, 3);
    // At 15 March 24:00 WIB: R2 open (6.5 d), R8 open (14.7 d); R6 done again on the 15th.
    CHECK(orange.backlog == Backlog{0, 0, 1, 1});
    REQUIRE(orange.trend.size() == 1);
    const UnitFigures &red = unit(*r, QStringLiteral("red"));
    CHECK(red.received == 3);
    CHECK(red.flaggedFast == 0);
    CHECK_FALSE(engine.compute(Period{100, 100}, Grouping::Squad, 1));
}
