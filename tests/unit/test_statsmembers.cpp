// SPDX-License-Identifier: GPL-3.0-or-later
// Drill-down: StatsEngine::members() lists exactly the reports a figure counts. On the
// hand-computed fixture (tests/unit/statsfixtures.h) the lists are written out by hand; on a
// random replica every figure of every unit of every grouping (and of the total) is checked
// against the count refresh() computes, and the units' lists against the total's.
#include "core/domain/labelpolicy.h"
#include "core/domain/squad.h"
#include "core/stats/statsengine.h"
#include "core/storage/replica.h"
#include "statsfixtures.h"

#include "catch.h"
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <map>

using namespace posko;
using namespace posko::stats;
using namespace posko::test;

namespace {

using Ids = QVector<qint64>;

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Replica> replica;
    explicit Setup(const QVector<Report> &reports)
    {
        QString error;
        replica = Replica::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(replica);
        REQUIRE(replica->applyChanges(reports, {}, reports.size(), &error));
    }
    StatsEngine engine() const { return {replica->databasePath(), replica->labelPolicy()}; }
};

const Period kFixturePeriod = Period::fromWibDates(QDate(2026, 3, 9), QDate(2026, 3, 22));

Ids members(const StatsEngine &engine, const Period &period, Grouping g,
            const std::optional<QString> &key, Figure figure, int index = -1)
{
    QString error;
    const auto ids = engine.members(period, g, key, figure, index, &error);
    INFO(error.toStdString());
    REQUIRE(ids);
    return *ids;
}

// One figure of a unit: what it is, its index and the count refresh() computed.
struct Counted
{
    Figure figure;
    int index;
    qint64 count;
    const char *name;
};

std::vector<Counted> countsOf(const UnitFigures &u)
{
    std::vector<Counted> out{
        {Figure::Received, -1, u.received, "received"},
        {Figure::Assigned, -1, u.assigned, "assigned"},
        {Figure::Resolved, -1, u.resolved, "resolved"},
        {Figure::Closed, -1, u.closed, "closed"},
        {Figure::Responded, -1, u.response.count, "response.count"},
        {Figure::ResolutionTimed, -1, u.resolution.count, "resolution.count"},
        {Figure::ResponseSlaCounted, -1, u.responseSla.of, "responseSla.of"},
        {Figure::ResponseSlaMissed, -1, u.responseSla.of - u.responseSla.part,
         "responseSla missed"},
        {Figure::ResolutionSlaCounted, -1, u.resolutionSla.of, "resolutionSla.of"},
        {Figure::ResolutionSlaMissed, -1, u.resolutionSla.of - u.resolutionSla.part,
         "resolutionSla missed"},
        {Figure::Backlog, -1, u.backlogTotal(), "backlog"},
        {Figure::Reopened, -1, u.reopened.part, "reopened.part"},
        {Figure::Disputed, -1, u.disputed.part, "disputed.part"},
        {Figure::FlaggedFast, -1, u.flaggedFast, "flaggedFast"},
    };
    for (int b = 0; b < kBacklogBuckets; ++b)
        out.push_back({Figure::Backlog, b, u.backlog[size_t(b)], "backlog bucket"});
    for (int w = 0; w < u.trend.size(); ++w) {
        out.push_back({Figure::WeekReceived, w, u.trend[w].received, "trend received"});
        out.push_back({Figure::WeekResolved, w, u.trend[w].resolved, "trend resolved"});
    }
    // The shares' bases are the resolved reports.
    CHECK(u.reopened.of == u.resolved);
    CHECK(u.disputed.of == u.resolved);
    return out;
}

bool ascending(const Ids &ids)
{
    return std::adjacent_find(ids.begin(), ids.end(), std::greater_equal<qint64>()) == ids.end();
}

bool within(const Ids &part, const Ids &whole)
{
    return std::includes(whole.begin(), whole.end(), part.begin(), part.end());
}

