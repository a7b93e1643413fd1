// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervisor/weeklyreportdialog.h"

#include "core/domain/clock.h"
#include "core/geo/areas.h"
#include "core/i18n/translations.h"
#include "core/print/weeklyreport.h"
#include "core/stats/statsengine.h"
#include "ui/common/filedialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTranslator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace posko::ui {

WeeklyReportDialog::WeeklyReportDialog(QString databasePath, LabelPolicy policy, QString user,
                                       const Clock &clock, QWidget *parent)
    : QDialog(parent), m_path(std::move(databasePath)), m_policy(std::move(policy)),
      m_user(std::move(user)), m_clock(clock)
{
    setObjectName(QStringLiteral("weeklyReportDialog"));
    setWindowTitle(tr("Weekly evaluation (PDF)"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The week's figures per squad and per kecamatan, with charts, "
                                "printed in Bahasa Indonesia."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    v->addLayout(form);
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("weeklyReportDay"));
    m_day->setAccessibleName(tr("A day of the week to evaluate"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    form->addRow(tr("Week of:"), m_day);
    m_week = new QLabel(this);
    m_week->setObjectName(QStringLiteral("weeklyReportWeek"));
    form->addRow(QString(), m_week);
    m_minReports = new QSpinBox(this);
    m_minReports->setObjectName(QStringLiteral("weeklyReportMinReports"));
    m_minReports->setAccessibleName(tr("Reports a unit needs to be ranked"));
    m_minReports->setRange(1, 100000);
    m_minReports->setValue(stats::StatsEngine::defaultMinReports);
    m_minReports->setSuffix(tr(" reports"));
    form->addRow(tr("Ranked from:"), m_minReports);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("weeklyReportState"));
    m_state->setWordWrap(true);
    v->addWidget(m_state);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("weeklyReportSave"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        int year = 0;
        const int week = monday().weekNumber(&year);
        QFileDialog *dialog = saveFileDialog(this, QStringLiteral("weeklyReportFileDialog"),
                                             tr("Save the weekly evaluation"),
                                             QStringLiteral("pdf"), tr("PDF (*.pdf)"),
                                             QStringLiteral("evaluasi-mingguan-%1-W%2.pdf")
                                                 .arg(year)
                                                 .arg(week, 2, 10, QLatin1Char('0')));
        connect(dialog, &QFileDialog::fileSelected, this, &WeeklyReportDialog::saveTo);
        dialog->open();
    });
    connect(m_day, &QDateEdit::dateChanged, this, &WeeklyReportDialog::showWeek);
    setWeek(print::lastCompleteWeek(m_clock.now().toSecsSinceEpoch()));
}

QDate WeeklyReportDialog::monday() const
{
    const QDate d = m_day->date();
    return d.addDays(1 - d.dayOfWeek());
}

void WeeklyReportDialog::setWeek(QDate anyDay)
{
    m_day->setDate(anyDay);
    showWeek();
}

void WeeklyReportDialog::showWeek()
{
    int year = 0;
    const QDate mon = monday();
    const int week = mon.weekNumber(&year);
    const QLocale locale;
    m_week->setText(tr("Week %1-W%2: %3 to %4")
                        .arg(year)
                        .arg(week, 2, 10, QLatin1Char('0'))
                        .arg(locale.toString(mon, QLocale::ShortFormat),
                             locale.toString(mon.addDays(6), QLocale::ShortFormat)));
}

void WeeklyReportDialog::saveTo(const QString &file)
{
    if (m_busy)
        return;
    m_busy = true;
    m_save->setEnabled(false);
    m_state->setText(tr("Making the evaluation…"));
    print::WeeklyReportOptions options;
    options.monday = monday();
    options.minReports = m_minReports->value();
    options.generatedAt = m_clock.now().toSecsSinceEpoch();
    options.generatedBy = m_user;
    const QString db = m_path;
    const LabelPolicy policy = m_policy;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_busy = false;
        m_save->setEnabled(true);
        m_state->setText(error.isEmpty() ? tr("Saved to %1").arg(QDir::toNativeSeparators(file))
                                         : tr("The evaluation was not saved: %1").arg(error));
        emit saved(file, error);
    });
    watcher->setFuture(QtConcurrent::run([db, policy, options, file]() -> QString {
        // The catalogue is loaded here: the document is Indonesian whatever the screen speaks.
        const auto indonesian = loadTranslator(QStringLiteral("id"));
        QString error;
        const auto pdf = print::weeklyReportPdf(db, policy, AreaCatalog::builtIn(), options,
                                                indonesian.get(), &error);
        if (!pdf)
            return error;
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(*pdf) != pdf->size() || !out.commit())
            return out.errorString();
        return {};
    }));
}

} // namespace posko::ui
