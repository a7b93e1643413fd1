// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"

#include <QDateTime>
#include <QSet>
#include <QToolButton>
#include <QVector>

namespace posko {
class Clock;
class ReportCatalog;
} // namespace posko

namespace posko::ui {

// Tells the operator about new urgent reports and reports whose SLA timer comes near or goes
// past its deadline, without ever blocking work: an entry in the status bar's bell (its menu
// lists them, a click opens the report), a desktop notification where the desktop has a tray,
// and the system bell if the operator switched the sound on.
//
// Each check asks the catalog (on its worker) for the reports in warning, in breach and new;
// what was not in the previous answer is news. The first answer only sets the baseline (the
// watch queue lists what was already late when the window opened).
class SlaNotifier final : public QToolButton
{
    Q_OBJECT

public:
    enum class Kind
    {
        Urgent,
        Warning,
        Breach
    };
    struct Notice
    {
        QDateTime at;
        qint64 reportId = 0;
        Kind kind = Kind::Urgent;
        QString text;
    };

    SlaNotifier(ReportCatalog &catalog, const Clock &clock, LabelPolicy policy,
                QWidget *parent = nullptr);

    void setPolicy(LabelPolicy policy) { m_policy = std::move(policy); }
    void checkNow();
    // While a replica fills for the first time everything that arrives is old news: with this
    // on, answers only set the baseline. Turning it off asks again for a fresh baseline.
    void setBaselineOnly(bool on);
    const QVector<Notice> &notices() const { return m_notices; } // newest last
    bool soundOn() const { return m_sound; }
    void setSoundOn(bool on); // kept in the settings

signals:
    void noticed(const posko::ui::SlaNotifier::Notice &notice);
    void openReport(qint64 reportId);
    // Every report past its deadline at the latest check (ascending ids), for the supervisor.
    void breachesChanged(const QVector<qint64> &ids);

private:
    void answered(quint64 generation, const QVector<QVector<qint64>> &ids);
    void add(Kind kind, qint64 id);
    void rebuild();

    ReportCatalog &m_catalog;
    const Clock &m_clock;
    LabelPolicy m_policy;
    quint64 m_asked = 0;
    bool m_primed = false;
    bool m_baselineOnly = false;
    bool m_sound = false;
    QSet<qint64> m_warning, m_breached, m_new;
    QVector<Notice> m_notices;
    int m_unread = 0;
};

} // namespace posko::ui
