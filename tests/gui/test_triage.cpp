// SPDX-License-Identifier: GPL-3.0-or-later
// Triage and proof of work against the real posko-hub: nearby reports and likely duplicates,
// marking duplicates (one and in bulk), closing with the squad's after photo, and a citizen's
// dispute putting a closed report back in the inbox.
#include "core/domain/labelpolicy.h"
#include "core/i18n/translations.h"
#include "core/stats/statsengine.h"
#include "core/storage/reportcatalog.h"
#include "ui/main/commandcentre.h"
#include "ui/main/slanotifier.h"
#include "ui/map/mapview.h"
#include "ui/reports/photoviewer.h"
#include "ui/reports/reportdetailpanel.h"
#include "ui/reports/reportfilterbar.h"
#include "ui/reports/reportqueuebar.h"
#include "ui/reports/reviewpanel.h"
#include "ui/supervisor/dashboardpanel.h"
#include "ui/supervisor/overviewwindow.h"
#include "workstationfixture.h"

#include <QAccessible>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QtCharts/QBarSet>

using namespace posko;
using namespace posko::test;

namespace {

// The hub's own view of a report, as a cleared supervisor sees it (operator API).
QJsonObject hubReport(const QUrl &hub, const QString &id)
{
    HttpClient http(hub);
    const Headers auth = http.login(QStringLiteral("budi"), QStringLiteral("rahasia-456"));
    REQUIRE_FALSE(auth.isEmpty());
    const HttpReply reply = http.get(QStringLiteral("/api/v1/reports/%1").arg(id), auth);
    REQUIRE(reply.status == 200);
    return QJsonDocument::fromJson(reply.body).object();
}

QJsonObject lastHistory(const QJsonObject &report)
{
    return report.value(QStringLiteral("history")).toArray().last().toObject();
}

HttpReply hubAction(HttpClient &http, const Headers &auth, const QString &id, const QByteArray &key,
                    const QJsonObject &body)
{
    Headers h = auth;
    h.append({"Idempotency-Key", key});
    return http.postJson(QStringLiteral("/api/v1/reports/%1/actions").arg(id), body, h);
}

int rowOfNearby(QListWidget *list, qint64 id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id)
            return i;
    return -1;
}

// Answers the next modal question box with `button`; counts the questions in `asked`.
void answerNext(int &asked, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [&asked, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++asked;
            box->button(button)->click();
        }
    });
}

} // namespace

TEST_CASE("triage lists nearby reports with the likely duplicate first, and marking it links "
          "the report to its original at the hub")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    // The original, the same problem 30 m away an hour later (here: seconds later), another
    // label 110 m away, and the same label 5 km away.
    const QString original = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.05000,
                                               111.71000, QStringLiteral("Sampah di pasar"));
    const QString copy = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.05020,
                                           111.71020, QStringLiteral("Tumpukan sampah pasar"));
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.05100,
                                           111.71000, QStringLiteral("Jalan berlubang"));
    const QString far = postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.09500,
                                          111.71000, QStringLiteral("Sampah di sungai"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 4);
    ui::ReportDetailPanel *panel = window.detail();
    // An operator's window opens without the supervisor review (it is in the Report menu).
    CHECK_FALSE(window.findChild<QDockWidget *>(QStringLiteral("reviewDock"))
                    ->toggleViewAction()
                    ->isChecked());

    window.selectReport(copy.toLongLong());
    REQUIRE(waitFor([&] { return panel->reportId() == copy.toLongLong(); }));
    QListWidget *nearby = panel->nearbyList();
    REQUIRE(waitFor([&] { return nearby->count() == 2; }));
    // The likely duplicate first, marked as such; the other label after it; nothing far away.
    CHECK(nearby->item(0)->data(Qt::UserRole).toLongLong() == original.toLongLong());
    CHECK(nearby->item(0)->text().contains(QStringLiteral("Likely duplicate")));
    CHECK(nearby->item(0)->font().bold());
    CHECK(nearby->item(1)->data(Qt::UserRole).toLongLong() == road.toLongLong());
    CHECK_FALSE(nearby->item(1)->text().contains(QStringLiteral("Likely duplicate")));
    CHECK(rowOfNearby(nearby, far.toLongLong()) < 0);
    CHECK_FALSE(panel->markDuplicateButton()->isEnabled()); // nothing chosen yet

    nearby->setCurrentRow(0);
    REQUIRE(panel->markDuplicateButton()->isEnabled());
    QTest::mouseClick(panel->markDuplicateButton(), Qt::LeftButton);
    const auto local = ws.flow.replica()->report(copy.toLongLong());
    REQUIRE(local);
    CHECK(local->status == Status::Duplikat);
    CHECK(duplicateOriginal(*local) == original.toLongLong());
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    CHECK(ws.flow.replica()->failedCount() == 0);

    const QJsonObject atHub = hubReport(hub, copy);
    CHECK(atHub.value(QStringLiteral("status")).toString() == QStringLiteral("duplikat"));
    CHECK(lastHistory(atHub).value(QStringLiteral("kind")).toString() ==
          QStringLiteral("duplicate"));
    CHECK(lastHistory(atHub).value(QStringLiteral("text")).toString() == original);
    CHECK(lastHistory(atHub).value(QStringLiteral("actor")).toString() == QStringLiteral("sari"));

    // The panel names the original with a link that opens it.
    REQUIRE(waitFor([&] { return panel->noticeLabel()->isVisible(); }));
    CHECK(panel->noticeLabel()->text().contains(QStringLiteral("report:%1").arg(original)));
    emit panel->noticeLabel()->linkActivated(QStringLiteral("report:%1").arg(original));
    CHECK(waitFor([&] { return window.currentReportId() == original.toLongLong(); }));
}

