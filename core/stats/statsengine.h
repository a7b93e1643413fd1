// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>
#include <optional>

namespace posko::stats {

// How the units of a performance review are formed: by the report's current squad ("" for
// unassigned), its kecamatan code, or its label code.
enum class Grouping
{
    Squad,
    Kecamatan,
    Label
};
QString groupingCode(Grouping g); // "squad", "kecamatan", "label"
std::optional<Grouping> groupingFromCode(const QString &code);

// A review period [from, to) in seconds since the epoch (UTC).
struct Period
{
    qint64 from = 0;
    qint64 to = 0;
    // Whole WIB days: from 00:00 WIB of `from` to 24:00 WIB of `toInclusive`.
    static Period fromWibDates(QDate from, QDate toInclusive);
};

// Durations in seconds on each report's label clock (working seconds for a working-time
// label). Percentiles are nearest-rank: the p-th percentile of n sorted values is value number
// ceil(p * n / 100), so the median of an even count is the lower middle value and every figure
// is a duration that really occurred. -1 when there is none.
struct Durations
{
    qint64 count = 0;
    qint64 median = -1;
    qint64 p90 = -1;
};

// part of `of`; no share when `of` is 0.
struct Share
{
    qint64 part = 0;
    qint64 of = 0;
    std::optional<double> value() const
    {
        return of > 0 ? std::optional<double>(double(part) / double(of)) : std::nullopt;
    }
};

// Received and resolved reports of one ISO week (Monday to Sunday, WIB) within the period.
struct WeekCount
{
    QDate monday;
    qint64 received = 0;
    qint64 resolved = 0;
    QString isoWeek() const; // "2026-W09"
};

// Open reports at the period's end by age since submission: < 1 d, 1-3 d, 3-7 d, >= 7 d.
inline constexpr int kBacklogBuckets = 4;

// Every figure of one unit (docs/architecture.md "Statistics" defines which reports count).
struct UnitFigures
{
    QString key; // squad / kecamatan / label code; "" = unassigned squad
    qint64 received = 0;
    qint64 assigned = 0;
    qint64 resolved = 0;
    qint64 closed = 0;
    Durations response;
    Durations resolution;
    Share responseSla;
    Share resolutionSla;
    std::array<qint64, kBacklogBuckets> backlog{};
    Share reopened;
    Share disputed;
    qint64 flaggedFast = 0;
    QVector<WeekCount> trend;
    int rank = 0; // 1 = best; 0 = not ranked (fewer than minReports received)

    qint64 backlogTotal() const
    {
        qint64 n = 0;
        for (qint64 b : backlog)
            n += b;
        return n;
    }
};

struct StatsResult
{
    Period period;
    Grouping grouping = Grouping::Squad;
    int minReports = 10;
    // Ranked units first, by rank; then the unranked ones by key.
    QVector<UnitFigures> units;
    UnitFigures total; // every report of the replica, key "*", never ranked
    // Units left out of the ranking (rank 0): fewer than minReports received in the period.
    // The unassigned reports of a by-squad result are never ranked (they are no squad's work)
    // and not listed here either.
    QStringList unrankedKeys() const;
};

// The figures of a unit whose reports can be listed: StatsEngine::members() returns the reports
// behind one of them (drill-down). Each names the UnitFigures field it counts.
enum class Figure
{
    Received,             // received
    Assigned,             // assigned
    Resolved,             // resolved (also the `of` of reopened and disputed)
    Closed,               // closed
    Responded,            // response.count: received in the period, responded before its end
    ResolutionTimed,      // resolution.count: received in the period, resolved before its end
    ResponseSlaCounted,   // responseSla.of: met or missed
    ResponseSlaMissed,    // responseSla.of - responseSla.part
    ResolutionSlaCounted, // resolutionSla.of
    ResolutionSlaMissed,  // resolutionSla.of - resolutionSla.part
    Backlog,              // backlogTotal(), or backlog[index] for a bucket index 0..3
    Reopened,             // reopened.part
    Disputed,             // disputed.part
    FlaggedFast,          // flaggedFast
    WeekReceived,         // trend[index].received
    WeekResolved          // trend[index].resolved
};

// Squad performance figures from a replica's lifecycle table (schema 7). One refresh reads
// that compact table once (SQLite's C API, read-only connection of its own, so it may run on
// any thread) and aggregates every requested grouping in memory. Rankings: units with at least
// minReports reports received in the period, best first by the share of resolutions within
// SLA, then of responses within SLA, then the median time to resolution.
// Reports the replica does not hold (covert ones, for a user without clearance) cannot count.
class StatsEngine final
{
public:
    StatsEngine(QString databasePath, LabelPolicy policy);

    static constexpr int defaultMinReports = 10;

    std::optional<QVector<StatsResult>> refresh(const Period &period,
                                                const QVector<Grouping> &groupings, int minReports,
                                                QString *error = nullptr) const;
    std::optional<StatsResult> compute(const Period &period, Grouping grouping, int minReports,
                                       QString *error = nullptr) const;

    // Drill-down: the reports (the lifecycle table's report_id, ascending) that make one figure
    // of one unit, so that members(...).size() is the figure refresh() computes for the same
    // period: both classify every report with the same code, so they cannot disagree.
    // `unitKey`: the unit's key in `grouping` ("" = the unassigned squad); nullopt: every
    // report (the total, key "*"; `grouping` is then irrelevant). `index`: the backlog bucket
    // (0..kBacklogBuckets-1, or -1 for the whole backlog) or the week (0 = the period's first
    // ISO week, as UnitFigures::trend); ignored (pass -1) for the other figures. nullopt with
    // `error` set when the period is empty, the index is out of range or the replica cannot
    // be read. One read of the lifecycle table, like refresh(): run it off the GUI thread.
    std::optional<QVector<qint64>> members(const Period &period, Grouping grouping,
                                           const std::optional<QString> &unitKey, Figure figure,
                                           int index = -1, QString *error = nullptr) const;

private:
    QString m_path;
    LabelPolicy m_policy;
};

} // namespace posko::stats
