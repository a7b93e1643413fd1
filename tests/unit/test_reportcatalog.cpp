// SPDX-License-Identifier: GPL-3.0-or-later
// The report catalog (the table's read side at scale): filters and sorts equal a brute force
// over the replica's reports and the same SQL run by SQLite; FTS5 text search; incremental
// refresh/remove equal a reload; superseded queries are dropped; the v3 -> v4 migration.
#include "core/domain/labelpolicy.h"
#include "core/geo/areas.h"
#include "core/sla/sla.h"
#include "core/storage/replica.h"
#include "core/storage/reportcatalog.h"

#include "catch.h"
#include "workstationfixtures.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

using namespace posko;
using namespace posko::test;

namespace {

const QDateTime kBase(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);

// Reports with every field drawn from small sets, so filters hit and ties occur.
QVector<Report> randomReports(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const LabelPolicy policy = LabelPolicy::builtIn();
    const AreaCatalog areas = AreaCatalog::builtIn();
    const QStringList words{QStringLiteral("jalan"),   QStringLiteral("rusak"),
                            QStringLiteral("lampu"),   QStringLiteral("sampah"),
                            QStringLiteral("banjir"),  QStringLiteral("pohon"),
                            QStringLiteral("tumbang"), QStringLiteral("Jembatan"),
                            QStringLiteral("got"),     QStringLiteral("mampet")};
    QVector<Report> out;
    for (int i = 0; i < n; ++i) {
        Report r = makeReport(1000 + i * 3, {});
        r.label = policy.labels().at(int(rng.bounded(policy.labels().size()))).code;
        r.status = Status(rng.bounded(8));
        if (rng.bounded(3) != 0)
            r.squad = Squad(rng.bounded(7));
        const Desa &d =
            areas.desa().at(int(rng.bounded(std::min<qsizetype>(areas.desa().size(), 25))));
        r.desa = d.code;
        r.kecamatan = d.kecamatanCode;
        r.requestedAt = kBase.addSecs(qint64(rng.bounded(60 * 86400)));
        r.updatedAt = r.requestedAt.addSecs(qint64(rng.bounded(86400)));
        r.statusSince = r.updatedAt;
        r.lat = -8.3 + rng.generateDouble() * 0.3;
        r.lon = 111.5 + rng.generateDouble() * 0.4;
        r.description = words.at(int(rng.bounded(words.size()))) + QLatin1Char(' ') +
                        words.at(int(rng.bounded(words.size())));
        // Texts from a template share long beginnings (sorting must look past 16, 32, 48 bytes),
        // and some are the same text.
        if (rng.bounded(3) == 0)
            r.description.prepend(QStringLiteral("Laporan warga tentang keadaan lingkungan: "));
        if (rng.bounded(10) == 0)
            r.description = QStringLiteral("Laporan warga tentang keadaan lingkungan sekitar");
        if (i % 3 == 0)
            r.mediaUrl = QStringLiteral("http://127.0.0.1:1/photos/%1.jpg").arg(r.id);
        r.address = QStringLiteral("Jl. %1 No. %2")
                        .arg(words.at(int(rng.bounded(words.size()))))
                        .arg(rng.bounded(50));
        r.history[0].at = r.requestedAt;
        if (rng.bounded(4) == 0)
            r.history.push_back({r.updatedAt,
                                 QStringLiteral("sari"),
                                 QStringLiteral("note"),
                                 statusCode(r.status),
                                 {},
                                 QStringLiteral("catatan ") + words.at(int(rng.bounded(10)))});
        out.push_back(r);
    }
    return out;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Replica> replica;
    LabelPolicy policy = LabelPolicy::builtIn();

    explicit Fixture(const QVector<Report> &reports)
    {
        QString error;
        replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        REQUIRE(replica->applyChanges(reports, {}, 1, &error));
    }
};

void waitFor(const std::function<bool()> &done, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(done());
}

void loadCatalog(ReportCatalog &c)
{
    bool loaded = false;
    QString error;
    auto conn = QObject::connect(&c, &ReportCatalog::loaded, [&](qint64, const QString &e) {
        loaded = true;
        error = e;
    });
    c.load();
    waitFor([&] { return loaded; });
    QObject::disconnect(conn);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

std::vector<qint64> run(ReportCatalog &c, const CatalogFilter &f, CatalogSort sort,
                        Qt::SortOrder order, qint64 now)
{
    std::optional<std::vector<qint64>> got;
    auto conn = QObject::connect(&c, &ReportCatalog::resultReady,
                                 [&](quint64, const ReportCatalog::Ids &ids) { got = *ids; });
    c.query(f, sort, order, now);
    waitFor([&] { return got.has_value(); });
    QObject::disconnect(conn);
    return *got;
}

std::vector<qint64> sqlIds(const QString &dbPath, const QString &sql)
{
    std::vector<qint64> ids;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return ids;
}

// The brute force: every report, evaluated with the domain's own functions.
std::vector<qint64> bruteForce(const QVector<Report> &reports, const LabelPolicy &policy,
                               const CatalogFilter &f, CatalogSort sort, Qt::SortOrder order,
                               const QDateTime &now)
{
    const AreaCatalog areas = AreaCatalog::builtIn();
    std::vector<const Report *> rows;
    for (const Report &r : reports) {
        if (!f.label.isEmpty() && r.label != f.label)
            continue;
        const int squad = r.squad ? int(*r.squad) : CatalogFilter::Unassigned;
        if (f.squad != CatalogFilter::Any && squad != f.squad)
            continue;
        if (f.status != CatalogFilter::Any && int(r.status) != f.status)
            continue;
        if (!f.kecamatan.isEmpty() && r.kecamatan != f.kecamatan)
            continue;
        if (!f.desa.isEmpty() && r.desa != f.desa)
            continue;
        const qint64 t = r.requestedAt.toSecsSinceEpoch();
        if (t < f.receivedFrom || t >= f.receivedTo)
            continue;
        const int sla = int(evaluateSla(r, policy.find(r.label), policy.warningShare(), now).state);
        if (f.sla != CatalogFilter::Any && sla != f.sla)
            continue;
        if (f.statuses != 0 && !((f.statuses >> int(r.status)) & 1u))
            continue;
        if (f.slaStates != 0 && !((f.slaStates >> sla) & 1u))
            continue;
        if (f.photoOnly && r.mediaUrl.isEmpty())
            continue;
        if (f.ids && !f.ids->contains(r.id))
            continue;
        rows.push_back(&r);
    }
    auto key = [&](const Report *r) -> QVariant {
        switch (sort) {
        case CatalogSort::Id:
            return 0;
        case CatalogSort::Received:
            return r->requestedAt.toSecsSinceEpoch();
        case CatalogSort::Updated:
            return r->updatedAt.toSecsSinceEpoch();
        case CatalogSort::Label:
            return policy.displayName(r->label);
        case CatalogSort::Status:
            return int(r->status);
        case CatalogSort::Squad:
            return r->squad ? int(*r->squad) : -1;
        case CatalogSort::Sla: {
            const SlaStatus s = evaluateSla(*r, policy.find(r->label), policy.warningShare(), now);
            return s.state == SlaState::None ? std::numeric_limits<qint64>::max()
                                             : s.deadline.toSecsSinceEpoch();
        }
        case CatalogSort::Kecamatan:
            return areas.kecamatanName(r->kecamatan);
        case CatalogSort::Description:
            return r->description.toUtf8();
        }
        return {};
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Report *a, const Report *b) {
        const auto c = QVariant::compare(key(a), key(b));
        if (c == QPartialOrdering::Equivalent)
            return a->id < b->id;
        return c == QPartialOrdering::Less;
    });
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    std::vector<qint64> ids;
    for (const Report *r : rows)
        ids.push_back(r->id);
    return ids;
}

constexpr CatalogSort kSorts[] = {
    CatalogSort::Id,        CatalogSort::Received,    CatalogSort::Label,
    CatalogSort::Status,    CatalogSort::Squad,       CatalogSort::Sla,
    CatalogSort::Kecamatan, CatalogSort::Description, CatalogSort::Updated};

std::vector<CatalogFilter> sampledFilters(const QVector<Report> &reports, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<CatalogFilter> out;
    out.emplace_back(); // everything
    auto pick = [&] { return reports.at(int(rng.bounded(reports.size()))); };
    for (int kind = 0; kind < 8; ++kind) {
        CatalogFilter f;
        const Report r = pick();
        switch (kind) {
        case 0:
            f.label = r.label;
            break;
        case 1:
            f.squad = r.squad ? int(*r.squad) : CatalogFilter::Unassigned;
            break;
        case 2:
            f.status = int(r.status);
            break;
        case 3:
            f.kecamatan = r.kecamatan;
            break;
        case 4:
            f.desa = r.desa;
            break;
        case 5:
            f.receivedFrom = r.requestedAt.toSecsSinceEpoch();
            f.receivedTo = f.receivedFrom + 10 * 86400;
            break;
        case 6:
            f.sla = int(rng.bounded(4));
            break;
        case 7:
            f.text = QStringLiteral("jal");
            break;
        }
        out.push_back(f);
    }
    // Combinations of two or three kinds.
    for (int i = 0; i < 24; ++i) {
        CatalogFilter f;
        const Report r = pick();
        for (int k = 0; k < 3; ++k) {
            switch (rng.bounded(7)) {
            case 0:
                f.label = r.label;
                break;
            case 1:
                f.squad = r.squad ? int(*r.squad) : CatalogFilter::Unassigned;
                break;
            case 2:
                f.status = int(r.status);
                break;
            case 3:
                f.kecamatan = r.kecamatan;
                break;
            case 4:
                f.desa = r.desa;
                break;
            case 5:
                f.receivedFrom = r.requestedAt.toSecsSinceEpoch() - 20 * 86400;
                f.receivedTo = r.requestedAt.toSecsSinceEpoch() + 1;
                break;
            case 6:
                f.sla = int(rng.bounded(4));
                break;
            }
        }
        out.push_back(f);
    }
    return out;
}

} // namespace