TEST_CASE("bulk mark duplicate: one question, and every other selected report becomes a "
          "duplicate of the current one")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << postCitizenReport(hub, f.apiKey, QStringLiteral("saluran_tersumbat"),
                                 -8.0601 - i * 0.0002, 111.7203,
                                 QStringLiteral("Got tersumbat %1").arg(i));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 3);
    window.table()->setFocus();
    window.table()->selectAll();
    // The original is the current row (the first report sent).
    const qint64 keep = ids.first().toLongLong();
    int keepRow = -1;
    for (int row = 0; row < window.table()->model()->rowCount(); ++row)
        if (window.table()->model()->index(row, 0).data(Qt::DisplayRole).toString() == ids.first())
            keepRow = row;
    REQUIRE(keepRow >= 0);
    window.table()->selectionModel()->setCurrentIndex(window.table()->model()->index(keepRow, 0),
                                                      QItemSelectionModel::NoUpdate);
    REQUIRE(window.currentReportId() == keep);

    int asked = 0;
    answerNext(asked, QMessageBox::Yes);
    QTest::keyClick(window.table(), Qt::Key_D);
    CHECK(asked == 1);
    CHECK(ws.flow.replica()->report(keep)->status == Status::Baru);
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    CHECK(ws.flow.replica()->failedCount() == 0);
    CHECK(hubReport(hub, ids.first()).value(QStringLiteral("status")).toString() ==
          QStringLiteral("baru"));
    for (const QString &id : ids.mid(1)) {
        const QJsonObject r = hubReport(hub, id);
        CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("duplikat"));
        CHECK(lastHistory(r).value(QStringLiteral("text")).toString() == ids.first());
    }
}

TEST_CASE("closing needs the squad's after photo: it goes through the outbox to the hub and is "
          "shown beside the citizen's photo")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString id = QString::number(postCitizenReportWithPhoto(
        hub, f.apiKey, QStringLiteral("jalan_rusak"), QStringLiteral("-8.0512"),
        QStringLiteral("111.7105"), QStringLiteral("Jalan berlubang besar"),
        jpegOf(QColor(90, 60, 40))));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 1);
    window.resize(1366, 768); // a laptop screen: the panel at its narrowest
    ui::ReportDetailPanel *panel = window.detail();
    window.selectReport(id.toLongLong());
    REQUIRE(waitFor([&] { return panel->reportId() == id.toLongLong(); }));
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_3); // orange
    auto *working = panel->findChild<QPushButton *>(QStringLiteral("status_dikerjakan"));
    REQUIRE(working);
    QTest::mouseClick(working, Qt::LeftButton);
    REQUIRE(ws.flow.replica()->report(id.toLongLong())->status == Status::Dikerjakan);

    // Without the photo "finished" cannot be chosen, and the hub refuses it as well.
    auto *finished = panel->findChild<QPushButton *>(QStringLiteral("status_selesai"));
    REQUIRE(finished);
    CHECK_FALSE(finished->isEnabled());
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    {
        HttpClient http(hub);
        const Headers auth = http.login(QStringLiteral("sari"), QStringLiteral("rahasia-123"));
        const HttpReply refused =
            hubAction(http, auth, id, "no-photo",
                      {{QStringLiteral("type"), QStringLiteral("status")},
                       {QStringLiteral("status"), QStringLiteral("selesai")},
                       {QStringLiteral("base_version"),
                        ws.flow.replica()->report(id.toLongLong())->version}});
        CHECK(refused.status == 422);
        CHECK(refused.body.contains("after photo"));
    }

    // The photo from a file, through the dialog the A key opens.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sesudah.png"));
    REQUIRE(QImage::fromData(jpegOf(QColor(40, 140, 60))).save(file));
    QTest::keyClick(window.table(), Qt::Key_A);
    QFileDialog *dialog = nullptr;
    REQUIRE(waitFor([&] {
        dialog = window.findChild<QFileDialog *>(QStringLiteral("afterPhotoDialog"));
        return dialog && dialog->isVisible();
    }));
    dialog->selectFile(file);
    QMetaObject::invokeMethod(dialog, "accept"); // as the dialog's Open button
    const auto local = ws.flow.replica()->report(id.toLongLong());
    REQUIRE(local);
    CHECK(local->status == Status::Selesai);
    CHECK(hasAfterPhoto(*local));
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    CHECK(ws.flow.replica()->failedCount() == 0);

    // At the hub: the photo is stored and served; the entry names it.
    const QJsonObject atHub = hubReport(hub, id);
    CHECK(atHub.value(QStringLiteral("status")).toString() == QStringLiteral("selesai"));
    QJsonObject entry;
    for (const QJsonValue &h : atHub.value(QStringLiteral("history")).toArray())
        if (h.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("after_photo"))
            entry = h.toObject();
    const QString path = entry.value(QStringLiteral("text")).toString();
    REQUIRE(path.startsWith(QStringLiteral("/media/")));
    const HttpReply photo = HttpClient(hub).get(path);
    REQUIRE(photo.status == 200);
    CHECK(QImage::fromData(photo.body).width() == 640);

    // Before and after side by side in the panel, and large on P.
    REQUIRE(waitFor(
        [&] { return !panel->photoPath().isEmpty() && !panel->afterPhotoPath().isEmpty(); }));
    CHECK(panel->findChild<QLabel *>(QStringLiteral("afterPhoto"))->isVisible());
    CHECK_FALSE(panel->findChild<QLabel *>(QStringLiteral("afterPhoto"))->pixmap().isNull());
    CHECK_FALSE(panel->findChild<QLabel *>(QStringLiteral("beforePhoto"))->pixmap().isNull());
    // The panel fits its narrowest dock (400 px) in this state too: long SLA texts wrap.
    CHECK(panel->minimumSizeHint().width() <= 380);
    // The photos take the panel's width, they do not widen it (no sideways scrolling).
    QWidget *up = panel;
    QScrollArea *panelScroll = nullptr;
    while (up && !(panelScroll = qobject_cast<QScrollArea *>(up)))
        up = up->parentWidget();
    REQUIRE(panelScroll);
    QTest::qWait(50);
    CHECK(panelScroll->horizontalScrollBar()->maximum() == 0);
    window.activateWindow(); // back from the file dialog
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.table(), Qt::Key_P);
    REQUIRE(window.photoViewer());
    CHECK(window.photoViewer()->isVisible());
    CHECK_FALSE(window.photoViewer()->beforeLabel()->pixmap().isNull());
    CHECK_FALSE(window.photoViewer()->afterLabel()->pixmap().isNull());
    window.photoViewer()->close();

    // Now it can be closed.
    QApplication::setActiveWindow(&window);
    auto *close = panel->findChild<QPushButton *>(QStringLiteral("status_ditutup"));
    REQUIRE(close);
    REQUIRE(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    CHECK(ws.flow.replica()->failedCount() == 0);
    CHECK(hubReport(hub, id).value(QStringLiteral("status")).toString() ==
          QStringLiteral("ditutup"));
    CHECK(open311Request(hub, id).value(QStringLiteral("status")).toString() ==
          QStringLiteral("closed"));
}

