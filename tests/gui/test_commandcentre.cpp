// SPDX-License-Identifier: GPL-3.0-or-later
// The command centre against the real posko-hub: log in through the dialog, see the reports,
// assign one with a key press, and find the assignment on the hub.
#include "core/domain/clock.h"
#include "core/storage/replica.h"
#include "core/sync/presenceclient.h"
#include "core/sync/syncclient.h"
#include "httpclient.h"
#include "hubprocess.h"
#include "mbtileswriter.h"
#include "ui/common/palette.h"
#include "ui/main/logindialog.h"
#include "ui/main/loginflow.h"
#include "ui/main/mainwindow.h"
#include "ui/main/settingsdialog.h"
#include "ui/main/shortcutoverlay.h"
#include "ui/main/slanotifier.h"
#include "ui/map/basemapchoice.h"
#include "ui/map/mapview.h"
#include "ui/reports/reportdetailpanel.h"
#include "ui/reports/reportfilterbar.h"
#include "ui/reports/reportqueuebar.h"
#include "ui/reports/reporttablemodel.h"
#include "ui/reports/reviewpanel.h"
#include "workstationfixture.h"

#include "catch.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <cmath>
#include <memory>

using namespace posko;
using namespace posko::test;

TEST_CASE("an operator logs in, sees the reports, assigns one with a key press, and the hub has it")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512, 111.7105,
                      QStringLiteral("Jalan berlubang di depan pasar"));
    const QString rubbish =
        postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                          QStringLiteral("Sampah menumpuk di sungai"));
    postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000, 111.8000,
                      QStringLiteral("Banjir setinggi lutut"));

    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    CHECK(ws.dialog.result() == QDialog::Accepted);
    auto &flow = ws.flow;
    // The first sync brings the three reports into the table.
    ui::MainWindow &window = ws.open(f, 3);
    CHECK(window.syncIndicator()->text().contains(QStringLiteral("Synced")));

    // Select the rubbish report and press 5: the yellow squad.
    window.selectReport(rubbish.toLongLong());
    window.table()->setFocus();
    REQUIRE(window.currentReportId() == rubbish.toLongLong());
    QTest::keyClick(window.table(), Qt::Key_5);

    const int row = window.model()->rowOf(rubbish.toLongLong());
    CHECK(window.model()
              ->data(window.model()->index(row, ui::ReportTableModel::ColSquad),
                     ui::ReportTableModel::SquadCodeRole)
              .toString() == QStringLiteral("yellow"));

    // The outbox drains and the hub has the assignment, exactly once.
    REQUIRE(waitFor([&] { return flow.replica()->pendingCount() == 0; }));
    CHECK(flow.replica()->failedCount() == 0);
    const QJsonObject onHub = open311Request(hub, rubbish);
    CHECK(onHub.value(QStringLiteral("agency_responsible")).toString() == QStringLiteral("yellow"));
    const auto local = flow.replica()->report(rubbish.toLongLong());
    REQUIRE(local);
    CHECK(local->status == Status::Ditugaskan);
    REQUIRE(waitFor([&] {
        const auto r = flow.replica()->report(rubbish.toLongLong());
        int n = 0;
        for (const HistoryEntry &h : r->history)
            n += h.kind == QLatin1String("assign");
        return n == 1 && r->history.back().actor == QStringLiteral("sari");
    }));
    // The detail panel shows the report with its history.
    CHECK(window.detail()->reportId() == rubbish.toLongLong());
}