TEST_CASE("catalog filters and sorts equal a brute force and the same SQL on the replica")
{
    const QVector<Report> reports = randomReports(2500, 7);
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);
    REQUIRE(catalog.size() == reports.size());
    const QVector<Report> stored = fx.replica->reports(); // as the replica keeps them
    const QDateTime now = kBase.addSecs(30 * 86400);

    QRandomGenerator rng(11);
    int checkedSql = 0;
    for (const CatalogFilter &f : sampledFilters(reports, 3)) {
        for (CatalogSort sort : kSorts) {
            const Qt::SortOrder order = rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            INFO("label=" << f.label.toStdString() << " squad=" << f.squad << " status=" << f.status
                          << " kec=" << f.kecamatan.toStdString()
                          << " desa=" << f.desa.toStdString() << " from=" << f.receivedFrom
                          << " sla=" << f.sla << " text=" << f.text.toStdString()
                          << " sort=" << int(sort) << " order=" << int(order));
            const auto got = run(catalog, f, sort, order, now.toSecsSinceEpoch());
            if (f.text.isEmpty())
                CHECK(got == bruteForce(stored, fx.policy, f, sort, order, now));
            if (const auto sql = ReportCatalog::sqlFor(f, sort, order, fx.policy)) {
                CHECK(got == sqlIds(fx.replica->databasePath(), *sql));
                ++checkedSql;
            }
        }
    }
    CHECK(checkedSql > 100);
}

