// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <array>
#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace posko {

struct Report;

// What the report table shows: every field is "any" unless set. Combined with AND.
struct CatalogFilter
{
    static constexpr int Any = -2;
    static constexpr int Unassigned = -1; // squad only: reports without a squad

    QString label;     // label code
    int squad = Any;   // int(Squad), Unassigned or Any
    int status = Any;  // int(Status) or Any
    QString kecamatan; // code, e.g. 35.03.11
    QString desa;      // code, e.g. 35.03.11.2001
    // Received (requested_at) in [receivedFrom, receivedTo), seconds since the epoch (UTC).
    qint64 receivedFrom = std::numeric_limits<qint64>::min();
    qint64 receivedTo = std::numeric_limits<qint64>::max();
    int sla = Any; // int(SlaState) or Any, evaluated at the query's `now`
    // Words searched in description, address and history text (notes, reasons): every word
    // must occur as a word prefix; case and accents are ignored (FTS5 unicode61).
    QString text;
    // Sets for the queues, ANDed with the single choices above: bit n stands for int(Status) n /
    // int(SlaState) n; 0 means any.
    quint32 statuses = 0;
    quint32 slaStates = 0;
    bool photoOnly = false; // only reports with a citizen's photo
    // Only these reports (ids ascending), ANDed with the fields above: the reports behind a
    // figure of the squad performance window (drill-down). An empty set passes nothing.
    // `idsCaption` says what the set is, for display. Saved filters keep neither.
    std::optional<QVector<qint64>> ids;
    QString idsCaption;

    bool isEmpty() const;
    friend bool operator==(const CatalogFilter &, const CatalogFilter &) = default;
};

// The columns the table sorts by. Ties are broken by id in the same direction.
enum class CatalogSort
{
    Id,
    Received,
    Label,       // by display name
    Status,      // by lifecycle order (enum Status)
    Squad,       // unassigned first, then enum Squad order
    Sla,         // by deadline; reports without a running timer last
    Kecamatan,   // by name
    Description, // by UTF-8 bytes (as SQLite's BINARY collation)
    Updated
};

// One report as the catalog holds it (no history, no media, no address).
struct CatalogRow
{
    qint64 id = 0;
    QString label; // code
    int status = 0;
    int squad = CatalogFilter::Unassigned;
    QString kecamatan;
    QString desa;
    qint64 requestedAt = 0; // seconds since the epoch, UTC
    qint64 updatedAt = 0;
    // SLA inputs: no running timer when deadline is nullopt; state at `now` is breached when
    // now > deadline, warning when now >= warnAt, ok otherwise (as evaluateSla()).
    std::optional<qint64> deadline;
    qint64 warnAt = 0;
    bool response = false; // the running timer is the response timer (else resolution)
    double lat = 0;
    double lon = 0;
    bool hasPhoto = false;
    QString description;
};

// The operator's work queues (issue 5). Inbox: new and reopened reports (waiting for a first
// response); Watch: everything whose SLA timer is near or past its deadline. Both are shown most
// urgent first (CatalogSort::Sla, ascending).
enum class ReportQueue
{
    All,
    Inbox,
    Watch
};
// `base` narrowed to the queue.
CatalogFilter queueFilter(ReportQueue queue, CatalogFilter base = {});

// Where a report is on the map and how it is drawn (squad, SLA state at a given time).
struct CatalogPoint
{
    qint64 id = 0;
    double lat = 0;
    double lon = 0;
    int squad = -1; // CatalogFilter::Unassigned when none
    int sla = 0;    // int(SlaState)
};

// The read side of the replica for the report table at scale (1M reports): compact columnar
// rows in memory (interned label/kecamatan/desa, times as integers, descriptions in one UTF-8
// arena), loaded, filtered and sorted on a worker thread that owns its own SQLite connection to
// the replica; text search runs there through the replica's FTS5 table (report_text).
//
// Every query() gets a generation number, unique across the catalog. Queries belong to a stream
// (one per view that shows a list of rows: the table's model, the overview's); within a stream a
// query superseded before it starts is skipped and a result superseded before it is delivered is
// dropped, so resultReady() only ever reports a stream's latest query, and one stream never
// drops another's. Row access (row(), size()) is thread-safe and cheap (a shared lock).
// Writes (refresh/remove) are queued on the worker in call order with the queries.
class ReportCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportCatalog)

