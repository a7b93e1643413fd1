// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace posko {
class Clock;
}

namespace posko::ui {

// Saves the weekly evaluation (issue 6) as a PDF in Bahasa Indonesia: the operator picks a week
// (any day of it; the last whole week by default) and a file. The figures are computed and the
// file written on a worker thread by core/print, the same code as `poskoctl report weekly`.
class WeeklyReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReportDialog)

public:
    WeeklyReportDialog(QString databasePath, LabelPolicy policy, QString user, const Clock &clock,
                       QWidget *parent = nullptr);

    QDate monday() const;
    void setWeek(QDate anyDay);
    // Writes the PDF of the chosen week to `path` in the background; saved() tells the outcome.
    void saveTo(const QString &path);
    bool busy() const { return m_busy; }

signals:
    void saved(const QString &path, const QString &error); // error empty on success

private:
    void showWeek();

    QString m_path;
    LabelPolicy m_policy;
    QString m_user;
    const Clock &m_clock;
    QDateEdit *m_day = nullptr;
    QLabel *m_week = nullptr;
    QSpinBox *m_minReports = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_save = nullptr;
    bool m_busy = false;
};

} // namespace posko::ui