namespace {
// The shipped policy with every other label on the working clock and holidays inside the
// reports' months (October and November 2026), so deadlines cross weekends and holidays.
LabelPolicy workingClockPolicy(bool allWorking = false)
{
    QJsonObject root = QJsonDocument::fromJson(LabelPolicy::builtInJson()).object();
    QJsonArray labels = root.value(QStringLiteral("labels")).toArray();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QJsonObject l = labels.at(i).toObject();
        l.insert(QStringLiteral("clock"),
                 allWorking || i % 2 == 0 ? QStringLiteral("working") : QStringLiteral("wall"));
        labels[i] = l;
    }
    root.insert(QStringLiteral("labels"), labels);
    QJsonObject calendar = root.value(QStringLiteral("calendar")).toObject();
    calendar.insert(QStringLiteral("holidays"),
                    QJsonArray{QStringLiteral("2026-10-15"), QStringLiteral("2026-10-16"),
                               QStringLiteral("2026-10-30"), QStringLiteral("2026-11-02"),
                               QStringLiteral("2026-11-03")});
    root.insert(QStringLiteral("calendar"), calendar);
    const auto r = LabelPolicy::fromJson(QJsonDocument(root).toJson());
    INFO(r.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.policy.has_value());
    return *r.policy;
}
} // namespace

TEST_CASE("catalog SLA on working-clock labels equals evaluateSla at any moment")
{
    const QVector<Report> reports = randomReports(1500, 21);
    Fixture fx(reports);
    const LabelPolicy policy = workingClockPolicy();
    REQUIRE(policy.find(QStringLiteral("sampah"))->clock == SlaClock::Working);
    ReportCatalog catalog(fx.replica->databasePath(), policy);
    loadCatalog(catalog);
    REQUIRE(catalog.size() == reports.size());
    const QVector<Report> stored = fx.replica->reports();

    // Moments in and out of working hours (WIB = UTC+7), on a holiday, at a Friday's closing.
    const auto wib = [](int month, int day, int h, int m) {
        return QDateTime(QDate(2026, month, day), QTime(h, m), Qt::OffsetFromUTC, 7 * 3600).toUTC();
    };
    const QDateTime nows[] = {wib(10, 21, 10, 0),  wib(10, 24, 12, 0), wib(10, 30, 9, 0),
                              wib(11, 3, 3, 0),    wib(11, 6, 16, 30), wib(11, 9, 7, 30),
                              wib(11, 18, 13, 15), wib(12, 20, 8, 0)};
    int working = 0, states[4] = {};
    for (const QDateTime &now : nows) {
        const qint64 t = now.toSecsSinceEpoch();
        INFO("now " << now.toString(Qt::ISODate).toStdString());
        for (const Report &r : stored) {
            const Label *l = policy.find(r.label);
            const SlaStatus s = evaluateSla(r, l, policy.warningShare(), now);
            const auto row = catalog.row(r.id);
            REQUIRE(row);
            INFO("report " << r.id << " label " << r.label.toStdString());
            CHECK(ReportCatalog::slaStateAt(*row, t) == int(s.state));
            if (s.state == SlaState::None) {
                CHECK_FALSE(row->deadline);
                continue;
            }
            REQUIRE(row->deadline);
            CHECK(*row->deadline == s.deadline.toSecsSinceEpoch());
            CHECK(slaSecondsLeft(l, *row->deadline, t) == s.secondsLeft);
            ++states[int(s.state)];
            working += s.workingTime ? 1 : 0;
        }
        // The table's SLA filter and sort agree with the brute force built on evaluateSla.
        for (int sla = 0; sla < 4; ++sla) {
            CatalogFilter f;
            f.sla = sla;
            CHECK(run(catalog, f, CatalogSort::Sla, Qt::AscendingOrder, t) ==
                  bruteForce(stored, policy, f, CatalogSort::Sla, Qt::AscendingOrder, now));
        }
        CHECK(run(catalog, {}, CatalogSort::Sla, Qt::DescendingOrder, t) ==
              bruteForce(stored, policy, {}, CatalogSort::Sla, Qt::DescendingOrder, now));
    }
    // Every state occurred, on both clocks.
    CHECK(working > 1000);
    CHECK(states[int(SlaState::Ok)] > 100);
    CHECK(states[int(SlaState::Warning)] > 100);
    CHECK(states[int(SlaState::Breached)] > 100);
}

