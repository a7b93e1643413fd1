// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/clock.h"
#include "core/geo/areas.h"
#include "core/sla/sla.h"
#include "core/storage/replica.h"
#include "core/storage/reportcatalog.h"
#include "ui/common/palette.h"
#include "ui/common/timeformat.h"
#include "ui/reports/reportfilterbar.h"
#include "ui/reports/reporttablemodel.h"

#include "catch.h"
#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace posko;
using posko::ui::ReportTableModel;

namespace {
const QDateTime t0(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);

Report make(qint64 id, const QString &label, qint64 minutesAgo, std::optional<Squad> squad = {},
            Status status = Status::Baru)
{
    Report r;
    r.id = id;
    r.label = label;
    r.status = status;
    r.squad = squad;
    r.lat = -8.05;
    r.lon = 111.7;
    r.kecamatan = QStringLiteral("35.03.11");
    r.requestedAt = r.updatedAt = r.statusSince = t0.addSecs(-minutesAgo * 60);
    r.description = QStringLiteral("laporan %1").arg(id);
    return r;
}
} // namespace

TEST_CASE("the report table model passes QAbstractItemModelTester through every change")
{
    ManualClock clock(t0);
    ReportTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setReports(
        {make(1, QStringLiteral("sampah"), 60), make(2, QStringLiteral("banjir"), 10),
         make(3, QStringLiteral("jalan_rusak"), 600, Squad::Orange, Status::Ditugaskan)});
    REQUIRE(model.rowCount() == 3);
    // Default order: newest id first.
    CHECK(model.reportIdAt(0) == 3);

    model.sort(ReportTableModel::ColId, Qt::AscendingOrder);
    CHECK(model.reportIdAt(0) == 1);
    CHECK(model.rowOf(3) == 2);

    model.upsert(make(4, QStringLiteral("sampah"), 1));
    CHECK(model.rowCount() == 4);
    CHECK(model.reportIdAt(3) == 4); // inserted at its sorted place
    model.remove(2);
    CHECK(model.rowCount() == 3);
    CHECK(model.rowOf(2) == -1);
    CHECK(model.rowOf(4) == 2);
}

TEST_CASE("the SLA column counts down with the clock and colours the state")
{
    ManualClock clock(t0);
    ReportTableModel model(clock);
    // banjir: response target 30 minutes.
    model.setReports({make(1, QStringLiteral("banjir"), 10)});
    const QModelIndex sla = model.index(0, ReportTableModel::ColSla);
    CHECK(model.data(sla).toString() == QStringLiteral("20 m"));
    CHECK(model.data(sla, ReportTableModel::SlaStateRole).toInt() == int(SlaState::Ok));
    CHECK(model.data(sla, Qt::BackgroundRole).value<QColor>() == ui::slaColor(SlaState::Ok));

    clock.advanceSecs(15 * 60); // 25 of 30 minutes gone: past the 75 % warning share
    CHECK(model.data(sla, ReportTableModel::SlaStateRole).toInt() == int(SlaState::Warning));
    clock.advanceSecs(10 * 60);
    CHECK(model.data(sla, ReportTableModel::SlaStateRole).toInt() == int(SlaState::Breached));
    CHECK(model.data(sla).toString() == QStringLiteral("−5 m"));
    CHECK(model.data(sla, Qt::BackgroundRole).value<QColor>() == ui::slaColor(SlaState::Breached));
}

TEST_CASE("sorting by SLA puts the most urgent first and the finished last")
{
    ManualClock clock(t0);
    ReportTableModel model(clock);
    model.setReports({make(1, QStringLiteral("sampah"), 60), // 7 h left
                      make(2, QStringLiteral("banjir"), 40), // 10 min overdue
                      make(3, QStringLiteral("sampah"), 10, Squad::Yellow, Status::Ditutup),
                      make(4, QStringLiteral("kebakaran"), 5)}); // 10 min left
    model.sort(ReportTableModel::ColSla, Qt::AscendingOrder);
    CHECK(model.reportIdAt(0) == 2);
    CHECK(model.reportIdAt(1) == 4);
    CHECK(model.reportIdAt(2) == 1);
    CHECK(model.reportIdAt(3) == 3);
}

TEST_CASE("the squad column shows the squad's colour and pending reports are marked")
{
    ManualClock clock(t0);
    ReportTableModel model(clock);
    model.setReports({make(1, QStringLiteral("sampah"), 5, Squad::Yellow, Status::Ditugaskan),
                      make(2, QStringLiteral("sampah"), 5)});
    model.sort(ReportTableModel::ColId, Qt::AscendingOrder);
    const QModelIndex squad = model.index(0, ReportTableModel::ColSquad);
    CHECK(model.data(squad, Qt::BackgroundRole).value<QColor>() ==
          QColor(squadColorHex(Squad::Yellow)));
    CHECK(model.data(squad, ReportTableModel::SquadCodeRole).toString() ==
          QStringLiteral("yellow"));
    CHECK_FALSE(
        model.data(model.index(1, ReportTableModel::ColSquad), Qt::BackgroundRole).isValid());

    model.setPending({2});
    CHECK(model.data(model.index(1, 0), ReportTableModel::PendingRole).toBool());
    CHECK(model.data(model.index(1, ReportTableModel::ColStatus))
              .toString()
              .contains(QStringLiteral("pending")));
    CHECK_FALSE(model.data(model.index(0, 0), ReportTableModel::PendingRole).toBool());
}

