// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"

#include "catch.h"

using namespace posko;

TEST_CASE("the seven squads round-trip through their codes in keyboard order")
{
    REQUIRE(allSquads.size() == 7);
    const char *codes[] = {"pink", "white", "orange", "blue", "yellow", "red", "covert"};
    for (std::size_t i = 0; i < allSquads.size(); ++i) {
        CHECK(squadCode(allSquads[i]) == QLatin1String(codes[i]));
        CHECK(squadFromCode(QLatin1String(codes[i])) == allSquads[i]);
        CHECK_FALSE(squadName(allSquads[i]).isEmpty());
        CHECK(squadColorHex(allSquads[i]).startsWith(QLatin1Char('#')));
    }
    CHECK_FALSE(squadFromCode(QStringLiteral("green")).has_value());
    CHECK_FALSE(squadFromCode(QStringLiteral("")).has_value());
}

TEST_CASE("statuses round-trip and map to Open311 open/closed")
{
    for (Status s : allStatuses)
        CHECK(statusFromCode(statusCode(s)) == s);
    CHECK_FALSE(statusFromCode(QStringLiteral("open")).has_value());
    CHECK(open311Status(Status::Baru) == QLatin1String("open"));
    CHECK(open311Status(Status::Selesai) == QLatin1String("open"));
    CHECK(open311Status(Status::Ditutup) == QLatin1String("closed"));
    CHECK(open311Status(Status::Ditolak) == QLatin1String("closed"));
    CHECK(open311Status(Status::Duplikat) == QLatin1String("closed"));
}

TEST_CASE("the lifecycle allows exactly its edges and explains refusals")
{
    CHECK_FALSE(transitionError(Status::Baru, Status::Ditugaskan));
    CHECK_FALSE(transitionError(Status::Ditugaskan, Status::Dikerjakan));
    CHECK_FALSE(transitionError(Status::Dikerjakan, Status::Selesai));
    CHECK_FALSE(transitionError(Status::Selesai, Status::Ditutup));
    CHECK_FALSE(transitionError(Status::Selesai, Status::Dikerjakan)); // sent back
    CHECK_FALSE(transitionError(Status::Ditutup, Status::DibukaKembali));
    CHECK_FALSE(transitionError(Status::Baru, Status::Ditolak));
    CHECK_FALSE(transitionError(Status::Baru, Status::Duplikat));

    const auto skip = transitionError(Status::Baru, Status::Ditutup);
    REQUIRE(skip.has_value());
    CHECK(skip->contains(statusName(Status::Baru)));
    CHECK(skip->contains(statusName(Status::Ditutup)));
    CHECK(transitionError(Status::Ditutup, Status::Dikerjakan).has_value());
    CHECK(transitionError(Status::Ditolak, Status::Ditugaskan).has_value());
    CHECK(transitionError(Status::Baru, Status::Baru).has_value());

    // The table and the function agree for every pair.
    for (Status from : allStatuses) {
        const auto targets = allowedTargets(from);
        for (std::size_t i = 0; i < allStatuses.size(); ++i)
            CHECK(targets[i] == !transitionError(from, allStatuses[i]).has_value());
    }
}

