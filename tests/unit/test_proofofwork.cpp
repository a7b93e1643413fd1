// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicates, the squad's after photo, citizens' disputes and fast-closure flags (issue 5), as
// core decides them for the hub and the workstation alike.
#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"
#include "core/sla/sla.h"
#include "core/sla/workcalendar.h"

#include "catch.h"

using namespace posko;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC); // Mon 08:00 WIB

Report fresh(qint64 id = 7, const QString &label = QStringLiteral("jalan_rusak"))
{
    Report r;
    r.id = id;
    r.label = label;
    r.requestedAt = r.updatedAt = r.statusSince = t0;
    r.history.push_back(
        {t0, QStringLiteral("warga"), QStringLiteral("created"), QStringLiteral("baru"), {}, {}});
    return r;
}

ReportAction make(ReportAction::Type type)
{
    ReportAction a;
    a.type = type;
    return a;
}

ReportAction assign(Squad s)
{
    ReportAction a = make(ReportAction::Type::Assign);
    a.squad = s;
    return a;
}

ReportAction status(Status s, const QString &text = {})
{
    ReportAction a = make(ReportAction::Type::ChangeStatus);
    a.status = s;
    a.text = text;
    return a;
}

ReportAction afterPhoto(const QString &path = QStringLiteral("/media/9.jpg"))
{
    ReportAction a = make(ReportAction::Type::AfterPhoto);
    a.photoPath = path;
    return a;
}

} // namespace

TEST_CASE("a duplicate links to its original through its history and only by the duplicate "
          "action")
{
    Report r = fresh();
    ReportAction dup = make(ReportAction::Type::Duplicate);
    CHECK(applyAction(r, dup, QStringLiteral("op"), t0).has_value()); // no original
    dup.original = r.id;
    CHECK(applyAction(r, dup, QStringLiteral("op"), t0).has_value()); // itself
    // A status change to "duplikat" would leave no link: refused.
    CHECK(applyAction(r, status(Status::Duplikat), QStringLiteral("op"), t0).has_value());
    CHECK(r == fresh());
    CHECK(duplicateOriginal(r) == 0);

    dup.original = 3;
    REQUIRE_FALSE(applyAction(r, dup, QStringLiteral("op"), t0.addSecs(60)));
    CHECK(r.status == Status::Duplikat);
    CHECK(r.version == 2);
    CHECK(r.history.back().kind == QLatin1String("duplicate"));
    CHECK(r.history.back().text == QLatin1String("3"));
    CHECK(duplicateOriginal(r) == 3);
    // Reopened: no longer a duplicate; the entry stays in the history.
    REQUIRE_FALSE(applyAction(r, status(Status::DibukaKembali), QStringLiteral("op"), t0));
    CHECK(duplicateOriginal(r) == 0);
    // Only from statuses the lifecycle allows: a report being worked on is not marked.
    Report working = fresh();
    REQUIRE_FALSE(applyAction(working, assign(Squad::Orange), QStringLiteral("op"), t0));
    REQUIRE_FALSE(applyAction(working, status(Status::Dikerjakan), QStringLiteral("op"), t0));
    CHECK(applyAction(working, dup, QStringLiteral("op"), t0).has_value());
}

TEST_CASE("finishing and closing need the after photo of the current round of work")
{
    Report r = fresh();
    // No squad, no photo.
    CHECK(applyAction(r, afterPhoto(), QStringLiteral("op"), t0).has_value());
    REQUIRE_FALSE(applyAction(r, assign(Squad::Orange), QStringLiteral("op"), t0.addSecs(60)));
    REQUIRE_FALSE(
        applyAction(r, status(Status::Dikerjakan), QStringLiteral("crew"), t0.addSecs(120)));
    const Report before = r;
    CHECK(applyAction(r, status(Status::Selesai), QStringLiteral("crew"), t0).has_value());
    CHECK(applyAction(r, make(ReportAction::Type::AfterPhoto), QStringLiteral("crew"), t0)
              .has_value()); // neither bytes nor a path
    CHECK(r == before);
    CHECK_FALSE(hasAfterPhoto(r));

    REQUIRE_FALSE(applyAction(r, afterPhoto(), QStringLiteral("crew"), t0.addSecs(3600)));
    CHECK(r.status == Status::Selesai);
    CHECK(r.statusSince == t0.addSecs(3600));
    QString path;
    REQUIRE(hasAfterPhoto(r, &path));
    CHECK(path == QLatin1String("/media/9.jpg"));
    // A better photo replaces it while the report is finished; the status stays.
    REQUIRE_FALSE(applyAction(r, afterPhoto(QStringLiteral("/media/10.jpg")),
                              QStringLiteral("crew"), t0.addSecs(4000)));
    CHECK(r.status == Status::Selesai);
    CHECK(r.statusSince == t0.addSecs(3600));
    REQUIRE(hasAfterPhoto(r, &path));
    CHECK(path == QLatin1String("/media/10.jpg"));
    REQUIRE_FALSE(applyAction(r, status(Status::Ditutup), QStringLiteral("op"), t0.addSecs(5000)));
    CHECK(applyAction(r, afterPhoto(), QStringLiteral("crew"), t0).has_value()); // closed

    // Taken on a workstation and not yet on the hub: there, with an empty path.
    Report local = fresh();
    REQUIRE_FALSE(applyAction(local, assign(Squad::Yellow), QStringLiteral("op"), t0));
    ReportAction bytes = make(ReportAction::Type::AfterPhoto);
    bytes.photo = QByteArray("jpeg");
    REQUIRE_FALSE(applyAction(local, bytes, QStringLiteral("op"), t0)); // from "ditugaskan"
    CHECK(local.status == Status::Selesai);
    path = QStringLiteral("x");
    REQUIRE(hasAfterPhoto(local, &path));
    CHECK(path.isEmpty());
}