TEST_CASE("a citizen's dispute reopens a closed report and puts it back in the inbox, and a "
          "closure minutes after the assignment is flagged for the supervisor")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString id = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                         111.7105, QStringLiteral("Jalan berlubang"));
    // A squad that "finishes" a road repair seconds after the assignment, and the close.
    {
        HttpClient http(hub);
        const Headers auth = http.login(QStringLiteral("budi"), QStringLiteral("rahasia-456"));
        REQUIRE(hubAction(http, auth, id, "a1",
                          {{QStringLiteral("type"), QStringLiteral("assign")},
                           {QStringLiteral("squad"), QStringLiteral("orange")},
                           {QStringLiteral("base_version"), 1}})
                    .status == 200);
        REQUIRE(hubAction(http, auth, id, "a2",
                          {{QStringLiteral("type"), QStringLiteral("after_photo")},
                           {QStringLiteral("photo"),
                            QString::fromLatin1(jpegOf(Qt::darkGreen).toBase64())},
                           {QStringLiteral("base_version"), 2}})
                    .status == 200);
        REQUIRE(hubAction(http, auth, id, "a3",
                          {{QStringLiteral("type"), QStringLiteral("status")},
                           {QStringLiteral("status"), QStringLiteral("ditutup")},
                           {QStringLiteral("base_version"), 3}})
                    .status == 200);
    }
    // The supervisor's workstation: the review panel is open for that role.
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    ui::MainWindow &window = ws.open(f, 1);
    ui::ReportDetailPanel *panel = window.detail();
    window.selectReport(id.toLongLong());
    REQUIRE(waitFor([&] { return panel->reportId() == id.toLongLong(); }));
    // The flag the hub recorded with the "selesai", in the panel and in the review list.
    CHECK(panel->noticeLabel()->isVisible());
    CHECK(panel->noticeLabel()->text().contains(QStringLiteral("Flagged for the supervisor")));
    ui::ReviewPanel *review = window.reviewPanel();
    auto *reviewDock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    REQUIRE(reviewDock);
    CHECK(reviewDock->toggleViewAction()->isChecked()); // open (a tab) for a supervisor
    REQUIRE(waitFor([&] { return review->flagList()->count() == 1; }));
    CHECK(review->flagList()->item(0)->data(Qt::UserRole).toLongLong() == id.toLongLong());
    CHECK(review->disputeList()->count() == 0);
    const auto inbox = [&] { return window.queueBar()->count(ReportQueue::Inbox); };
    REQUIRE(waitFor([&] { return inbox() == 0; })); // a closed report waits for nobody

    // The citizen disputes, from the same device that sent the report (none named here).
    HttpClient citizen(hub);
    const HttpReply wrongKey =
        citizen.postForm(QStringLiteral("/open311/v2/requests/%1/dispute.json").arg(id),
                         {{QStringLiteral("api_key"), QStringLiteral("nope")},
                          {QStringLiteral("reason"), QStringLiteral("x")}});
    CHECK(wrongKey.status == 403);
    const HttpReply disputed =
        citizen.postForm(QStringLiteral("/open311/v2/requests/%1/dispute.json").arg(id),
                         {{QStringLiteral("api_key"), f.apiKey},
                          {QStringLiteral("reason"), QStringLiteral("Lubang masih ada")}});
    INFO(disputed.body.toStdString());
    REQUIRE(disputed.status == 200);
    CHECK(disputed.array().at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("open"));

    ws.flow.sync()->syncNow();
    REQUIRE(waitFor([&] {
        const auto r = ws.flow.replica()->report(id.toLongLong());
        return r && r->status == Status::DibukaKembali;
    }));
    // Back in the inbox, counted and listed; the panel says why.
    REQUIRE(waitFor([&] { return inbox() == 1; }));
    REQUIRE(waitFor([&] { return review->disputeList()->count() == 1; }));
    CHECK(review->disputeList()->item(0)->data(Qt::UserRole).toLongLong() == id.toLongLong());
    window.queueBar()->setQueue(ReportQueue::Inbox);
    REQUIRE(waitFor([&] { return window.model()->rowCount() == 1; }));
    CHECK(window.model()->index(0, 0).data().toString() == id);
    window.selectReport(id.toLongLong());
    REQUIRE(waitFor(
        [&] { return panel->noticeLabel()->text().contains(QStringLiteral("Lubang masih ada")); }));
    // A new round of work: the old after photo no longer counts, and the flag is history.
    CHECK_FALSE(hasAfterPhoto(*ws.flow.replica()->report(id.toLongLong())));
    CHECK_FALSE(panel->noticeLabel()->text().contains(QStringLiteral("Flagged")));
    CHECK(ws.flow.replica()->reportsWithHistoryKind(QStringLiteral("dispute")) ==
          QVector<qint64>{id.toLongLong()});
    CHECK(ws.flow.replica()->reportsWithHistoryKind(QStringLiteral("flag")) ==
          QVector<qint64>{id.toLongLong()});
}

