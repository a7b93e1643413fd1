// SPDX-License-Identifier: GPL-3.0-or-later
// SLA clocks: the policy file's "calendar" and per-label "clock" (validation with JSON paths,
// round trip, the shipped calendar) and evaluateSla() for working-clock labels.
#include "core/domain/clock.h"
#include "core/domain/labelpolicy.h"
#include "core/sla/sla.h"
#include "core/sla/workcalendar.h"

#include "catch.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace posko;

namespace {

constexpr int H = 3600;

QDateTime wib(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, 7 * H).toUTC();
}

const QByteArray kCalendarPolicy = R"({
  "warning_share": 0.75,
  "calendar": {
    "comment": "test calendar",
    "working_hours": {
      "mon": ["07:30-16:00"], "tue": ["07:30-16:00"], "wed": ["07:30-16:00"],
      "thu": ["07:30-16:00"], "fri": ["13:00-16:30", "07:30-11:00"]
    },
    "holidays": ["2026-12-25", "2026-12-24"]
  },
  "labels": [
    {"code": "ktp", "name_id": "KTP", "default_squad": "red", "clock": "working",
     "response_hours": 2, "resolution_hours": 16},
    {"code": "banjir", "name_id": "Banjir", "default_squad": "orange", "urgent": true,
     "clock": "wall", "response_hours": 0.5, "resolution_hours": 24},
    {"code": "sampah", "name_id": "Sampah", "default_squad": "yellow",
     "response_hours": 8, "resolution_hours": 72}
  ]
})";

LabelPolicy load(const QByteArray &json)
{
    const auto r = LabelPolicy::fromJson(json);
    INFO(r.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.policy.has_value());
    return *r.policy;
}

QStringList errorsOf(const QByteArray &json)
{
    const auto r = LabelPolicy::fromJson(json);
    CHECK_FALSE(r.policy.has_value());
    return r.errors;
}

// The errors that name `path` (as the message's leading path).
QStringList at(const QStringList &errors, const QString &path)
{
    QStringList out;
    for (const QString &e : errors)
        if (e.startsWith(path + QLatin1Char(':')))
            out << e;
    return out;
}

} // namespace

TEST_CASE("policy: a calendar and per-label clocks are read, and written back the same")
{
    const LabelPolicy p = load(kCalendarPolicy);
    REQUIRE(p.calendar());
    CHECK(p.calendar()->weeklySeconds() == 4 * (8 * H + 30 * 60) + 7 * H);
    CHECK(p.calendar()->holidays() == QVector<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 25)});
    CHECK(p.calendar()->week()[4].size() == 2);
    CHECK(p.calendar()->week()[5].isEmpty()); // a day not listed has no working time
    const Label *ktp = p.find(QStringLiteral("ktp"));
    CHECK(ktp->clock == SlaClock::Working);
    CHECK(ktp->calendar.get() == p.calendar());
    CHECK(p.find(QStringLiteral("banjir"))->clock == SlaClock::Wall);
    CHECK(p.find(QStringLiteral("sampah"))->clock == SlaClock::Wall); // the default
    CHECK_FALSE(p.find(QStringLiteral("sampah"))->calendar);

    const QByteArray json = p.toJson();
    const LabelPolicy again = load(json);
    REQUIRE(again.calendar());
    CHECK(*again.calendar() == *p.calendar());
    CHECK(again.find(QStringLiteral("ktp"))->clock == SlaClock::Working);
    CHECK(again.find(QStringLiteral("sampah"))->clock == SlaClock::Wall);
    CHECK(again.toJson() == json);
    const QJsonObject cal =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("calendar")).toObject();
    CHECK(cal.value(QStringLiteral("comment")).toString() == QStringLiteral("test calendar"));
    CHECK(cal.value(QStringLiteral("working_hours"))
              .toObject()
              .value(QStringLiteral("fri"))
              .toArray() ==
          QJsonArray{QStringLiteral("07:30-11:00"), QStringLiteral("13:00-16:30")});

    // A policy without a calendar writes none.
    const LabelPolicy plain = load(R"({"labels": [{"code": "a", "name_id": "A",
        "default_squad": "red", "response_hours": 1, "resolution_hours": 2}]})");
    CHECK_FALSE(plain.calendar());
    CHECK_FALSE(
        QJsonDocument::fromJson(plain.toJson()).object().contains(QStringLiteral("calendar")));
}

