// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reportcatalog.h"

#include "core/domain/report.h"
#include "core/domain/squad.h"
#include "core/domain/status.h"
#include "core/geo/areas.h"
#include "core/sla/sla.h"
#include "core/sla/workcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <mutex>
#include <shared_mutex>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace posko {

namespace {

constexpr qint64 kNoDeadline = std::numeric_limits<qint64>::max();

struct Interner
{
    QStringList names;
    QHash<QString, int> index;
    int intern(const QString &s)
    {
        const auto it = index.constFind(s);
        if (it != index.constEnd())
            return *it;
        names.push_back(s);
        index.insert(s, int(names.size()) - 1);
        return int(names.size()) - 1;
    }
    int find(const QString &s) const { return index.value(s, -1); }
};

// Report id -> slot. Hub ids are mostly dense (1..n with gaps), so a plain array indexed by id
// serves them: a lookup is one load instead of a hash probe, and 1M ids take 4 MB instead of a
// hash table's ~40 MB. An id that would make the array too sparse (negative, or far above the
// count) moves every entry into a hash table for good (until clear()).
class IdSlots
{
public:
    int value(qint64 id, int missing = -1) const
    {
        if (!m_sparse) {
            if (id < 0 || id >= qint64(m_dense.size()))
                return missing;
            const int slot = m_dense[size_t(id)];
            return slot >= 0 ? slot : missing;
        }
        return m_hash.value(id, missing);
    }
    bool contains(qint64 id) const { return value(id) >= 0; }
    qsizetype size() const { return m_count; }
    void insert(qint64 id, int slot)
    {
        if (!m_sparse && (id < 0 || id >= denseLimit()))
            goSparse();
        if (m_sparse) {
            if (!m_hash.contains(id))
                ++m_count;
            m_hash.insert(id, slot);
            return;
        }
        if (id >= qint64(m_dense.size()))
            m_dense.resize(std::max(size_t(id) + 1, m_dense.size() + m_dense.size() / 2), -1);
        if (m_dense[size_t(id)] < 0)
            ++m_count;
        m_dense[size_t(id)] = slot;
    }
    void remove(qint64 id)
    {
        if (m_sparse) {
            m_count -= m_hash.remove(id) ? 1 : 0;
        } else if (id >= 0 && id < qint64(m_dense.size()) && m_dense[size_t(id)] >= 0) {
            m_dense[size_t(id)] = -1;
            --m_count;
        }
    }
    void clear()
    {
        std::vector<int>().swap(m_dense);
        m_hash = {};
        m_sparse = false;
        m_count = 0;
    }

private:
    // Ids up to 8 per held report plus 4M (16 MB) stay in the array.
    qint64 denseLimit() const { return 8 * qint64(m_count) + (qint64(1) << 22); }
    void goSparse()
    {
        m_hash.reserve(m_count + 1);
        for (size_t id = 0; id < m_dense.size(); ++id)
            if (m_dense[id] >= 0)
                m_hash.insert(qint64(id), m_dense[id]);
        std::vector<int>().swap(m_dense);
        m_sparse = true;
    }

    std::vector<int> m_dense; // slot by id, -1 when absent
    QHash<qint64, int> m_hash;
    bool m_sparse = false;
    qsizetype m_count = 0;
};

// Sorts on two threads above a size where that pays (the machine this is built for has two
// cores): each half on its own, then one merge pass. Same result as std::sort with `less` as
// long as `less` is a strict total order (the catalog's always end in the report id).
template <typename T, typename Less> void parallelSort(std::vector<T> &v, Less less)
{
    constexpr size_t minParallel = 1 << 16;
    if (v.size() < minParallel || std::thread::hardware_concurrency() < 2) {
        std::sort(v.begin(), v.end(), less);
        return;
    }
    const auto mid = v.begin() + qsizetype(v.size() / 2);
    std::thread other([&] { std::sort(mid, v.end(), less); });
    std::sort(v.begin(), mid, less);
    other.join();
    std::vector<T> out;
    out.reserve(v.size());
    std::merge(std::make_move_iterator(v.begin()), std::make_move_iterator(mid),
               std::make_move_iterator(mid), std::make_move_iterator(v.end()),
               std::back_inserter(out), less);
    v.swap(out);
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

QString fromText(const unsigned char *s, int len)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(s), len);
}

// One report as read from the replica, before it is stored in the columns.
struct RowIn
{
    qint64 id = 0;
    QString label;
    int status = 0;
    int squad = CatalogFilter::Unassigned;
    double lat = 0, lon = 0;
    QString kecamatan, desa;
    qint64 requested = 0, updated = 0;
    qint64 deadline = kNoDeadline, warnAt = 0;
    bool photo = false;
    std::string description;
};

} // namespace

bool CatalogFilter::isEmpty() const
{
    return *this == CatalogFilter{};
}

// The columns. Guarded by `mutex`: the worker writes under a unique lock, readers (the worker's
// queries, the GUI's row()) take a shared one. Slots of removed reports are reused.
struct ReportCatalog::Store
{
    mutable std::shared_mutex mutex;
    std::vector<qint64> id, requested, updated, deadline, warnAt;
    std::vector<double> lat, lon;
    std::vector<quint16> label, kec, desa;
    std::vector<qint8> status, squad;
    std::vector<quint8> alive, photo;
    std::vector<quint32> descOff, descLen;
    std::string arena; // descriptions, UTF-8; replaced ones stay until the next load
    Interner labels, kecs, desas;
    IdSlots slotOf;
    std::vector<int> freeSlots;
    quint64 version = 0; // bumped by every change (sort caches)
    // Slots touched since logEpoch began, so cached sort orders can be patched instead of
    // rebuilt; cut (a new epoch) by clear() and when it grows long.
    std::vector<int> log;
    quint64 logEpoch = 0;

    void touch(int slot)
    {
        if (log.size() >= (size_t(1) << 22)) {
            log.clear();
            ++logEpoch;
        }
        log.push_back(slot);
    }