TEST_CASE(
    "a large sync page is merged with one re-sort and keeps persistent indexes on their report")
{
    ManualClock clock(t0);
    ReportTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReports(
        {make(500, QStringLiteral("sampah"), 5), make(10, QStringLiteral("banjir"), 5)});
    // Default order is id descending: 500, 10.
    const QPersistentModelIndex held(model.index(1, 0));
    REQUIRE(model.reportIdAt(held.row()) == 10);

    QVector<Report> page;
    for (qint64 id = 1; id <= 100; ++id)
        if (id != 10)
            page.push_back(make(id * 7, QStringLiteral("jalan_rusak"), 5));
    Report changed = make(10, QStringLiteral("banjir"), 5, Squad::Orange, Status::Ditugaskan);
    page.push_back(changed);
    model.upsertMany(page);

    // Existing 500 and 10, plus 99 new ids (7, 14, … 700 without 70); 10 was updated in place.
    CHECK(model.rowCount() == 2 + 99);
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.reportIdAt(row - 1) > model.reportIdAt(row));
    REQUIRE(held.isValid());
    CHECK(model.reportIdAt(held.row()) == 10);
    CHECK(model
              .data(model.index(held.row(), ReportTableModel::ColSquad),
                    ReportTableModel::SquadCodeRole)
              .toString() == QStringLiteral("orange"));
}

namespace {
std::vector<qint64> modelIds(const ReportTableModel &model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.reportIdAt(row));
    return ids;
}

std::vector<qint64> sqlIds(const QString &path, const QString &sql)
{
    std::vector<qint64> ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("m"));
    return ids;
}
} // namespace

