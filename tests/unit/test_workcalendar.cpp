// SPDX-License-Identifier: GPL-3.0-or-later
// The working-time calendar (core/sla/workcalendar.h): known deadlines in WIB, round trips,
// and a minute-by-minute walk as the reference for random calendars, starts and budgets.
#include "core/sla/workcalendar.h"

#include "catch.h"
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cstdio>

using namespace posko;

namespace {

constexpr int H = 3600;

// A moment given in WIB, as a UTC QDateTime.
QDateTime wib(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, 7 * H).toUTC();
}

WorkCalendar::Interval hm(int h1, int m1, int h2, int m2)
{
    return {h1 * H + m1 * 60, h2 * H + m2 * 60};
}

// The calendar of the example: Mon-Thu 07:30-16:00, Fri 07:30-11:00 and 13:00-16:30,
// weekends off; Christmas Eve (cuti bersama), Christmas and New Year 2027 off.
WorkCalendar officeCalendar()
{
    WorkCalendar::Week week;
    for (int d = 0; d < 4; ++d)
        week[size_t(d)] = {hm(7, 30, 16, 0)};
    week[4] = {hm(13, 0, 16, 30), hm(7, 30, 11, 0)}; // given out of order on purpose
    return WorkCalendar(week, {QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2027, 1, 1)});
}

// The reference: a walk minute by minute over local dates, with no arithmetic shared with
// the implementation. Valid for starts on whole minutes and calendars on whole minutes.
struct MinuteWalk
{
    const WorkCalendar &cal;
    QSet<QDate> holidays;

    explicit MinuteWalk(const WorkCalendar &c) : cal(c)
    {
        for (const QDate &d : c.holidays())
            holidays.insert(d);
    }
    bool working(const QDate &date, int minuteOfDay) const
    {
        if (holidays.contains(date))
            return false;
        for (const auto &i : cal.week()[size_t(date.dayOfWeek() - 1)])
            if (i.start <= minuteOfDay * 60 && minuteOfDay * 60 < i.end)
                return true;
        return false;
    }
    // The start of the minute in which the budget's last working minute ends, or for a budget
    // of 0 the start of the first working minute at or after `start`.
    QDateTime deadline(const QDateTime &start, int budgetMinutes) const
    {
        const QDateTime local = start.addSecs(7 * H);
        QDate date = local.date();
        int minute = local.time().hour() * 60 + local.time().minute();
        QDateTime at = start;
        for (int count = 0;;) {
            if (working(date, minute)) {
                if (budgetMinutes == 0)
                    return at;
                if (++count == budgetMinutes)
                    return at.addSecs(60);
            }
            at = at.addSecs(60);
            if (++minute == 24 * 60) {
                minute = 0;
                date = date.addDays(1);
            }
        }
    }
    qint64 workingSecondsBetween(const QDateTime &a, const QDateTime &b) const
    {
        const QDateTime local = a.addSecs(7 * H);
        QDate date = local.date();
        int minute = local.time().hour() * 60 + local.time().minute();
        qint64 n = 0;
        for (qint64 left = a.secsTo(b) / 60; left > 0; --left) {
            n += working(date, minute) ? 60 : 0;
            if (++minute == 24 * 60) {
                minute = 0;
                date = date.addDays(1);
            }
        }
        return n;
    }
};

WorkCalendar randomCalendar(QRandomGenerator &rng)
{
    WorkCalendar::Week week;
    for (auto &day : week) {
        // 0-3 disjoint intervals on a 15-minute grid, sometimes touching midnight.
        const int n = int(rng.bounded(4));
        std::vector<int> cuts;
        while (int(cuts.size()) < 2 * n) {
            const int c = int(rng.bounded(97)) * 15 * 60; // 00:00 .. 24:00
            if (std::find(cuts.begin(), cuts.end(), c) == cuts.end())
                cuts.push_back(c);
        }
        std::sort(cuts.begin(), cuts.end());
        for (size_t i = 0; i + 1 < cuts.size(); i += 2)
            day.push_back({cuts[i], cuts[i + 1]});
    }
    if (week[0].isEmpty())
        week[0] = {hm(8, 0, 12, 0)}; // some working time in every calendar
    QVector<QDate> holidays;
    const int n = int(rng.bounded(40));
    for (int i = 0; i < n; ++i)
        holidays << QDate(2026, 1, 1).addDays(rng.bounded(600));
    return WorkCalendar(week, holidays);
}

} // namespace

