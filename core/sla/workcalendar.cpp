// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sla/workcalendar.h"

#include <algorithm>
#include <limits>

namespace posko {

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 localDayOf(qint64 t) // local (WIB) day number of a UTC instant
{
    return floorDiv(t + WorkCalendar::kUtcOffsetSecs, kDay);
}

qint64 localMidnight(qint64 day) // the UTC instant of a local day's midnight
{
    return day * kDay - WorkCalendar::kUtcOffsetSecs;
}
} // namespace

WorkCalendar::WorkCalendar(Week week, QVector<QDate> holidays) : m_week(std::move(week))
{
    for (int d = 0; d < 7; ++d) {
        Day &day = m_week[size_t(d)];
        std::sort(day.begin(), day.end(),
                  [](const Interval &a, const Interval &b) { return a.start < b.start; });
        qint64 secs = 0;
        for (const Interval &i : day)
            secs += std::max(0, i.end - i.start);
        m_weekPrefix[size_t(d) + 1] = m_weekPrefix[size_t(d)] + secs;
    }
    std::sort(holidays.begin(), holidays.end());
    holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());
    holidays.removeIf([](const QDate &d) { return !d.isValid(); });
    m_holidayDates = holidays;
    for (const QDate &d : std::as_const(m_holidayDates)) {
        const qint64 day = d.toJulianDay() - kEpochJulianDay;
        m_holidays.push_back(day);
        const auto wd = size_t(weekdayOf(day));
        m_holidayLoss.push_back(m_holidayLoss.back() + m_weekPrefix[wd + 1] - m_weekPrefix[wd]);
    }
}

bool WorkCalendar::isHoliday(QDate date) const
{
    return std::binary_search(m_holidayDates.begin(), m_holidayDates.end(), date);
}

int WorkCalendar::weekdayOf(qint64 day)
{
    // Day 0 (1970-01-01) was a Thursday.
    const qint64 m = (day + 3) % 7;
    return int(m < 0 ? m + 7 : m);
}

qint64 WorkCalendar::daySeconds(qint64 day) const
{
    if (std::binary_search(m_holidays.begin(), m_holidays.end(), day))
        return 0;
    const auto wd = size_t(weekdayOf(day));
    return m_weekPrefix[wd + 1] - m_weekPrefix[wd];
}

qint64 WorkCalendar::workingBeforeDay(qint64 day) const
{
    const qint64 e = day + 3; // days since a Monday
    const qint64 weeks = floorDiv(e, 7);
    const qint64 rem = e - weeks * 7;
    const auto before = std::lower_bound(m_holidays.begin(), m_holidays.end(), day);
    return weeks * weeklySeconds() + m_weekPrefix[size_t(rem)] -
           m_holidayLoss[size_t(before - m_holidays.begin())];
}

qint64 WorkCalendar::withinDay(qint64 day, qint64 secOfDay) const
{
    if (std::binary_search(m_holidays.begin(), m_holidays.end(), day))
        return 0;
    qint64 secs = 0;
    for (const Interval &i : m_week[size_t(weekdayOf(day))])
        secs += std::clamp<qint64>(secOfDay - i.start, 0, i.end - i.start);
    return secs;
}

qint64 WorkCalendar::workingTimeAt(qint64 t) const
{
    const qint64 day = localDayOf(t);
    return workingBeforeDay(day) + withinDay(day, t - localMidnight(day));
}

qint64 WorkCalendar::workingSecondsBetween(qint64 a, qint64 b) const
{
    return workingTimeAt(b) - workingTimeAt(a);
}

qint64 WorkCalendar::addWorkingSeconds(qint64 start, qint64 seconds) const
{
    if (weeklySeconds() <= 0)
        return std::numeric_limits<qint64>::max();
    seconds = std::max<qint64>(seconds, 0);
    const qint64 startDay = localDayOf(start);
    if (seconds == 0) {
        // The next working moment at or after start (start itself inside working hours).
        const qint64 sec = start - localMidnight(startDay);
        if (daySeconds(startDay) > 0)
            for (const Interval &i : m_week[size_t(weekdayOf(startDay))])
                if (sec < i.end)
                    return sec >= i.start ? start : localMidnight(startDay) + i.start;
        // Otherwise the first interval of the next day with working time.
        seconds = 1; // the earliest moment with 1 s passed, minus that second (below)
        return addWorkingSeconds(localMidnight(startDay + 1), seconds) - 1;
    }
    const qint64 target = workingTimeAt(start) + seconds;
    // The day holding the deadline is the first day D >= startDay whose end reaches the
    // target: W(end of D) >= target. Gallop, then bisect (W is non-decreasing).
    auto reaches = [&](qint64 day) { return workingBeforeDay(day + 1) >= target; };
    qint64 lo = startDay, hi = startDay;
    for (qint64 step = 1; !reaches(hi); step *= 2) {
        lo = hi + 1;
        hi = startDay + step;
    }
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (reaches(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    // W(start of lo) < target <= W(end of lo): walk lo's intervals.
    qint64 left = target - workingBeforeDay(lo);
    for (const Interval &i : m_week[size_t(weekdayOf(lo))]) {
        const qint64 len = i.end - i.start;
        if (left <= len)
            return localMidnight(lo) + i.start + left;
        left -= len;
    }
    Q_UNREACHABLE();
    return std::numeric_limits<qint64>::max();
}

QDateTime WorkCalendar::addWorkingSeconds(const QDateTime &start, qint64 seconds) const
{
    if (!start.isValid() || weeklySeconds() <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(addWorkingSeconds(start.toSecsSinceEpoch(), seconds),
                                         Qt::UTC);
}

qint64 WorkCalendar::workingSecondsBetween(const QDateTime &a, const QDateTime &b) const
{
    return workingSecondsBetween(a.toSecsSinceEpoch(), b.toSecsSinceEpoch());
}

} // namespace posko