TEST_CASE("while a replica fills for the first time the notifier only takes its baseline")
{
    const LabelPolicy policy = LabelPolicy::builtIn();
    ReportCatalog catalog(QString(), policy);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    ui::SlaNotifier notifier(catalog, clock, policy);
    const auto flood = [&](qint64 id) {
        Report r;
        r.id = id;
        r.label = QStringLiteral("banjir"); // urgent
        r.requestedAt = r.updatedAt = r.statusSince = clock.now();
        r.lat = -8.1;
        r.lon = 111.8;
        return r;
    };
    QSignalSpy breaches(&notifier, &ui::SlaNotifier::breachesChanged);
    const auto answered = [&](int n) { return waitFor([&] { return breaches.size() >= n; }); };
    notifier.setBaselineOnly(true);
    notifier.checkNow(); // the window opens on an empty replica
    REQUIRE(answered(1));
    catalog.putReports({flood(1), flood(2)}); // the first sync's pages
    notifier.checkNow();
    REQUIRE(answered(2));
    CHECK(notifier.notices().isEmpty());
    notifier.setBaselineOnly(false); // the first sync finished: a fresh baseline
    REQUIRE(answered(3));
    notifier.checkNow();
    REQUIRE(answered(4));
    CHECK(notifier.notices().isEmpty());
    catalog.putReports({flood(3)}); // news from now on
    notifier.checkNow();
    REQUIRE(answered(5));
    REQUIRE(notifier.notices().size() == 1);
    CHECK(notifier.notices().first().reportId == 3);

    // Without baseline-only the reports of a first sync would all have been news.
    ReportCatalog other(QString(), policy);
    ui::SlaNotifier naive(other, clock, policy);
    QSignalSpy naiveAnswers(&naive, &ui::SlaNotifier::breachesChanged);
    naive.checkNow();
    REQUIRE(waitFor([&] { return naiveAnswers.size() >= 1; }));
    other.putReports({flood(1), flood(2)});
    naive.checkNow();
    REQUIRE(waitFor([&] { return naiveAnswers.size() >= 2; }));
    CHECK(naive.notices().size() == 2);
}

TEST_CASE("after a new replica's first sync, what was there is not news and what arrives is")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000, 111.8000,
                      QStringLiteral("Banjir kemarin"));
    postCitizenReport(hub, f.apiKey, QStringLiteral("pohon_tumbang"), -8.0900, 111.7000,
                      QStringLiteral("Pohon tumbang kemarin"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    REQUIRE(ws.flow.replica()->lastSeq() == 0); // the window opens on an empty replica
    ui::MainWindow &window = ws.open(f, 2);
    ui::SlaNotifier *notifier = window.notifier();
    // Several answers after the sync, none of them news.
    for (int i = 0; i < 3; ++i) {
        notifier->checkNow();
        QTest::qWait(150);
    }
    CHECK(notifier->notices().isEmpty());

    // A flood that arrives now is.
    const QString flood = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1100,
                                            111.8100, QStringLiteral("Banjir sekarang"));
    ws.flow.sync()->syncNow();
    REQUIRE(waitFor([&] { return notifier->notices().size() == 1; }));
    CHECK(notifier->notices().first().reportId == flood.toLongLong());
    CHECK(notifier->notices().first().kind == ui::SlaNotifier::Kind::Urgent);
}

TEST_CASE("the language switches in the settings at once: the window is built again in it and "
          "the operator's work is kept")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang"));
    postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.0601, 111.7203,
                      QStringLiteral("Sampah menumpuk"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    installTranslations(*app, QStringLiteral("en"));
    ui::CommandCentre centre(*app, *ws.flow.replica(), *ws.flow.dispatch(), *ws.flow.sync(),
                             f.clock);
    centre.show();
    REQUIRE(waitFor([&] { return centre.window()->model()->rowCount() == 2; }));
    const auto menuTitles = [&] {
        QStringList titles;
        for (QAction *a : centre.window()->menuBar()->actions())
            titles << a->text();
        return titles;
    };
    REQUIRE(menuTitles().contains(QStringLiteral("&File")));

    // Work in progress: the inbox, a search, an open report, the settings dialog.
    centre.window()->queueBar()->setQueue(ReportQueue::Inbox);
    CatalogFilter filter = centre.window()->filterBar()->filter();
    filter.text = QStringLiteral("jalan");
    centre.window()->filterBar()->setFilter(filter);
    REQUIRE(waitFor([&] { return centre.window()->model()->rowCount() == 1; }));
    centre.window()->selectReport(road.toLongLong());
    REQUIRE(waitFor([&] { return centre.window()->currentReportId() == road.toLongLong(); }));
    centre.window()->openSettings();
    auto *dialog = centre.window()->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    REQUIRE(dialog);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    REQUIRE(language);

    QSignalSpy rebuilt(&centre, &ui::CommandCentre::windowRebuilt);
    language->setCurrentIndex(language->findData(QStringLiteral("id")));
    REQUIRE(waitFor([&] { return rebuilt.size() == 1; }));
    CHECK(menuTitles().contains(QStringLiteral("&Berkas")));
    CHECK(menuTitles().contains(QStringLiteral("&Laporan")));
    CHECK(QLocale().language() == QLocale::Indonesian);
    CHECK(centre.window()->queueBar()->queue() == ReportQueue::Inbox);
    CHECK(centre.window()->filterBar()->filter().text == QStringLiteral("jalan"));
    REQUIRE(waitFor([&] { return centre.window()->model()->rowCount() == 1; }));
    CHECK(waitFor([&] { return centre.window()->currentReportId() == road.toLongLong(); }));
    auto *again = centre.window()->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    REQUIRE(again);
    CHECK(again->isVisible());
    CHECK(again->windowTitle() == QStringLiteral("Pengaturan"));
    // Qt's own texts too: the standard Close button, a text field's menu.
    auto *closeButtons = again->findChild<QDialogButtonBox *>();
    REQUIRE(closeButtons);
    REQUIRE(closeButtons->button(QDialogButtonBox::Close));
    CHECK(closeButtons->button(QDialogButtonBox::Close)->text() == QStringLiteral("Tutup"));
    CHECK(QCoreApplication::translate("QLineEdit", "&Copy") == QStringLiteral("&Salin"));

    // And back.
    auto *languageAgain = again->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    REQUIRE(languageAgain);
    CHECK(languageAgain->currentData().toString() == QStringLiteral("id"));
    languageAgain->setCurrentIndex(languageAgain->findData(QStringLiteral("en")));
    REQUIRE(waitFor([&] { return rebuilt.size() == 2; }));
    CHECK(menuTitles().contains(QStringLiteral("&File")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Close") == QStringLiteral("Close"));
}

TEST_CASE("every control of the window has a name a screen reader can announce")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang"));
    postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0513, 111.7106,
                      QStringLiteral("Jalan berlubang lagi"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    ui::MainWindow &window = ws.open(f, 2);
    window.selectReport(road.toLongLong());
    REQUIRE(waitFor([&] { return window.detail()->nearbyList()->count() == 1; }));
    window.openSettings();
    QTest::qWait(100);

    QStringList unnamed;
    int checked = 0;
    QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QScrollBar *>(w)) // part of its view, named by it
            continue;
        // A spin box's (date edit's) text field is announced as part of the spin box.
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox"))
            w = w->parentWidget();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        REQUIRE(iface);
        ++checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"")
                           .arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
    INFO(unnamed.join(QStringLiteral("\n")).toStdString());
    CHECK(checked > 40);
    CHECK(unnamed.isEmpty());
}