TEST_CASE("working calendar: known deadlines in WIB")
{
    const WorkCalendar cal = officeCalendar();
    REQUIRE(cal.weeklySeconds() == 4 * (8 * H + 30 * 60) + 7 * H);

    // A Friday afternoon report: 2.5 h left on Friday, the rest on Monday morning.
    CHECK(cal.addWorkingSeconds(wib(2026, 11, 27, 14, 0), 4 * H) == wib(2026, 11, 30, 9, 0));
    // Friday's prayer break does not count.
    CHECK(cal.addWorkingSeconds(wib(2026, 11, 27, 10, 30), 1 * H) == wib(2026, 11, 27, 13, 30));
    CHECK(cal.addWorkingSeconds(wib(2026, 11, 27, 11, 30), 1 * H) == wib(2026, 11, 27, 14, 0));
    // The eve of a holiday: one hour on Wednesday, Thu 24 (cuti bersama) and Fri 25 Dec
    // (Christmas) off, the weekend off, the rest on Monday 28.
    CHECK(cal.addWorkingSeconds(wib(2026, 12, 23, 15, 0), 2 * H) == wib(2026, 12, 28, 8, 30));
    // Across a weekend; a budget that ends exactly at closing time ends then, not the next
    // morning.
    CHECK(cal.addWorkingSeconds(wib(2026, 11, 28, 10, 0), 8 * H + 30 * 60) ==
          wib(2026, 11, 30, 16, 0));
    CHECK(cal.addWorkingSeconds(wib(2026, 11, 26, 12, 0), 12 * H) == wib(2026, 11, 30, 8, 30));
    // A start at 03:00 WIB (20:00 UTC the day before) counts from 07:30.
    const QDateTime night = wib(2026, 12, 1, 3, 0);
    REQUIRE(night.date() == QDate(2026, 11, 30)); // the UTC date is the day before
    CHECK(cal.addWorkingSeconds(night, 1 * H) == wib(2026, 12, 1, 8, 30));
    CHECK(cal.addWorkingSeconds(night, 1 * H).timeSpec() == Qt::UTC);
    // A budget of 0: the start itself inside working hours, else the next working moment.
    CHECK(cal.addWorkingSeconds(night, 0) == wib(2026, 12, 1, 7, 30));
    CHECK(cal.addWorkingSeconds(wib(2026, 12, 1, 10, 0, 5), 0) == wib(2026, 12, 1, 10, 0, 5));
    CHECK(cal.addWorkingSeconds(wib(2026, 11, 27, 12, 0), 0) == wib(2026, 11, 27, 13, 0));
    CHECK(cal.addWorkingSeconds(wib(2026, 11, 28, 9, 0), 0) == wib(2026, 11, 30, 7, 30));
    CHECK(cal.addWorkingSeconds(wib(2026, 12, 23, 16, 0), 0) == wib(2026, 12, 28, 7, 30));
    CHECK(cal.addWorkingSeconds(wib(2026, 12, 1, 10, 0), -5) == wib(2026, 12, 1, 10, 0));

    // Working time between two moments; negative backwards.
    CHECK(cal.workingSecondsBetween(wib(2026, 11, 27, 0, 0), wib(2026, 11, 30, 0, 0)) == 7 * H);
    CHECK(cal.workingSecondsBetween(wib(2026, 11, 30, 0, 0), wib(2026, 12, 7, 0, 0)) ==
          cal.weeklySeconds());
    CHECK(cal.workingSecondsBetween(wib(2026, 12, 21, 0, 0), wib(2026, 12, 28, 0, 0)) ==
          3 * (8 * H + 30 * 60));
    CHECK(cal.workingSecondsBetween(wib(2026, 11, 30, 16, 0), wib(2026, 11, 27, 16, 0)) ==
          -(8 * H + 30 * 60 + 30 * 60));
    CHECK(cal.workingSecondsBetween(wib(2026, 11, 28, 1, 0), wib(2026, 11, 29, 23, 0)) == 0);
    CHECK(cal.isHoliday(QDate(2026, 12, 25)));
    CHECK_FALSE(cal.isHoliday(QDate(2026, 12, 26)));
}