TEST_CASE("a wrong password keeps the dialog open with a clear message")
{
    Fixture f;
    ui::LoginDialog dialog;
    ui::LoginFlow flow(f.clock, f.nam, f.data.path(), dialog);
    QSignalSpy loggedIn(&flow, &ui::LoginFlow::loggedIn);
    dialog.show();
    typeLogin(dialog, f.hub.url(), QStringLiteral("sari"), QStringLiteral("salah"));
    REQUIRE(waitFor([&] {
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->accessibleName() == QStringLiteral("Log-in message") && !l->text().isEmpty() &&
                !l->text().startsWith(QStringLiteral("Logging in")))
                return true;
        return false;
    }));
    CHECK(loggedIn.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("the covert squad exists in the UI only for users with clearance")
{
    Fixture f;
    for (const auto &[user, password, cleared] :
         {std::tuple{QStringLiteral("sari"), QStringLiteral("rahasia-123"), false},
          std::tuple{QStringLiteral("budi"), QStringLiteral("rahasia-456"), true}}) {
        Workstation ws(f);
        REQUIRE(ws.logIn(f.hub.url(), user, password));
        ui::MainWindow window(*ws.flow.replica(), *ws.flow.dispatch(), *ws.flow.sync(), f.clock);
        auto *covertAction = window.findChild<QAction *>(QStringLiteral("assignAction_covert"));
        REQUIRE(covertAction);
        CHECK(covertAction->isEnabled() == cleared);
        CHECK(window.detail()->squadButton(Squad::Covert)->isHidden() == !cleared);
        CHECK(window.findChild<QAction *>(QStringLiteral("assignAction_orange"))->isEnabled());
    }
}

TEST_CASE("an expired session asks for the password again and then sends the kept action")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString id = postCitizenReport(hub, f.apiKey, QStringLiteral("pohon_tumbang"), -8.0712,
                                         111.7333, QStringLiteral("Pohon tumbang menutup jalan"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    auto &flow = ws.flow;
    ui::MainWindow &window = ws.open(f, 1);

    // The hub no longer knows this token: what a 12-hour expiry looks like to the workstation.
    Session stale = flow.sync()->session();
    stale.token = QStringLiteral("no-longer-valid");
    flow.sync()->setSession(stale);

    window.selectReport(id.toLongLong());
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_3); // orange
    REQUIRE(waitFor([&] { return window.reloginDialog() && window.reloginDialog()->isVisible(); }));
    CHECK(flow.replica()->pendingCount() == 1);
    CHECK(window.syncIndicator()->text().contains(QStringLiteral("Session expired")));

    // Hub and user are fixed; only the password is asked.
    ui::LoginDialog *again = window.reloginDialog();
    CHECK(again->findChild<QLineEdit *>(QStringLiteral("user"))->isReadOnly());
    auto *pass = again->findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(pass, QStringLiteral("rahasia-123"));
    QTest::keyClick(pass, Qt::Key_Return);

    REQUIRE(waitFor(
        [&] { return window.reloginDialog() == nullptr && flow.replica()->pendingCount() == 0; }));
    CHECK(flow.replica()->failedCount() == 0);
    CHECK(open311Request(hub, id).value(QStringLiteral("agency_responsible")).toString() ==
          QStringLiteral("orange"));
}

TEST_CASE("an action that lost a race is shown as failed with who changed the report, and can be "
          "dismissed")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString id = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                                         QStringLiteral("Sampah di saluran"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    auto &flow = ws.flow;
    ui::MainWindow &window = ws.open(f, 1);

    // Meanwhile the supervisor assigns it to the blue squad on another workstation.
    test::HttpClient http(hub);
    const test::Headers budi = http.login(QStringLiteral("budi"), QStringLiteral("rahasia-456"));
    REQUIRE_FALSE(budi.isEmpty());
    test::Headers headers = budi;
    headers.append({QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("budi-1")});
    REQUIRE(http.postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(id),
                          {{QStringLiteral("type"), QStringLiteral("assign")},
                           {QStringLiteral("squad"), QStringLiteral("blue")},
                           {QStringLiteral("base_version"), 1}},
                          headers)
                .status == 200);

    // The operator, still seeing version 1, presses 5 (yellow): the hub refuses it.
    window.selectReport(id.toLongLong());
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_5);
    REQUIRE(
        waitFor([&] { return flow.replica()->failedCount() == 1 && !flow.sync()->isSyncing(); }));
    CHECK(flow.replica()->pendingCount() == 0);
    QToolButton *outbox = window.outboxIndicator();
    CHECK(outbox->text().contains(QStringLiteral("1 failed")));
    CHECK(outbox->toolTip().contains(QStringLiteral("budi")));
    // Nothing was silently overwritten: the hub keeps blue, and so does the table.
    CHECK(open311Request(hub, id).value(QStringLiteral("agency_responsible")).toString() ==
          QStringLiteral("blue"));
    REQUIRE(waitFor([&] {
        const int row = window.model()->rowOf(id.toLongLong());
        return window.model()
                   ->data(window.model()->index(row, ui::ReportTableModel::ColSquad),
                          ui::ReportTableModel::SquadCodeRole)
                   .toString() == QStringLiteral("blue");
    }));

    QAction *dismiss = outbox->menu()->findChild<QAction *>(QStringLiteral("dismissFailed"));
    REQUIRE(dismiss);
    dismiss->trigger();
    CHECK(flow.replica()->failedCount() == 0);
    CHECK_FALSE(outbox->text().contains(QStringLiteral("failed")));
}

TEST_CASE("an action that lost a race can be redone on the current state from the outbox menu")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString id = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                                         QStringLiteral("Sampah di saluran"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    auto &flow = ws.flow;
    ui::MainWindow &window = ws.open(f, 1);

    // The supervisor assigns it to blue on another workstation first.
    test::HttpClient http(hub);
    test::Headers headers = http.login(QStringLiteral("budi"), QStringLiteral("rahasia-456"));
    REQUIRE_FALSE(headers.isEmpty());
    headers.append({QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("budi-redo-1")});
    REQUIRE(http.postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(id),
                          {{QStringLiteral("type"), QStringLiteral("assign")},
                           {QStringLiteral("squad"), QStringLiteral("blue")},
                           {QStringLiteral("base_version"), 1}},
                          headers)
                .status == 200);

    // The operator presses 5 (yellow) on version 1: refused, shown with who and what.
    window.selectReport(id.toLongLong());
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_5);
    REQUIRE(
        waitFor([&] { return flow.replica()->failedCount() == 1 && !flow.sync()->isSyncing(); }));
    QToolButton *outbox = window.outboxIndicator();
    CHECK(outbox->toolTip().contains(QStringLiteral("budi")));
    CHECK(outbox->toolTip().contains(QStringLiteral("assigned to")));
    const OutboxItem failed = flow.replica()->outbox().constFirst();
    REQUIRE(failed.state == OutboxItem::State::Failed);

    // Redo: the same assignment on the new state (version 2), pending, then on the hub.
    auto *redo = outbox->menu()->findChild<QAction *>(QStringLiteral("redo-%1").arg(failed.id));
    REQUIRE(redo);
    redo->trigger();
    CHECK(flow.replica()->failedCount() == 0);
    REQUIRE(waitFor([&] {
        return flow.replica()->pendingCount() == 0 && flow.replica()->failedCount() == 0 &&
               !flow.sync()->isSyncing();
    }));
    CHECK(open311Request(hub, id).value(QStringLiteral("agency_responsible")).toString() ==
          QStringLiteral("yellow"));
    CHECK_FALSE(outbox->text().contains(QStringLiteral("failed")));
    // The hub's history keeps both: blue by budi, then yellow by sari.
    const test::HttpReply report =
        http.get(QStringLiteral("/api/v1/reports/%1").arg(id), headers.mid(0, 1));
    REQUIRE(report.status == 200);
    QStringList assigns;
    for (const QJsonValue &h : report.object().value(QStringLiteral("history")).toArray()) {
        const QJsonObject e = h.toObject();
        if (e.value(QStringLiteral("kind")).toString() == QStringLiteral("assign"))
            assigns << e.value(QStringLiteral("actor")).toString() + QLatin1Char('/') +
                           e.value(QStringLiteral("squad")).toString();
    }
    CHECK(assigns == QStringList{QStringLiteral("budi/blue"), QStringLiteral("sari/yellow")});
}