// Every figure of every unit of every grouping and of the total: members() counts as refresh(),
// the lists are ascending, a part lies within its whole and the units' lists make the total's.
// Returns how many figures had at least one member.
int checkEveryFigure(const StatsEngine &engine, const Period &period)
{
    QString error;
    const auto results =
        engine.refresh(period, {Grouping::Squad, Grouping::Kecamatan, Grouping::Label}, 1, &error);
    INFO(error.toStdString());
    REQUIRE(results);
    int nonEmpty = 0;
    for (const StatsResult &r : *results) {
        // (figure, index) -> the units' members put together.
        std::map<std::pair<int, int>, Ids> fromUnits;
        const auto checkUnit = [&](const std::optional<QString> &key, const UnitFigures &u) {
            std::map<std::pair<int, int>, Ids> own;
            for (const Counted &c : countsOf(u)) {
                INFO("grouping " << groupingCode(r.grouping).toStdString() << ", unit "
                                 << (key ? key->toStdString() : "*") << ", " << c.name << " "
                                 << c.index);
                const Ids ids = members(engine, period, r.grouping, key, c.figure, c.index);
                CHECK(ids.size() == c.count);
                CHECK(ascending(ids));
                own[{int(c.figure), c.index}] = ids;
                nonEmpty += ids.isEmpty() ? 0 : 1;
                if (key) {
                    Ids &all = fromUnits[{int(c.figure), c.index}];
                    all += ids;
                }
            }
            const auto of = [&](Figure f, int index = -1) { return own[{int(f), index}]; };
            CHECK(within(of(Figure::ResponseSlaMissed), of(Figure::ResponseSlaCounted)));
            CHECK(within(of(Figure::ResponseSlaCounted), of(Figure::Received)));
            CHECK(within(of(Figure::ResolutionSlaMissed), of(Figure::ResolutionSlaCounted)));
            CHECK(within(of(Figure::ResolutionSlaCounted), of(Figure::Received)));
            CHECK(within(of(Figure::Responded), of(Figure::Received)));
            CHECK(within(of(Figure::ResolutionTimed), of(Figure::Received)));
            CHECK(within(of(Figure::Reopened), of(Figure::Resolved)));
            CHECK(within(of(Figure::Disputed), of(Figure::Resolved)));
            Ids buckets;
            for (int b = 0; b < kBacklogBuckets; ++b)
                buckets += of(Figure::Backlog, b);
            std::sort(buckets.begin(), buckets.end());
            CHECK(buckets == of(Figure::Backlog));
            return own;
        };
        for (const UnitFigures &u : r.units)
            checkUnit(u.key, u);
        const auto total = checkUnit(std::nullopt, r.total);
        // Each report belongs to one unit: the units' lists, put together, are the total's.
        for (const auto &[figure, ids] : total) {
            Ids all = fromUnits[figure];
            std::sort(all.begin(), all.end());
            INFO("grouping " << groupingCode(r.grouping).toStdString() << ", figure "
                             << figure.first << " " << figure.second);
            CHECK(all == ids);
        }
    }
    return nonEmpty;
}

// Reports with random histories around March 2026: every kind of entry the lifecycle knows, in
// random order and at random intervals (minutes to days), so that every figure has members.
QVector<Report> randomStatsReports(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const LabelPolicy policy = LabelPolicy::builtIn();
    const QStringList kecamatan{k1, k2, QStringLiteral("35.03.03")};
    const QString op = QStringLiteral("sari"), crew = QStringLiteral("pasukan"),
                  citizen = QStringLiteral("citizen");
    QVector<Report> out;
    for (int i = 0; i < n; ++i) {
        const Label &label = policy.labels().at(int(rng.bounded(policy.labels().size())));
        QDateTime t = march(1, 0).addSecs(qint64(rng.bounded(30 * 86400)));
        Report r = statsReport(i + 1, label.code, kecamatan.at(int(rng.bounded(3))), t);
        const int steps = int(rng.bounded(8));
        for (int s = 0; s < steps; ++s) {
            t = t.addSecs(rng.bounded(3) == 0 ? qint64(rng.bounded(4 * 3600))
                                              : qint64(rng.bounded(5 * 86400)));
            switch (rng.bounded(10)) {
            case 0:
            case 1:
                step(r, t, op, QStringLiteral("assign"), QStringLiteral("ditugaskan"),
                     squadCode(allSquads[rng.bounded(int(allSquads.size()))]));
                break;
            case 2:
                step(r, t, crew, QStringLiteral("status"), QStringLiteral("dikerjakan"));
                break;
            case 3:
            case 4:
                step(r, t, crew, QStringLiteral("after_photo"), QStringLiteral("selesai"), {},
                     QStringLiteral("/media/%1.jpg").arg(i));
                if (rng.bounded(3) == 0)
                    step(r, t, QStringLiteral("system"), QStringLiteral("flag"), {}, {},
                         QStringLiteral("fast_closure took=60 min=7200 clock=wall"));
                break;
            case 5:
                step(r, t, op, QStringLiteral("status"), QStringLiteral("ditutup"));
                break;
            case 6:
                step(r, t, citizen, QStringLiteral("dispute"), QStringLiteral("dibuka_kembali"), {},
                     QStringLiteral("Belum."));
                break;
            case 7:
                step(r, t, op, QStringLiteral("status"), QStringLiteral("dibuka_kembali"));
                break;
            case 8:
                step(r, t, op, QStringLiteral("status"),
                     rng.bounded(2) ? QStringLiteral("ditolak") : QStringLiteral("duplikat"));
                break;
            default:
                step(r, t, op, QStringLiteral("note"), {}, {}, QStringLiteral("Dicek."));
                break;
            }
        }
        out << r;
    }
    return out;
}

} // namespace