    void clear()
    {
        for (auto *v : {&id, &requested, &updated, &deadline, &warnAt})
            v->clear();
        for (auto *v : {&lat, &lon})
            v->clear();
        for (auto *v : {&label, &kec, &desa})
            v->clear();
        status.clear();
        squad.clear();
        alive.clear();
        photo.clear();
        descOff.clear();
        descLen.clear();
        arena.clear();
        labels = {};
        kecs = {};
        desas = {};
        slotOf.clear();
        freeSlots.clear();
        log.clear();
        ++logEpoch;
        ++version;
    }
    std::string_view description(int slot) const
    {
        return {arena.data() + descOff[size_t(slot)], descLen[size_t(slot)]};
    }
    void put(const RowIn &r)
    {
        int slot = slotOf.value(r.id, -1);
        if (slot < 0) {
            if (!freeSlots.empty()) {
                slot = freeSlots.back();
                freeSlots.pop_back();
            } else {
                slot = int(id.size());
                for (auto *v : {&id, &requested, &updated, &deadline, &warnAt})
                    v->push_back(0);
                lat.push_back(0);
                lon.push_back(0);
                label.push_back(0);
                kec.push_back(0);
                desa.push_back(0);
                status.push_back(0);
                squad.push_back(0);
                alive.push_back(0);
                photo.push_back(0);
                descOff.push_back(0);
                descLen.push_back(0);
            }
            slotOf.insert(r.id, slot);
        }
        touch(slot);
        const auto s = size_t(slot);
        id[s] = r.id;
        requested[s] = r.requested;
        updated[s] = r.updated;
        deadline[s] = r.deadline;
        warnAt[s] = r.warnAt;
        lat[s] = r.lat;
        lon[s] = r.lon;
        label[s] = quint16(labels.intern(r.label));
        kec[s] = quint16(kecs.intern(r.kecamatan));
        desa[s] = quint16(desas.intern(r.desa));
        status[s] = qint8(r.status);
        squad[s] = qint8(r.squad);
        photo[s] = r.photo ? 1 : 0;
        const bool wasAlive = alive[s] != 0;
        alive[s] = 1;
        if (!wasAlive || description(slot) != r.description) {
            descOff[s] = quint32(arena.size());
            descLen[s] = quint32(r.description.size());
            arena.append(r.description);
        }
    }
    void erase(qint64 reportId)
    {
        const int slot = slotOf.value(reportId, -1);
        if (slot < 0)
            return;
        slotOf.remove(reportId);
        touch(slot);
        alive[size_t(slot)] = 0;
        freeSlots.push_back(slot);
    }
};

// Lives on the catalog's thread; owns the SQLite connection and the sort cache.
class ReportCatalog::Worker final : public QObject
{
public:
    Worker(ReportCatalog *catalog, QString path, LabelPolicy policy, std::shared_ptr<Store> store)
        : m_catalog(catalog), m_path(std::move(path)), m_policy(std::move(policy)),
          m_store(std::move(store))
    {
    }
    ~Worker() override { close(); }

    void close()
    {
        if (m_loadStmt)
            sqlite3_finalize(m_loadStmt);
        m_loadStmt = nullptr;
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

    bool ensureOpen(QString *error)
    {
        if (m_db)
            return true;
        const QByteArray p = m_path.toUtf8();
        if (sqlite3_open_v2(p.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            *error = QCoreApplication::translate("posko::ReportCatalog",
                                                 "Cannot open the replica %1: %2")
                         .arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
            close();
            return false;
        }
        sqlite3_busy_timeout(m_db, 5000);
        return true;
    }

    void dropSortCaches() { m_sorted.clear(); }
    void setPolicy(const LabelPolicy &policy) { m_policy = policy; }

    QString sqliteError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    void computeSla(RowIn &r, qint64 statusSince) const { computeSla(r, statusSince, m_policy); }
    static void computeSla(RowIn &r, qint64 statusSince, const LabelPolicy &policy)
    {
        const Label *l = policy.find(r.label);
        const auto st = Status(r.status);
        if (!l || isClosed(st) || st == Status::Selesai)
            return;
        qint64 start = r.requested, budget = 0;
        if (awaitsResponse(st)) {
            if (st == Status::DibukaKembali && statusSince != kNoDeadline)
                start = statusSince;
            budget = qint64(l->responseMinutes) * 60;
        } else {
            budget = qint64(l->resolutionMinutes) * 60;
        }
        // As evaluateSla(): warning once ceil(share * budget) of the budget has elapsed (the
        // elapsed seconds are whole), breached past the deadline; in working time for a
        // working-clock label, where warnAt is the moment that much working time has passed.
        const qint64 warnBudget = qint64(std::ceil(policy.warningShare() * double(budget)));
        if (countsWorkingTime(l)) {
            r.deadline = l->calendar->addWorkingSeconds(start, budget);
            // A warning budget of 0 warns at once, even before the next working moment.
            r.warnAt = warnBudget > 0 ? l->calendar->addWorkingSeconds(start, warnBudget) : start;
        } else {
            r.deadline = start + budget;
            r.warnAt = start + warnBudget;
        }
    }

    static constexpr const char *kSelect =
        "SELECT id, label, status, squad, lat, lon, kecamatan, desa, requested_at, updated_at, "
        "status_since, description, media_url <> '' FROM reports";

    bool readRow(sqlite3_stmt *st, RowIn &r) const
    {
        auto textOf = [st](int col) {
            return fromText(sqlite3_column_text(st, col), sqlite3_column_bytes(st, col));
        };
        auto stampOf = [st](int col) {
            const auto *s = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
            return s ? parseStamp(s, sqlite3_column_bytes(st, col)) : std::nullopt;
        };
        r = RowIn{};
        r.id = sqlite3_column_int64(st, 0);
        r.label = textOf(1);
        r.status = int(statusFromCode(textOf(2)).value_or(Status::Baru));
        if (sqlite3_column_type(st, 3) != SQLITE_NULL)
            if (const auto sq = squadFromCode(textOf(3)))
                r.squad = int(*sq);
        r.lat = sqlite3_column_double(st, 4);
        r.lon = sqlite3_column_double(st, 5);
        r.kecamatan = textOf(6);
        r.desa = textOf(7);
        r.requested = stampOf(8).value_or(0);
        r.updated = stampOf(9).value_or(0);
        const qint64 since = stampOf(10).value_or(kNoDeadline);
        const auto *d = reinterpret_cast<const char *>(sqlite3_column_text(st, 11));
        r.description.assign(d ? d : "", size_t(sqlite3_column_bytes(st, 11)));
        r.photo = sqlite3_column_int(st, 12) != 0;
        computeSla(r, since);
        return true;
    }

    // Loading runs in batches, one event-loop turn each, so queries queued meanwhile run
    // between them (the first rows show before the last are read). Newest reports first: the
    // table's default order (id descending) is right from the first batch on. Changes that
    // arrive during a load wait for its end (a batch read from the load's snapshot must not
    // overwrite a newer row).
    void load()
    {
        QString error;
        if (m_loadStmt) {
            sqlite3_finalize(m_loadStmt); // a new load replaces a running one
            m_loadStmt = nullptr;
        }
        m_deferred.clear();
        if (m_path.isEmpty()) {
            qint64 n = 0;
            {
                std::shared_lock lock(m_store->mutex);
                n = m_store->slotOf.size(); // rows come from putReports()
            }
            return finishLoad(n, error);
        }
        if (!ensureOpen(&error))
            return finishLoad(0, error);
        const QByteArray sql = QByteArray(kSelect) + " ORDER BY id DESC";
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &m_loadStmt, nullptr) != SQLITE_OK) {
            m_loadStmt = nullptr;
            return finishLoad(0, sqliteError());
        }
        {
            std::unique_lock lock(m_store->mutex);
            m_store->clear();
        }
        m_sorted.clear();
        m_loaded = 0;
        m_loadGeneration = ++m_loadCounter;
        loadBatch(m_loadGeneration, 16384);
    }

