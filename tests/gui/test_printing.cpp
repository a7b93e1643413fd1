// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the command centre (issue 6) against a real posko-hub: the weekly evaluation
// and the work order as PDF files, read back with poppler-utils.
#include "core/domain/squad.h"
#include "core/stats/statsengine.h"
#include "pdfreader.h"
#include "ui/common/palette.h"
#include "ui/map/mapview.h"
#include "ui/supervisor/dashboardpanel.h"
#include "ui/supervisor/overviewwindow.h"
#include "ui/supervisor/weeklyreportdialog.h"
#include "workstationfixture.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QTableView>

using namespace posko;
using namespace posko::test;

namespace {

// Accepts the save dialog `name` of `window` with `file`, as the operator would.
void saveWith(QWidget &window, const QString &name, const QString &file)
{
    QFileDialog *dialog = nullptr;
    REQUIRE(waitFor([&] {
        dialog = window.findChild<QFileDialog *>(name);
        return dialog && dialog->isVisible();
    }));
    dialog->selectFile(file);
    QMetaObject::invokeMethod(dialog, "accept");
}

} // namespace

TEST_CASE("the weekly evaluation from the command centre is a PDF in Bahasa Indonesia with the "
          "engine's figures while the screen speaks English")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    for (int i = 0; i < 3; ++i)
        postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.06 - i * 0.001, 111.72,
                          QStringLiteral("Sampah menumpuk %1").arg(i));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    ui::MainWindow &window = ws.open(f, 3);
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));

    auto *action = window.findChild<QAction *>(QStringLiteral("weeklyReportAction"));
    REQUIRE(action);
    action->trigger();
    ui::WeeklyReportDialog *dialog = window.weeklyReportDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The default is the last whole week; the reports were sent this week.
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    CHECK(dialog->monday() < today.addDays(1 - today.dayOfWeek()));
    dialog->setWeek(today);
    CHECK(dialog->monday() == today.addDays(1 - today.dayOfWeek()));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("evaluasi.pdf"));
    QSignalSpy saved(dialog, &ui::WeeklyReportDialog::saved);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("weeklyReportSave"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    saveWith(*dialog, QStringLiteral("weeklyReportFileDialog"), file);
    REQUIRE(waitFor([&] { return !saved.isEmpty(); }));
    CHECK(saved.first().at(1).toString().isEmpty());

    const QString text = pdfText(file);
    CHECK(text.contains(QStringLiteral("Evaluasi Mingguan Penanganan Laporan Warga")));
    INFO(text.left(400).toStdString());
    CHECK(text.contains(QStringLiteral("oleh budi")));
    CHECK_FALSE(text.contains(QStringLiteral("Received")));
    const stats::StatsEngine engine(ws.flow.replica()->databasePath(),
                                    ws.flow.replica()->labelPolicy());
    const auto week =
        engine.compute(stats::Period::fromWibDates(dialog->monday(), dialog->monday().addDays(6)),
                       stats::Grouping::Kecamatan, 10);
    REQUIRE(week);
    REQUIRE(week->total.received == 3);
    // The glance's first figure is the week's received count.
    CHECK(weeklyReceived(text) == 3);

    // From the squad performance window: the week of its period's last day.
    window.openDashboard();
    const QDate last = today.addDays(-8);
    window.dashboard()->setPeriod(today.addDays(-30), last);
    auto *fromDashboard =
        window.dashboard()->findChild<QPushButton *>(QStringLiteral("dashboardWeeklyReport"));
    REQUIRE(fromDashboard);
    QTest::mouseClick(fromDashboard, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->monday() == last.addDays(1 - last.dayOfWeek()));

    // A file that cannot be written: a message, nothing written, the dialog stays usable.
    saved.clear();
    const QString bad = dir.filePath(QStringLiteral("no-such-folder/evaluasi.pdf"));
    dialog->saveTo(bad);
    REQUIRE(waitFor([&] { return !saved.isEmpty(); }));
    CHECK_FALSE(saved.first().at(1).toString().isEmpty());
    CHECK_FALSE(QFileInfo::exists(bad));
    CHECK(save->isEnabled());
}

