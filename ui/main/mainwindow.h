// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/report.h"
#include "core/storage/reportcatalog.h"

#include <QMainWindow>

class QLabel;
class QToolButton;
class QTableView;
class QTimer;
class QAction;
class QMenu;
class QSplitter;

namespace posko {
class Clock;
class Replica;
class ReportCatalog;
class DispatchService;
class SyncClient;
class PresenceClient;
} // namespace posko

namespace posko::ui {

class ReportTableModel;
class VisibleReportsProxy;
class ReportDetailPanel;
class ReportFilterBar;
class ReportQueueBar;
class LoginDialog;
class OutboxButton;
class ShortcutOverlay;
class SlaNotifier;
class SettingsDialog;
class MapView;
class PhotoViewer;
class ReviewPanel;
class DashboardPanel;
class OverviewWindow;
class WeeklyReportDialog;
class BaseMapChoice;

// The command centre's main window: report table in the centre, detail panel docked beside it,
// sync state in the status bar. It assembles panels and routes the operator's requests to
// DispatchService and SyncClient; domain rules live in core.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Replica &replica, DispatchService &dispatch, SyncClient &sync, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *table() const { return m_table; }
    ReportTableModel *model() const { return m_model; }
    ReportCatalog *catalog() const { return m_catalog; }
    ReportFilterBar *filterBar() const { return m_filterBar; }
    ReportQueueBar *queueBar() const { return m_queueBar; }
    ShortcutOverlay *shortcutOverlay() const { return m_shortcuts; }
    SlaNotifier *notifier() const { return m_notifier; }
    SettingsDialog *settingsDialog() const { return m_settings; } // once opened
    QMenu *tableContextMenu() const { return m_tableMenu; }
    QMenu *columnMenu() const { return m_columnMenu; } // right-click on the table's header
    ReportDetailPanel *detail() const { return m_detail; }
    MapView *map() const { return m_map; }
    QLabel *syncIndicator() const { return m_syncState; }
    QToolButton *outboxIndicator() const;
    LoginDialog *reloginDialog() const { return m_relogin; } // open while a session has expired
    // Tells the hub which report this workstation has open, and who else has it open.
    PresenceClient *presence() const { return m_presence; }

    void selectReport(qint64 id);
    // Selects a report, clearing the queue and filters first when they hide it.
    void openReport(qint64 id);
    std::optional<qint64> currentReportId() const;
    // The squad's after photo from a file, for a report (what the file dialog calls).
    bool attachAfterPhoto(qint64 id, const QString &file);
    PhotoViewer *photoViewer() const { return m_photoViewer; }

    // What the operator was doing, carried into a window built again (another language).
    struct WorkState
    {
        CatalogFilter filter;
        ReportQueue queue = ReportQueue::All;
        std::optional<qint64> current;
        bool settingsOpen = false;
    };
    WorkState workState() const;
    void restoreWork(const WorkState &state);
    void openSettings();
    void openDashboard(); // squad performance, in a window of its own
    // The table's current rows as CSV with every lifecycle time (File → Export); the number
    // of rows written, or nullopt with `error`.
    std::optional<qint64> exportTable(const QString &path, QString *error = nullptr) const;
    DashboardPanel *dashboard() const { return m_dashboard; }
    // The regent's overview for a large screen, in a window of its own (F11: full screen).
    void openOverview();
    OverviewWindow *overview() const { return m_overview; }
    // The weekly evaluation as a PDF in Bahasa Indonesia (File menu).
    void openWeeklyReport();
    WeeklyReportDialog *weeklyReportDialog() const { return m_weekly; }
    // The work order of these reports as a PDF at `path` (Ctrl+P asks for the file first);
    // workOrderFinished() tells the outcome.
    void printWorkOrder(const QVector<qint64> &ids, const QString &path);

signals:
    // The settings chose another language: the owner builds the window again (CommandCentre).
    void languageChangeRequested(const QString &language);
    void workOrderFinished(bool ok, int pages, const QString &message);

public:
    ReviewPanel *reviewPanel() const { return m_review; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void moveCurrent(int step); // the next (1) or previous (-1) report in the table
    // Window geometry, docks, the table/map split, column widths, order and visibility: kept
    // in the settings when the window goes, restored when it opens.
    void saveLayout() const;
    QString layoutGroup() const; // the settings group of this user's layout
    void restoreLayout();
    void showCurrent();
    void showNearby(qint64 id);
    void chooseAfterPhoto();
    void openPhotos();
    void markDuplicates();
    void chooseWorkOrderFile();
    void act(const ReportAction &action);
    QVector<qint64> selectedReportIds() const; // every selected row's report, ascending
    QString describe(const ReportAction &action) const;
    static constexpr int maxBulk = 10000; // one confirmation changes at most this many
    void refreshReports(const QVector<qint64> &ids);
    void rowsReady();
    void reloadCatalog();
    void refreshOutbox();
    void setSyncState(const QString &text, const QString &color);
    void showAbout();
    void askPasswordAgain();

    Replica &m_replica;
    DispatchService &m_dispatch;
    SyncClient &m_sync;
    const Clock &m_clock;
    ReportCatalog *m_catalog = nullptr; // the replica's reports for the table, off the GUI thread
    ReportTableModel *m_model = nullptr;
    ReportFilterBar *m_filterBar = nullptr;
    ReportQueueBar *m_queueBar = nullptr;
    QTimer *m_countTimer = nullptr; // coalesces queue count requests
    ShortcutOverlay *m_shortcuts = nullptr;
    SlaNotifier *m_notifier = nullptr;
    SettingsDialog *m_settings = nullptr;
    QMenu *m_tableMenu = nullptr;
    QMenu *m_columnMenu = nullptr;
    QSplitter *m_split = nullptr;
    std::optional<qint64> m_keepCurrent; // the report to select again once a filter result is in
    VisibleReportsProxy *m_tableRows = nullptr; // the table's rows: all, or what the map shows
    QTableView *m_table = nullptr;
    ReportDetailPanel *m_detail = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_syncState = nullptr;
    OutboxButton *m_outboxState = nullptr;
    QTimer *m_slaTimer = nullptr;
    QAction *m_assignActions[7] = {};
    LoginDialog *m_relogin = nullptr;
    PhotoViewer *m_photoViewer = nullptr;
    ReviewPanel *m_review = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    OverviewWindow *m_overview = nullptr;
    WeeklyReportDialog *m_weekly = nullptr;
    BaseMapChoice *m_baseMaps = nullptr;
    PresenceClient *m_presence = nullptr;
    bool m_leaving = false; // the window waits (briefly) for the hub to hear it closed the report
    // Until the operator picks a report, the window keeps the top row selected while syncs
    // fill the table; m_selecting marks selections made by the window itself.
    bool m_autoSelect = true;
    bool m_selecting = false;
    int m_slaTicks = 0;
};

} // namespace posko::ui