TEST_CASE("a citizen's dispute reopens a finished or closed report and asks for new proof")
{
    Report r = fresh();
    CHECK(applyDispute(r, QStringLiteral("masih rusak"), t0).has_value()); // nothing done yet
    REQUIRE_FALSE(applyAction(r, assign(Squad::Orange), QStringLiteral("op"), t0));
    REQUIRE_FALSE(applyAction(r, afterPhoto(), QStringLiteral("crew"), t0.addSecs(60)));
    CHECK(applyDispute(r, QStringLiteral("   "), t0).has_value()); // needs a reason
    CHECK(applyDispute(r, QString(4001, QLatin1Char('x')), t0).has_value());
    const int v = r.version;
    REQUIRE_FALSE(applyDispute(r, QStringLiteral(" Lubang masih ada "), t0.addSecs(7200)));
    CHECK(r.status == Status::DibukaKembali);
    CHECK(awaitsResponse(r.status)); // back in the inbox
    CHECK(r.statusSince == t0.addSecs(7200));
    CHECK(r.version == v + 1);
    CHECK(r.history.back().kind == QLatin1String("dispute"));
    CHECK(r.history.back().actor == QLatin1String("citizen"));
    CHECK(r.history.back().text == QLatin1String("Lubang masih ada"));
    CHECK_FALSE(hasAfterPhoto(r)); // the old proof no longer counts
    CHECK(applyAction(r, status(Status::Ditutup), QStringLiteral("op"), t0).has_value());

    // From "ditutup" as well.
    Report closed = fresh();
    REQUIRE_FALSE(applyAction(closed, assign(Squad::Orange), QStringLiteral("op"), t0));
    REQUIRE_FALSE(applyAction(closed, afterPhoto(), QStringLiteral("crew"), t0));
    REQUIRE_FALSE(applyAction(closed, status(Status::Ditutup), QStringLiteral("op"), t0));
    REQUIRE_FALSE(applyDispute(closed, QStringLiteral("belum"), t0.addSecs(60)));
    CHECK(closed.status == Status::DibukaKembali);
}

