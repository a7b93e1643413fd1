// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/slanotifier.h"

#include "core/domain/clock.h"
#include "core/domain/status.h"
#include "core/sla/sla.h"
#include "core/storage/reportcatalog.h"
#include "ui/common/timeformat.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace posko::ui {

namespace {
constexpr int keptNotices = 200;
const QString soundKey = QStringLiteral("notify/sound");
} // namespace

SlaNotifier::SlaNotifier(ReportCatalog &catalog, const Clock &clock, LabelPolicy policy,
                         QWidget *parent)
    : QToolButton(parent), m_catalog(catalog), m_clock(clock), m_policy(std::move(policy))
{
    setObjectName(QStringLiteral("notifications"));
    setAccessibleName(tr("Notifications"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    m_sound = QSettings().value(soundKey, false).toBool();
    connect(&m_catalog, &ReportCatalog::selected, this, &SlaNotifier::answered);
    connect(menu(), &QMenu::aboutToShow, this, [this] {
        m_unread = 0;
        rebuild();
    });
    rebuild();
}

void SlaNotifier::setSoundOn(bool on)
{
    m_sound = on;
    QSettings().setValue(soundKey, on);
    rebuild();
}

void SlaNotifier::checkNow()
{
    CatalogFilter warning, breached, fresh;
    warning.slaStates = 1u << int(SlaState::Warning);
    breached.slaStates = 1u << int(SlaState::Breached);
    fresh.statuses = 1u << int(Status::Baru);
    m_asked = m_catalog.select({warning, breached, fresh}, m_clock.now().toSecsSinceEpoch());
}

void SlaNotifier::setBaselineOnly(bool on)
{
    if (m_baselineOnly == on)
        return;
    m_baselineOnly = on;
    if (!on) {
        m_primed = false; // the next answer is the baseline
        checkNow();
    }
}

void SlaNotifier::answered(quint64 generation, const QVector<QVector<qint64>> &ids)
{
    if (generation != m_asked || ids.size() != 3)
        return;
    if (m_baselineOnly)
        m_primed = false;
    const QSet<qint64> warning(ids[0].begin(), ids[0].end());
    const QSet<qint64> breached(ids[1].begin(), ids[1].end());
    const QSet<qint64> fresh(ids[2].begin(), ids[2].end());
    if (m_primed) {
        for (qint64 id : ids[2])
            if (!m_new.contains(id))
                if (const auto row = m_catalog.row(id, false))
                    if (const Label *l = m_policy.find(row->label); l && l->urgent)
                        add(Kind::Urgent, id);
        for (qint64 id : ids[0])
            if (!m_warning.contains(id))
                add(Kind::Warning, id);
        for (qint64 id : ids[1])
            if (!m_breached.contains(id))
                add(Kind::Breach, id);
    }
    m_primed = true;
    m_warning = warning;
    m_breached = breached;
    m_new = fresh;
    rebuild();
    emit breachesChanged(ids[1]);
}

void SlaNotifier::add(Kind kind, qint64 id)
{
    const auto row = m_catalog.row(id, false);
    const QString what = row ? m_policy.displayName(row->label) : QString();
    Notice n;
    n.at = m_clock.now();
    n.reportId = id;
    n.kind = kind;
    switch (kind) {
    case Kind::Urgent:
        n.text = tr("New urgent report #%1: %2").arg(id).arg(what);
        break;
    case Kind::Warning:
        n.text = tr("Near its deadline: #%1 %2").arg(id).arg(what);
        break;
    case Kind::Breach:
        n.text = tr("Past its deadline: #%1 %2").arg(id).arg(what);
        break;
    }
    m_notices.push_back(n);
    if (m_notices.size() > keptNotices)
        m_notices.remove(0, m_notices.size() - keptNotices);
    ++m_unread;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        static QSystemTrayIcon *tray = nullptr;
        if (!tray) {
            tray = new QSystemTrayIcon(QApplication::windowIcon(), qApp);
            tray->show();
        }
        tray->showMessage(tr("Posko"), n.text,
                          kind == Kind::Warning ? QSystemTrayIcon::Information
                                                : QSystemTrayIcon::Warning);
    }
    if (m_sound)
        QApplication::beep();
    emit noticed(n);
}

void SlaNotifier::rebuild()
{
    setText(m_unread > 0 ? tr("%n new notice(s)", nullptr, m_unread) : tr("Notifications"));
    setToolTip(tr("Notifications: new urgent reports, near and past deadlines"));
    QMenu *m = menu();
    m->clear();
    if (m_notices.isEmpty())
        m->addAction(tr("No notifications yet"))->setEnabled(false);
    for (auto it = m_notices.crbegin(); it != m_notices.crend(); ++it) {
        const qint64 id = it->reportId;
        auto *a = m->addAction(QStringLiteral("%1 · %2").arg(formatWib(it->at), it->text));
        connect(a, &QAction::triggered, this, [this, id] { emit openReport(id); });
        if (std::distance(m_notices.crbegin(), it) >= 30)
            break;
    }
    m->addSeparator();
    auto *sound = m->addAction(tr("Play a sound"));
    sound->setCheckable(true);
    sound->setChecked(m_sound);
    connect(sound, &QAction::toggled, this, [this](bool on) {
        // Not from inside the menu's own signal: rebuild() clears the menu.
        QMetaObject::invokeMethod(
            this, [this, on] { setSoundOn(on); }, Qt::QueuedConnection);
    });
    auto *clear = m->addAction(tr("Clear the list"));
    clear->setEnabled(!m_notices.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_notices.clear();
                m_unread = 0;
                rebuild();
            },
            Qt::QueuedConnection);
    });
}

} // namespace posko::ui