TEST_CASE("the filter bar narrows the table to the matching reports (text, label, kecamatan)")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString hole =
        postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512, 111.7105,
                          QStringLiteral("Jalan berlubang di depan pasar Pogalan"));
    const QString bridge =
        postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0540, 111.7150,
                          QStringLiteral("Jembatan retak, aspal amblas"));
    const QString rubbish =
        postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                          QStringLiteral("Sampah menumpuk di depan sekolah"));
    const QString flood = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000,
                                            111.8000, QStringLiteral("Banjir setinggi lutut"));

    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 4);
    auto *bar = window.filterBar();
    REQUIRE(bar);
    auto *text = bar->findChild<QLineEdit *>(QStringLiteral("filterText"));
    auto *label = bar->findChild<QComboBox *>(QStringLiteral("filterLabel"));
    auto *kecamatan = bar->findChild<QComboBox *>(QStringLiteral("filterKecamatan"));
    REQUIRE(text);
    REQUIRE(label);
    REQUIRE(kecamatan);
    ui::ReportTableModel *model = window.model();
    const auto shown = [&] {
        QSet<qint64> ids;
        for (int row = 0; row < window.table()->model()->rowCount(); ++row)
            ids.insert(window.table()
                           ->model()
                           ->index(row, 0)
                           .data(ui::ReportTableModel::ReportIdRole)
                           .toLongLong());
        return ids;
    };
    const auto ids = [](std::initializer_list<QString> list) {
        QSet<qint64> out;
        for (const QString &s : list)
            out.insert(s.toLongLong());
        return out;
    };

    // Text: a word prefix from the description, typed (debounced), case-insensitive.
    QTest::keyClicks(text, QStringLiteral("DEPAN"));
    CHECK(waitFor([&] { return shown() == ids({hole, rubbish}); }));
    QTest::keyClicks(text, QStringLiteral(" sek"));
    CHECK(waitFor([&] { return shown() == ids({rubbish}); }));
    text->clear();
    CHECK(waitFor([&] { return shown().size() == 4; }));

    // Label: the two road reports.
    const int roads = label->findData(QStringLiteral("jalan_rusak"));
    REQUIRE(roads > 0);
    label->setCurrentIndex(roads);
    CHECK(waitFor([&] { return shown() == ids({hole, bridge}); }));
    // Combined with text.
    QTest::keyClicks(text, QStringLiteral("jembatan"));
    QTest::keyClick(text, Qt::Key_Return);
    CHECK(waitFor([&] { return shown() == ids({bridge}); }));

    // Kecamatan: every report's own kecamatan, as the replica holds it.
    bar->clear();
    CHECK(waitFor([&] { return shown().size() == 4; }));
    const auto floodReport = ws.flow.replica()->report(flood.toLongLong());
    REQUIRE(floodReport);
    QSet<qint64> sameKecamatan;
    for (const Report &r : ws.flow.replica()->reports())
        if (r.kecamatan == floodReport->kecamatan)
            sameKecamatan.insert(r.id);
    const int kec = kecamatan->findData(floodReport->kecamatan);
    REQUIRE(kec > 0);
    kecamatan->setCurrentIndex(kec);
    CHECK(waitFor([&] { return shown() == sameKecamatan; }));
    CHECK(model->filter().kecamatan == floodReport->kecamatan);

    // A report that arrives while filtered shows up only if it matches.
    postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1001, 111.8001,
                      QStringLiteral("Banjir lagi di tempat yang sama"));
    ws.flow.sync()->syncNow();
    CHECK(waitFor([&] {
        return ws.flow.replica()->reports().size() == 5 && !ws.flow.sync()->isSyncing() &&
               !model->isQuerying();
    }));
    QSet<qint64> expected;
    for (const Report &r : ws.flow.replica()->reports())
        if (r.kecamatan == floodReport->kecamatan)
            expected.insert(r.id);
    CHECK(waitFor([&] { return shown() == expected; }));
}

TEST_CASE("a first sync in pages shows in the status bar how far the feed is and how fast")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    for (int i = 0; i < 12; ++i)
        postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601 + i * 0.001, 111.7203,
                          QStringLiteral("Sampah menumpuk %1").arg(i));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ws.flow.sync()->setPageSize(3);
    // Queued: read after the window's own slot has updated the indicator for that page.
    QStringList shown;
    QObject::connect(
        ws.flow.sync(), &SyncClient::syncProgress, ws.flow.sync(),
        [&] {
            if (ws.window)
                shown << ws.window->syncIndicator()->text();
        },
        Qt::QueuedConnection);
    ui::MainWindow &window = ws.open(f, 12);
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    const auto partial = std::count_if(shown.begin(), shown.end(), [](const QString &t) {
        return t.contains(QStringLiteral("% of the feed")) &&
               t.contains(QStringLiteral("a second"));
    });
    CHECK(partial >= 2); // 4 pages of 3: every page before the last says how far
    CHECK(window.syncIndicator()->text().contains(QStringLiteral("Synced")));
}