TEST_CASE("by keyboard, S offers the status changes allowed now, and the map pans to the report "
          "the operator chooses")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString town = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang di kota"));
    const QString coast = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.2600,
                                            111.7000, QStringLiteral("Jalan rusak di pantai"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("sari"), QStringLiteral("rahasia-123")));
    ui::MainWindow &window = ws.open(f, 2);
    ui::MapView *map = window.map();
    // The coast report open, the map close up on it.
    window.selectReport(coast.toLongLong());
    REQUIRE(waitFor([&] { return window.detail()->reportId() == coast.toLongLong(); }));
    map->setCamera(LonLat{111.7000, -8.2600}, 16);
    const LonLat townAt{111.7105, -8.0512};
    REQUIRE_FALSE(QRectF(map->rect()).contains(map->screenPos(townAt)));
    window.selectReport(town.toLongLong());
    REQUIRE(waitFor([&] { return window.detail()->reportId() == town.toLongLong(); }));
    CHECK(QRectF(map->rect()).contains(map->screenPos(townAt)));
    CHECK(map->viewport().zoom() == 16); // panned, not zoomed out
    // Back to the coast: it is on screen again.
    window.selectReport(coast.toLongLong());
    REQUIRE(waitFor([&] { return window.detail()->reportId() == coast.toLongLong(); }));
    CHECK(QRectF(map->rect()).contains(map->screenPos(LonLat{111.7000, -8.2600})));

    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_3); // orange: assigned
    const auto statusMenu = [&]() -> QMenu * {
        QTest::keyClick(window.table(), Qt::Key_S);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    };
    QMenu *menu = statusMenu();
    REQUIRE(menu);
    CHECK(menu->objectName() == QStringLiteral("statusMenu"));
    QAction *working = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == statusName(Status::Dikerjakan))
            working = a;
    REQUIRE(working);
    working->trigger();
    menu->close();
    CHECK(ws.flow.replica()->report(coast.toLongLong())->status == Status::Dikerjakan);
    // "Done" is offered but not possible without the after photo.
    menu = statusMenu();
    REQUIRE(menu);
    bool doneShown = false;
    for (QAction *a : menu->actions())
        if (a->text() == statusName(Status::Selesai)) {
            doneShown = true;
            CHECK_FALSE(a->isEnabled());
        }
    CHECK(doneShown);
    menu->close();
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));
    CHECK(hubReport(hub, coast).value(QStringLiteral("status")).toString() ==
          QStringLiteral("dikerjakan"));
    CHECK(hubReport(hub, town).value(QStringLiteral("status")).toString() ==
          QStringLiteral("baru"));
}

TEST_CASE("the window fits a 1366-pixel laptop screen in both languages, the report panel "
          "docked")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512, 111.7105,
                      QStringLiteral("Jalan berlubang"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    for (const char *language : {"id", "en"}) {
        installTranslations(*app, QLatin1String(language));
        ui::MainWindow window(*ws.flow.replica(), *ws.flow.dispatch(), *ws.flow.sync(), f.clock);
        window.show();
        REQUIRE(waitFor([&] { return window.model()->rowCount() == 1; }));
        window.selectReport(window.model()->reportIdAt(0));
        QTest::qWait(50);
        INFO(language << ": " << window.minimumSizeHint().width() << " x "
                      << window.minimumSizeHint().height());
        CHECK(window.minimumSizeHint().width() <= 1366);
        CHECK(window.minimumSizeHint().height() <= 700);
        CHECK(window.detail()->minimumSizeHint().width() <= 380); // inside the 400-px dock
        // The squad buttons fit the panel at that width: none is cut.
        for (Squad s : allSquads) {
            QPushButton *b = window.detail()->squadButton(s);
            if (b->isVisible())
                CHECK(b->width() >= b->minimumSizeHint().width());
        }
    }
}

