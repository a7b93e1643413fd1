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
        if (u.rank == 0 && !(grouping == Grouping::Squad && u.key.isEmpty()))
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

namespace {

// The lifecycle table read once for a period: every row's label, squad and kecamatan as
// dictionary indexes and its Facts. The one place where a report's contribution to the figures
// is decided; refresh() adds the facts up, members() lists the reports whose facts count.
class LifecycleScan
{
public:
    // Dictionary column of a grouping: label, squad, kecamatan.
    static size_t column(Grouping g)
    {
        return g == Grouping::Label ? 0 : g == Grouping::Squad ? 1 : 2;
    }

    LifecycleScan(const LabelPolicy &policy, const Period &period)
        : m_policy(policy), m_from(period.from), m_to(period.to),
          m_firstMonday(mondayOf(wibDay(period.from))),
          m_weeks(int((mondayOf(wibDay(period.to - 1)) - m_firstMonday) / 7 + 1))
    {
    }
    ~LifecycleScan()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    LifecycleScan(const LifecycleScan &) = delete;
    LifecycleScan &operator=(const LifecycleScan &) = delete;

    // `onlyColumn`/`onlyKey`: only the rows of that unit (a drill-down), so SQLite skips the
    // others before their columns are read.
    bool open(const QString &path, QString *why, int onlyColumn = -1,
              const QByteArray &onlyKey = {})
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK) {
            *why = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        sqlite3_busy_timeout(m_db, 5000);
        QByteArray sql = "SELECT label, squad, kecamatan, received, responded, assigned, "
                         "resolved, closed, ended, settled, reopened_at, disputed_at, "
                         "flagged_at, report_id FROM lifecycle WHERE received < ?1";
        static const char *const columns[3] = {"label", "squad", "kecamatan"};
        if (onlyColumn >= 0)
            sql += QByteArray(" AND ") + columns[onlyColumn] + " = ?2";
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &m_stmt, nullptr) != SQLITE_OK) {
            *why = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        sqlite3_bind_int64(m_stmt, 1, m_to);
        if (onlyColumn >= 0)
            sqlite3_bind_text(m_stmt, 2, onlyKey.constData(), int(onlyKey.size()),
                              SQLITE_TRANSIENT);
        return true;
    }

    // The next row into unit(), reportId() and facts(); false at the end or on an error
    // (failed() tells).
    bool next()
    {
        m_rc = sqlite3_step(m_stmt);
        if (m_rc != SQLITE_ROW)
            return false;
        for (int c = 0; c < 3; ++c)
            m_unit[c] = m_dicts[size_t(c)].index(sqlite3_column_text(m_stmt, c),
                                                 sqlite3_column_bytes(m_stmt, c));
        for (int c = 0; c < 10; ++c)
            m_values[c] = sqlite3_column_int64(m_stmt, 3 + c);
        m_reportId = sqlite3_column_int64(m_stmt, 13);
        m_classified = false; // facts() works them out when asked: a drill-down skips other units
        return true;
    }
    std::optional<QString> failed() const
    {
        if (m_rc == SQLITE_DONE)
            return std::nullopt;
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    }

    int unit(size_t column) const { return m_unit[column]; }
    // The key of a unit index of a column.
    QString key(size_t column, int index) const
    {
        const std::string &k = m_dicts[column].values()[size_t(index)];
        return QString::fromUtf8(k.data(), qsizetype(k.size()));
    }
    qint64 reportId() const { return m_reportId; }
    const Facts &facts()
    {
        if (!m_classified) {
            classify(clockOf(m_unit[0]), m_values);
            m_classified = true;
        }
        return m_facts;
    }
    int weeks() const { return m_weeks; }
    qint64 firstMonday() const { return m_firstMonday; }

private:
    const LabelClock &clockOf(int label)
    {
        if (size_t(label) >= m_clocks.size()) {
            LabelClock lc;
            if (const Label *l = m_policy.find(key(0, label))) {
                if (l->clock == SlaClock::Working && l->calendar)
                    lc.calendar = l->calendar.get();
                lc.responseBudget = qint64(l->responseMinutes) * 60;
                lc.resolutionBudget = qint64(l->resolutionMinutes) * 60;
            }
            m_clocks.resize(size_t(label) + 1);
            m_clocks[size_t(label)] = lc;
        }
        return m_clocks[size_t(label)];
    }

    // A report's contribution to every figure (docs/architecture.md "Statistics").
    void classify(const LabelClock &clock, const qint64 (&v)[10])
    {
        const qint64 from = m_from, to = m_to;
        const auto weekOf = [&](qint64 t) {
            return int((mondayOf(wibDay(t)) - m_firstMonday) / 7);
        };
        const auto inPeriod = [&](qint64 t) { return t != 0 && t >= from && t < to; };
        const auto byEnd = [&](qint64 t) { return t != 0 && t < to; };
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
        m_facts = f;
    }

    const LabelPolicy &m_policy;
    const qint64 m_from, m_to;
    const qint64 m_firstMonday;
    const int m_weeks;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_DONE;
    std::array<Dictionary, 3> m_dicts; // label, squad, kecamatan
    std::vector<LabelClock> m_clocks;  // by label index
    int m_unit[3] = {0, 0, 0};
    qint64 m_reportId = 0;
    qint64 m_values[10] = {};
    bool m_classified = false;
    Facts m_facts;
};