TEST_CASE("the inbox and watch queues count live and list the most urgent report first")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString road =
        postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512, 111.7105,
                          QStringLiteral("Jalan berlubang di depan pasar"));
    const QString rubbish =
        postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                          QStringLiteral("Sampah menumpuk di sungai"));
    const QString flood = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000,
                                            111.8000, QStringLiteral("Banjir setinggi lutut"));

    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    // 25 minutes later: the flood's 30-minute response target is past its warning share (75%),
    // the rubbish (8 h) and the road (24 h) are not.
    ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(25 * 60));
    ui::MainWindow window(*ws.flow.replica(), *ws.flow.dispatch(), *ws.flow.sync(), clock);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(waitFor([&] { return window.model()->rowCount() == 3; }));
    ui::ReportQueueBar *queues = window.queueBar();
    REQUIRE(queues);
    const auto counts = [&] {
        return QList<qint64>{queues->count(ReportQueue::All), queues->count(ReportQueue::Inbox),
                             queues->count(ReportQueue::Watch)};
    };
    CHECK(waitFor([&] { return counts() == QList<qint64>{3, 3, 1}; }));
    CHECK(queues->tabText(1).contains(QStringLiteral("3")));

    // Assigning the rubbish takes it out of the inbox, live.
    window.selectReport(rubbish.toLongLong());
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_5);
    CHECK(waitFor([&] { return counts() == QList<qint64>{3, 2, 1}; }));

    const auto shownIds = [&] {
        QList<qint64> ids;
        for (int row = 0; row < window.table()->model()->rowCount(); ++row)
            ids << window.table()
                       ->model()
                       ->index(row, 0)
                       .data(ui::ReportTableModel::ReportIdRole)
                       .toLongLong();
        return ids;
    };
    // Alt+2: the inbox, most urgent first (the flood's deadline is hours before the road's).
    QTest::keyClick(window.table(), Qt::Key_2, Qt::AltModifier);
    CHECK(queues->queue() == ReportQueue::Inbox);
    CHECK(waitFor([&] {
        return shownIds() == QList<qint64>{flood.toLongLong(), road.toLongLong()};
    }));
    // Alt+3: only what is near or past its deadline.
    QTest::keyClick(window.table(), Qt::Key_3, Qt::AltModifier);
    CHECK(waitFor([&] { return shownIds() == QList<qint64>{flood.toLongLong()}; }));
    // 19 hours on, the road's 24-hour response timer is past its warning share (18 h) and joins
    // the watch; the assigned rubbish runs its 72-hour resolution timer and does not. Counts are
    // taken again after every sync (and every half minute).
    clock.advanceSecs(19 * 3600);
    ws.flow.sync()->syncNow();
    CHECK(waitFor([&] { return counts() == QList<qint64>{3, 2, 2}; }));
    // Alt+1: every report again, newest first.
    QTest::keyClick(window.table(), Qt::Key_1, Qt::AltModifier);
    CHECK(waitFor([&] { return shownIds().size() == 3; }));
    CHECK(shownIds().first() == flood.toLongLong());
}