TEST_CASE("working calendar: days outside the holiday list follow the weekly pattern")
{
    const WorkCalendar cal = officeCalendar();
    for (int year : {1950, 1969, 2024, 2030, 2100}) {
        // The Monday of the week holding 1 March.
        QDate monday(year, 3, 1);
        monday = monday.addDays(1 - monday.dayOfWeek());
        const QDateTime a(monday, QTime(0, 0), Qt::OffsetFromUTC, 7 * H);
        INFO("year " << year);
        CHECK(cal.workingSecondsBetween(a, a.addDays(7)) == cal.weeklySeconds());
        CHECK(cal.workingSecondsBetween(a, a.addDays(70)) == 10 * cal.weeklySeconds());
    }
    // Across the epoch (negative day numbers): Wed 31 Dec 1969 15:00 WIB + 2 h = Thu 1 Jan 1970
    // 08:30 WIB.
    CHECK(cal.addWorkingSeconds(wib(1969, 12, 31, 15, 0), 2 * H) == wib(1970, 1, 1, 8, 30));
    CHECK(cal.workingSecondsBetween(wib(1969, 12, 31, 15, 0), wib(1970, 1, 1, 8, 30)) == 2 * H);
    // No working time at all: no deadline.
    const WorkCalendar none{};
    CHECK(none.weeklySeconds() == 0);
    CHECK_FALSE(none.addWorkingSeconds(wib(2026, 1, 5, 8, 0), 60).isValid());
    CHECK(none.workingSecondsBetween(wib(2026, 1, 5, 8, 0), wib(2026, 2, 5, 8, 0)) == 0);
}

TEST_CASE("working calendar: the deadline gives back its budget and is the earliest such moment")
{
    const WorkCalendar cal = officeCalendar();
    QRandomGenerator rng(20261128);
    const qint64 from = wib(2025, 6, 1, 0, 0).toSecsSinceEpoch();
    const qint64 span = wib(2028, 6, 1, 0, 0).toSecsSinceEpoch() - from;
    QElapsedTimer timer;
    qint64 nanos = 0;
    int checks = 0;
    for (int i = 0; i < 20000; ++i) {
        const qint64 start = from + qint64(rng.bounded(quint32(span)));
        const qint64 budget = i % 10 == 0 ? 0 : qint64(rng.bounded(300 * H));
        timer.start();
        const qint64 deadline = cal.addWorkingSeconds(start, budget);
        nanos += timer.nsecsElapsed();
        INFO("start " << start << " budget " << budget << " deadline " << deadline);
        REQUIRE(deadline >= start);
        REQUIRE(cal.workingSecondsBetween(start, deadline) == budget);
        if (budget > 0)
            REQUIRE(cal.workingSecondsBetween(start, deadline - 1) == budget - 1);
        ++checks;
    }
    CHECK(checks == 20000);
    std::printf("addWorkingSeconds: %.2f us per call (budgets up to 300 working hours)\n",
                double(nanos) / 1000.0 / 20000.0);
}

TEST_CASE("working calendar: equals a minute-by-minute walk for random calendars")
{
    QRandomGenerator rng(5);
    int cases = 0;
    for (int c = 0; c < 12; ++c) {
        const WorkCalendar cal = randomCalendar(rng);
        const MinuteWalk walk(cal);
        for (int i = 0; i < 25; ++i) {
            // Whole-minute starts from late 2025 to mid 2027 (holidays lie in 2026 and 2027).
            const QDateTime start =
                wib(2025, 12, 1, 0, 0).addSecs(qint64(rng.bounded(560 * 24 * 60)) * 60);
            // Minutes; at most three weeks of the calendar's working time keeps the walk short.
            const auto most = quint32(std::min<qint64>(40 * 60, 3 * cal.weeklySeconds() / 60));
            const int budget = i % 8 == 0 ? 0 : int(rng.bounded(most));
            const QDateTime expected = walk.deadline(start, budget);
            const QDateTime got = cal.addWorkingSeconds(start, qint64(budget) * 60);
            INFO("calendar " << c << " start " << start.toString(Qt::ISODate).toStdString()
                             << " budget " << budget << " min");
            CHECK(got == expected);
            const QDateTime end = start.addSecs(qint64(rng.bounded(20 * 24 * 60)) * 60);
            CHECK(cal.workingSecondsBetween(start, end) == walk.workingSecondsBetween(start, end));
            ++cases;
        }
    }
    CHECK(cases == 300);
}