TEST_CASE("applyAction assigns, changes status and refuses illegal actions without change")
{
    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    Report r;
    r.id = 7;
    r.label = QStringLiteral("jalan_rusak");
    r.requestedAt = r.updatedAt = r.statusSince = t0;

    ReportAction assign{ReportAction::Type::Assign, Squad::Orange, {}, {}};
    REQUIRE_FALSE(applyAction(r, assign, QStringLiteral("op"), t0.addSecs(60)));
    CHECK(r.status == Status::Ditugaskan);
    CHECK(r.squad == Squad::Orange);
    CHECK(r.version == 2);
    REQUIRE(r.history.size() == 1);
    CHECK(r.history[0].kind == QLatin1String("assign"));
    CHECK(r.history[0].squad == QLatin1String("orange"));
    CHECK(r.history[0].actor == QLatin1String("op"));

    // Re-assigning to the same squad is refused, the report unchanged.
    const Report before = r;
    CHECK(applyAction(r, assign, QStringLiteral("op"), t0.addSecs(120)).has_value());
    CHECK(r == before);

    // Reassigning to another squad keeps the status.
    ReportAction toYellow{ReportAction::Type::Assign, Squad::Yellow, {}, {}};
    REQUIRE_FALSE(applyAction(r, toYellow, QStringLiteral("op"), t0.addSecs(180)));
    CHECK(r.status == Status::Ditugaskan);
    CHECK(r.squad == Squad::Yellow);

    // Rejection needs a reason.
    ReportAction reject{
        ReportAction::Type::ChangeStatus, {}, Status::Ditolak, QStringLiteral("  ")};
    CHECK(applyAction(r, reject, QStringLiteral("op"), t0).has_value());
    reject.text = QStringLiteral("bukan wilayah Trenggalek");
    REQUIRE_FALSE(applyAction(r, reject, QStringLiteral("op"), t0.addSecs(240)));
    CHECK(r.status == Status::Ditolak);
    CHECK(r.history.back().text == QLatin1String("bukan wilayah Trenggalek"));

    // Closed reports cannot be assigned.
    CHECK(applyAction(r, assign, QStringLiteral("op"), t0).has_value());

    // Notes need text.
    ReportAction note{ReportAction::Type::Note, {}, {}, QString()};
    CHECK(applyAction(r, note, QStringLiteral("op"), t0).has_value());
    note.text = QStringLiteral("warga menelepon lagi");
    const int v = r.version;
    REQUIRE_FALSE(applyAction(r, note, QStringLiteral("op"), t0.addSecs(300)));
    CHECK(r.version == v + 1);
    CHECK(r.status == Status::Ditolak);
}

TEST_CASE("work cannot start on a report without a squad")
{
    Report r;
    r.status = Status::DibukaKembali;
    ReportAction work{ReportAction::Type::ChangeStatus, {}, Status::Dikerjakan, {}};
    CHECK(applyAction(r, work, QStringLiteral("op"), QDateTime::currentDateTimeUtc()).has_value());
}

TEST_CASE("the built-in label policy is valid and holds the default label set")
{
    const auto r = LabelPolicy::fromJson(LabelPolicy::builtInJson());
    INFO(r.errors.join(QStringLiteral("\n")).toStdString());
    REQUIRE(r.policy.has_value());
    const LabelPolicy &p = *r.policy;
    CHECK(p.labels().size() == 20);
    CHECK(p.find(QStringLiteral("sampah"))->defaultSquad == Squad::Yellow);
    CHECK(p.find(QStringLiteral("jalan_rusak"))->defaultSquad == Squad::Orange);
    CHECK(p.find(QStringLiteral("pungutan_liar"))->defaultSquad == Squad::Covert);
    CHECK(p.find(QStringLiteral("ktp_kk_akta"))->defaultSquad == Squad::Red);
    CHECK(p.find(QStringLiteral("layanan_kesehatan"))->defaultSquad == Squad::White);
    CHECK(p.find(QStringLiteral("orang_terlantar"))->defaultSquad == Squad::Pink);
    CHECK(p.find(QStringLiteral("parkir_liar"))->defaultSquad == Squad::Blue);
    // Urgent labels are much tighter than ordinary ones.
    const Label *flood = p.find(QStringLiteral("banjir"));
    const Label *road = p.find(QStringLiteral("jalan_rusak"));
    CHECK(flood->urgent);
    CHECK(flood->responseMinutes == 30);
    CHECK(flood->responseMinutes * 10 <= road->responseMinutes);
    // Every squad but none is reachable by some label.
    for (Squad s : allSquads) {
        bool found = false;
        for (const Label &l : p.labels())
            found = found || l.defaultSquad == s;
        CHECK(found);
    }
    // Serialising and parsing again gives the same policy.
    const auto again = LabelPolicy::fromJson(p.toJson());
    REQUIRE(again.policy.has_value());
    CHECK(again.policy->labels().size() == p.labels().size());
    CHECK(again.policy->find(QStringLiteral("kebakaran"))->responseMinutes == 15);
}