TEST_CASE("catalog: the working clock's cost per row when rows are stored")
{
    const QVector<Report> reports = randomReports(100000, 23);
    const LabelPolicy wall = LabelPolicy::fromJson(LabelPolicy::builtInJson()).policy.value();
    const LabelPolicy working = workingClockPolicy(true);
    qint64 nanos[2] = {};
    for (int round = 0; round < 2; ++round)
        for (int p = 0; p < 2; ++p) {
            ReportCatalog catalog(QString(), p == 0 ? wall : working);
            QElapsedTimer timer;
            timer.start();
            catalog.putReports(reports);
            nanos[p] += timer.nsecsElapsed();
            REQUIRE(catalog.size() == reports.size());
        }
    // The rows are right (the brute force above); here the cost is reported, and a loop per
    // day or minute (hundreds of steps per row) would fail the bound.
    std::printf("putReports per row: wall-clock policy %.2f us, all labels on the working "
                "clock %.2f us\n",
                double(nanos[0]) / 2000.0 / double(reports.size()),
                double(nanos[1]) / 2000.0 / double(reports.size()));
    CHECK(nanos[1] < 4 * nanos[0] + 2'000'000'000LL); // no per-minute or per-day loop
}

TEST_CASE("catalog text search: description, address and notes, any case and accents, prefixes")
{
    QVector<Report> reports;
    reports << makeReport(1, QStringLiteral("Jalan berlubang di depan SDN Karangan"))
            << makeReport(2, QStringLiteral("Lampu penerangan jalan mati"))
            << makeReport(3, QStringLiteral("Sampah menumpuk di pasar"))
            << makeReport(4, QStringLiteral("Saluran air tersumbat dekat kafé"));
    reports[2].address = QStringLiteral("Jl. Soekarno-Hatta No. 12, Tugu");
    reports[2].history.push_back({reports[2].requestedAt,
                                  QStringLiteral("sari"),
                                  QStringLiteral("note"),
                                  QStringLiteral("baru"),
                                  {},
                                  QStringLiteral("Petugas DLH sudah dihubungi")});
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);

    auto search = [&](const QString &text) {
        CatalogFilter f;
        f.text = text;
        auto ids = run(catalog, f, CatalogSort::Id, Qt::AscendingOrder, 0);
        CHECK(ids ==
              sqlIds(fx.replica->databasePath(),
                     *ReportCatalog::sqlFor(f, CatalogSort::Id, Qt::AscendingOrder, fx.policy)));
        return ids;
    };
    using V = std::vector<qint64>;
    CHECK(search(QStringLiteral("jalan")) == V{1, 2});
    CHECK(search(QStringLiteral("JALAN berlub")) == V{1}); // case, prefix, AND
    CHECK(search(QStringLiteral("karang")) == V{1});       // prefix of a word
    CHECK(search(QStringLiteral("soekarno")) == V{3});     // address
    CHECK(search(QStringLiteral("hatta tugu")) == V{3});   // address, two words
    CHECK(search(QStringLiteral("dihubungi")) == V{3});    // history note
    CHECK(search(QStringLiteral("kafe")) == V{4});         // accent folded
    CHECK(search(QStringLiteral("KAFÉ")) == V{4});
    CHECK(search(QStringLiteral("\"jalan")) == V{1, 2}); // stray quote is harmless
    CHECK(search(QStringLiteral("banjir")).empty());
    CHECK(search(QStringLiteral("rusak OR jalan")).empty()); // no query syntax: all words
    CHECK(ReportCatalog::matchExpression(QStringLiteral(" -- ")).isEmpty());
    CHECK(search(QStringLiteral("--")).empty());

    // A note added later is found after the catalog refreshes the report.
    queueNote(*fx.replica, 2, QStringLiteral("Sudah dilaporkan ke PLN"));
    catalog.refresh({2});
    CHECK(search(QStringLiteral("pln")) == V{2});
    // A purge takes the text out of the index.
    REQUIRE(fx.replica->purge({3}));
    catalog.remove({3});
    CHECK(search(QStringLiteral("soekarno")).empty());
}

TEST_CASE("catalog: incremental refresh and remove keep results equal to a reload")
{
    const QVector<Report> reports = randomReports(1500, 21);
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);
    const qint64 now = kBase.addSecs(20 * 86400).toSecsSinceEpoch();
    // Warm the sort caches so stale ones would show.
    for (CatalogSort sort : kSorts)
        run(catalog, {}, sort, Qt::AscendingOrder, now);

    QVector<Report> changed;
    QVector<qint64> removed;
    const QVector<Report> more = randomReports(200, 99);
    for (int i = 0; i < 300; ++i) {
        Report r = reports.at(i * 5);
        r.status = Status((int(r.status) + 1) % 8);
        r.description = QStringLiteral("diperbarui %1").arg(i);
        r.label = reports.at(i).label;
        r.desa = reports.at(i + 1).desa;
        r.kecamatan = reports.at(i + 1).kecamatan;
        ++r.version;
        changed << r;
    }
    for (int i = 0; i < 100; ++i)
        removed << reports.at(i * 5 + 2).id;
    for (Report r : more) {
        r.id += 1000000; // new ids
        changed << r;
    }
    QString error;
    const auto page = fx.replica->applyChanges(changed, removed, 2, &error);
    REQUIRE(page);
    catalog.refresh(page->updated);
    catalog.remove(page->removed);
    catalog.waitIdle(); // the writes are queued on the catalog's worker

    ReportCatalog fresh(fx.replica->databasePath(), fx.policy);
    loadCatalog(fresh);
    REQUIRE(catalog.size() == fresh.size());
    for (const CatalogFilter &f : sampledFilters(fx.replica->reports(), 5))
        for (CatalogSort sort : kSorts) {
            INFO("sort=" << int(sort));
            CHECK(run(catalog, f, sort, Qt::DescendingOrder, now) ==
                  run(fresh, f, sort, Qt::DescendingOrder, now));
        }
    CatalogFilter text;
    text.text = QStringLiteral("diperbarui");
    CHECK(run(catalog, text, CatalogSort::Id, Qt::AscendingOrder, now).size() == 300);
    const auto row = catalog.row(changed.at(7).id);
    REQUIRE(row);
    CHECK(row->description == changed.at(7).description);
    CHECK(row->status == int(changed.at(7).status));
    CHECK_FALSE(catalog.contains(removed.first()));
}

TEST_CASE("catalog: sorts of more than 65,536 rows (sorted on two threads) equal a brute force")
{
    const QVector<Report> reports = randomReports(70000, 41);
    const LabelPolicy policy = LabelPolicy::builtIn();
    ReportCatalog catalog(QString(), policy); // rows from putReports(), queries on this thread
    catalog.putReports(reports);
    REQUIRE(catalog.size() == reports.size());
    const QDateTime now = kBase.addSecs(30 * 86400);
    CatalogFilter none;
    CatalogFilter some;
    some.squad = int(Squad::Blue);
    for (CatalogSort sort : kSorts)
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("sort=" << int(sort) << " order=" << int(order));
            CHECK(catalog.queryNow(none, sort, order, now.toSecsSinceEpoch()) ==
                  bruteForce(reports, policy, none, sort, order, now));
            CHECK(catalog.queryNow(some, sort, order, now.toSecsSinceEpoch()) ==
                  bruteForce(reports, policy, some, sort, order, now));
        }
}

