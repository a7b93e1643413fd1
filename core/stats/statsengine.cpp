// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/statsengine.h"

#include "core/sla/workcalendar.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <limits>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace posko::stats {

QString groupingCode(Grouping g)
{
    switch (g) {
    case Grouping::Squad:
        return QStringLiteral("squad");
    case Grouping::Kecamatan:
        return QStringLiteral("kecamatan");
    case Grouping::Label:
        return QStringLiteral("label");
    }
    return {};
}

std::optional<Grouping> groupingFromCode(const QString &code)
{
    for (Grouping g : {Grouping::Squad, Grouping::Kecamatan, Grouping::Label})
        if (groupingCode(g) == code)
            return g;
    return std::nullopt;
}

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kWib = WorkCalendar::kUtcOffsetSecs;

// Days since 1970-01-01 in WIB, and the Monday starting that day's ISO week.
qint64 wibDay(qint64 t)
{
    const qint64 local = t + kWib;
    return local >= 0 ? local / kDay : -((-local + kDay - 1) / kDay);
}
qint64 mondayOf(qint64 day)
{
    // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
    return day - (((day + 3) % 7) + 7) % 7;
}

} // namespace

Period Period::fromWibDates(QDate from, QDate toInclusive)
{
    const QDate epoch(1970, 1, 1);
    Period p;
    p.from = epoch.daysTo(from) * kDay - kWib;
    p.to = (epoch.daysTo(toInclusive) + 1) * kDay - kWib;
    return p;
}

QString WeekCount::isoWeek() const
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(week, 2, 10, QLatin1Char('0'));
}

QStringList StatsResult::unrankedKeys() const
{
    QStringList keys;
    for (const UnitFigures &u : units)
        if (u.rank == 0)
            keys << u.key;
    return keys;
}

StatsEngine::StatsEngine(QString databasePath, LabelPolicy policy)
    : m_path(std::move(databasePath)), m_policy(std::move(policy))
{
}

namespace {

// Interned text values of one column (a handful of labels, squads, kecamatan): linear search
// over a few short strings beats hashing a million of them.
class Dictionary
{
public:
    int index(const unsigned char *text, int size)
    {
        const char *p = reinterpret_cast<const char *>(text);
        if (m_last >= 0 && equals(m_values[size_t(m_last)], p, size))
            return m_last;
        for (size_t i = 0; i < m_values.size(); ++i)
            if (equals(m_values[i], p, size))
                return m_last = int(i);
        m_values.emplace_back(p ? p : "", size_t(size));
        return m_last = int(m_values.size() - 1);
    }
    const std::vector<std::string> &values() const { return m_values; }

private:
    static bool equals(const std::string &s, const char *p, int size)
    {
        return s.size() == size_t(size) && (size == 0 || std::memcmp(s.data(), p, s.size()) == 0);
    }
    std::vector<std::string> m_values;
    int m_last = -1;
};

// How one label's reports are timed: its clock and its two budgets.
struct LabelClock
{
    const WorkCalendar *calendar = nullptr; // null: wall clock
    qint64 responseBudget = -1;             // seconds on the clock; -1: no SLA (unknown label)
    qint64 resolutionBudget = -1;
    qint64 elapsed(qint64 a, qint64 b) const
    {
        return calendar ? calendar->workingSecondsBetween(a, b) : b - a;
    }
};

// One report's contribution, computed once and added to every grouping.
struct Facts
{
    bool relevant = false;
    bool received = false, assigned = false, resolved = false, closed = false;
    qint64 responseTime = -1, resolutionTime = -1;
    int responseSla = -1, resolutionSla = -1; // 1 met, 0 missed, -1 not decided
    int backlogBucket = -1;
    bool reopened = false, disputed = false, flagged = false;
    int receivedWeek = -1, resolvedWeek = -1;
};

struct Accumulator
{
    qint64 received = 0, assigned = 0, resolved = 0, closed = 0;
    std::vector<qint64> responseTimes, resolutionTimes;
    Share responseSla, resolutionSla, reopened, disputed;
    std::array<qint64, kBacklogBuckets> backlog{};
    qint64 flagged = 0;
    std::vector<std::array<qint64, 2>> weeks;
    bool seen = false;