TEST_CASE("by keyboard and context menu: next and previous report, search, the shortcut list")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString a = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                                        QStringLiteral("Sampah menumpuk di sungai"));
    const QString b = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                        111.7105, QStringLiteral("Jalan berlubang di pasar"));
    // A citizen's photo by URL (the hub stores it, the workstation never fetches it).
    QString withPhoto;
    {
        test::HttpClient http(hub);
        const test::HttpReply reply = http.postForm(
            QStringLiteral("/open311/v2/requests.json"),
            {{QStringLiteral("api_key"), f.apiKey},
             {QStringLiteral("service_code"), QStringLiteral("banjir")},
             {QStringLiteral("lat"), QStringLiteral("-8.100000")},
             {QStringLiteral("long"), QStringLiteral("111.800000")},
             {QStringLiteral("description"), QStringLiteral("Banjir di depan sekolah")},
             {QStringLiteral("media_url"), QStringLiteral("https://example.org/banjir.jpg")}});
        REQUIRE(reply.status == 200);
        withPhoto =
            reply.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    }

    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 3);
    // Newest first: withPhoto, b, a. The first row is selected on its own.
    REQUIRE(waitFor([&] { return window.currentReportId() == withPhoto.toLongLong(); }));
    window.table()->setFocus();

    // J and K move through the reports from anywhere in the window, K stops at the top.
    QTest::keyClick(window.table(), Qt::Key_J);
    CHECK(window.currentReportId() == b.toLongLong());
    QTest::keyClick(window.table(), Qt::Key_J);
    CHECK(window.currentReportId() == a.toLongLong());
    QTest::keyClick(window.table(), Qt::Key_J); // the last row stays
    CHECK(window.currentReportId() == a.toLongLong());
    QTest::keyClick(window.table(), Qt::Key_K);
    CHECK(window.currentReportId() == b.toLongLong());
    CHECK(waitFor([&] { return window.detail()->reportId() == b.toLongLong(); }));

    // Ctrl+F: into the search field; typing there types (J is a letter, not "next").
    auto *text = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    REQUIRE(text);
    QTest::keyClick(window.table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("jalan"));
    CHECK(text->text() == QStringLiteral("jalan"));
    CHECK(waitFor([&] { return window.model()->rowCount() == 1; }));
    window.filterBar()->clear();
    CHECK(waitFor([&] { return window.model()->rowCount() == 3; }));

    // With photo: only the report that has one.
    auto *photo = window.filterBar()->findChild<QCheckBox *>(QStringLiteral("filterPhoto"));
    REQUIRE(photo);
    photo->setChecked(true);
    CHECK(waitFor([&] {
        return window.model()->rowCount() == 1 &&
               window.model()->reportIdAt(0) == withPhoto.toLongLong();
    }));
    photo->setChecked(false);
    CHECK(waitFor([&] { return window.model()->rowCount() == 3; }));

    // F1: the list of shortcuts, read from the window's actions; Esc closes it.
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_F1);
    ui::ShortcutOverlay *overlay = window.shortcutOverlay();
    REQUIRE(overlay);
    CHECK(overlay->isVisible());
    const auto entries = overlay->entries();
    const auto has = [&](const QString &what, const QString &keys) {
        for (const auto &[w, k] : entries)
            if (w.contains(what) && k.contains(keys))
                return true;
        return false;
    };
    CHECK(has(QStringLiteral("Yellow"), QStringLiteral("5")));
    CHECK(has(QStringLiteral("Next report"), QStringLiteral("J")));
    CHECK(has(QStringLiteral("Previous report"), QStringLiteral("K")));
    CHECK(has(QStringLiteral("inbox"), QStringLiteral("Alt+2")));
    CHECK(has(QStringLiteral("Search"), QStringLiteral("Ctrl+F")));
    CHECK(has(QStringLiteral("zoom in"), QStringLiteral("+")));
    auto *list = overlay->findChild<QTableWidget *>(QStringLiteral("shortcutList"));
    REQUIRE(list);
    CHECK(list->rowCount() == entries.size());
    QTest::keyClick(overlay, Qt::Key_Escape);
    CHECK_FALSE(overlay->isVisible());

    // Right-click on a row selects it and offers the squad actions; one assigns that report.
    const int row = window.model()->rowOf(a.toLongLong());
    REQUIRE(row >= 0);
    const QRect cell = window.table()->visualRect(window.table()->model()->index(row, 2));
    emit window.table()->customContextMenuRequested(cell.center());
    CHECK(window.currentReportId() == a.toLongLong());
    QMenu *menu = window.tableContextMenu();
    REQUIRE(menu);
    CHECK(waitFor([&] { return menu->isVisible(); }));
    QAction *yellow = nullptr;
    for (QAction *act : menu->actions())
        if (act->objectName() == QStringLiteral("assignAction_yellow"))
            yellow = act;
    REQUIRE(yellow);
    menu->hide();
    // The same menu from a marker on the map, for its report.
    emit window.map()->reportMenuRequested(b.toLongLong(), window.mapToGlobal(QPoint(20, 20)));
    CHECK(window.currentReportId() == b.toLongLong());
    CHECK(waitFor([&] { return menu->isVisible(); }));
    menu->hide();
    window.selectReport(a.toLongLong());
    yellow->trigger();
    CHECK(waitFor([&] {
        const auto r = ws.flow.replica()->report(a.toLongLong());
        return r && r->squad == Squad::Yellow;
    }));
}

TEST_CASE("the window's layout and column choices are kept for the next start, per user")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                      QStringLiteral("Sampah menumpuk di sungai"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    QList<int> split;
    int descriptionWidth = 0;
    QSize size;
    {
        ui::MainWindow &window = ws.open(f, 1);
        window.resize(1700, 850);
        QTest::qWait(20);
        size = window.size();
        QMenu *columns = window.columnMenu();
        REQUIRE(columns);
        REQUIRE(columns->actions().size() == ui::ReportTableModel::ColumnCount);
        // Hide the kecamatan column from the header's menu.
        QAction *kecamatan = columns->actions().at(ui::ReportTableModel::ColKecamatan);
        kecamatan->setChecked(false);
        CHECK(window.table()->horizontalHeader()->isSectionHidden(
            ui::ReportTableModel::ColKecamatan));
        // Every column but one hidden: the last one stays.
        for (QAction *a : columns->actions())
            a->setChecked(false);
        CHECK(window.table()->horizontalHeader()->hiddenSectionCount() ==
              ui::ReportTableModel::ColumnCount - 1);
        for (QAction *a : columns->actions())
            if (a != kecamatan)
                a->setChecked(true);
        window.table()->setColumnWidth(ui::ReportTableModel::ColDescription, 333);
        descriptionWidth =
            window.table()->horizontalHeader()->sectionSize(ui::ReportTableModel::ColDescription);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mapSplitter"));
        REQUIRE(splitter);
        splitter->setSizes({900, 300});
        QTest::qWait(50);
        split = splitter->sizes();
        ws.window.reset(); // closed: the layout is saved
    }
    ui::MainWindow again(*ws.flow.replica(), *ws.flow.dispatch(), *ws.flow.sync(), f.clock);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.table()->horizontalHeader()->isSectionHidden(ui::ReportTableModel::ColKecamatan));
    CHECK_FALSE(again.columnMenu()->actions().at(ui::ReportTableModel::ColKecamatan)->isChecked());
    CHECK(again.table()->horizontalHeader()->sectionSize(ui::ReportTableModel::ColDescription) ==
          descriptionWidth);
    CHECK(again.findChild<QSplitter *>(QStringLiteral("mapSplitter"))->sizes() == split);
    CHECK(again.size() == size);

    // Another user on the same workstation has a layout of their own: sari's hidden column
    // stays hers.
    Workstation other(f);
    REQUIRE(other.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    ui::MainWindow &budi = other.open(f, 1);
    CHECK_FALSE(
        budi.table()->horizontalHeader()->isSectionHidden(ui::ReportTableModel::ColKecamatan));
}