TEST_CASE("catalog: ids far apart or negative (no dense id table) still find their rows")
{
    QVector<Report> reports = randomReports(300, 43);
    // Dense ids first, then ones that do not fit an array indexed by id.
    const qint64 far[] = {qint64(1) << 40, -7, 9000000000LL, 5};
    for (int i = 0; i < 4; ++i)
        reports[i * 50].id = far[i];
    const LabelPolicy policy = LabelPolicy::builtIn();
    ReportCatalog catalog(QString(), policy);
    catalog.putReports(reports.mid(0, 150)); // holds 1<<40, -7, 9e9 and dense ids
    catalog.putReports(reports.mid(150));
    REQUIRE(catalog.size() == reports.size());
    for (const Report &r : reports) {
        INFO("id=" << r.id);
        const auto row = catalog.row(r.id);
        REQUIRE(row);
        CHECK(row->description == r.description);
    }
    CHECK_FALSE(catalog.contains(4));
    CHECK_FALSE(catalog.row(qint64(1) << 41));
    const QDateTime now = kBase.addSecs(10 * 86400);
    CHECK(catalog.queryNow({}, CatalogSort::Id, Qt::AscendingOrder, now.toSecsSinceEpoch()) ==
          bruteForce(reports, policy, {}, CatalogSort::Id, Qt::AscendingOrder, now));
    catalog.eraseReports({-7, qint64(1) << 40});
    CHECK(catalog.size() == reports.size() - 2);
    CHECK_FALSE(catalog.contains(-7));
    CHECK(catalog.contains(9000000000LL));
    const auto points = catalog.points({9000000000LL, -7, reports.at(1).id}, 0);
    REQUIRE(points.size() == 2);
    CHECK(points[0].id == 9000000000LL);
    CHECK(points[1].id == reports.at(1).id);
}

TEST_CASE("catalog: after a load every column's order is ready and stays right after changes")
{
    const QVector<Report> reports = randomReports(1200, 47);
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);
    catalog.waitIdle(); // the orders computed after the load
    const QDateTime now = kBase.addSecs(25 * 86400);
    // A change after the orders were made: the cached orders must take it in.
    QVector<Report> changed;
    for (int i = 0; i < 40; ++i) {
        Report r = reports.at(i * 7);
        r.description = QStringLiteral("Aaa diubah %1").arg(i);
        r.status = Status((int(r.status) + 3) % 8);
        ++r.version;
        changed << r;
    }
    QString error;
    const auto page = fx.replica->applyChanges(changed, {reports.at(3).id}, 2, &error);
    REQUIRE(page);
    catalog.refresh(page->updated);
    catalog.remove(page->removed);
    const QVector<Report> stored = fx.replica->reports();
    for (CatalogSort sort : kSorts) {
        INFO("sort=" << int(sort));
        CHECK(run(catalog, {}, sort, Qt::AscendingOrder, now.toSecsSinceEpoch()) ==
              bruteForce(stored, fx.policy, {}, sort, Qt::AscendingOrder, now));
    }
}

TEST_CASE("catalog: the work queues, the photo filter and their counts equal a brute force")
{
    const QVector<Report> reports = randomReports(3000, 53);
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);
    const QVector<Report> stored = fx.replica->reports();
    const QDateTime now = kBase.addSecs(3 * 86400); // some timers near or past their deadline
    const qint64 at = now.toSecsSinceEpoch();

    CatalogFilter inKec;
    inKec.kecamatan = reports.at(5).kecamatan;
    CatalogFilter photos;
    photos.photoOnly = true;
    CatalogFilter text;
    text.text = QStringLiteral("jalan");
    QVector<CatalogFilter> filters;
    for (const CatalogFilter &base : {CatalogFilter{}, inKec, photos, text})
        for (ReportQueue q : {ReportQueue::All, ReportQueue::Inbox, ReportQueue::Watch})
            filters << queueFilter(q, base);
    const CatalogFilter inbox = queueFilter(ReportQueue::Inbox);
    CHECK(inbox.statuses != 0);
    const CatalogFilter watch = queueFilter(ReportQueue::Watch);
    CHECK(watch.slaStates != 0);

    QVector<qint64> expectedCounts;
    for (const CatalogFilter &f : std::as_const(filters)) {
        INFO("statuses=" << f.statuses << " slaStates=" << f.slaStates << " photo=" << f.photoOnly
                         << " kec=" << f.kecamatan.toStdString()
                         << " text=" << f.text.toStdString());
        const auto got = run(catalog, f, CatalogSort::Sla, Qt::AscendingOrder, at);
        if (f.text.isEmpty()) {
            const auto expected =
                bruteForce(stored, fx.policy, f, CatalogSort::Sla, Qt::AscendingOrder, now);
            CHECK(got == expected);
        }
        if (const auto sql =
                ReportCatalog::sqlFor(f, CatalogSort::Id, Qt::DescendingOrder, fx.policy))
            CHECK(run(catalog, f, CatalogSort::Id, Qt::DescendingOrder, at) ==
                  sqlIds(fx.replica->databasePath(), *sql));
        expectedCounts << qint64(got.size());
    }
    // Every queue holds something in this data, and less than everything.
    CHECK(expectedCounts.at(1) > 0);
    CHECK(expectedCounts.at(2) > 0);
    CHECK(expectedCounts.at(1) < expectedCounts.at(0));
    CHECK(expectedCounts.at(2) < expectedCounts.at(0));
    CHECK(expectedCounts.at(6) > 0); // photos
    CHECK(expectedCounts.at(6) < expectedCounts.at(0));

    std::optional<QVector<qint64>> counts;
    quint64 generation = 0;
    auto conn = QObject::connect(&catalog, &ReportCatalog::countsReady,
                                 [&](quint64 g, const QVector<qint64> &c) {
                                     if (g == generation)
                                         counts = c;
                                 });
    catalog.count({inbox}, at); // an earlier request: only the latest one's answer is taken
    generation = catalog.count(filters, at);
    waitFor([&] { return counts.has_value(); });
    QObject::disconnect(conn);
    CHECK(*counts == expectedCounts);

    // select(): the same sets as ids, ascending.
    std::optional<QVector<QVector<qint64>>> sets;
    quint64 asked = 0;
    conn = QObject::connect(&catalog, &ReportCatalog::selected,
                            [&](quint64 g, const QVector<QVector<qint64>> &ids) {
                                if (g == asked)
                                    sets = ids;
                            });
    asked = catalog.select(filters, at);
    waitFor([&] { return sets.has_value(); });
    QObject::disconnect(conn);
    REQUIRE(sets->size() == filters.size());
    for (qsizetype i = 0; i < filters.size(); ++i) {
        std::vector<qint64> expected =
            run(catalog, filters.at(i), CatalogSort::Id, Qt::AscendingOrder, at);
        CHECK(std::vector<qint64>(sets->at(i).begin(), sets->at(i).end()) == expected);
    }
}