    void add(const Facts &f, int nWeeks)
    {
        seen = true;
        received += f.received;
        assigned += f.assigned;
        resolved += f.resolved;
        closed += f.closed;
        if (f.responseTime >= 0)
            responseTimes.push_back(f.responseTime);
        if (f.resolutionTime >= 0)
            resolutionTimes.push_back(f.resolutionTime);
        if (f.responseSla >= 0) {
            ++responseSla.of;
            responseSla.part += f.responseSla;
        }
        if (f.resolutionSla >= 0) {
            ++resolutionSla.of;
            resolutionSla.part += f.resolutionSla;
        }
        if (f.resolved) {
            ++reopened.of;
            ++disputed.of;
            reopened.part += f.reopened;
            disputed.part += f.disputed;
        }
        if (f.backlogBucket >= 0)
            ++backlog[size_t(f.backlogBucket)];
        flagged += f.flagged;
        if (f.receivedWeek >= 0 || f.resolvedWeek >= 0) {
            if (weeks.empty())
                weeks.assign(size_t(nWeeks), {0, 0});
            if (f.receivedWeek >= 0)
                ++weeks[size_t(f.receivedWeek)][0];
            if (f.resolvedWeek >= 0)
                ++weeks[size_t(f.resolvedWeek)][1];
        }
    }
};

Durations durations(std::vector<qint64> &v)
{
    Durations d;
    d.count = qint64(v.size());
    if (v.empty())
        return d;
    const auto rank = [&](int p) {
        const size_t k = size_t((qint64(p) * d.count + 99) / 100) - 1;
        std::nth_element(v.begin(), v.begin() + qint64(k), v.end());
        return v[k];
    };
    d.median = rank(50);
    d.p90 = rank(90);
    return d;
}

UnitFigures figures(QString key, Accumulator &a, qint64 firstMonday, int nWeeks)
{
    UnitFigures u;
    u.key = std::move(key);
    u.received = a.received;
    u.assigned = a.assigned;
    u.resolved = a.resolved;
    u.closed = a.closed;
    u.response = durations(a.responseTimes);
    u.resolution = durations(a.resolutionTimes);
    u.responseSla = a.responseSla;
    u.resolutionSla = a.resolutionSla;
    u.backlog = a.backlog;
    u.reopened = a.reopened;
    u.disputed = a.disputed;
    u.flaggedFast = a.flagged;
    const QDate epoch(1970, 1, 1);
    for (int w = 0; w < nWeeks; ++w) {
        WeekCount c;
        c.monday = epoch.addDays(firstMonday + 7 * w);
        if (!a.weeks.empty()) {
            c.received = a.weeks[size_t(w)][0];
            c.resolved = a.weeks[size_t(w)][1];
        }
        u.trend.push_back(c);
    }
    return u;
}

// Best first: resolutions within SLA, responses within SLA, faster median resolution, key.
bool rankedBefore(const UnitFigures &a, const UnitFigures &b)
{
    const auto cmpShare = [](const Share &x, const Share &y) {
        const auto vx = x.value(), vy = y.value();
        if (vx.has_value() != vy.has_value())
            return vx.has_value() ? -1 : 1;
        if (vx && *vx != *vy)
            return *vx > *vy ? -1 : 1;
        return 0;
    };
    if (int c = cmpShare(a.resolutionSla, b.resolutionSla))
        return c < 0;
    if (int c = cmpShare(a.responseSla, b.responseSla))
        return c < 0;
    const qint64 ma =
        a.resolution.median < 0 ? std::numeric_limits<qint64>::max() : a.resolution.median;
    const qint64 mb =
        b.resolution.median < 0 ? std::numeric_limits<qint64>::max() : b.resolution.median;
    if (ma != mb)
        return ma < mb;
    return a.key < b.key;
}

} // namespace