TEST_CASE("policy: every calendar and clock problem is refused with its JSON path")
{
    const QStringList errors = errorsOf(R"({
      "calendar": {
        "working_hours": {
          "mon": ["7:30-16:00"],
          "tue": ["16:00-07:30"],
          "wed": ["07:30-12:00", "11:00-16:00"],
          "thu": ["25:00-26:00", "08:00-24:30", "12:00-12:00"],
          "fri": "07:30-11:00",
          "frii": ["07:30-11:00"],
          "sat": [42]
        },
        "holidays": ["2026-12-25", "2026-02-30", 20261225, "2026-12-25", "25/12/2026"],
        "holiday": []
      },
      "labels": [
        {"code": "a", "name_id": "A", "default_squad": "red", "clock": "office",
         "response_hours": 1, "resolution_hours": 2},
        {"code": "b", "name_id": "B", "default_squad": "red", "clock": true,
         "response_hours": 1, "resolution_hours": 2}
      ]
    })");
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(at(errors, QStringLiteral("calendar.working_hours.mon[0]")).size() == 1);
    CHECK(at(errors, QStringLiteral("calendar.working_hours.tue[0]")).size() == 1); // reversed
    CHECK(at(errors, QStringLiteral("calendar.working_hours.tue[0]"))
              .first()
              .contains(QStringLiteral("must end after it starts")));
    const QStringList overlap = at(errors, QStringLiteral("calendar.working_hours.wed[1]"));
    REQUIRE(overlap.size() == 1);
    CHECK(overlap.first().contains(QStringLiteral("calendar.working_hours.wed[0]")));
    CHECK(at(errors, QStringLiteral("calendar.working_hours.wed[0]")).isEmpty());
    CHECK(at(errors, QStringLiteral("calendar.working_hours.thu[0]")).size() == 1); // 25:00
    CHECK(at(errors, QStringLiteral("calendar.working_hours.thu[1]")).size() == 1); // 24:30
    CHECK(at(errors, QStringLiteral("calendar.working_hours.thu[2]")).size() == 1); // empty
    CHECK(at(errors, QStringLiteral("calendar.working_hours.fri")).size() == 1);
    CHECK(at(errors, QStringLiteral("calendar.working_hours.frii")).size() == 1);
    CHECK(at(errors, QStringLiteral("calendar.working_hours.sat[0]")).size() == 1);
    CHECK(at(errors, QStringLiteral("calendar.holidays[0]")).isEmpty());
    CHECK(at(errors, QStringLiteral("calendar.holidays[1]")).size() == 1); // 30 February
    CHECK(at(errors, QStringLiteral("calendar.holidays[2]")).size() == 1); // a number
    CHECK(at(errors, QStringLiteral("calendar.holidays[3]")).size() == 1); // twice
    CHECK(at(errors, QStringLiteral("calendar.holidays[3]"))
              .first()
              .contains(QStringLiteral("calendar.holidays[0]")));
    CHECK(at(errors, QStringLiteral("calendar.holidays[4]")).size() == 1); // not ISO
    CHECK(at(errors, QStringLiteral("calendar.holiday")).size() == 1);     // unknown field
    CHECK(at(errors, QStringLiteral("labels[0].clock")).size() == 1);
    CHECK(at(errors, QStringLiteral("labels[1].clock")).size() == 1);
    // Nothing else: each problem once.
    CHECK(errors.size() == 16);

    // A working-clock label without a calendar.
    const QStringList noCalendar = errorsOf(R"({"labels": [
        {"code": "a", "name_id": "A", "default_squad": "red", "clock": "working",
         "response_hours": 1, "resolution_hours": 2}]})");
    REQUIRE(noCalendar.size() == 1);
    CHECK(noCalendar.first().startsWith(QStringLiteral("labels[0].clock:")));
    CHECK(noCalendar.first().contains(QStringLiteral("calendar")));

    // A calendar without any working time, one that is not an object, bad "holidays".
    const QStringList empty = errorsOf(R"({"calendar": {"working_hours": {"mon": [], "sat": []}},
        "labels": [{"code": "a", "name_id": "A", "default_squad": "red",
         "response_hours": 1, "resolution_hours": 2}]})");
    REQUIRE(empty.size() == 1);
    CHECK(empty.first().startsWith(QStringLiteral("calendar.working_hours:")));
    const QStringList notObject = errorsOf(R"({"calendar": [], "labels": [{"code": "a",
        "name_id": "A", "default_squad": "red", "response_hours": 1, "resolution_hours": 2}]})");
    REQUIRE(notObject.size() == 1);
    CHECK(notObject.first().startsWith(QStringLiteral("calendar:")));
    const QStringList badLists = errorsOf(R"({"calendar": {"holidays": "2026-12-25",
        "comment": 5}, "labels": [{"code": "a", "name_id": "A", "default_squad": "red",
        "response_hours": 1, "resolution_hours": 2}]})");
    INFO(badLists.join(QLatin1Char('\n')).toStdString());
    CHECK(at(badLists, QStringLiteral("calendar.holidays")).size() == 1);
    CHECK(at(badLists, QStringLiteral("calendar.comment")).size() == 1);
    CHECK(at(badLists, QStringLiteral("calendar.working_hours")).size() == 1); // missing
    CHECK(badLists.size() == 3);
}