TEST_CASE("notifications for a new urgent report, then near and past its deadline, never modal")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString old = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601,
                                          111.7203, QStringLiteral("Sampah menumpuk di sungai"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    ui::MainWindow window(*ws.flow.replica(), *ws.flow.dispatch(), *ws.flow.sync(), clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitFor([&] { return window.model()->rowCount() == 1; }));
    ui::SlaNotifier *notifier = window.notifier();
    REQUIRE(notifier);
    QSignalSpy noticed(notifier, &ui::SlaNotifier::noticed);
    // What was there when the window opened is the baseline, not news.
    notifier->checkNow();
    QTest::qWait(300);
    CHECK(notifier->notices().isEmpty());

    // A flood arrives (urgent label, 30-minute response target).
    const QString flood = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000,
                                            111.8000, QStringLiteral("Banjir setinggi lutut"));
    ws.flow.sync()->syncNow();
    const auto kinds = [&] {
        QList<ui::SlaNotifier::Kind> out;
        for (const auto &n : notifier->notices())
            if (n.reportId == flood.toLongLong())
                out << n.kind;
        return out;
    };
    using Kind = ui::SlaNotifier::Kind;
    CHECK(waitFor([&] { return kinds() == QList<Kind>{Kind::Urgent}; }));
    CHECK(notifier->text().contains(QStringLiteral("1")));
    CHECK(QApplication::activeModalWidget() == nullptr);

    // 25 minutes later: near its deadline (75% of 30 minutes); 31 minutes: past it.
    clock.advanceSecs(25 * 60);
    notifier->checkNow();
    CHECK(waitFor([&] { return kinds() == QList<Kind>{Kind::Urgent, Kind::Warning}; }));
    clock.advanceSecs(6 * 60);
    notifier->checkNow();
    CHECK(waitFor([&] {
        return kinds() == QList<Kind>{Kind::Urgent, Kind::Warning, Kind::Breach};
    }));
    // The rubbish (8 hours) is still fine: nothing about it. Asking again adds nothing.
    for (const auto &n : notifier->notices())
        CHECK(n.reportId != old.toLongLong());
    // The breach is listed for the supervisor too (the rubbish is not).
    QListWidget *breaches = window.reviewPanel()->breachList();
    CHECK(waitFor([&] {
        return breaches->count() == 1 &&
               breaches->item(0)->data(Qt::UserRole).toLongLong() == flood.toLongLong();
    }));
    notifier->checkNow();
    QTest::qWait(300);
    CHECK(notifier->notices().size() == 3);
    CHECK(noticed.count() == 3);
    CHECK(QApplication::activeModalWidget() == nullptr);

    // The notice opens its report, even when a filter hides it.
    window.queueBar()->setQueue(ReportQueue::Inbox);
    auto *text = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QTest::keyClicks(text, QStringLiteral("sampah"));
    CHECK(waitFor([&] { return window.model()->rowCount() == 1; }));
    emit notifier->openReport(flood.toLongLong());
    CHECK(waitFor([&] { return window.currentReportId() == flood.toLongLong(); }));
    // Its menu lists the notices, newest first.
    notifier->menu()->popup(QPoint(0, 0));
    CHECK(
        notifier->menu()->actions().first()->text().contains(QStringLiteral("Past its deadline")));
    notifier->menu()->hide();
}

TEST_CASE("a bulk assignment asks once and gives each selected report its own change")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601 - i * 0.001,
                                 111.7203, QStringLiteral("Sampah menumpuk %1").arg(i));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 3);
    window.table()->setFocus();

    // Answer the confirmation when it comes (it is the one dialog of this flow).
    int asked = 0;
    const auto answerNext = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return; // no question asked: `asked` says so below
            ++asked;
            box->button(button)->click();
        });
    };
    // Two selected, "No": nothing changes.
    window.table()->selectRow(0);
    window.table()->selectionModel()->select(window.table()->model()->index(1, 0),
                                             QItemSelectionModel::Select |
                                                 QItemSelectionModel::Rows);
    answerNext(QMessageBox::No);
    QTest::keyClick(window.table(), Qt::Key_6);
    CHECK(asked == 1);
    for (const QString &id : ids)
        CHECK_FALSE(ws.flow.replica()->report(id.toLongLong())->squad.has_value());
    CHECK(ws.flow.replica()->pendingCount() == 0);

    // All three, "Yes": each gets the squad, its own history entry and its own outbox item.
    QApplication::setActiveWindow(&window); // back from the dialog
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.table()->setFocus();
    window.table()->selectAll();
    answerNext(QMessageBox::Yes);
    QTest::keyClick(window.table(), Qt::Key_4);
    CHECK(asked == 2);
    for (const QString &id : ids) {
        const auto r = ws.flow.replica()->report(id.toLongLong());
        REQUIRE(r);
        CHECK(r->squad == Squad::Blue);
        CHECK(r->history.back().kind == QStringLiteral("assign"));
    }
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    CHECK(ws.flow.replica()->failedCount() == 0);
    for (const QString &id : ids)
        CHECK(open311Request(hub, id).value(QStringLiteral("agency_responsible")).toString() ==
              QStringLiteral("blue"));
}

namespace {
// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
} // namespace