std::optional<QVector<StatsResult>> StatsEngine::refresh(const Period &period,
                                                         const QVector<Grouping> &groupings,
                                                         int minReports, QString *error) const
{
    const auto failWith = [&](const QString &message) -> std::optional<QVector<StatsResult>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (period.to <= period.from)
        return failWith(
            QCoreApplication::translate("posko::StatsEngine", "The period ends before it begins."));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return failWith(why);
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT label, squad, kecamatan, received, responded, assigned, "
                           "resolved, closed, ended, settled, reopened_at, disputed_at, "
                           "flagged_at FROM lifecycle WHERE received < ?1",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return failWith(why);
    }
    sqlite3_bind_int64(stmt, 1, period.to);

    const qint64 from = period.from, to = period.to;
    const qint64 firstMonday = mondayOf(wibDay(from));
    const int nWeeks = int((mondayOf(wibDay(to - 1)) - firstMonday) / 7 + 1);
    const auto weekOf = [&](qint64 t) { return int((mondayOf(wibDay(t)) - firstMonday) / 7); };
    const auto inPeriod = [&](qint64 t) { return t != 0 && t >= from && t < to; };
    const auto byEnd = [&](qint64 t) { return t != 0 && t < to; };

    std::array<Dictionary, 3> dicts; // label, squad, kecamatan
    std::vector<LabelClock> clocks;  // by label index
    std::array<std::vector<Accumulator>, 3> acc;
    Accumulator total;
    std::array<bool, 3> wanted{};
    for (Grouping g : groupings)
        wanted[size_t(g == Grouping::Label ? 0 : g == Grouping::Squad ? 1 : 2)] = true;

    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        int idx[3];
        for (int c = 0; c < 3; ++c)
            idx[c] =
                dicts[size_t(c)].index(sqlite3_column_text(stmt, c), sqlite3_column_bytes(stmt, c));
        if (size_t(idx[0]) >= clocks.size()) {
            LabelClock lc;
            const std::string &code = dicts[0].values()[size_t(idx[0])];
            if (const Label *label =
                    m_policy.find(QString::fromUtf8(code.data(), qsizetype(code.size())))) {
                if (label->clock == SlaClock::Working && label->calendar)
                    lc.calendar = label->calendar.get();
                lc.responseBudget = qint64(label->responseMinutes) * 60;
                lc.resolutionBudget = qint64(label->resolutionMinutes) * 60;
            }
            clocks.resize(size_t(idx[0]) + 1);
            clocks[size_t(idx[0])] = lc;
        }
        const LabelClock &clock = clocks[size_t(idx[0])];
        qint64 v[10];
        for (int c = 0; c < 10; ++c)
            v[c] = sqlite3_column_int64(stmt, 3 + c);
        const qint64 received = v[0], responded = v[1], assigned = v[2], resolved = v[3],
                     closed = v[4], ended = v[5], settled = v[6], reopenedAt = v[7],
                     disputedAt = v[8], flaggedAt = v[9];

        Facts f;
        f.received = inPeriod(received);
        f.assigned = inPeriod(assigned);
        f.resolved = inPeriod(resolved);
        f.closed = inPeriod(closed);
        if (f.received) {
            // The cohort of the period: response and resolution of the reports received in it,
            // as far as they happened before its end.
            if (byEnd(responded))
                f.responseTime = clock.elapsed(received, responded);
            if (byEnd(resolved))
                f.resolutionTime = clock.elapsed(received, resolved);
            const auto outcome = [&](qint64 done, qint64 budget, bool excluded) {
                if (budget < 0 || excluded)
                    return -1;
                if (byEnd(done))
                    return clock.elapsed(received, done) <= budget ? 1 : 0;
                return clock.elapsed(received, to) > budget ? 0 : -1; // pending: not decided
            };
            f.responseSla = outcome(responded, clock.responseBudget, false);
            // A report rejected or marked duplicate before any resolution has none to time.
            f.resolutionSla =
                outcome(resolved, clock.resolutionBudget, byEnd(ended) && !byEnd(resolved));
            f.receivedWeek = weekOf(received);
        }
        if (f.resolved) {
            f.reopened = byEnd(reopenedAt);
            f.disputed = byEnd(disputedAt);
            f.resolvedWeek = weekOf(resolved);
        }
        f.flagged = inPeriod(flaggedAt);
        if (!(settled != 0 && settled < to)) {
            const qint64 age = to - received;
            f.backlogBucket = age < kDay ? 0 : age < 3 * kDay ? 1 : age < 7 * kDay ? 2 : 3;
        }
        f.relevant =
            f.received || f.assigned || f.resolved || f.closed || f.flagged || f.backlogBucket >= 0;
        if (!f.relevant)
            continue;
        total.add(f, nWeeks);
        for (size_t c = 0; c < 3; ++c) {
            if (!wanted[c])
                continue;
            if (acc[c].size() <= size_t(idx[c]))
                acc[c].resize(size_t(idx[c]) + 1);
            acc[c][size_t(idx[c])].add(f, nWeeks);
        }
    }
    QString why;
    if (rc != SQLITE_DONE)
        why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (rc != SQLITE_DONE)
        return failWith(why);

    const UnitFigures totalFigures = figures(QStringLiteral("*"), total, firstMonday, nWeeks);
    QVector<StatsResult> results;
    for (Grouping g : groupings) {
        const size_t c = g == Grouping::Label ? 0 : g == Grouping::Squad ? 1 : 2;
        StatsResult r;
        r.period = period;
        r.grouping = g;
        r.minReports = minReports;
        r.total = totalFigures;
        QVector<UnitFigures> ranked, unranked;
        for (size_t i = 0; i < acc[c].size(); ++i) {
            Accumulator &a = acc[c][i];
            if (!a.seen)
                continue;
            const std::string &k = dicts[c].values()[i];
            UnitFigures u =
                figures(QString::fromUtf8(k.data(), qsizetype(k.size())), a, firstMonday, nWeeks);
            (u.received >= minReports ? ranked : unranked).push_back(std::move(u));
        }
        std::sort(ranked.begin(), ranked.end(), rankedBefore);
        for (int i = 0; i < ranked.size(); ++i)
            ranked[i].rank = i + 1;
        std::sort(unranked.begin(), unranked.end(),
                  [](const UnitFigures &a, const UnitFigures &b) { return a.key < b.key; });
        r.units = ranked + unranked;
        results.push_back(std::move(r));
    }
    return results;
}

std::optional<StatsResult> StatsEngine::compute(const Period &period, Grouping grouping,
                                                int minReports, QString *error) const
{
    auto results = refresh(period, {grouping}, minReports, error);
    if (!results)
        return std::nullopt;
    return results->first();
}

} // namespace posko::stats