    void loadBatch(quint64 loadGeneration, int batch)
    {
        if (!m_loadStmt || loadGeneration != m_loadGeneration)
            return; // replaced by a newer load
        std::vector<RowIn> rows;
        rows.reserve(size_t(batch));
        RowIn r;
        int rc = SQLITE_ROW;
        while (int(rows.size()) < batch && (rc = sqlite3_step(m_loadStmt)) == SQLITE_ROW) {
            readRow(m_loadStmt, r);
            rows.push_back(std::move(r));
        }
        {
            std::unique_lock lock(m_store->mutex);
            for (const RowIn &x : rows)
                m_store->put(x);
            ++m_store->version;
        }
        m_loaded += qint64(rows.size());
        if (rc == SQLITE_ROW) {
            QMetaObject::invokeMethod(
                m_catalog, [c = m_catalog, n = m_loaded] { emit c->loadProgress(n); },
                Qt::QueuedConnection);
            QMetaObject::invokeMethod(
                this,
                [this, loadGeneration] {
                    // Small batches first: the table's first query gets its turn early.
                    loadBatch(loadGeneration, m_loaded < 65536 ? 16384 : 65536);
                },
                Qt::QueuedConnection);
            return;
        }
        const QString error = rc == SQLITE_DONE ? QString() : sqliteError();
        sqlite3_finalize(m_loadStmt);
        m_loadStmt = nullptr;
        finishLoad(m_loaded, error);
        // What changed while loading, in the order it arrived.
        const auto deferred = std::exchange(m_deferred, {});
        for (const auto &[isRemove, ids] : deferred)
            isRemove ? remove(ids) : refresh(ids);
    }

    void finishLoad(qint64 n, const QString &error)
    {
        m_sorted.clear();
        QMetaObject::invokeMethod(
            m_catalog, [c = m_catalog, n, error] { emit c->loaded(n, error); },
            Qt::QueuedConnection);
        if (!m_path.isEmpty() && error.isEmpty() && n > 0)
            warmSorts(m_loadGeneration, 0);
    }

    // After a load, every column's order is computed ahead, one per event-loop turn (queries
    // queued meanwhile run between them), as an index would be: a click on a column header
    // then only filters a cached order. Changes later patch the orders (sortedSlots()).
    void warmSorts(quint64 loadGeneration, size_t step)
    {
        static constexpr CatalogSort order[] = {
            CatalogSort::Id,        CatalogSort::Received, CatalogSort::Sla,
            CatalogSort::Status,    CatalogSort::Squad,    CatalogSort::Label,
            CatalogSort::Kecamatan, CatalogSort::Updated,  CatalogSort::Description};
        if (m_loadStmt || loadGeneration != m_loadGeneration || step >= std::size(order))
            return; // a newer load runs (it warms its own), or done
        {
            std::shared_lock lock(m_store->mutex);
            sorted(order[step]);
        }
        QMetaObject::invokeMethod(
            this, [this, loadGeneration, step] { warmSorts(loadGeneration, step + 1); },
            Qt::QueuedConnection);
    }

