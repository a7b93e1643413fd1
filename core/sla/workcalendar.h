// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QVector>
#include <array>
#include <vector>

namespace posko {

// Working time in WIB (UTC+7, no daylight saving): working intervals per weekday (several per
// day, e.g. a Friday prayer break) and holiday dates (national holidays, cuti bersama) on which
// nothing counts. Days before or after the listed holidays follow the weekly pattern.
//
// Working time is the function W(t) = working seconds up to t; both operations are O(log n)
// in the number of holidays (no loop over days or minutes): a day's total comes from the weekly
// pattern minus the holidays before it (prefix sums, binary search).
class WorkCalendar final
{
public:
    // [start, end) in seconds after local midnight, 0 <= start < end <= 86400.
    struct Interval
    {
        int start = 0;
        int end = 0;
        friend bool operator==(const Interval &, const Interval &) = default;
    };
    using Day = QVector<Interval>;
    using Week = std::array<Day, 7>; // [0] Monday ... [6] Sunday

    static constexpr qint64 kUtcOffsetSecs = 7 * 3600;

    WorkCalendar() = default; // no working time at all
    // Intervals of a day are sorted here; they must not overlap (the policy loader checks).
    // Duplicate holidays count once.
    WorkCalendar(Week week, QVector<QDate> holidays);

    const Week &week() const { return m_week; }
    const QVector<QDate> &holidays() const { return m_holidayDates; } // sorted, unique
    bool isHoliday(QDate date) const;
    // Working seconds in an ordinary week (no holidays); 0 means no working time ever.
    qint64 weeklySeconds() const { return m_weekPrefix[7]; }

    // The deadline: the earliest moment at which `seconds` of working time have passed since
    // `start`. A start outside working hours counts from the next working moment, so a budget
    // of 0 gives that next working moment (or `start` itself inside working hours). Negative
    // budgets count as 0. Whole seconds (milliseconds of `start` are dropped); the result is
    // UTC. Invalid when the calendar has no working time.
    QDateTime addWorkingSeconds(const QDateTime &start, qint64 seconds) const;
    // Working seconds from a to b; negative when b is before a.
    qint64 workingSecondsBetween(const QDateTime &a, const QDateTime &b) const;

    // The same on seconds since the epoch (UTC), for the catalog's columns. addWorkingSeconds
    // returns std::numeric_limits<qint64>::max() when the calendar has no working time.
    qint64 addWorkingSeconds(qint64 start, qint64 seconds) const;
    qint64 workingSecondsBetween(qint64 a, qint64 b) const;
    // W(t): working seconds from a fixed origin to t (differences are meaningful, not values).
    qint64 workingTimeAt(qint64 t) const;

    friend bool operator==(const WorkCalendar &a, const WorkCalendar &b)
    {
        return a.m_week == b.m_week && a.m_holidayDates == b.m_holidayDates;
    }

private:
    static int weekdayOf(qint64 day); // 0 = Monday
    qint64 daySeconds(qint64 day) const;
    qint64 workingBeforeDay(qint64 day) const; // W at local midnight starting `day`
    qint64 withinDay(qint64 day, qint64 secOfDay) const;

    Week m_week;
    QVector<QDate> m_holidayDates;
    std::array<qint64, 8> m_weekPrefix{}; // working seconds of Monday..day-1 of a week
    std::vector<qint64> m_holidays;       // local day numbers (days since 1970-01-01), sorted
    std::vector<qint64> m_holidayLoss{0}; // [i]: pattern seconds of holidays[0..i-1]
};

} // namespace posko