TEST_CASE("the shipped policy: civil service hours and holidays, urgent labels on the wall clock")
{
    const LabelPolicy p = LabelPolicy::builtIn();
    REQUIRE(p.calendar());
    const WorkCalendar &cal = *p.calendar();
    CHECK(cal.weeklySeconds() == 37 * H + 30 * 60); // 37.5 hours a week
    for (const QDate &d :
         {QDate(2026, 1, 1), QDate(2026, 3, 20), QDate(2026, 3, 23), QDate(2026, 8, 17),
          QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2027, 8, 17)})
        CHECK(cal.isHoliday(d));
    for (const char *code : {"banjir", "tanah_longsor", "pohon_tumbang", "kebakaran",
                             "kriminalitas", "wabah_dbd", "sampah"}) {
        INFO(code);
        CHECK(p.find(QLatin1String(code))->clock == SlaClock::Wall);
    }
    for (const char *code : {"ktp_kk_akta", "perizinan", "pungutan_liar", "proyek_bermasalah"}) {
        INFO(code);
        const Label *l = p.find(QLatin1String(code));
        CHECK(l->clock == SlaClock::Working);
        CHECK(l->calendar.get() == p.calendar());
        CHECK(l->responseMinutes == 7 * 60 + 30); // one working day
    }
    // Written and read back, the shipped policy is the same.
    const auto again = LabelPolicy::fromJson(p.toJson());
    REQUIRE(again.policy.has_value());
    CHECK(*again.policy->calendar() == cal);
    CHECK(again.policy->toJson() == p.toJson());
}