    void refresh(const QVector<qint64> &ids)
    {
        if (m_path.isEmpty())
            return;
        if (m_loadStmt) {
            m_deferred.push_back({false, ids});
            return;
        }
        QString error;
        if (!ensureOpen(&error))
            return fail(error);
        const QByteArray sql = QByteArray(kSelect) + " WHERE id = ?";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return fail(sqliteError());
        std::vector<RowIn> rows;
        std::vector<qint64> gone;
        // One read transaction: the rows are read as of one state of the replica.
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        for (qint64 id : ids) {
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, id);
            const int rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                rows.emplace_back();
                readRow(st, rows.back());
            } else if (rc == SQLITE_DONE) {
                gone.push_back(id);
            } else {
                error = sqliteError();
                break;
            }
        }
        sqlite3_finalize(st);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        {
            std::unique_lock lock(m_store->mutex);
            for (const RowIn &r : rows)
                m_store->put(r);
            for (qint64 id : gone)
                m_store->erase(id);
            ++m_store->version;
        }
        if (!error.isEmpty())
            fail(error);
        notifyChanged();
    }

    void remove(const QVector<qint64> &ids)
    {
        if (m_loadStmt) {
            m_deferred.push_back({true, ids});
            return;
        }
        {
            std::unique_lock lock(m_store->mutex);
            for (qint64 id : ids)
                m_store->erase(id);
            ++m_store->version;
        }
        notifyChanged();
    }

    void notifyChanged()
    {
        QMetaObject::invokeMethod(
            m_catalog, [c = m_catalog] { emit c->changed(); }, Qt::QueuedConnection);
    }
    void fail(const QString &error)
    {
        QMetaObject::invokeMethod(
            m_catalog, [c = m_catalog, error] { emit c->failed(error); }, Qt::QueuedConnection);
    }

    // The report ids matching the FTS5 expression, or nullopt (error reported).
    std::optional<std::vector<qint64>> textMatches(const QString &text)
    {
        std::vector<qint64> ids;
        const QString expr = matchExpression(text);
        if (expr.isEmpty())
            return ids; // nothing searchable: no report matches
        QString error;
        if (!ensureOpen(&error)) {
            fail(error);
            return std::nullopt;
        }
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT rowid FROM report_text WHERE report_text MATCH ?", -1,
                               &st, nullptr) != SQLITE_OK) {
            fail(sqliteError());
            return std::nullopt;
        }
        const QByteArray e = expr.toUtf8();
        sqlite3_bind_text(st, 1, e.constData(), int(e.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int64(st, 0));
        if (rc != SQLITE_DONE)
            fail(sqliteError());
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return ids;
    }

    struct Cache
    {
        bool valid = false;
        quint64 version = 0;
        quint64 epoch = 0; // Store::logEpoch the order was built in
        size_t logPos = 0; // Store::log entries already in the order
        std::vector<int> perm;
    };
    using Caches = QHash<int, Cache>;

    const std::vector<int> &sorted(CatalogSort sort)
    {
        return sortedSlots(*m_store, m_policy, m_sorted, sort);
    }

    // Label and kecamatan sort by name: the rank of each interned code's name.
    static std::vector<qint64> ranks(const Store &s, const LabelPolicy &policy, CatalogSort sort)
    {
        std::vector<qint64> rank;
        if (sort == CatalogSort::Label || sort == CatalogSort::Kecamatan) {
            const bool byLabel = sort == CatalogSort::Label;
            const Interner &in = byLabel ? s.labels : s.kecs;
            const AreaCatalog areas = byLabel ? AreaCatalog{} : AreaCatalog::builtIn();
            QStringList names;
            for (const QString &code : in.names)
                names << (byLabel ? policy.displayName(code) : areas.kecamatanName(code));
            std::vector<int> order(size_t(names.size()));
            for (int i = 0; i < int(order.size()); ++i)
                order[size_t(i)] = i;
            std::stable_sort(order.begin(), order.end(),
                             [&names](int a, int b) { return names.at(a) < names.at(b); });
            rank.assign(order.size(), 0);
            // Equal names get equal ranks, so ties fall back to the id as in the old model.
            for (size_t i = 0; i < order.size(); ++i)
                rank[size_t(order[i])] = i > 0 && names.at(order[i]) == names.at(order[i - 1])
                                             ? rank[size_t(order[i - 1])]
                                             : qint64(i);
        }
        return rank;
    }

    static qint64 keyOf(const Store &s, const std::vector<qint64> &rank, CatalogSort sort, size_t i)
    {
        qint64 k = 0;
        switch (sort) {
        case CatalogSort::Id:
            k = 0;
            break;
        case CatalogSort::Received:
            k = s.requested[i];
            break;
        case CatalogSort::Updated:
            k = s.updated[i];
            break;
        case CatalogSort::Label:
            k = rank[s.label[i]];
            break;
        case CatalogSort::Kecamatan:
            k = rank[s.kec[i]];
            break;
        case CatalogSort::Status:
            k = s.status[i];
            break;
        case CatalogSort::Squad:
            k = s.squad[i];
            break;
        case CatalogSort::Sla:
            k = s.deadline[i];
            break;
        case CatalogSort::Description:
            break;
        }
        return k;
    }

    // Slots of every live row in ascending (key, id) order; cached per sort until a change.
    // The caller holds the store's lock.
    static const std::vector<int> &sortedSlots(const Store &s, const LabelPolicy &policy,
                                               Caches &caches, CatalogSort sort)
    {
        auto &cache = caches[int(sort)];
        if (cache.version == s.version && cache.valid)
            return cache.perm;
        const std::vector<qint64> rank = ranks(s, policy, sort);
        // A few rows changed since the cached order: take them out, sort them and merge them
        // back in (O(n + k log k)) instead of sorting every row again.
        if (cache.valid && cache.epoch == s.logEpoch && cache.logPos <= s.log.size() &&
            s.log.size() - cache.logPos <= s.id.size() / 8 + 1024) {
            auto less = [&](int a, int b) {
                const auto i = size_t(a), j = size_t(b);
                if (sort == CatalogSort::Description) {
                    const int c = s.description(a).compare(s.description(b));
                    return c != 0 ? c < 0 : s.id[i] < s.id[j];
                }
                const qint64 ka = keyOf(s, rank, sort, i), kb = keyOf(s, rank, sort, j);
                return ka != kb ? ka < kb : s.id[i] < s.id[j];
            };
            std::vector<quint8> touched(s.id.size(), 0);
            std::vector<int> fresh;
            for (size_t k = cache.logPos; k < s.log.size(); ++k) {
                const auto slot = size_t(s.log[k]);
                if (touched[slot])
                    continue;
                touched[slot] = 1;
                if (s.alive[slot])
                    fresh.push_back(int(slot));
            }
            std::sort(fresh.begin(), fresh.end(), less);
            std::vector<int> kept;
            kept.reserve(cache.perm.size());
            for (int slot : cache.perm)
                if (!touched[size_t(slot)])
                    kept.push_back(slot);
            cache.perm.clear();
            cache.perm.reserve(kept.size() + fresh.size());
            std::merge(kept.begin(), kept.end(), fresh.begin(), fresh.end(),
                       std::back_inserter(cache.perm), less);
            cache.version = s.version;
            cache.logPos = s.log.size();
            return cache.perm;
        }
        cache.valid = true;
        cache.version = s.version;
        cache.epoch = s.logEpoch;
        cache.logPos = s.log.size();
        cache.perm.clear();
        const size_t n = s.id.size();
        if (sort == CatalogSort::Description) {
            struct K
            {
                quint64 p0, p1; // the first 16 bytes, big-endian, zero-padded
                qint64 id;
                int slot;
            };
            std::vector<K> keys;
            keys.reserve(s.slotOf.size());
            for (size_t i = 0; i < n; ++i) {
                if (!s.alive[i])
                    continue;
                const std::string_view d = s.description(int(i));
                quint64 p[2] = {0, 0};
                for (size_t b = 0; b < 16; ++b)
                    p[b / 8] = (p[b / 8] << 8) | (b < d.size() ? quint8(d[b]) : 0);
                keys.push_back({p[0], p[1], s.id[i], int(i)});
            }
            // Most comparisons end in the prefixes; only equal ones read the arena.
            parallelSort(keys, [&s](const K &a, const K &b) {
                if (a.p0 != b.p0)
                    return a.p0 < b.p0;
                if (a.p1 != b.p1)
                    return a.p1 < b.p1;
                const std::string_view da = s.description(a.slot), db = s.description(b.slot);
                const int c = da.substr(std::min<size_t>(16, da.size()))
                                  .compare(db.substr(std::min<size_t>(16, db.size())));
                return c != 0 ? c < 0 : a.id < b.id;
            });
            cache.perm.reserve(keys.size());
            for (const K &k : keys)
                cache.perm.push_back(k.slot);
            return cache.perm;
        }
        struct K
        {
            qint64 key;
            qint64 id;
            int slot;
        };
        std::vector<K> keys;
        keys.reserve(s.slotOf.size());
        for (size_t i = 0; i < n; ++i) {
            if (!s.alive[i])
                continue;
            const qint64 k = keyOf(s, rank, sort, i);
            keys.push_back({k, s.id[i], int(i)});
        }
        parallelSort(keys, [](const K &a, const K &b) {
            return a.key != b.key ? a.key < b.key : a.id < b.id;
        });
        cache.perm.reserve(keys.size());
        for (const K &k : keys)
            cache.perm.push_back(k.slot);
        return cache.perm;
    }

    // The ids of the rows in `perm` (ascending order) that pass `f`, in `order`. `hit`: the text
    // filter's matches by slot, or null. The caller holds the store's lock.
    // Whether a row passes a filter. `hit`: the text filter's matches by slot, or null. Used
    // under the store's lock.
    struct Matcher
    {
        const Store &s;
        const CatalogFilter &f;
        qint64 now;
        const std::vector<quint8> *hit;
        int label = -1, kec = -1, desa = -1;
        bool none = false; // a code no row has: nothing passes
        bool slaNeeded = false;

        Matcher(const Store &store, const CatalogFilter &filter, qint64 at,
                const std::vector<quint8> *textHit)
            : s(store), f(filter), now(at), hit(textHit)
        {
            label = f.label.isEmpty() ? -1 : s.labels.find(f.label);
            kec = f.kecamatan.isEmpty() ? -1 : s.kecs.find(f.kecamatan);
            desa = f.desa.isEmpty() ? -1 : s.desas.find(f.desa);
            none = (!f.label.isEmpty() && label < 0) || (!f.kecamatan.isEmpty() && kec < 0) ||
                   (!f.desa.isEmpty() && desa < 0);
            slaNeeded = f.sla != CatalogFilter::Any || f.slaStates != 0;
            if (f.ids && f.ids->isEmpty())
                none = true;
        }
        bool operator()(size_t i) const
        {
            if (hit && !(*hit)[i])
                return false;
            if (label >= 0 && s.label[i] != label)
                return false;
            if (f.squad != CatalogFilter::Any && s.squad[i] != f.squad)
                return false;
            if (f.status != CatalogFilter::Any && s.status[i] != f.status)
                return false;
            if (f.statuses != 0 && !((f.statuses >> quint32(s.status[i])) & 1u))
                return false;
            if (kec >= 0 && s.kec[i] != kec)
                return false;
            if (desa >= 0 && s.desa[i] != desa)
                return false;
            if (s.requested[i] < f.receivedFrom || s.requested[i] >= f.receivedTo)
                return false;
            if (f.photoOnly && !s.photo[i])
                return false;
            if (f.ids && !std::binary_search(f.ids->cbegin(), f.ids->cend(), s.id[i]))
                return false;
            if (slaNeeded) {
                int state = 0; // SlaState::None
                if (s.deadline[i] != kNoDeadline)
                    state = now > s.deadline[i] ? 3 : now >= s.warnAt[i] ? 2 : 1;
                if (f.sla != CatalogFilter::Any && state != f.sla)
                    return false;
                if (f.slaStates != 0 && !((f.slaStates >> quint32(state)) & 1u))
                    return false;
            }
            return true;
        }
    };

    // The ids of the rows in `perm` (ascending order) that pass `f`, in `order`. `hit`: the text
    // filter's matches by slot, or null. The caller holds the store's lock.
    static void filterInto(const Store &s, const std::vector<int> &perm, const CatalogFilter &f,
                           Qt::SortOrder order, qint64 now, const std::vector<quint8> *hit,
                           std::vector<qint64> &ids)
    {
        const Matcher accept(s, f, now, hit);
        if (accept.none)
            return;
        ids.reserve(f.isEmpty() ? perm.size() : perm.size() / 8);
        if (order == Qt::AscendingOrder) {
            for (int slot : perm)
                if (accept(size_t(slot)))
                    ids.push_back(s.id[size_t(slot)]);
        } else {
            for (auto it = perm.rbegin(); it != perm.rend(); ++it)
                if (accept(size_t(*it)))
                    ids.push_back(s.id[size_t(*it)]);
        }
    }

    // The text filter's matches as a flag per slot; false when the filter has no text. The
    // caller holds the store's lock.
    bool textHits(const Store &s, const std::optional<std::vector<qint64>> &text,
                  std::vector<quint8> &hit) const
    {
        if (!text)
            return false;
        hit.assign(s.id.size(), 0);
        for (qint64 id : *text)
            if (const int slot = s.slotOf.value(id, -1); slot >= 0)
                hit[size_t(slot)] = 1;
        return true;
    }

    std::optional<std::vector<qint64>> textOf(const CatalogFilter &f)
    {
        if (f.text.trimmed().isEmpty())
            return std::nullopt;
        auto text = textMatches(f.text);
        if (!text)
            text.emplace(); // the error went out through failed(); no rows match
        return text;
    }

    // Every live slot that passes `f` at `now`, in slot order, under the store's lock.
    template <typename Visit> void eachMatch(const CatalogFilter &f, qint64 now, Visit visit)
    {
        const auto text = textOf(f);
        std::shared_lock lock(m_store->mutex);
        const Store &s = *m_store;
        std::vector<quint8> hit;
        const Matcher accept(s, f, now, textHits(s, text, hit) ? &hit : nullptr);
        if (!accept.none)
            for (size_t i = 0; i < s.id.size(); ++i)
                if (s.alive[i] && accept(i))
                    visit(s, i);
    }

    void select(quint64 generation, const QVector<CatalogFilter> &filters, qint64 now)
    {
        if (generation != m_catalog->m_selectGeneration.load())
            return; // superseded before it started
        QVector<QVector<qint64>> out;
        for (const CatalogFilter &f : filters) {
            QVector<qint64> ids;
            eachMatch(f, now, [&ids](const Store &s, size_t i) { ids.push_back(s.id[i]); });
            std::sort(ids.begin(), ids.end());
            out.push_back(std::move(ids));
        }
        QMetaObject::invokeMethod(
            m_catalog,
            [c = m_catalog, generation, out] {
                if (generation == c->m_selectGeneration.load())
                    emit c->selected(generation, out);
            },
            Qt::QueuedConnection);
    }

    void count(quint64 generation, const QVector<CatalogFilter> &filters, qint64 now)
    {
        if (generation != m_catalog->m_countGeneration.load())
            return; // superseded before it started
        QVector<qint64> counts;
        for (const CatalogFilter &f : filters) {
            qint64 n = 0;
            eachMatch(f, now, [&n](const Store &, size_t) { ++n; });
            counts.push_back(n);
        }
        QMetaObject::invokeMethod(
            m_catalog,
            [c = m_catalog, generation, counts] {
                if (generation == c->m_countGeneration.load())
                    emit c->countsReady(generation, counts);
            },
            Qt::QueuedConnection);
    }

    void query(int stream, quint64 generation, const CatalogFilter &f, CatalogSort sort,
               Qt::SortOrder order, qint64 now)
    {
        const auto &latest = m_catalog->m_latest[size_t(stream)];
        if (generation != latest.load())
            return; // superseded before it started
        const std::optional<std::vector<qint64>> text = textOf(f);
        auto ids = std::make_shared<std::vector<qint64>>();
        {
            std::shared_lock lock(m_store->mutex);
            const Store &s = *m_store;
            std::vector<quint8> hit;
            const bool withText = textHits(s, text, hit);
            filterInto(s, sorted(sort), f, order, now, withText ? &hit : nullptr, *ids);
        }
        if (generation != latest.load())
            return; // superseded while it ran
        QMetaObject::invokeMethod(
            m_catalog,
            [c = m_catalog, stream, generation, result = Ids(std::move(ids))] {
                c->deliver(stream, generation, result);
            },
            Qt::QueuedConnection);
    }