TEST_CASE("a bad policy file is refused with every problem named")
{
    CHECK(LabelPolicy::fromJson("{not json").errors.first().contains(QStringLiteral("JSON")));
    CHECK(LabelPolicy::fromJson("[]").errors.first().contains(QStringLiteral("object")));
    CHECK(LabelPolicy::fromJson("{\"labels\": []}")
              .errors.first()
              .contains(QStringLiteral("labels")));

    const QByteArray bad = R"({"warning_share": 1.5, "labels": [
        {"code": "Bad Code", "name_id": "x", "default_squad": "orange", "response_hours": 1, "resolution_hours": 2},
        {"code": "a", "name_id": "", "default_squad": "green", "response_hours": -1, "resolution_hours": 2},
        {"code": "b", "name_id": "b", "default_squad": "red", "response_hours": 5, "resolution_hours": 2},
        {"code": "b", "name_id": "b", "default_squad": "red", "response_hours": 1, "resolution_hours": "2"}
    ]})";
    const auto r = LabelPolicy::fromJson(bad);
    CHECK_FALSE(r.policy.has_value());
    const QString all = r.errors.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("warning_share")));
    CHECK(all.contains(QStringLiteral("labels[0].code")));
    CHECK(all.contains(QStringLiteral("labels[1].name_id")));
    CHECK(all.contains(QStringLiteral("labels[1].default_squad")));
    CHECK(all.contains(QStringLiteral("labels[1].response_hours")));
    CHECK(all.contains(QStringLiteral("labels[2].resolution_hours")));
    CHECK(all.contains(QStringLiteral("labels[3].code")));
    CHECK(all.contains(QStringLiteral("labels[3].resolution_hours")));
}

TEST_CASE("covert routing: assigned to covert, or unassigned with a covert label")
{
    const LabelPolicy p = LabelPolicy::builtIn();
    const Label *levy = p.find(QStringLiteral("pungutan_liar"));
    const Label *road = p.find(QStringLiteral("jalan_rusak"));
    CHECK(isCovertRouting(std::nullopt, levy));
    CHECK_FALSE(isCovertRouting(std::nullopt, road));
    CHECK(isCovertRouting(Squad::Covert, road));
    CHECK_FALSE(isCovertRouting(Squad::Orange, levy)); // a cleared user re-routed it
}

TEST_CASE("reject reasons and note templates: shipped, validated with their paths, written back")
{
    const LabelPolicy builtIn = LabelPolicy::builtIn();
    CHECK(builtIn.rejectReasons().size() >= 4);
    CHECK(builtIn.noteTemplates().size() >= 4);
    const auto again = LabelPolicy::fromJson(builtIn.toJson());
    REQUIRE(again.policy);
    CHECK(again.policy->rejectReasons() == builtIn.rejectReasons());
    CHECK(again.policy->noteTemplates() == builtIn.noteTemplates());

    const QByteArray bad = R"({"labels": [
        {"code": "a", "name_id": "a", "default_squad": "red", "response_hours": 1, "resolution_hours": 2}],
        "reject_reasons": ["Spam", "", "Spam", 3],
        "note_templates": "Tim menuju lokasi"})";
    const auto r = LabelPolicy::fromJson(bad);
    CHECK_FALSE(r.policy.has_value());
    const QString all = r.errors.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("reject_reasons[1]")));
    CHECK(all.contains(QStringLiteral("reject_reasons[2]: \"Spam\" is listed twice")));
    CHECK(all.contains(QStringLiteral("reject_reasons[3]")));
    CHECK_FALSE(all.contains(QStringLiteral("reject_reasons[0]")));
    CHECK(all.contains(QStringLiteral("note_templates: must be an array")));
}