TEST_CASE("a work order of the selected reports: a page each with the citizen's photo, a map "
          "excerpt with the squad's pin, and the deadline")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const qint64 road = postCitizenReportWithPhoto(
        hub, f.apiKey, QStringLiteral("jalan_rusak"), QStringLiteral("-8.0512"),
        QStringLiteral("111.7105"), QStringLiteral("Jalan berlubang besar"),
        jpegOf(QColor(90, 60, 40)));
    const qint64 flood = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000,
                                           111.8000, QStringLiteral("Banjir di sawah"))
                             .toLongLong();
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 2);
    window.table()->setFocus();
    window.selectReport(road);
    REQUIRE(waitFor([&] { return window.currentReportId() == road; }));
    QTest::keyClick(window.table(), Qt::Key_3); // orange
    REQUIRE(waitFor([&] { return ws.flow.replica()->report(road)->squad == Squad::Orange; }));
    window.table()->selectAll();

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("perintah.pdf"));
    QSignalSpy finished(&window, &ui::MainWindow::workOrderFinished);
    auto *action = window.findChild<QAction *>(QStringLiteral("workOrderAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::Print));
    action->trigger();
    saveWith(window, QStringLiteral("workOrderDialog"), file);
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }));
    INFO(finished.first().at(2).toString().toStdString());
    CHECK(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toInt() == 2);

    CHECK(pdfInfo(file).value(QStringLiteral("Pages")) == QStringLiteral("2"));
    const QVector<PdfImage> images = pdfImages(file);
    // Page 1 (the road, the lower id): the citizen's photo and the map; page 2 the map alone.
    REQUIRE(images.size() == 3);
    CHECK((images[0].page == 1 && images[0].width == 640 && images[0].height == 480));
    CHECK((images[1].page == 1 && images[1].width == 760 && images[1].height == 600));
    CHECK((images[2].page == 2 && images[2].width == 760));
    const QStringList pages = pdfText(file).split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 2);
    CHECK(pages[0].contains(QStringLiteral("Laporan #%1").arg(road)));
    CHECK(pages[0].contains(QStringLiteral("Pasukan Oranye")));
    CHECK(pages[0].contains(QStringLiteral("Jalan berlubang besar")));
    CHECK(pages[0].contains(QStringLiteral("Tenggat")));
    CHECK(pages[1].contains(QStringLiteral("Laporan #%1").arg(flood)));
    CHECK(pages[1].contains(QStringLiteral("Warga tidak mengirim foto.")));

    // The map excerpt: the report's pin in its squad's colour at the centre, land around it.
    REQUIRE(QProcess::execute(QStringLiteral("pdfimages"),
                              {QStringLiteral("-j"), QStringLiteral("-f"), QStringLiteral("1"),
                               QStringLiteral("-l"), QStringLiteral("1"), file,
                               dir.filePath(QStringLiteral("img"))}) == 0);
    const QImage map(dir.filePath(QStringLiteral("img-001.jpg")));
    REQUIRE(map.size() == QSize(760, 600));
    const QColor pin = map.pixelColor(380, 291);
    const QColor orange = ui::squadColor(Squad::Orange);
    INFO("pin " << pin.name().toStdString() << " squad " << orange.name().toStdString());
    CHECK(std::abs(pin.red() - orange.red()) + std::abs(pin.green() - orange.green()) +
              std::abs(pin.blue() - orange.blue()) <
          60);
    const QColor corner = map.pixelColor(60, 60);
    CHECK(corner != pin);
}