private:
    ReportCatalog *m_catalog;
    QString m_path;
    LabelPolicy m_policy;
    std::shared_ptr<Store> m_store;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_loadStmt = nullptr; // the running load
    quint64 m_loadCounter = 0, m_loadGeneration = 0;
    qint64 m_loaded = 0;
    std::vector<std::pair<bool, QVector<qint64>>> m_deferred; // (remove?, ids) during a load
    Caches m_sorted;
};

struct ReportCatalog::SyncCaches
{
    Worker::Caches caches;
};

ReportCatalog::ReportCatalog(QString databasePath, LabelPolicy policy, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_policy(std::move(policy)),
      m_store(std::make_shared<Store>())
{
    qRegisterMetaType<posko::ReportCatalog::Ids>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ReportCatalog"));
    m_worker = new Worker(this, std::move(databasePath), m_policy, m_store);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ReportCatalog::~ReportCatalog()
{
    for (auto &latest : m_latest) // queued queries become stale and are skipped
        latest.store(m_generation.fetch_add(1) + 1);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void ReportCatalog::load()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->load(); }, Qt::QueuedConnection);
}

void ReportCatalog::refresh(const QVector<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ids] { w->refresh(ids); }, Qt::QueuedConnection);
}

void ReportCatalog::remove(const QVector<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ids] { w->remove(ids); }, Qt::QueuedConnection);
}

