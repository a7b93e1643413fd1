// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/report.h"

#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;
class QListWidget;
class QPushButton;
class QHBoxLayout;
class QMenu;
class QTextBrowser;

namespace posko {
class Clock;
class LabelPolicy;
class AreaCatalog;
struct PresenceViewer;
} // namespace posko

namespace posko::ui {

// Everything about the selected report: photo, label, place, time, SLA, history; and the
// operator's actions on it (assign to a squad, change status, add a note). The panel only
// asks; MainWindow routes the requests through DispatchService.
class ReportDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDetailPanel)

public:
    ReportDetailPanel(const Clock &clock, const LabelPolicy &policy, const AreaCatalog &areas,
                      QWidget *parent = nullptr);

    void setReport(const std::optional<Report> &report);
    std::optional<qint64> reportId() const;
    void setCovertClearance(bool cleared);
    void setPhoto(qint64 id, const QString &path); // ignored when another report is shown
    void setPhotoMessage(qint64 id, const QString &message);
    void setAfterPhoto(qint64 id, const QString &path);
    void setAfterPhotoMessage(qint64 id, const QString &message);
    // The cached files of the shown report's photos (empty until loaded).
    QString photoPath() const { return m_photoPath; }
    QString afterPhotoPath() const { return m_afterPath; }
    void refreshSla();
    // Other sessions that have `reportId` open (PresenceClient): a banner names them, hidden
    // when there are none. Ignored when another report is shown; a new report hides it.
    void setViewers(qint64 reportId, const QVector<PresenceViewer> &viewers);

    // Triage: reports near the shown one (MainWindow asks the catalog), likely duplicates
    // first. Ignored when another report is shown by now.
    struct NearbyItem
    {
        qint64 id = 0;
        QString text;
        bool likely = false;
    };
    void setNearby(qint64 reportId, const QVector<NearbyItem> &items);
    // The status changes allowed now, as a menu at `globalPos` (the S key); the same rules as
    // the panel's buttons. Returns the menu (it deletes itself when closed), or null.
    QMenu *popupStatusMenu(const QPoint &globalPos);

    QPushButton *squadButton(Squad squad) const; // for tests and shortcuts' visual feedback
    QListWidget *nearbyList() const { return m_nearby; }
    QPushButton *markDuplicateButton() const { return m_markDuplicate; }
    QPushButton *afterPhotoButton() const { return m_afterButton; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *presenceBanner() const { return m_presence; }

signals:
    void assignRequested(posko::Squad squad);
    void statusRequested(posko::Status status, const QString &reason);
    void noteRequested(const QString &text);
    void photoWanted(qint64 reportId);
    void afterPhotoWanted(qint64 reportId);
    void afterPhotoRequested(); // the operator attaches the squad's after photo
    void duplicateRequested(qint64 original);
    void openReportRequested(qint64 id);
    void photosOpenRequested(); // the photos large, before and after side by side

private:
    void rebuildStatusButtons();
    void requestStatus(Status target);
    void updateNotice();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const Clock &m_clock;
    const LabelPolicy &m_policy;
    const AreaCatalog &m_areas;
    std::optional<Report> m_report;
    bool m_cleared = false;

    QLabel *m_title = nullptr;
    QLabel *m_presence = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_photo = nullptr;
    QLabel *m_afterPhoto = nullptr;
    QWidget *m_afterBox = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_afterButton = nullptr;
    QListWidget *m_nearby = nullptr;
    QPushButton *m_markDuplicate = nullptr;
    QString m_photoPath;
    QString m_afterPath;
    QLabel *m_place = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_description = nullptr;
    std::array<QPushButton *, 7> m_squadButtons{};
    QHBoxLayout *m_statusRow = nullptr;
    QLineEdit *m_note = nullptr;
    QToolButton *m_templates = nullptr;
    QPushButton *m_addNote = nullptr;
    QListWidget *m_history = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace posko::ui