TEST_CASE("SLA on a working clock: deadline in working time, countdown stands still off hours")
{
    const LabelPolicy p = load(kCalendarPolicy);
    const Label *ktp = p.find(QStringLiteral("ktp")); // response 2 h, resolution 16 h, working
    Report r;
    r.label = ktp->code;
    r.requestedAt = r.statusSince = wib(2026, 11, 27, 15, 0); // a Friday, 1.5 h before closing
    ManualClock clock(r.requestedAt);
    auto evalAt = [&](const QDateTime &t) {
        clock.set(t);
        return evaluateSla(r, ktp, p.warningShare(), clock.now());
    };

    // Response: 1.5 h on Friday, 0.5 h on Monday -> Monday 08:00. Warning once 1.5 h of
    // working time has passed: Friday at closing time.
    SlaStatus s = evalAt(wib(2026, 11, 27, 16, 0));
    CHECK(s.state == SlaState::Ok);
    CHECK(s.response);
    CHECK(s.workingTime);
    CHECK(s.deadline == wib(2026, 11, 30, 8, 0));
    CHECK(s.secondsLeft == 3600);
    s = evalAt(wib(2026, 11, 27, 16, 29, 59));
    CHECK(s.state == SlaState::Ok);
    s = evalAt(wib(2026, 11, 27, 16, 30));
    CHECK(s.state == SlaState::Warning);
    CHECK(s.secondsLeft == 1800);
    s = evalAt(wib(2026, 11, 28, 12, 0)); // Saturday: nothing moves
    CHECK(s.state == SlaState::Warning);
    CHECK(s.secondsLeft == 1800);
    s = evalAt(wib(2026, 11, 30, 7, 45));
    CHECK(s.secondsLeft == 900);
    s = evalAt(wib(2026, 11, 30, 8, 0)); // the deadline itself is still on time
    CHECK(s.state == SlaState::Warning);
    CHECK(s.secondsLeft == 0);
    s = evalAt(wib(2026, 11, 30, 8, 0, 1));
    CHECK(s.state == SlaState::Breached);
    CHECK(s.secondsLeft == -1);
    s = evalAt(wib(2026, 11, 30, 9, 0));
    CHECK(s.state == SlaState::Breached);
    CHECK(s.secondsLeft == -3600);
    CHECK(slaSecondsLeft(ktp, s.deadline.toSecsSinceEpoch(), clock.now().toSecsSinceEpoch()) ==
          -3600);

    // Resolution (16 working hours from the submission): Fri 1.5 h + Mon 8.5 h + Tue 6 h.
    r.status = Status::Dikerjakan;
    s = evalAt(wib(2026, 12, 1, 9, 0));
    CHECK_FALSE(s.response);
    CHECK(s.deadline == wib(2026, 12, 1, 13, 30));
    CHECK(s.state == SlaState::Ok); // 11.5 h of 16 elapsed, under 75 %
    CHECK(s.secondsLeft == 4 * H + 30 * 60);
    CHECK(evalAt(wib(2026, 12, 1, 9, 29, 59)).state == SlaState::Ok);
    CHECK(evalAt(wib(2026, 12, 1, 9, 30)).state == SlaState::Warning); // 12 h = 75 % of 16 h

    // A deadline at closing time, seen that evening: breached, no working time overdue yet,
    // the countdown says so with -1 s; next morning it counts on.
    r.status = Status::Baru;
    r.requestedAt = r.statusSince = wib(2026, 12, 23, 14, 0); // Wednesday before Christmas
    s = evalAt(wib(2026, 12, 23, 15, 59));
    CHECK(s.deadline == wib(2026, 12, 23, 16, 0));
    CHECK(s.state == SlaState::Warning);
    CHECK(s.secondsLeft == 60);
    s = evalAt(wib(2026, 12, 23, 18, 0));
    CHECK(s.state == SlaState::Breached);
    CHECK(s.secondsLeft == -1);
    s = evalAt(wib(2026, 12, 25, 10, 0)); // Christmas: still nothing overdue in working time
    CHECK(s.secondsLeft == -1);
    s = evalAt(wib(2026, 12, 28, 8, 0)); // Monday 28: half an hour
    CHECK(s.secondsLeft == -1800);

    // A report submitted at night counts from the morning.
    r.requestedAt = r.statusSince = wib(2026, 12, 1, 3, 0);
    s = evalAt(wib(2026, 12, 1, 6, 0));
    CHECK(s.deadline == wib(2026, 12, 1, 9, 30));
    CHECK(s.state == SlaState::Ok);
    CHECK(s.secondsLeft == 2 * H);

    // A wall-clock label of the same policy keeps today's behaviour.
    const Label *flood = p.find(QStringLiteral("banjir"));
    r.label = flood->code;
    s = evaluateSla(r, flood, p.warningShare(), wib(2026, 12, 1, 3, 20));
    CHECK_FALSE(s.workingTime);
    CHECK(s.deadline == wib(2026, 12, 1, 3, 30));
    CHECK(s.secondsLeft == 600);
    CHECK(s.state == SlaState::Ok);
}

TEST_CASE("working-time countdowns are in hours, never in 24-hour days")
{
    CHECK(formatCountdown(37 * H + 30 * 60, SlaClock::Working) == QStringLiteral("37 h 30 m"));
    CHECK(formatCountdown(-(26 * H + 5 * 60), SlaClock::Working) == QStringLiteral("−26 h 05 m"));
    CHECK(formatCountdown(2 * H + 5 * 60, SlaClock::Working) == QStringLiteral("2 h 05 m"));
    CHECK(formatCountdown(-1, SlaClock::Working) == QStringLiteral("−0 m"));
    CHECK(formatCountdown(37 * H + 30 * 60, SlaClock::Wall) == QStringLiteral("1 d 13 h"));
}