int ReportCatalog::openStream()
{
    const int stream = m_streams.fetch_add(1);
    return std::min(stream, maxStreams - 1);
}

quint64 ReportCatalog::query(const CatalogFilter &filter, CatalogSort sort, Qt::SortOrder order,
                             qint64 now, int stream)
{
    stream = std::clamp(stream, 0, maxStreams - 1);
    const quint64 generation = m_generation.fetch_add(1) + 1;
    m_latest[size_t(stream)].store(generation);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, stream, generation, filter, sort, order, now] {
            w->query(stream, generation, filter, sort, order, now);
        },
        Qt::QueuedConnection);
    return generation;
}

quint64 ReportCatalog::count(const QVector<CatalogFilter> &filters, qint64 now)
{
    const quint64 generation = m_countGeneration.fetch_add(1) + 1;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, generation, filters, now] { w->count(generation, filters, now); },
        Qt::QueuedConnection);
    return generation;
}

quint64 ReportCatalog::select(const QVector<CatalogFilter> &filters, qint64 now)
{
    const quint64 generation = m_selectGeneration.fetch_add(1) + 1;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, generation, filters, now] { w->select(generation, filters, now); },
        Qt::QueuedConnection);
    return generation;
}

CatalogFilter queueFilter(ReportQueue queue, CatalogFilter base)
{
    switch (queue) {
    case ReportQueue::All:
        break;
    case ReportQueue::Inbox:
        base.statuses = (1u << int(Status::Baru)) | (1u << int(Status::DibukaKembali));
        break;
    case ReportQueue::Watch:
        base.slaStates = (1u << int(SlaState::Warning)) | (1u << int(SlaState::Breached));
        break;
    }
    return base;
}

void ReportCatalog::waitIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

void ReportCatalog::putReports(const QVector<Report> &reports)
{
    std::unique_lock lock(m_store->mutex);
    for (const Report &r : reports) {
        RowIn in;
        in.id = r.id;
        in.label = r.label;
        in.status = int(r.status);
        in.squad = r.squad ? int(*r.squad) : CatalogFilter::Unassigned;
        in.lat = r.lat;
        in.lon = r.lon;
        in.kecamatan = r.kecamatan;
        in.desa = r.desa;
        in.requested = r.requestedAt.isValid() ? r.requestedAt.toSecsSinceEpoch() : 0;
        in.updated = r.updatedAt.isValid() ? r.updatedAt.toSecsSinceEpoch() : 0;
        in.description = r.description.toStdString();
        in.photo = !r.mediaUrl.isEmpty();
        Worker::computeSla(
            in, r.statusSince.isValid() ? r.statusSince.toSecsSinceEpoch() : kNoDeadline, m_policy);
        m_store->put(in);
    }
    ++m_store->version;
}

void ReportCatalog::eraseReports(const QVector<qint64> &ids)
{
    std::unique_lock lock(m_store->mutex);
    for (qint64 id : ids)
        m_store->erase(id);
    ++m_store->version;
}

void ReportCatalog::clearRows()
{
    std::unique_lock lock(m_store->mutex);
    m_store->clear();
}