public:
    using Ids = std::shared_ptr<const std::vector<qint64>>;

    // An empty `databasePath`: rows only come from putReports() (no load/refresh/text search).
    ReportCatalog(QString databasePath, LabelPolicy policy, QObject *parent = nullptr);
    ~ReportCatalog() override;

    // Reads every report of the replica (in the background). Emits loadProgress() now and then
    // and loaded() at the end. Rows already held are replaced.
    void load();
    // Re-reads these reports from the replica (new or changed) / drops them.
    void refresh(const QVector<qint64> &ids);
    void remove(const QVector<qint64> &ids);
    // A stream of its own for a view's queries (streams 1 .. maxStreams - 1; stream 0 is the
    // default). Once they run out, the last one is shared.
    static constexpr int maxStreams = 8;
    int openStream();
    // Filters and sorts; returns the query's generation. resultReady(generation, ids) follows
    // unless a later query() of the same stream supersedes it. `now` is seconds since the epoch
    // (SLA state).
    quint64 query(const CatalogFilter &filter, CatalogSort sort, Qt::SortOrder order, qint64 now,
                  int stream = 0);
    // How many reports pass each filter at `now`, counted on the worker; countsReady() follows
    // with the same generation unless a later count() supersedes it.
    quint64 count(const QVector<CatalogFilter> &filters, qint64 now);
    // The ids (ascending) of the reports that pass each filter at `now`, on the worker;
    // selected() follows with the same generation unless a later select() supersedes it.
    // Its own generations: it never drops a query() or count().
    quint64 select(const QVector<CatalogFilter> &filters, qint64 now);
    // Synchronous, on the caller's thread (small sets: tests, a catalog without a replica):
    // store/drop rows directly and run a query without the worker. queryNow() ignores nothing
    // but the text filter, which needs the replica's index: with text it returns no rows.
    void putReports(const QVector<Report> &reports);
    void eraseReports(const QVector<qint64> &ids);
    void clearRows();
    std::vector<qint64> queryNow(const CatalogFilter &filter, CatalogSort sort, Qt::SortOrder order,
                                 qint64 now);
    bool hasDatabase() const { return !m_databasePath.isEmpty(); }

    // Blocks until every request queued so far has run (tests, benchmarks, shutdown).
    void waitIdle();
    // Forgets the cached sort orders, so the next query of each sort sorts again (benchmarks
    // measure the sort itself with this; any change to the rows drops them as well).
    void dropSortCaches();

    // Reports near a report, for triage: within `radiusMetres` of it and received within
    // `windowSeconds` before or after it, the report itself excluded; nearest first, at most
    // `limit`. `likely` marks the likely duplicates: the same label, within duplicateMetres
    // and duplicateSeconds, not rejected and not themselves duplicates. One pass over the
    // coordinate columns under a shared lock (a few ms for a million reports).
    struct Nearby
    {
        qint64 id = 0;
        double metres = 0;
        qint64 secondsApart = 0; // this one's received time minus the report's
        bool sameLabel = false;
        bool likely = false;
    };
    std::vector<Nearby> nearby(qint64 id, double radiusMetres, qint64 windowSeconds,
                               double duplicateMetres, qint64 duplicateSeconds, int limit) const;
    // The row of a report; without the description (no string copy) when not needed.
    std::optional<CatalogRow> row(qint64 id, bool withDescription = true) const;
    // The points of these reports (absent ones skipped) under one lock, without strings: the
    // map layer's bulk path.
    std::vector<CatalogPoint> points(const std::vector<qint64> &ids, qint64 now) const;
    // points() as a function that holds the rows on its own: a pool thread may call it while the
    // GUI thread goes on (and after the catalog is gone).
    using PointReader =
        std::function<std::vector<CatalogPoint>(const std::vector<qint64> &ids, qint64 now)>;
    PointReader pointReader() const;
    qsizetype size() const;
    bool contains(qint64 id) const;
    const LabelPolicy &policy() const { return m_policy; }
    // A new label policy (SLA targets, label names): takes effect for rows stored from now on,
    // so call load() after it to recompute every row's SLA inputs.
    void setPolicy(const LabelPolicy &policy);

    // The SLA state (int(SlaState)) of a row at `now`, as evaluateSla() computes it.
    static int slaStateAt(const CatalogRow &row, qint64 now);
    // SQL on the replica that returns the ids `query` would (text via report_text MATCH), for
    // checks against SQLite itself. SLA filter and SLA sort are not expressible: nullopt.
    static std::optional<QString> sqlFor(const CatalogFilter &filter, CatalogSort sort,
                                         Qt::SortOrder order, const LabelPolicy &policy);
    // The FTS5 MATCH expression for the text filter: every word a quoted prefix; empty when
    // the text has no word.
    static QString matchExpression(const QString &text);
    // Seconds since the epoch of a replica time stamp (2026-01-02T03:04:05.678Z); nullopt if
    // malformed.
    static std::optional<qint64> parseStamp(const char *s, int len);

signals:
    void loadProgress(qint64 rows);
    void loaded(qint64 rows, const QString &error);
    void changed(); // after refresh()/remove() were applied
    void resultReady(quint64 generation, const posko::ReportCatalog::Ids &ids);
    void countsReady(quint64 generation, const QVector<qint64> &counts);
    void selected(quint64 generation, const QVector<QVector<qint64>> &ids);
    void failed(const QString &error);

private:
    struct Store;
    class Worker;
    static std::vector<CatalogPoint> pointsOf(const Store &s, const std::vector<qint64> &ids,
                                              qint64 now);
    void deliver(int stream, quint64 generation, const Ids &ids);

    QString m_databasePath;
    LabelPolicy m_policy;
    std::shared_ptr<Store> m_store;
    std::mutex m_syncCacheMutex; // queryNow()'s sort caches
    struct SyncCaches;
    std::unique_ptr<SyncCaches> m_syncCaches;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::atomic<quint64> m_generation{0};                    // the last generation handed out
    std::array<std::atomic<quint64>, maxStreams> m_latest{}; // each stream's latest query
    std::atomic<int> m_streams{1};
    std::atomic<quint64> m_countGeneration{0};
    std::atomic<quint64> m_selectGeneration{0};
};

} // namespace posko