TEST_CASE("settings apply as they change: dark theme keeps squads readable, language, hub, sound, "
          "tile source")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString flood = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1, 111.8,
                                            QStringLiteral("Banjir setinggi lutut"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 1);
    window.selectReport(flood.toLongLong());
    auto *open = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    REQUIRE(open);
    open->trigger();
    QDialog *dialog = window.settingsDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(QApplication::activeModalWidget() == nullptr); // work goes on beside it

    auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("settingsTheme"));
    REQUIRE(theme);
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    const QPalette dark = QApplication::palette();
    CHECK(dark.color(QPalette::Window).lightness() < 80);
    CHECK(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7.0);
    CHECK(QSettings().value(QStringLiteral("ui/theme")).toString() == QStringLiteral("dark"));
    // The table's coloured cells bring their own text colour: readable on the dark theme too.
    QAbstractItemModel *rows = window.table()->model();
    for (int col : {int(ui::ReportTableModel::ColSla)}) {
        const QModelIndex i = rows->index(0, col);
        const QColor bg = i.data(Qt::BackgroundRole).value<QColor>();
        REQUIRE(bg.isValid());
        CHECK(contrast(bg, i.data(Qt::ForegroundRole).value<QColor>()) >= 4.5);
    }
    for (Squad s : allSquads) {
        INFO(squadCode(s).toStdString());
        CHECK(contrast(ui::squadColor(s), ui::squadTextColor(s)) >= 4.5); // WCAG AA for text
    }
    CHECK(contrast(ui::squadColor(std::nullopt), ui::squadTextColor(std::nullopt)) >= 4.5);

    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    REQUIRE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("id")));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("id"));

    auto *hubEdit = dialog->findChild<QLineEdit *>(QStringLiteral("settingsHub"));
    auto *hubError = dialog->findChild<QLabel *>(QStringLiteral("settingsHubError"));
    REQUIRE(hubEdit);
    REQUIRE(hubError);
    const QString before = QSettings().value(QStringLiteral("login/hub")).toString();
    hubEdit->setText(QStringLiteral("ftp://hub"));
    emit hubEdit->editingFinished();
    CHECK_FALSE(hubError->text().isEmpty());
    CHECK(QSettings().value(QStringLiteral("login/hub")).toString() == before); // kept
    hubEdit->setText(QStringLiteral("https://posko.example.org"));
    emit hubEdit->editingFinished();
    CHECK(hubError->text().isEmpty());
    CHECK(QSettings().value(QStringLiteral("login/hub")).toString() ==
          QStringLiteral("https://posko.example.org"));

    auto *sound = dialog->findChild<QCheckBox *>(QStringLiteral("settingsSound"));
    REQUIRE(sound);
    const bool was = window.notifier()->soundOn();
    sound->setChecked(!was);
    CHECK(window.notifier()->soundOn() == !was);

    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 180);

    // The tile source: an MBTiles file is used at once; a file that is not one, or a bad URL
    // template, is refused with the reason and the map keeps what it had.
    auto *baseMap = dialog->findChild<QComboBox *>(QStringLiteral("settingsBaseMap"));
    auto *mbtiles = dialog->findChild<QLineEdit *>(QStringLiteral("settingsMbtiles"));
    auto *tileUrl = dialog->findChild<QLineEdit *>(QStringLiteral("settingsTileUrl"));
    auto *applyMap = dialog->findChild<QPushButton *>(QStringLiteral("settingsApplyBaseMap"));
    auto *mapMessage = dialog->findChild<QLabel *>(QStringLiteral("settingsBaseMapMessage"));
    REQUIRE(baseMap);
    REQUIRE(mbtiles);
    REQUIRE(tileUrl);
    REQUIRE(applyMap);
    REQUIRE(mapMessage);
    CHECK(baseMap->currentText() == QStringLiteral("Built-in (offline)"));
    const auto chooseKind = [&](const QString &text) {
        const int i = baseMap->findText(text);
        REQUIRE(i >= 0);
        baseMap->setCurrentIndex(i);
    };
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("trenggalek.mbtiles"));
    REQUIRE(writeMbTiles(pack,
                         {{QStringLiteral("name"), QStringLiteral("Trenggalek")},
                          {QStringLiteral("format"), QStringLiteral("png")}},
                         {}));
    chooseKind(QStringLiteral("MBTiles file"));
    CHECK(mbtiles->isEnabled());
    CHECK_FALSE(tileUrl->isEnabled());
    const QString notPack = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notPack);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    mbtiles->setText(notPack);
    applyMap->click();
    CHECK(mapMessage->text().startsWith(QStringLiteral("Not changed")));
    CHECK(ui::BaseMapSetting::load(QSettings()).kind == ui::BaseMapSetting::Kind::BuiltIn);
    mbtiles->setText(pack);
    applyMap->click();
    INFO(mapMessage->text().toStdString());
    CHECK_FALSE(mapMessage->text().startsWith(QStringLiteral("Not changed")));
    const ui::BaseMapSetting stored = ui::BaseMapSetting::load(QSettings());
    CHECK(stored.kind == ui::BaseMapSetting::Kind::MbTiles);
    CHECK(stored.path == pack);
    chooseKind(QStringLiteral("Online tile server"));
    CHECK(tileUrl->isEnabled());
    tileUrl->setText(QStringLiteral("https://tile.example.org/no-placeholders.png"));
    applyMap->click();
    CHECK(mapMessage->text().startsWith(QStringLiteral("Not changed")));
    CHECK(ui::BaseMapSetting::load(QSettings()).kind == ui::BaseMapSetting::Kind::MbTiles);
    chooseKind(QStringLiteral("Built-in (offline)"));
    applyMap->click();
    CHECK(ui::BaseMapSetting::load(QSettings()).kind == ui::BaseMapSetting::Kind::BuiltIn);
    dialog->close();
}