std::vector<qint64> ReportCatalog::queryNow(const CatalogFilter &filter, CatalogSort sort,
                                            Qt::SortOrder order, qint64 now)
{
    std::vector<qint64> ids;
    if (!filter.text.trimmed().isEmpty())
        return ids; // text search needs the replica's index (query())
    std::lock_guard cacheLock(m_syncCacheMutex);
    std::shared_lock lock(m_store->mutex);
    if (!m_syncCaches)
        m_syncCaches = std::make_unique<SyncCaches>();
    Worker::filterInto(*m_store,
                       Worker::sortedSlots(*m_store, m_policy, m_syncCaches->caches, sort), filter,
                       order, now, nullptr, ids);
    return ids;
}

void ReportCatalog::setPolicy(const LabelPolicy &policy)
{
    {
        std::lock_guard cacheLock(m_syncCacheMutex);
        m_policy = policy;
        m_syncCaches.reset();
    }
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, policy] {
            w->setPolicy(policy);
            w->dropSortCaches();
        },
        Qt::QueuedConnection);
}

void ReportCatalog::dropSortCaches()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->dropSortCaches(); }, Qt::QueuedConnection);
}

void ReportCatalog::deliver(int stream, quint64 generation, const Ids &ids)
{
    if (generation == m_latest[size_t(stream)].load())
        emit resultReady(generation, ids);
}

std::vector<ReportCatalog::Nearby> ReportCatalog::nearby(qint64 id, double radiusMetres,
                                                         qint64 windowSeconds,
                                                         double duplicateMetres,
                                                         qint64 duplicateSeconds, int limit) const
{
    std::vector<Nearby> out;
    std::shared_lock lock(m_store->mutex);
    const Store &s = *m_store;
    const int slot = s.slotOf.value(id, -1);
    if (slot < 0 || limit <= 0)
        return out;
    const auto me = size_t(slot);
    const double lat0 = s.lat[me], lon0 = s.lon[me];
    const qint64 t0 = s.requested[me];
    // Equirectangular distance: exact enough over a few kilometres. The box test first keeps
    // the pass to two comparisons for nearly every row.
    constexpr double metresPerDegree = 111320.0;
    const double cosLat = std::cos(lat0 * 3.14159265358979323846 / 180.0);
    const double dLatMax = radiusMetres / metresPerDegree;
    const double dLonMax = radiusMetres / (metresPerDegree * std::max(0.01, cosLat));
    const int rejected = int(Status::Ditolak), duplicate = int(Status::Duplikat);
    for (size_t i = 0; i < s.id.size(); ++i) {
        if (!s.alive[i] || i == me)
            continue;
        const double dLat = s.lat[i] - lat0;
        if (dLat > dLatMax || dLat < -dLatMax)
            continue;
        const double dLon = s.lon[i] - lon0;
        if (dLon > dLonMax || dLon < -dLonMax)
            continue;
        const qint64 dt = s.requested[i] - t0;
        if (dt > windowSeconds || dt < -windowSeconds)
            continue;
        const double dx = dLon * cosLat * metresPerDegree, dy = dLat * metresPerDegree;
        const double metres = std::sqrt(dx * dx + dy * dy);
        if (metres > radiusMetres)
            continue;
        Nearby n;
        n.id = s.id[i];
        n.metres = metres;
        n.secondsApart = dt;
        n.sameLabel = s.label[i] == s.label[me];
        n.likely = n.sameLabel && metres <= duplicateMetres &&
                   (dt <= duplicateSeconds && dt >= -duplicateSeconds) && s.status[i] != rejected &&
                   s.status[i] != duplicate;
        out.push_back(n);
    }
    lock.unlock();
    // Likely duplicates first, then the same label, then by distance.
    std::sort(out.begin(), out.end(), [](const Nearby &a, const Nearby &b) {
        if (a.likely != b.likely)
            return a.likely;
        if (a.sameLabel != b.sameLabel)
            return a.sameLabel;
        if (a.metres != b.metres)
            return a.metres < b.metres;
        return a.id < b.id;
    });
    if (out.size() > size_t(limit))
        out.resize(size_t(limit));
    return out;
}

std::optional<CatalogRow> ReportCatalog::row(qint64 id, bool withDescription) const
{
    std::shared_lock lock(m_store->mutex);
    const Store &s = *m_store;
    const int slot = s.slotOf.value(id, -1);
    if (slot < 0)
        return std::nullopt;
    const auto i = size_t(slot);
    CatalogRow r;
    r.id = id;
    r.label = s.labels.names.at(s.label[i]);
    r.status = s.status[i];
    r.squad = s.squad[i];
    r.kecamatan = s.kecs.names.at(s.kec[i]);
    r.desa = s.desas.names.at(s.desa[i]);
    r.requestedAt = s.requested[i];
    r.updatedAt = s.updated[i];
    if (s.deadline[i] != kNoDeadline)
        r.deadline = s.deadline[i];
    r.warnAt = s.warnAt[i];
    r.lat = s.lat[i];
    r.lon = s.lon[i];
    r.response = r.deadline && awaitsResponse(Status(r.status));
    r.hasPhoto = s.photo[i] != 0;
    if (withDescription) {
        const std::string_view d = s.description(slot);
        r.description = QString::fromUtf8(d.data(), qsizetype(d.size()));
    }
    return r;
}

std::vector<CatalogPoint> ReportCatalog::pointsOf(const Store &s, const std::vector<qint64> &ids,
                                                  qint64 now)
{
    std::vector<CatalogPoint> out;
    out.reserve(ids.size());
    std::shared_lock lock(s.mutex);
    for (qint64 id : ids) {
        const int slot = s.slotOf.value(id, -1);
        if (slot < 0)
            continue;
        const auto i = size_t(slot);
        int sla = 0;
        if (s.deadline[i] != kNoDeadline)
            sla = now > s.deadline[i] ? 3 : now >= s.warnAt[i] ? 2 : 1;
        out.push_back({id, s.lat[i], s.lon[i], s.squad[i], sla});
    }
    return out;
}

std::vector<CatalogPoint> ReportCatalog::points(const std::vector<qint64> &ids, qint64 now) const
{
    return pointsOf(*m_store, ids, now);
}

ReportCatalog::PointReader ReportCatalog::pointReader() const
{
    return [store = m_store](const std::vector<qint64> &ids, qint64 now) {
        return pointsOf(*store, ids, now);
    };
}

qsizetype ReportCatalog::size() const
{
    std::shared_lock lock(m_store->mutex);
    return m_store->slotOf.size();
}

bool ReportCatalog::contains(qint64 id) const
{
    std::shared_lock lock(m_store->mutex);
    return m_store->slotOf.contains(id);
}