TEST_CASE("on a replica's catalog the model passes QAbstractItemModelTester and shows the query")
{
    ManualClock clock(t0);
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    QVector<Report> reports;
    const QStringList labels{QStringLiteral("sampah"), QStringLiteral("banjir"),
                             QStringLiteral("jalan_rusak")};
    for (qint64 id = 1; id <= 300; ++id) {
        Report r = make(id, labels.at(int(id % 3)), id * 7 % 500,
                        id % 4 ? std::optional<Squad>(Squad(id % 7)) : std::nullopt,
                        id % 4 ? Status::Ditugaskan : Status::Baru);
        r.description = QStringLiteral("laporan %1 %2")
                            .arg(id % 2 ? QStringLiteral("jalan") : QStringLiteral("got"))
                            .arg(id);
        reports << r;
    }
    REQUIRE(replica->applyChanges(reports, {}, 1, &error));

    ReportCatalog catalog(replica->databasePath(), replica->labelPolicy());
    ReportTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(&catalog);
    QSignalSpy ready(&model, &ReportTableModel::rowsReady);
    QSignalSpy loaded(&catalog, &ReportCatalog::loaded);
    catalog.load();
    REQUIRE(loaded.wait(10000)); // the model has asked for the full rows by now
    while (model.isQuerying())
        REQUIRE(ready.wait(10000));
    const auto expect = [&](CatalogSort sort, Qt::SortOrder order) {
        return sqlIds(replica->databasePath(),
                      *ReportCatalog::sqlFor(model.filter(), sort, order, replica->labelPolicy()));
    };
    CHECK(model.rowCount() == 300);
    CHECK(modelIds(model) == expect(CatalogSort::Id, Qt::DescendingOrder));

    // Filter (a reset), then text (FTS on the worker), then a sort (a layout change that keeps
    // a persistent index on its report).
    CatalogFilter f;
    f.label = QStringLiteral("banjir");
    model.setFilter(f);
    REQUIRE(ready.wait(10000));
    CHECK(modelIds(model) == expect(CatalogSort::Id, Qt::DescendingOrder));
    f.text = QStringLiteral("JAL");
    model.setFilter(f);
    REQUIRE(ready.wait(10000));
    CHECK(model.rowCount() > 10);
    CHECK(modelIds(model) == expect(CatalogSort::Id, Qt::DescendingOrder));
    const QPersistentModelIndex held(model.index(3, 0));
    const qint64 heldId = model.reportIdAt(3);
    model.sort(ReportTableModel::ColDescription, Qt::AscendingOrder);
    REQUIRE(ready.wait(10000));
    CHECK(modelIds(model) == expect(CatalogSort::Description, Qt::AscendingOrder));
    REQUIRE(held.isValid());
    CHECK(model.reportIdAt(held.row()) == heldId);

    // A sync page: changed, new and removed reports arrive as row signals, not a reset.
    QVector<Report> page;
    Report moved = reports.at(1); // id 2: sampah, "got": leaves the filter
    moved.label = QStringLiteral("banjir");
    moved.description = QStringLiteral("jalan amblas");
    page << moved;
    Report fresh = make(1000, QStringLiteral("banjir"), 3);
    fresh.description = QStringLiteral("jalan tergenang");
    page << fresh;
    const qint64 gone = model.reportIdAt(0) == heldId ? model.reportIdAt(1) : model.reportIdAt(0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const auto applied = replica->applyChanges(page, {gone}, 2, &error);
    REQUIRE(applied);
    catalog.refresh(applied->updated);
    catalog.remove(applied->removed);
    REQUIRE(ready.wait(10000));
    while (model.isQuerying())
        REQUIRE(ready.wait(10000));
    CHECK(modelIds(model) == expect(CatalogSort::Description, Qt::AscendingOrder));
    CHECK(model.rowOf(1000) >= 0);
    CHECK(model.rowOf(2) >= 0);
    CHECK(model.rowOf(gone) == -1);
    CHECK(resets.isEmpty());
    REQUIRE(held.isValid());
    CHECK(model.reportIdAt(held.row()) == heldId);
    CHECK(model.data(model.index(model.rowOf(1000), ReportTableModel::ColDescription)).toString() ==
          QStringLiteral("jalan tergenang"));
}

TEST_CASE("the filter bar shows a given filter and keeps named filters in the settings")
{
    const AreaCatalog areas = AreaCatalog::builtIn();
    const LabelPolicy policy = LabelPolicy::builtIn();
    const Desa &desa = areas.desa().at(3);
    CatalogFilter f;
    f.text = QStringLiteral("banjir jalan");
    f.label = QStringLiteral("banjir");
    f.squad = int(Squad::Orange);
    f.status = int(Status::Ditugaskan);
    f.kecamatan = desa.kecamatanCode;
    f.desa = desa.code;
    f.sla = int(SlaState::Breached);
    // 1-7 November 2026 in WIB: midnight WIB is 17:00 UTC the day before.
    f.receivedFrom = QDateTime(QDate(2026, 10, 31), QTime(17, 0), Qt::UTC).toSecsSinceEpoch();
    f.receivedTo = QDateTime(QDate(2026, 11, 7), QTime(17, 0), Qt::UTC).toSecsSinceEpoch();
    f.photoOnly = true;

    ui::ReportFilterBar bar(areas);
    bar.setPolicy(policy);
    QSignalSpy changed(&bar, &ui::ReportFilterBar::filterChanged);
    bar.setFilter(f);
    CHECK(bar.filter() == f); // every field maps to a widget and back
    CHECK(changed.count() == 1);

    bar.saveCurrent(QStringLiteral("Banjir ditugaskan"));
    bar.clear();
    CHECK(bar.filter() == CatalogFilter{});
    CHECK_FALSE(bar.applySaved(QStringLiteral("tidak ada")));
    REQUIRE(bar.applySaved(QStringLiteral("Banjir ditugaskan")));
    CHECK(bar.filter() == f);

    // Another bar (the next start) finds it; deleting removes it for good.
    ui::ReportFilterBar next(areas);
    next.setPolicy(policy);
    CHECK(next.savedNames() == QStringList{QStringLiteral("Banjir ditugaskan")});
    next.deleteSaved(QStringLiteral("Banjir ditugaskan"));
    CHECK(bar.savedNames().isEmpty());
}

TEST_CASE("a working-clock label counts down working time in hours and stands still off hours")
{
    // ktp_kk_akta counts working time (shipped calendar: Fri 07:30-11:30 and 13:00-16:30 WIB).
    // Submitted Friday 27 November 15:00 WIB; seen Saturday noon WIB.
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC));
    ReportTableModel model(clock);
    model.setReports(
        {make(1, QStringLiteral("ktp_kk_akta"), -8 * 60, Squad::Red, Status::Ditugaskan)});
    const QModelIndex sla = model.index(0, ReportTableModel::ColSla);
    // Resolution: 75 working hours, 1.5 of them on Friday afternoon.
    CHECK(model.data(sla).toString() == QStringLiteral("73 h 30 m"));
    CHECK(model.data(sla, ReportTableModel::SlaStateRole).toInt() == int(SlaState::Ok));
    CHECK(model.data(sla, Qt::ToolTipRole).toString().contains(QStringLiteral("working hours")));
    clock.advanceSecs(24 * 3600); // Sunday: nothing counts
    CHECK(model.data(sla).toString() == QStringLiteral("73 h 30 m"));
    clock.advanceSecs(20 * 3600 + 30 * 60); // Monday 08:30 WIB: one working hour more
    CHECK(model.data(sla).toString() == QStringLiteral("72 h 30 m"));
}

TEST_CASE("times show in WIB, in the Indonesian way when the interface is Indonesian")
{
    const QLocale before;
    const QDateTime utc(QDate(2026, 11, 28), QTime(17, 5), Qt::UTC); // 00:05 WIB the next day
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    CHECK(ui::formatWib(utc) == QStringLiteral("29/11/2026 00.05 WIB"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(ui::formatWib(utc) == QStringLiteral("29/11/2026 00:05 WIB"));
    CHECK(ui::formatWib(QDateTime()).isEmpty());
    QLocale::setDefault(before);
}