TEST_CASE("squad performance: the figures per squad, a double-click shows exactly the reports "
          "behind them, and the table exports them as CSV")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    QStringList rubbish;
    for (int i = 0; i < 2; ++i)
        rubbish << postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.06 - i * 0.001,
                                     111.72, QStringLiteral("Sampah %1").arg(i));
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    ui::MainWindow &window = ws.open(f, 3);
    window.table()->setFocus();
    for (const QString &id : rubbish) {
        window.selectReport(id.toLongLong());
        REQUIRE(waitFor([&] { return window.currentReportId() == id.toLongLong(); }));
        QTest::keyClick(window.table(), Qt::Key_5); // yellow
    }
    window.selectReport(road.toLongLong());
    REQUIRE(waitFor([&] { return window.currentReportId() == road.toLongLong(); }));
    QTest::keyClick(window.table(), Qt::Key_3); // orange
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));

    QTest::keyClick(window.table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ui::DashboardPanel *dashboard = window.dashboard();
    REQUIRE(dashboard);
    CHECK(dashboard->isVisible());
    QSignalSpy refreshed(dashboard, &ui::DashboardPanel::refreshed);
    dashboard->refresh();
    REQUIRE(waitFor([&] { return !refreshed.isEmpty() && dashboard->result(); }));
    // The same figures as the engine computes on the replica for the same period.
    const stats::StatsResult &shown = *dashboard->result();
    const stats::StatsEngine engine(ws.flow.replica()->databasePath(),
                                    ws.flow.replica()->labelPolicy());
    const auto expected = engine.compute(shown.period, stats::Grouping::Squad, 10);
    REQUIRE(expected);
    REQUIRE(expected->units.size() == shown.units.size());
    int yellowRow = -1;
    for (int row = 0; row < shown.units.size(); ++row) {
        CHECK(shown.units.at(row).key == expected->units.at(row).key);
        CHECK(shown.units.at(row).received == expected->units.at(row).received);
        CHECK(dashboard->table()->item(row, 2)->text() ==
              QString::number(expected->units.at(row).received));
        if (shown.units.at(row).key == QStringLiteral("yellow"))
            yellowRow = row;
    }
    REQUIRE(yellowRow >= 0);
    CHECK(shown.units.at(yellowRow).received == 2);
    CHECK(shown.units.at(yellowRow).assigned == 2);
    CHECK(dashboard->table()->item(yellowRow, 0)->text() == squadName(Squad::Yellow));
    // The weekly trend covers every ISO week the period touches.
    QStringList weeks;
    for (const stats::WeekCount &w : expected->total.trend)
        weeks << w.isoWeek();
    CHECK_FALSE(weeks.isEmpty());
    CHECK(dashboard->trendWeeks() == weeks);

    // Drill down: the table shows exactly the yellow squad's two reports.
    QTableWidget *figures = dashboard->table();
    const QRect cell = figures->visualItemRect(figures->item(yellowRow, 2));
    REQUIRE(QTest::qWaitForWindowExposed(dashboard));
    QSignalSpy drill(dashboard, &ui::DashboardPanel::drillDown);
    QTest::mouseClick(figures->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(figures->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(waitFor([&] { return drill.size() == 1; })); // listed on a worker
    REQUIRE(waitFor([&] { return window.model()->rowCount() == 2; }, 5000));
    QSet<QString> listed;
    for (int row = 0; row < 2; ++row)
        listed.insert(window.model()->index(row, 0).data().toString());
    CHECK(listed == QSet<QString>(rubbish.begin(), rubbish.end()));
    QVector<qint64> rubbishIds{rubbish.at(0).toLongLong(), rubbish.at(1).toLongLong()};
    std::sort(rubbishIds.begin(), rubbishIds.end());
    CHECK(window.filterBar()->filter().ids == rubbishIds);
    CHECK(drill.size() == 1);

    // The table's rows exported as CSV: exactly these two, with their assignment times.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("yellow.csv"));
    QString error;
    const auto rows = window.exportTable(csv, &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    CHECK(*rows == 2);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const int idCol = int(header.indexOf(QStringLiteral("id")));
    const int assignedCol = int(header.indexOf(QStringLiteral("assigned_at")));
    const int squadCol = int(header.indexOf(QStringLiteral("squad")));
    REQUIRE(idCol == 0);
    REQUIRE(assignedCol > 0);
    QSet<QString> exportedIds;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(','));
        exportedIds.insert(fields.value(idCol));
        CHECK(fields.value(squadCol) == QStringLiteral("yellow"));
        CHECK(QDateTime::fromString(fields.value(assignedCol), Qt::ISODate).isValid());
    }
    CHECK(exportedIds == QSet<QString>(rubbish.begin(), rubbish.end()));
}

namespace {
// The reports the main table shows, ascending.
QVector<qint64> tableIds(const ui::MainWindow &window)
{
    QVector<qint64> ids;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        ids << window.model()->reportIdAt(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

TEST_CASE("squad performance drill-down: a figure cell, a backlog bucket, an SLA cell's menu and "
          "a trend bar each show exactly the reports the engine lists, under a chip that clears")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    QStringList rubbish;
    for (int i = 0; i < 2; ++i)
        rubbish << postCitizenReport(hub, f.apiKey, QStringLiteral("sampah"), -8.06 - i * 0.001,
                                     111.72, QStringLiteral("Sampah %1").arg(i));
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang"));
    postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000, 111.8000,
                      QStringLiteral("Banjir di sawah"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    ui::MainWindow &window = ws.open(f, 4);
    const QVector<qint64> everything = tableIds(window);
    window.table()->setFocus();
    for (const QString &id : rubbish) {
        window.selectReport(id.toLongLong());
        REQUIRE(waitFor([&] { return window.currentReportId() == id.toLongLong(); }));
        QTest::keyClick(window.table(), Qt::Key_5); // yellow
    }
    // The road: orange, at work, then done with the squad's after photo (resolved).
    window.selectReport(road.toLongLong());
    REQUIRE(waitFor([&] { return window.detail()->reportId() == road.toLongLong(); }));
    QTest::keyClick(window.table(), Qt::Key_3);
    auto *working = window.detail()->findChild<QPushButton *>(QStringLiteral("status_dikerjakan"));
    REQUIRE(working);
    QTest::mouseClick(working, Qt::LeftButton);
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("sesudah.png"));
    REQUIRE(QImage::fromData(jpegOf(QColor(40, 140, 60))).save(photo));
    QTest::keyClick(window.table(), Qt::Key_A);
    QFileDialog *dialog = nullptr;
    REQUIRE(waitFor([&] {
        dialog = window.findChild<QFileDialog *>(QStringLiteral("afterPhotoDialog"));
        return dialog && dialog->isVisible();
    }));
    dialog->selectFile(photo);
    QMetaObject::invokeMethod(dialog, "accept");
    REQUIRE(ws.flow.replica()->report(road.toLongLong())->status == Status::Selesai);
    REQUIRE(waitFor([&] { return ws.flow.replica()->pendingCount() == 0; }));

    window.openDashboard();
    ui::DashboardPanel *dashboard = window.dashboard();
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitForWindowExposed(dashboard));
    QSignalSpy refreshed(dashboard, &ui::DashboardPanel::refreshed);
    dashboard->refresh();
    REQUIRE(waitFor([&] { return !refreshed.isEmpty() && dashboard->result(); }));
    const stats::StatsResult shown = *dashboard->result();
    const stats::StatsEngine engine(ws.flow.replica()->databasePath(),
                                    ws.flow.replica()->labelPolicy());
    QTableWidget *figures = dashboard->table();
    REQUIRE(figures->rowCount() == shown.units.size() + 1); // the units, then every unit
    const int totalRow = int(shown.units.size());
    CHECK(figures->item(totalRow, ui::DashboardPanel::ColReceived)->text() == QStringLiteral("4"));
    int orangeRow = -1;
    for (int row = 0; row < shown.units.size(); ++row)
        if (shown.units.at(row).key == QStringLiteral("orange"))
            orangeRow = row;
    REQUIRE(orangeRow >= 0);

    auto *bar = window.filterBar();
    auto *chip = bar->findChild<QToolButton *>(QStringLiteral("drillDownChip"));
    REQUIRE(chip);
    CHECK(chip->isHidden());
    std::optional<CatalogFilter> emitted;
    QObject::connect(dashboard, &ui::DashboardPanel::drillDown,
                     [&](const CatalogFilter &filter) { emitted = filter; });
    // Each drill-down: the filter names the engine's members of the figure, the table shows
    // exactly them and the chip says how many and behind what.
    const auto drilled = [&](const std::function<void()> &trigger,
                             const std::optional<QString> &unit, stats::Figure figure, int index,
                             const QString &unitName) {
        emitted.reset();
        trigger();
        REQUIRE(waitFor([&] { return emitted.has_value(); }));
        const auto expected = engine.members(shown.period, shown.grouping, unit, figure, index);
        REQUIRE(expected);
        CHECK(emitted->ids == *expected);
        REQUIRE(waitFor([&] { return tableIds(window) == *expected; }, 5000));
        CHECK(bar->filter().ids == *expected);
        CHECK_FALSE(chip->isHidden());
        INFO(chip->text().toStdString());
        CHECK(chip->text().contains(QString::number(expected->size())));
        CHECK(chip->text().contains(unitName));
        CHECK(chip->accessibleName().contains(unitName));
        return *expected;
    };

    // The orange squad's resolved figure, by Enter on the cell: the road alone.
    const QVector<qint64> resolved = drilled(
        [&] {
            figures->setCurrentCell(orangeRow, ui::DashboardPanel::ColResolved);
            QTest::keyClick(figures, Qt::Key_Return);
        },
        QStringLiteral("orange"), stats::Figure::Resolved, -1, squadName(Squad::Orange));
    CHECK(resolved == QVector<qint64>{road.toLongLong()});
    CHECK(figures->item(orangeRow, ui::DashboardPanel::ColResolved)->text() ==
          QString::number(resolved.size()));

    // Every unit's open backlog under a day old, by a double-click on the bucket's cell: the
    // three reports still open (the road is done).
    const QVector<qint64> young = drilled(
        [&] {
            QTableWidgetItem *item = figures->item(totalRow, ui::DashboardPanel::ColBacklogFirst);
            figures->scrollToItem(item);
            const QPoint at = figures->visualItemRect(item).center();
            QTest::mouseClick(figures->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(figures->viewport(), Qt::LeftButton, {}, at);
        },
        std::nullopt, stats::Figure::Backlog, 0, dashboard->tr("All units"));
    CHECK(young.size() == 3);
    CHECK_FALSE(young.contains(road.toLongLong()));
    CHECK(figures->item(totalRow, ui::DashboardPanel::ColBacklogFirst)->text() ==
          QStringLiteral("3"));

    // The SLA cell's menu: only those that missed (none yet; the table is empty).
    const QVector<qint64> missed = drilled(
        [&] {
            std::unique_ptr<QMenu> menu(
                dashboard->cellMenu(orangeRow, ui::DashboardPanel::ColResolutionSla));
            REQUIRE(menu);
            REQUIRE(menu->actions().size() == 2);
            menu->actions().at(1)->trigger();
        },
        QStringLiteral("orange"), stats::Figure::ResolutionSlaMissed, -1, squadName(Squad::Orange));
    CHECK(missed.isEmpty());
    CHECK(window.model()->rowCount() == 0);

    // A bar of the weekly trend: the reports resolved in the period's last week (every unit).
    const QList<QBarSet *> trend = dashboard->trendBarSets();
    REQUIRE(trend.size() == 2);
    const int lastWeek = int(shown.total.trend.size()) - 1;
    const QVector<qint64> week =
        drilled([&] { emit trend.at(1)->clicked(lastWeek); }, std::nullopt,
                stats::Figure::WeekResolved, lastWeek, dashboard->tr("All units"));
    CHECK(week == QVector<qint64>{road.toLongLong()});
    CHECK(chip->text().contains(shown.total.trend.last().isoWeek()));

    // Pressing the chip removes the restriction: every report again.
    QSignalSpy changed(bar, &ui::ReportFilterBar::filterChanged);
    QTest::mouseClick(chip, Qt::LeftButton);
    CHECK(changed.size() == 1);
    CHECK(chip->isHidden());
    CHECK_FALSE(bar->filter().ids);
    REQUIRE(waitFor([&] { return tableIds(window) == everything; }, 5000));
    // Clearing the filters removes it as well.
    drilled(
        [&] {
            figures->setCurrentCell(orangeRow, ui::DashboardPanel::ColUnit);
            QTest::keyClick(figures, Qt::Key_Return);
        },
        QStringLiteral("orange"), stats::Figure::Received, -1, squadName(Squad::Orange));
    bar->clear();
    CHECK(chip->isHidden());
    REQUIRE(waitFor([&] { return tableIds(window) == everything; }, 5000));

    // Ranked from one report, the squads have bars: the orange squad's "responses within SLA"
    // bar shows the reports that share counts.
    auto *minReports = dashboard->findChild<QSpinBox *>(QStringLiteral("dashboardMinReports"));
    REQUIRE(minReports);
    refreshed.clear();
    minReports->setValue(1);
    REQUIRE(waitFor([&] {
        return !refreshed.isEmpty() && dashboard->result() && dashboard->result()->minReports == 1;
    }));
    const stats::StatsResult ranked = *dashboard->result();
    int orangeBar = -1, bars = 0;
    for (const stats::UnitFigures &u : ranked.units)
        if (u.rank > 0) {
            if (u.key == QStringLiteral("orange"))
                orangeBar = bars;
            ++bars;
        }
    REQUIRE(orangeBar >= 0);
    const QList<QBarSet *> sets = dashboard->chartBarSets();
    REQUIRE(sets.size() == 3);
    REQUIRE(sets.at(1)->count() == bars);
    const QVector<qint64> counted =
        drilled([&] { emit sets.at(1)->clicked(orangeBar); }, QStringLiteral("orange"),
                stats::Figure::ResponseSlaCounted, -1, squadName(Squad::Orange));
    CHECK(counted == QVector<qint64>{road.toLongLong()});
}

TEST_CASE("the overview for the big screen: today's and this week's figures, the latest "
          "reports and the ones longest past their deadline")
{
    Fixture f;
    const QUrl hub = f.hub.url();
    const QString road = postCitizenReport(hub, f.apiKey, QStringLiteral("jalan_rusak"), -8.0512,
                                           111.7105, QStringLiteral("Jalan berlubang"));
    const QString floodA = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1000,
                                             111.8000, QStringLiteral("Banjir di sawah"));
    const QString floodB = postCitizenReport(hub, f.apiKey, QStringLiteral("banjir"), -8.1200,
                                             111.8100, QStringLiteral("Banjir di jalan desa"));
    Workstation ws(f);
    REQUIRE(ws.logIn(hub, QStringLiteral("budi"), QStringLiteral("rahasia-456")));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    ui::MainWindow window(*ws.flow.replica(), *ws.flow.dispatch(), *ws.flow.sync(), clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitFor([&] { return window.model()->rowCount() == 3; }));
    window.selectReport(floodA.toLongLong());
    REQUIRE(waitFor([&] { return window.currentReportId() == floodA.toLongLong(); }));
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_3); // orange: a first response for flood A

    window.openOverview();
    ui::OverviewWindow *overview = window.overview();
    REQUIRE(overview);
    CHECK(overview->isVisible());
    QSignalSpy refreshed(overview, &ui::OverviewWindow::refreshed);
    overview->refresh();
    REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
    // WIB "today" may have begun after the reports on a day's edge; this week holds them.
    CHECK(overview->figure(1)->text() == QStringLiteral("3"));
    CHECK(overview->figure(2)->text() == QStringLiteral("33 %")); // 1 of 3 followed up
    CHECK(overview->figure(3)->text() != QStringLiteral("—"));
    REQUIRE(overview->latest()->count() == 3);
    CHECK(overview->latest()->item(0)->data(Qt::UserRole).toLongLong() == floodB.toLongLong());
    CHECK(overview->latest()->item(2)->data(Qt::UserRole).toLongLong() == road.toLongLong());
    CHECK(overview->worst()->count() == 0);

    // 31 minutes later flood B (30-minute response target) is overdue; the road is not.
    clock.advanceSecs(31 * 60);
    window.notifier()->checkNow();
    REQUIRE(waitFor([&] { return overview->worst()->count() == 1; }));
    CHECK(overview->worst()->item(0)->data(Qt::UserRole).toLongLong() == floodB.toLongLong());
    CHECK(overview->worst()->item(0)->text().contains(QStringLiteral("overdue by")));
    // Readable from across the room.
    CHECK(overview->figure(1)->font().pointSizeF() > 2.5 * window.font().pointSizeF());

    // The overview's map shows every report whatever the operator's table is filtered to.
    const auto onMap = [](ui::MapView *map) {
        map->zoomToAll();
        quint64 n = 0;
        for (const ClusterItem &item : map->visibleItems())
            n += item.count;
        return n;
    };
    REQUIRE(waitFor([&] { return onMap(overview->map()) == 3; }));
    CatalogFilter orangeOnly;
    orangeOnly.squad = int(Squad::Orange);
    window.filterBar()->setFilter(orangeOnly);
    const bool filtered = waitFor([&] { return window.model()->rowCount() == 1; });
    INFO("rows " << window.model()->rowCount() << " squad filter "
                 << window.filterBar()->filter().squad << " orange in replica "
                 << (ws.flow.replica()->report(floodA.toLongLong())->squad == Squad::Orange));
    REQUIRE(filtered);
    REQUIRE(waitFor([&] { return onMap(window.map()) == 1; }));
    QTest::qWait(100);
    CHECK(onMap(overview->map()) == 3);
}