int ReportCatalog::slaStateAt(const CatalogRow &row, qint64 now)
{
    if (!row.deadline)
        return 0;
    return now > *row.deadline ? 3 : now >= row.warnAt ? 2 : 1;
}

std::optional<qint64> ReportCatalog::parseStamp(const char *s, int len)
{
    // yyyy-MM-ddTHH:mm:ss[.zzz]Z as the replica writes it (Qt::ISODateWithMs, UTC).
    if (len < 20)
        return std::nullopt;
    auto num = [s](int at, int digits, int *out) {
        int v = 0;
        for (int i = 0; i < digits; ++i) {
            const char c = s[at + i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, se;
    if (!num(0, 4, &y) || s[4] != '-' || !num(5, 2, &mo) || s[7] != '-' || !num(8, 2, &d) ||
        s[10] != 'T' || !num(11, 2, &h) || s[13] != ':' || !num(14, 2, &mi) || s[16] != ':' ||
        !num(17, 2, &se) || s[len - 1] != 'Z' || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 ||
        mi > 59 || se > 60)
        return std::nullopt;
    return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
}

QString ReportCatalog::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        bool hasWord = false;
        for (const QChar c : word)
            hasWord = hasWord || c.isLetterOrNumber();
        if (!hasWord)
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + quoted + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

std::optional<QString> ReportCatalog::sqlFor(const CatalogFilter &f, CatalogSort sort,
                                             Qt::SortOrder order, const LabelPolicy &policy)
{
    if (f.sla != CatalogFilter::Any || f.slaStates != 0 || sort == CatalogSort::Sla)
        return std::nullopt;
    auto quote = [](QString s) {
        return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    };
    auto stampAt = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    QStringList where;
    if (!f.label.isEmpty())
        where << QStringLiteral("label = ") + quote(f.label);
    if (f.squad == CatalogFilter::Unassigned)
        where << QStringLiteral("squad IS NULL");
    else if (f.squad != CatalogFilter::Any)
        where << QStringLiteral("squad = ") + quote(squadCode(Squad(f.squad)));
    if (f.status != CatalogFilter::Any)
        where << QStringLiteral("status = ") + quote(statusCode(Status(f.status)));
    if (f.statuses != 0) {
        QStringList in;
        for (int st = 0; st < 32; ++st)
            if ((f.statuses >> st) & 1u)
                in << quote(statusCode(Status(st)));
        where << QStringLiteral("status IN (%1)").arg(in.join(QLatin1Char(',')));
    }
    if (f.photoOnly)
        where << QStringLiteral("media_url <> ''");
    if (!f.kecamatan.isEmpty())
        where << QStringLiteral("kecamatan = ") + quote(f.kecamatan);
    if (!f.desa.isEmpty())
        where << QStringLiteral("desa = ") + quote(f.desa);
    if (f.receivedFrom != std::numeric_limits<qint64>::min())
        where << QStringLiteral("requested_at >= ") + quote(stampAt(f.receivedFrom));
    if (f.receivedTo != std::numeric_limits<qint64>::max())
        where << QStringLiteral("requested_at < ") + quote(stampAt(f.receivedTo));
    if (f.ids) {
        QStringList in;
        in.reserve(f.ids->size());
        for (qint64 id : *f.ids)
            in << QString::number(id);
        where << (in.isEmpty() ? QStringLiteral("0")
                               : QStringLiteral("id IN (%1)").arg(in.join(QLatin1Char(','))));
    }
    if (!f.text.trimmed().isEmpty() && matchExpression(f.text).isEmpty())
        where << QStringLiteral("0"); // no word to search: nothing matches
    else if (!f.text.trimmed().isEmpty())
        where << QStringLiteral("id IN (SELECT rowid FROM report_text WHERE report_text MATCH %1)")
                     .arg(quote(matchExpression(f.text)));
    auto caseOf = [](const QString &column, const QStringList &codes, const QList<int> &ranks) {
        QString s = QStringLiteral("CASE ") + column;
        for (qsizetype i = 0; i < codes.size(); ++i)
            s += QStringLiteral(" WHEN '%1' THEN %2").arg(codes.at(i)).arg(ranks.at(i));
        return s + QStringLiteral(" ELSE -1 END");
    };
    QString key;
    switch (sort) {
    case CatalogSort::Id:
        break;
    case CatalogSort::Received:
        key = QStringLiteral("requested_at");
        break;
    case CatalogSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    case CatalogSort::Description:
        key = QStringLiteral("description");
        break;
    case CatalogSort::Status: {
        QStringList codes;
        QList<int> ranks;
        for (int s = int(Status::Baru); s <= int(Status::Duplikat); ++s) {
            codes << statusCode(Status(s));
            ranks << s;
        }
        key = caseOf(QStringLiteral("status"), codes, ranks);
        break;
    }
    case CatalogSort::Squad: {
        QStringList codes;
        QList<int> ranks;
        for (int s = int(Squad::Pink); s <= int(Squad::Covert); ++s) {
            codes << squadCode(Squad(s));
            ranks << s;
        }
        key = caseOf(QStringLiteral("squad"), codes, ranks);
        break;
    }
    case CatalogSort::Label:
    case CatalogSort::Kecamatan: {
        // Names compare as QString (UTF-16 code units) in the catalog; the rank is computed
        // here the same way so SQLite sorts by the same order.
        QStringList codes, names;
        if (sort == CatalogSort::Label) {
            for (const Label &l : policy.labels()) {
                codes << l.code;
                names << policy.displayName(l.code);
            }
        } else {
            const AreaCatalog areas = AreaCatalog::builtIn();
            for (const Kecamatan &k : areas.kecamatan()) {
                codes << k.code;
                names << k.name;
            }
        }
        QList<int> ranks;
        for (const QString &n : names) {
            int r = 0;
            for (const QString &o : names)
                r += o < n ? 1 : 0;
            ranks << r;
        }
        key = caseOf(sort == CatalogSort::Label ? QStringLiteral("label")
                                                : QStringLiteral("kecamatan"),
                     codes, ranks);
        break;
    }
    case CatalogSort::Sla:
        return std::nullopt;
    }
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString sql = QStringLiteral("SELECT id FROM reports");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ");
    if (!key.isEmpty())
        sql += key + dir + QStringLiteral(", ");
    return sql + QStringLiteral("id") + dir;
}

} // namespace posko