TEST_CASE("stats drill-down: the members of the hand-computed fixture's figures are the reports "
          "worked out by hand")
{
    Setup s(statsFixture());
    const StatsEngine e = s.engine();
    const Period p = kFixturePeriod;
    const QString orange = QStringLiteral("orange"), red = QStringLiteral("red");
    const auto squad = [&](const std::optional<QString> &key, Figure f, int index = -1) {
        return members(e, p, Grouping::Squad, key, f, index);
    };
    CHECK(squad(orange, Figure::Resolved) == Ids{1, 2, 3, 6}); // R6 received before the period
    CHECK(squad(orange, Figure::Received) == Ids{1, 2, 3});
    CHECK(squad(orange, Figure::ResponseSlaMissed) == Ids{2}); // the note after 30 h
    CHECK(squad(orange, Figure::Backlog) == Ids{2, 8});
    CHECK(squad(orange, Figure::Backlog, 3) == Ids{2, 8});
    CHECK(squad(orange, Figure::Backlog, 0).isEmpty());
    CHECK(squad(orange, Figure::Reopened) == Ids{2, 6});
    CHECK(squad(red, Figure::ResponseSlaMissed) == Ids{12});
    CHECK(squad(red, Figure::ResolutionSlaCounted) == Ids{10, 11});   // R9, R12 not yet due
    CHECK(squad(red, Figure::WeekResolved, 1) == Ids{10});            // Sunday 22 March
    CHECK(squad(QString(), Figure::Received) == Ids{4, 5, 7});        // unassigned
    CHECK(squad(QString(), Figure::Responded) == Ids{7});             // the rejection
    CHECK(squad(QString(), Figure::ResponseSlaCounted) == Ids{4, 7}); // R5 not yet due
    CHECK(squad(QString(), Figure::ResponseSlaMissed) == Ids{4});
    CHECK(squad(QString(), Figure::Backlog, 0) == Ids{5});
    CHECK(squad(QString(), Figure::Backlog, 2) == Ids{4});
    CHECK(squad(std::nullopt, Figure::Reopened) == Ids{2, 6, 11});
    CHECK(squad(std::nullopt, Figure::Disputed) == Ids{2, 11});
    CHECK(squad(std::nullopt, Figure::FlaggedFast) == Ids{3, 10});
    CHECK(squad(std::nullopt, Figure::WeekReceived, 0) == Ids{1, 2, 3, 9, 11, 12});
    CHECK(squad(std::nullopt, Figure::WeekReceived, 1) == Ids{4, 5, 7, 10});
    CHECK(squad(std::nullopt, Figure::Closed) == Ids{1, 3, 6, 11});
    CHECK(members(e, p, Grouping::Kecamatan, k1, Figure::Received) == Ids{1, 2, 5, 7, 9, 11});
    CHECK(members(e, p, Grouping::Label, QStringLiteral("ktp_kk_akta"), Figure::ResolutionTimed) ==
          Ids{10, 11});
    // A unit no report has, and the total whatever the grouping.
    CHECK(squad(QStringLiteral("pink"), Figure::Received).isEmpty());
    CHECK(members(e, p, Grouping::Label, std::nullopt, Figure::Closed) == Ids{1, 3, 6, 11});

    CHECK(checkEveryFigure(e, p) > 50);
    // Week 11 alone: R2's dispute and resolution come later.
    CHECK(checkEveryFigure(e, Period::fromWibDates(QDate(2026, 3, 9), QDate(2026, 3, 15))) > 20);
}

TEST_CASE("stats drill-down: on a random replica every figure of every unit has exactly as many "
          "members as it counts")
{
    Setup s(randomStatsReports(700, 6));
    const StatsEngine e = s.engine();
    // Two weeks with reports before, in and after them; one day; five weeks and a half.
    CHECK(checkEveryFigure(e, kFixturePeriod) > 300);
    CHECK(checkEveryFigure(e, Period::fromWibDates(QDate(2026, 3, 17), QDate(2026, 3, 17))) > 30);
    CHECK(checkEveryFigure(e, Period::fromWibDates(QDate(2026, 2, 25), QDate(2026, 4, 3))) > 300);
}

TEST_CASE("stats drill-down: an empty period, a backlog bucket or a week that does not exist is "
          "refused")
{
    Setup s(statsFixture());
    const StatsEngine e = s.engine();
    QString error;
    CHECK_FALSE(
        e.members(Period{100, 100}, Grouping::Squad, std::nullopt, Figure::Received, -1, &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK_FALSE(
        e.members(kFixturePeriod, Grouping::Squad, std::nullopt, Figure::Backlog, 4, &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK_FALSE(
        e.members(kFixturePeriod, Grouping::Squad, std::nullopt, Figure::WeekReceived, 2, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(e.members(kFixturePeriod, Grouping::Squad, std::nullopt, Figure::WeekResolved, -1));
    CHECK(e.members(kFixturePeriod, Grouping::Squad, std::nullopt, Figure::WeekResolved, 1));
    const StatsEngine missing(s.dir.filePath(QStringLiteral("nothing/here.db")),
                              s.replica->labelPolicy());
    error.clear();
    CHECK_FALSE(missing.members(kFixturePeriod, Grouping::Squad, std::nullopt, Figure::Received, -1,
                                &error));
    CHECK_FALSE(error.isEmpty());
}