TEST_CASE("reject with a reason from the administrator's list, and a note from a template")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString spam = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601,
                                           111.7203, QStringLiteral("tes tes tes"));
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 2);
    const LabelPolicy &policy = ws.flow.replica()->labelPolicy();
    REQUIRE(policy.rejectReasons().size() >= 4);
    REQUIRE(policy.noteTemplates().size() >= 2);

    // Reject: the dialog offers the policy's reasons; the chosen one goes into the history.
    window.selectReport(spam.toLongLong());
    REQUIRE(waitFor([&] { return window.detail()->reportId() == spam.toLongLong(); }));
    auto *reject = window.detail()->findChild<QPushButton *>(QStringLiteral("status_ditolak"));
    REQUIRE(reject);
    const QString chosen = policy.rejectReasons().at(3);
    QStringList offered;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->comboBoxItems();
        dialog->setTextValue(chosen);
        dialog->accept();
    });
    reject->click();
    CHECK(offered == policy.rejectReasons());
    REQUIRE(waitFor([&] {
        const auto r = ws.flow.replica()->report(spam.toLongLong());
        return r && r->status == Status::Ditolak && r->history.back().text == chosen;
    }));

    // A template goes into the note field; Enter sends it.
    window.selectReport(road.toLongLong());
    REQUIRE(waitFor([&] { return window.detail()->reportId() == road.toLongLong(); }));
    auto *templates = window.detail()->findChild<QToolButton *>(QStringLiteral("noteTemplates"));
    REQUIRE(templates);
    emit templates->menu()->aboutToShow();
    const QList<QAction *> items = templates->menu()->actions();
    REQUIRE(items.size() == policy.noteTemplates().size());
    items.at(1)->trigger();
    QLineEdit *field = nullptr;
    for (QLineEdit *e : window.detail()->findChildren<QLineEdit *>())
        if (e->text() == policy.noteTemplates().at(1))
            field = e;
    REQUIRE(field);
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(waitFor([&] {
        const auto r = ws.flow.replica()->report(road.toLongLong());
        return r && r->history.back().kind == QStringLiteral("note") &&
               r->history.back().text == policy.noteTemplates().at(1);
    }));
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    CHECK(ws.flow.replica()->failedCount() == 0);
}

TEST_CASE("the detail panel shows who else has the report open, and hides it once they leave")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang"));
    const QString rubbish = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601,
                                              111.7203, QStringLiteral("Sampah menumpuk"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 2);
    window.presence()->setHeartbeatInterval(200); // instead of 15 s
    QLabel *banner = window.detail()->presenceBanner();
    REQUIRE(banner);
    CHECK_FALSE(banner->accessibleName().isEmpty());

    // Budi at another workstation, through the operator API.
    test::HttpClient http(hub);
    const test::Headers budi = http.login(QStringLiteral("budi"), QStringLiteral("rahasia-456"));
    REQUIRE_FALSE(budi.isEmpty());
    const auto budiOpens = [&](const QJsonValue &report) {
        const test::HttpReply r = http.putJson(QStringLiteral("/api/v1/presence"),
                                               {{QStringLiteral("report"), report}}, budi);
        REQUIRE(r.status == 200);
        QStringList users;
        for (const QJsonValue &v : r.object().value(QStringLiteral("viewers")).toArray())
            users << v.toObject().value(QStringLiteral("user")).toString();
        return users;
    };

    // The row the window selected by itself does not count as open: sari has not chosen it.
    REQUIRE(window.currentReportId());
    QTest::qWait(1000); // debounce and several heartbeats
    CHECK(budiOpens(QString::number(*window.currentReportId())).isEmpty());

    // Sari opens the road report; budi (opening it too) sees her, and within a heartbeat her
    // panel names him.
    window.selectReport(road.toLongLong());
    REQUIRE(window.currentReportId() == road.toLongLong());
    CHECK_FALSE(banner->isVisible());
    REQUIRE(waitFor([&] { return budiOpens(road) == QStringList{QStringLiteral("sari")}; }, 10000));
    REQUIRE(waitFor([&] { return banner->isVisible(); }, 5000));
    CHECK(banner->text().contains(QStringLiteral("budi")));
    CHECK(banner->toolTip().contains(QStringLiteral("budi")));
    CHECK(banner->accessibleDescription() == banner->text());

    // Another report has nobody else: no banner; back on the road report it shows again.
    window.selectReport(rubbish.toLongLong());
    CHECK_FALSE(banner->isVisible());
    QTest::qWait(600);
    CHECK_FALSE(banner->isVisible());
    CHECK(budiOpens(road).isEmpty()); // sari moved on
    window.selectReport(road.toLongLong());
    REQUIRE(waitFor([&] { return banner->isVisible(); }, 5000));

    // Budi closes it: with sari's next heartbeat (well before the 45 s expiry) the banner goes.
    CHECK(budiOpens(QJsonValue::Null).isEmpty());
    REQUIRE(waitFor([&] { return !banner->isVisible(); }, 3000));
    CHECK(banner->text().isEmpty());

    // Closing the window tells the hub at once: budi no longer sees sari there.
    REQUIRE(budiOpens(road) == QStringList{QStringLiteral("sari")});
    window.close();
    REQUIRE(waitFor([&] { return !window.isVisible(); }, 5000));
    const test::HttpReply after =
        http.get(QStringLiteral("/api/v1/reports/%1/viewers").arg(road), budi);
    REQUIRE(after.status == 200);
    CHECK(after.object().value(QStringLiteral("viewers")).toArray().isEmpty());
}