// Whether a report with these facts is one of the reports behind `figure` (the counterpart of
// Accumulator::add).
bool counts(const Facts &f, Figure figure, int index)
{
    switch (figure) {
    case Figure::Received:
        return f.received;
    case Figure::Assigned:
        return f.assigned;
    case Figure::Resolved:
        return f.resolved;
    case Figure::Closed:
        return f.closed;
    case Figure::Responded:
        return f.responseTime >= 0;
    case Figure::ResolutionTimed:
        return f.resolutionTime >= 0;
    case Figure::ResponseSlaCounted:
        return f.responseSla >= 0;
    case Figure::ResponseSlaMissed:
        return f.responseSla == 0;
    case Figure::ResolutionSlaCounted:
        return f.resolutionSla >= 0;
    case Figure::ResolutionSlaMissed:
        return f.resolutionSla == 0;
    case Figure::Backlog:
        return f.backlogBucket >= 0 && (index < 0 || f.backlogBucket == index);
    case Figure::Reopened:
        return f.resolved && f.reopened;
    case Figure::Disputed:
        return f.resolved && f.disputed;
    case Figure::FlaggedFast:
        return f.flagged;
    case Figure::WeekReceived:
        return f.receivedWeek == index;
    case Figure::WeekResolved:
        return f.resolvedWeek == index;
    }
    return false;
}

QString periodError()
{
    return QCoreApplication::translate("posko::StatsEngine", "The period ends before it begins.");
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
        return failWith(periodError());
    LifecycleScan scan(m_policy, period);
    QString why;
    if (!scan.open(m_path, &why))
        return failWith(why);

    const int nWeeks = scan.weeks();
    std::array<std::vector<Accumulator>, 3> acc;
    Accumulator total;
    std::array<bool, 3> wanted{};
    for (Grouping g : groupings)
        wanted[LifecycleScan::column(g)] = true;

    while (scan.next()) {
        const Facts &f = scan.facts();
        if (!f.relevant)
            continue;
        total.add(f, nWeeks);
        for (size_t c = 0; c < 3; ++c) {
            if (!wanted[c])
                continue;
            const size_t idx = size_t(scan.unit(c));
            if (acc[c].size() <= idx)
                acc[c].resize(idx + 1);
            acc[c][idx].add(f, nWeeks);
        }
    }
    if (const auto failed = scan.failed())
        return failWith(*failed);

    const qint64 firstMonday = scan.firstMonday();
    const UnitFigures totalFigures = figures(QStringLiteral("*"), total, firstMonday, nWeeks);
    QVector<StatsResult> results;
    for (Grouping g : groupings) {
        const size_t c = LifecycleScan::column(g);
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
            UnitFigures u = figures(scan.key(c, int(i)), a, firstMonday, nWeeks);
            // Unassigned reports are nobody's performance: listed, never ranked.
            const bool rankable = !(g == Grouping::Squad && u.key.isEmpty());
            (rankable && u.received >= minReports ? ranked : unranked).push_back(std::move(u));
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

std::optional<QVector<qint64>> StatsEngine::members(const Period &period, Grouping grouping,
                                                    const std::optional<QString> &unitKey,
                                                    Figure figure, int index, QString *error) const
{
    const auto failWith = [&](const QString &message) -> std::optional<QVector<qint64>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (period.to <= period.from)
        return failWith(periodError());
    LifecycleScan scan(m_policy, period);
    if (figure == Figure::Backlog && (index < -1 || index >= kBacklogBuckets))
        return failWith(
            QCoreApplication::translate("posko::StatsEngine", "There is no backlog bucket %1.")
                .arg(index));
    if ((figure == Figure::WeekReceived || figure == Figure::WeekResolved) &&
        (index < 0 || index >= scan.weeks()))
        return failWith(
            QCoreApplication::translate("posko::StatsEngine", "The period has no week %1.")
                .arg(index));
    // A unit's members: SQLite passes only its rows (the same bytes the dictionary compares).
    QString why;
    if (!scan.open(m_path, &why, unitKey ? int(LifecycleScan::column(grouping)) : -1,
                   unitKey ? unitKey->toUtf8() : QByteArray()))
        return failWith(why);
    QVector<qint64> ids;
    while (scan.next()) {
        const Facts &f = scan.facts();
        if (f.relevant && counts(f, figure, index))
            ids.push_back(scan.reportId());
    }
    if (const auto failed = scan.failed())
        return failWith(*failed);
    std::sort(ids.begin(), ids.end());
    return ids;
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