TEST_CASE("catalog: an id set (a drill-down) alone and with a squad or other filters passes "
          "exactly the intersection, as a brute force and the same SQL")
{
    const QVector<Report> reports = randomReports(2000, 61);
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);
    const QVector<Report> stored = fx.replica->reports();
    const QDateTime now = kBase.addSecs(20 * 86400);
    const qint64 at = now.toSecsSinceEpoch();

    // About a fifth of the reports, plus ids no report has (before, between and after them).
    QRandomGenerator rng(67);
    QVector<qint64> some{1, 1001, 999999};
    for (const Report &r : reports)
        if (rng.bounded(5) == 0)
            some << r.id;
    std::sort(some.begin(), some.end());
    const int squad = reports.at(3).squad ? int(*reports.at(3).squad) : CatalogFilter::Unassigned;

    CatalogFilter alone;
    alone.ids = some;
    alone.idsCaption = QStringLiteral("Resolved · Pink Squad");
    CHECK_FALSE(alone.isEmpty());
    CatalogFilter withSquad = alone;
    withSquad.squad = squad;
    CatalogFilter withMore = withSquad;
    withMore.label = reports.at(3).label;
    withMore.receivedTo = kBase.addSecs(40 * 86400).toSecsSinceEpoch();
    CatalogFilter none;
    none.ids = QVector<qint64>{};
    CHECK_FALSE(none.isEmpty());
    CatalogFilter noneWithSquad = none;
    noneWithSquad.squad = squad;
    CatalogFilter withSla = withSquad; // no SQL for it: the brute force only
    withSla.sla = int(SlaState::Ok);
    CatalogFilter squadOnly;
    squadOnly.squad = squad;

    // The intersection worked out from the rows themselves.
    QSet<qint64> inSquad;
    for (const Report &r : stored)
        if ((r.squad ? int(*r.squad) : CatalogFilter::Unassigned) == squad)
            inSquad.insert(r.id);
    std::vector<qint64> intersection;
    for (qint64 id : std::as_const(some))
        if (inSquad.contains(id))
            intersection.push_back(id);
    CHECK(intersection.size() > 10);
    CHECK(intersection.size() < size_t(inSquad.size()));
    CHECK(run(catalog, withSquad, CatalogSort::Id, Qt::AscendingOrder, at) == intersection);
    CHECK(run(catalog, alone, CatalogSort::Id, Qt::AscendingOrder, at).size() ==
          size_t(some.size() - 3));

    int checkedSql = 0;
    for (const CatalogFilter &f : {alone, withSquad, withMore, none, noneWithSquad, withSla}) {
        for (CatalogSort sort : kSorts) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO("ids=" << (f.ids ? f.ids->size() : -1) << " squad=" << f.squad
                            << " label=" << f.label.toStdString() << " sla=" << f.sla
                            << " sort=" << int(sort) << " order=" << int(order));
                const auto got = run(catalog, f, sort, order, at);
                CHECK(got == bruteForce(stored, fx.policy, f, sort, order, now));
                CHECK(got == catalog.queryNow(f, sort, order, at));
                if (const auto sql = ReportCatalog::sqlFor(f, sort, order, fx.policy)) {
                    CHECK(got == sqlIds(fx.replica->databasePath(), *sql));
                    ++checkedSql;
                }
                if (f.ids && f.ids->isEmpty())
                    CHECK(got.empty());
            }
        }
    }
    CHECK(checkedSql >= 5 * 8 * 2);

    // Counts and selections honour the set as well.
    std::optional<QVector<qint64>> counts;
    quint64 generation = 0;
    auto conn = QObject::connect(&catalog, &ReportCatalog::countsReady,
                                 [&](quint64 g, const QVector<qint64> &c) {
                                     if (g == generation)
                                         counts = c;
                                 });
    generation = catalog.count({alone, withSquad, none, squadOnly}, at);
    waitFor([&] { return counts.has_value(); });
    QObject::disconnect(conn);
    CHECK(*counts ==
          QVector<qint64>{some.size() - 3, qint64(intersection.size()), 0, qint64(inSquad.size())});
}