TEST_CASE("covert reports reach no view or export of a user without clearance: table, map, squad "
          "performance, overview, CSV, weekly evaluation and work order")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512, 111.7105,
                      QStringLiteral("Jalan berlubang"));
    // pungutan_liar goes to the covert squad by default.
    postCitizenReport(hub, f.apiKey, QStringLiteral("pungutan_liar"), -8.0600, 111.7000,
                      QStringLiteral("Pungutan liar di pasar"));

    struct Seen
    {
        int table = 0;
        quint64 map = 0;
        qint64 dashboard = 0;
        bool dashboardCovert = false;
        int overviewLatest = 0;
        qint64 csvRows = 0;
        QString csv;
        QString weekly;
        int workOrderPages = 0;
        QString workOrder;
    };
    const auto look = [&](const QString &user, const QString &password, int rows) {
        Seen seen;
        Workstation ws(f);
        REQUIRE(ws.logIn(hub, user, password));
        ui::MainWindow &window = ws.open(f, rows);
        seen.table = window.model()->rowCount();
        window.map()->zoomToAll();
        for (const ClusterItem &item : window.map()->visibleItems())
            seen.map += item.count;

        window.openDashboard();
        ui::DashboardPanel *dashboard = window.dashboard();
        REQUIRE(dashboard);
        for (const int grouping : {0, 2}) { // by squad, by label
            QSignalSpy refreshed(dashboard, &ui::DashboardPanel::refreshed);
            dashboard->groupingBox()->setCurrentIndex(grouping);
            dashboard->refresh();
            REQUIRE(waitFor([&] { return !refreshed.isEmpty() && dashboard->result(); }));
            seen.dashboard = dashboard->result()->total.received;
            for (const stats::UnitFigures &u : dashboard->result()->units)
                seen.dashboardCovert |=
                    u.key == QStringLiteral("covert") || u.key == QStringLiteral("pungutan_liar");
        }
        dashboard->close();

        window.openOverview();
        QSignalSpy overviewDone(window.overview(), &ui::OverviewWindow::refreshed);
        window.overview()->refresh();
        REQUIRE(waitFor([&] { return !overviewDone.isEmpty(); }));
        seen.overviewLatest = window.overview()->latest()->count();
        window.overview()->close();

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("laporan.csv"));
        seen.csvRows = window.exportTable(csv).value_or(-1);
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        seen.csv = QString::fromUtf8(file.readAll());

        window.openWeeklyReport();
        ui::WeeklyReportDialog *weekly = window.weeklyReportDialog();
        weekly->setWeek(QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date());
        QSignalSpy saved(weekly, &ui::WeeklyReportDialog::saved);
        const QString pdf = dir.filePath(QStringLiteral("evaluasi.pdf"));
        weekly->saveTo(pdf);
        REQUIRE(waitFor([&] { return !saved.isEmpty(); }));
        REQUIRE(saved.first().at(1).toString().isEmpty());
        seen.weekly = pdfText(pdf);
        weekly->close();

        QVector<qint64> all;
        for (int row = 0; row < window.model()->rowCount(); ++row)
            all << window.model()->reportIdAt(row);
        QSignalSpy printed(&window, &ui::MainWindow::workOrderFinished);
        const QString order = dir.filePath(QStringLiteral("perintah.pdf"));
        window.printWorkOrder(all, order);
        REQUIRE(waitFor([&] { return !printed.isEmpty(); }, 30000));
        REQUIRE(printed.first().at(0).toBool());
        seen.workOrderPages = pdfInfo(order).value(QStringLiteral("Pages")).toInt();
        seen.workOrder = pdfText(order);
        return seen;
    };

    const Seen sari = look(QStringLiteral("sari"), QStringLiteral("rahasia-123"), 1);
    CHECK(sari.table == 1);
    CHECK(sari.map == 1);
    CHECK(sari.dashboard == 1);
    CHECK_FALSE(sari.dashboardCovert);
    CHECK(sari.overviewLatest == 1);
    CHECK(sari.csvRows == 1);
    CHECK_FALSE(sari.csv.contains(QStringLiteral("pungutan_liar")));
    CHECK_FALSE(sari.csv.contains(QStringLiteral("Pungutan liar di pasar")));
    CHECK(weeklyReceived(sari.weekly) == 1);
    CHECK(sari.workOrderPages == 1);
    CHECK_FALSE(sari.workOrder.contains(QStringLiteral("Pungutan liar")));

    // The cleared supervisor sees both everywhere: the checks above can tell.
    const Seen budi = look(QStringLiteral("budi"), QStringLiteral("rahasia-456"), 2);
    CHECK(budi.table == 2);
    CHECK(budi.map == 2);
    CHECK(budi.dashboard == 2);
    CHECK(budi.dashboardCovert);
    CHECK(budi.overviewLatest == 2);
    CHECK(budi.csvRows == 2);
    CHECK(budi.csv.contains(QStringLiteral("pungutan_liar")));
    CHECK(weeklyReceived(budi.weekly) == 2);
    CHECK(budi.workOrderPages == 2);
    CHECK(budi.workOrder.contains(QStringLiteral("Pungutan liar di pasar")));
}