TEST_CASE("a closure faster than the policy's share of the resolution target is flagged, on "
          "the label's clock")
{
    const LabelPolicy policy = LabelPolicy::builtIn();
    const Label *road = policy.find(QStringLiteral("jalan_rusak"));
    REQUIRE(road);
    REQUIRE(road->clock == SlaClock::Wall);
    const double share = policy.fastClosureShare();
    CHECK(share == 0.1);
    const qint64 threshold = qint64(road->resolutionMinutes * 60 * share);

    Report r = fresh();
    CHECK_FALSE(fastClosure(r, road, share, t0.addSecs(60))); // never assigned
    REQUIRE_FALSE(applyAction(r, assign(Squad::Orange), QStringLiteral("op"), t0.addSecs(600)));
    const QDateTime assigned = t0.addSecs(600);
    const auto quick = fastClosure(r, road, share, assigned.addSecs(threshold - 1));
    REQUIRE(quick);
    CHECK(quick->tookSeconds == threshold - 1);
    CHECK(quick->thresholdSeconds == threshold);
    CHECK_FALSE(quick->workingTime);
    CHECK_FALSE(fastClosure(r, road, share, assigned.addSecs(threshold)));
    CHECK_FALSE(fastClosure(r, road, 0, assigned.addSecs(1))); // share 0: no flags
    CHECK_FALSE(fastClosure(r, nullptr, share, assigned.addSecs(1)));

    // A reassignment starts the squad's time again; a reopening starts a new round.
    REQUIRE_FALSE(applyAction(r, assign(Squad::Yellow), QStringLiteral("op"), t0.addSecs(7200)));
    CHECK(workStartedAt(r) == t0.addSecs(7200));
    REQUIRE(fastClosure(r, road, share, t0.addSecs(7200 + 60)));

    // The flag's text round-trips, and the current round's flag is found.
    const QString text = fastClosureFlagText(*quick);
    HistoryEntry flag{assigned, QStringLiteral("system"), QStringLiteral("flag"), {}, {}, text};
    const auto parsed = parseFastClosureFlag(flag);
    REQUIRE(parsed);
    CHECK(parsed->tookSeconds == quick->tookSeconds);
    CHECK(parsed->thresholdSeconds == quick->thresholdSeconds);
    for (const char *bad : {"fast_closure took=x min=1 clock=wall", "fast_closure took=1 min=2",
                            "other took=1 min=2 clock=wall", "fast_closure took=1 min=2 clock=x"}) {
        flag.text = QLatin1String(bad);
        CHECK_FALSE(parseFastClosureFlag(flag));
    }
    flag.text = text;
    Report flagged = r;
    flagged.history.push_back(flag);
    CHECK(currentFastClosure(flagged));
    flagged.history.push_back({t0.addDays(1),
                               QStringLiteral("citizen"),
                               QStringLiteral("dispute"),
                               QStringLiteral("dibuka_kembali"),
                               {},
                               QStringLiteral("belum")});
    CHECK_FALSE(currentFastClosure(flagged));

    // Working-clock labels count working time: a Friday-evening assignment closed on Monday
    // morning took a few working minutes, not a weekend.
    const Label *permit = policy.find(QStringLiteral("perizinan"));
    REQUIRE(permit);
    REQUIRE(permit->clock == SlaClock::Working);
    Report p = fresh(8, QStringLiteral("perizinan"));
    const QDateTime friday1620 = QDateTime(QDate(2026, 11, 6), QTime(9, 20), Qt::UTC);
    const QDateTime monday0745 = QDateTime(QDate(2026, 11, 9), QTime(0, 45), Qt::UTC);
    REQUIRE_FALSE(applyAction(p, assign(Squad::Red), QStringLiteral("op"), friday1620));
    const auto weekend = fastClosure(p, permit, share, monday0745);
    REQUIRE(weekend);
    CHECK(weekend->workingTime);
    CHECK(weekend->tookSeconds == (10 + 15) * 60); // 16:20-16:30 Fri, 07:30-07:45 Mon
}

TEST_CASE("the policy's fast-closure share and duplicate limits are read, written and checked")
{
    const QByteArray base = R"({"labels": [{"code": "a", "name_id": "A", "default_squad":
        "red", "response_hours": 1, "resolution_hours": 2}] %1})";
    const auto load = [&](const char *extra) {
        return LabelPolicy::fromJson(QString::fromUtf8(base).arg(QLatin1String(extra)).toUtf8());
    };
    const auto ok = load(R"(, "fast_closure_share": 0.25, "duplicates": {"distance_m": 80,
        "hours": 24})");
    INFO(ok.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(ok.policy);
    CHECK(ok.policy->fastClosureShare() == 0.25);
    CHECK(ok.policy->duplicateDistanceMetres() == 80);
    CHECK(ok.policy->duplicateHours() == 24);
    const auto again = LabelPolicy::fromJson(ok.policy->toJson());
    REQUIRE(again.policy);
    CHECK(again.policy->fastClosureShare() == 0.25);
    CHECK(again.policy->duplicateDistanceMetres() == 80);
    CHECK(again.policy->duplicateHours() == 24);
    const auto defaults = load("");
    REQUIRE(defaults.policy);
    CHECK(defaults.policy->fastClosureShare() == 0.1);
    CHECK(defaults.policy->duplicateDistanceMetres() == 150);
    CHECK(defaults.policy->duplicateHours() == 72);

    const auto bad = load(R"(, "fast_closure_share": 1, "duplicates": {"distance_m": 0,
        "hours": 1.5})");
    CHECK_FALSE(bad.policy);
    REQUIRE(bad.errors.size() == 3);
    CHECK(bad.errors.at(0).startsWith(QStringLiteral("fast_closure_share:")));
    CHECK(bad.errors.at(1).startsWith(QStringLiteral("duplicates.distance_m:")));
    CHECK(bad.errors.at(2).startsWith(QStringLiteral("duplicates.hours:")));
    const auto notObject = load(R"(, "duplicates": 5)");
    REQUIRE(notObject.errors.size() == 1);
    CHECK(notObject.errors.at(0).startsWith(QStringLiteral("duplicates:")));
}