TEST_CASE("catalog: superseded queries are dropped, only the latest result is delivered")
{
    const QVector<Report> reports = randomReports(3000, 5);
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);

    std::vector<quint64> delivered;
    std::vector<qint64> lastIds;
    QObject::connect(&catalog, &ReportCatalog::resultReady,
                     [&](quint64 g, const ReportCatalog::Ids &ids) {
                         delivered.push_back(g);
                         lastIds = *ids;
                     });
    quint64 last = 0;
    CatalogFilter f;
    for (int i = 0; i < 20; ++i) {
        f.status = i % 8;
        last = catalog.query(f, kSorts[i % 9], Qt::AscendingOrder, 0);
    }
    catalog.waitIdle();
    waitFor([&] { return !delivered.empty(); });
    QCoreApplication::processEvents();
    CHECK(delivered == std::vector<quint64>{last});
    CHECK(lastIds == bruteForce(fx.replica->reports(), fx.policy, f, kSorts[19 % 9],
                                Qt::AscendingOrder, QDateTime::fromSecsSinceEpoch(0)));
}

TEST_CASE("catalog: each query stream keeps its own latest result, so two views never drop each "
          "other's")
{
    const QVector<Report> reports = randomReports(3000, 6);
    Fixture fx(reports);
    ReportCatalog catalog(fx.replica->databasePath(), fx.policy);
    loadCatalog(catalog);
    const int table = catalog.openStream(), overview = catalog.openStream();
    REQUIRE(table != overview);
    REQUIRE(table > 0);

    std::map<quint64, std::vector<qint64>> delivered;
    QObject::connect(&catalog, &ReportCatalog::resultReady,
                     [&](quint64 g, const ReportCatalog::Ids &ids) { delivered[g] = *ids; });
    CatalogFilter squad;
    squad.squad = int(Squad::Orange);
    const CatalogFilter all;
    // The table's query, then the overview's, then the table's again: the table's first is
    // superseded by its second, the overview's stands.
    const quint64 first = catalog.query(squad, CatalogSort::Id, Qt::AscendingOrder, 0, table);
    const quint64 other = catalog.query(all, CatalogSort::Id, Qt::AscendingOrder, 0, overview);
    squad.status = int(Status::Ditugaskan);
    const quint64 second = catalog.query(squad, CatalogSort::Id, Qt::AscendingOrder, 0, table);
    CHECK(first != other);
    CHECK(other != second);
    catalog.waitIdle();
    waitFor([&] { return delivered.count(other) && delivered.count(second); });
    QCoreApplication::processEvents();
    CHECK_FALSE(delivered.count(first));
    REQUIRE(delivered.count(other));
    REQUIRE(delivered.count(second));
    const QDateTime epoch = QDateTime::fromSecsSinceEpoch(0);
    CHECK(delivered[other] == bruteForce(fx.replica->reports(), fx.policy, all, CatalogSort::Id,
                                         Qt::AscendingOrder, epoch));
    CHECK(delivered[second] == bruteForce(fx.replica->reports(), fx.policy, squad, CatalogSort::Id,
                                          Qt::AscendingOrder, epoch));
    CHECK(delivered[other].size() == size_t(reports.size()));
}

TEST_CASE("a version 3 replica with reports and notes is migrated to 4 with its text indexed")
{
    QTemporaryDir dir;
    QString error;
    QString path;
    {
        auto replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        Report r = makeReport(5, QStringLiteral("Tanah longsor menutup jalan"));
        r.address = QStringLiteral("Desa Sumurup");
        r.history.push_back({r.requestedAt,
                             QStringLiteral("sari"),
                             QStringLiteral("note"),
                             QStringLiteral("baru"),
                             {},
                             QStringLiteral("alat berat dikirim")});
        REQUIRE(replica->storeHubReport(r));
        REQUIRE(replica->storeHubReport(makeReport(6, QStringLiteral("Pohon tumbang"))));
        path = replica->databasePath();
    }
    {
        // Back to what a version 3 Posko wrote: no FTS table, no triggers, no index.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"DROP TRIGGER report_text_ai", "DROP TRIGGER report_text_au",
              "DROP TRIGGER report_text_ad", "DROP TRIGGER report_notes_ai",
              "DROP TRIGGER report_notes_ad", "DROP TABLE report_text",
              "DROP INDEX reports_requested", "DROP INDEX history_review",
              "ALTER TABLE outbox DROP COLUMN original", "ALTER TABLE outbox DROP COLUMN photo",
              "DROP TABLE lifecycle", "PRAGMA user_version = 3"})
            REQUIRE(q.exec(QString::fromLatin1(sql)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    auto replica = Replica::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(replica);
    CHECK(replica->reports().size() == 2);
    ReportCatalog catalog(replica->databasePath(), replica->labelPolicy());
    loadCatalog(catalog);
    for (const QString &word :
         {QStringLiteral("longsor"), QStringLiteral("sumurup"), QStringLiteral("alat berat")}) {
        CatalogFilter f;
        f.text = word;
        CHECK(run(catalog, f, CatalogSort::Id, Qt::AscendingOrder, 0) == std::vector<qint64>{5});
    }
}

TEST_CASE("a purged report's words leave the full-text index too (no tombstoned terms on disk)")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    // Lower case: the index stores terms folded, so this is the byte sequence it would keep.
    const QByteArray word = "zzpunglirahasia";
    const QString w = QString::fromLatin1(word);
    Report secret = makeReport(1, QStringLiteral("Pungutan %1 di kantor desa").arg(w));
    secret.address = QStringLiteral("Jl. Rahasia ") + w;
    secret.history.push_back({secret.requestedAt,
                              QStringLiteral("sari"),
                              QStringLiteral("note"),
                              QStringLiteral("baru"),
                              {},
                              QStringLiteral("catatan ") + w});
    REQUIRE(replica->applyChanges({secret}, {}, 1, &error));
    // Many later pages: the index's segments are merged into bigger ones that hold the term
    // long after the row is gone, unless the purge rewrites them.
    for (int page = 0; page < 40; ++page) {
        QVector<Report> reports;
        for (qint64 id = 2 + page * 50; id < 2 + (page + 1) * 50; ++id)
            reports << makeReport(id, QStringLiteral("laporan biasa %1 jalan rusak").arg(id));
        REQUIRE(replica->applyChanges(reports, {}, 2 + page, &error));
    }
    REQUIRE(replica->checkpoint());
    CHECK_FALSE(filesContaining(dir.path(), word).isEmpty()); // the scan does find it

    const auto page = replica->applyChanges({}, {1}, 99, &error);
    INFO(error.toStdString());
    REQUIRE(page);
    CHECK(page->traceFree);
    const QStringList leaks = filesContaining(dir.path(), word);
    INFO(leaks.join(QLatin1Char(' ')).toStdString());
    CHECK(leaks.isEmpty());
    // The index still answers for the others.
    ReportCatalog catalog(replica->databasePath(), replica->labelPolicy());
    loadCatalog(catalog);
    CatalogFilter f;
    f.text = QStringLiteral("biasa");
    CHECK(run(catalog, f, CatalogSort::Id, Qt::AscendingOrder, 0).size() == 2000);
    f.text = w;
    CHECK(run(catalog, f, CatalogSort::Id, Qt::AscendingOrder, 0).empty());
}

TEST_CASE("catalog: nearby reports for triage equal a brute force over great-circle distances")
{
    const LabelPolicy policy = LabelPolicy::builtIn();
    ReportCatalog catalog(QString(), policy);
    QRandomGenerator rng(20261128);
    QVector<Report> reports;
    const QDateTime t0 = QDateTime(QDate(2026, 10, 1), QTime(2, 0), Qt::UTC);
    const QString labels[] = {QStringLiteral("sampah"), QStringLiteral("jalan_rusak")};
    const Status statuses[] = {Status::Baru, Status::Ditolak, Status::Duplikat, Status::Ditugaskan};
    for (qint64 id = 1; id <= 4000; ++id) {
        Report r = makeReport(id, QStringLiteral("r"));
        r.label = labels[rng.bounded(2)];
        r.status = statuses[rng.bounded(4)];
        // A cluster around the market and a wider spread, so every limit matters.
        const double spread = id % 3 == 0 ? 0.002 : 0.02;
        r.lat = -8.05 + (rng.generateDouble() - 0.5) * spread;
        r.lon = 111.71 + (rng.generateDouble() - 0.5) * spread;
        r.requestedAt = t0.addSecs(rng.bounded(40 * 24 * 3600));
        reports.push_back(r);
    }
    catalog.putReports(reports);

    const auto haversine = [](double lat1, double lon1, double lat2, double lon2) {
        constexpr double rad = 3.14159265358979323846 / 180.0;
        const double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
        const double a =
            std::sin(dLat / 2) * std::sin(dLat / 2) +
            std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
        return 2 * 6371008.8 * std::asin(std::sqrt(a));
    };
    const double radius = 500, dupMetres = 150;
    const qint64 window = 30 * 24 * 3600, dupSeconds = 72 * 3600;
    for (qint64 probe : {3, 6, 10, 77, 1500, 3999}) {
        const Report &me = reports.at(probe - 1);
        const auto found = catalog.nearby(probe, radius, window, dupMetres, dupSeconds, 10000);
        QSet<qint64> got;
        for (const auto &n : found)
            got.insert(n.id);
        int compared = 0;
        for (const Report &o : reports) {
            if (o.id == probe)
                continue;
            const double d = haversine(me.lat, me.lon, o.lat, o.lon);
            const qint64 dt = me.requestedAt.secsTo(o.requestedAt);
            // Within a metre of the edge the two formulas may disagree; skip those.
            if (std::abs(d - radius) < 1 || std::abs(d - dupMetres) < 1)
                continue;
            const bool expected = d <= radius && std::abs(dt) <= window;
            CHECK(got.contains(o.id) == expected);
            if (!expected)
                continue;
            ++compared;
            const auto it = std::find_if(found.begin(), found.end(),
                                         [&](const auto &n) { return n.id == o.id; });
            REQUIRE(it != found.end());
            CHECK(std::abs(it->metres - d) < 1);
            CHECK(it->secondsApart == dt);
            CHECK(it->sameLabel == (o.label == me.label));
            CHECK(it->likely ==
                  (o.label == me.label && d <= dupMetres && std::abs(dt) <= dupSeconds &&
                   o.status != Status::Ditolak && o.status != Status::Duplikat));
        }
        INFO("probe " << probe);
        CHECK(compared > 0);
        // Likely duplicates first, then the same label, then nearest first.
        for (size_t i = 1; i < found.size(); ++i) {
            const auto &a = found[i - 1], &b = found[i];
            const auto key = [](const ReportCatalog::Nearby &n) {
                return std::make_tuple(!n.likely, !n.sameLabel, n.metres);
            };
            CHECK(key(a) <= key(b));
        }
    }
    // The limit keeps the best ones; an unknown report has no neighbours.
    const auto all = catalog.nearby(3, radius, window, dupMetres, dupSeconds, 10000);
    const auto few = catalog.nearby(3, radius, window, dupMetres, dupSeconds, 3);
    REQUIRE(all.size() > 3);
    REQUIRE(few.size() == 3);
    for (size_t i = 0; i < 3; ++i)
        CHECK(few[i].id == all[i].id);
    CHECK(catalog.nearby(999999, radius, window, dupMetres, dupSeconds, 10).empty());
}
