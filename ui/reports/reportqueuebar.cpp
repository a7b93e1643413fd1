// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportqueuebar.h"

#include <QAction>
#include <QEvent>
#include <QLocale>

namespace posko::ui {

ReportQueueBar::ReportQueueBar(QWidget *parent) : QTabBar(parent)
{
    setObjectName(QStringLiteral("reportQueues"));
    setDrawBase(false);
    setExpanding(false);
    setDocumentMode(true);
    for (int i = 0; i < 3; ++i)
        addTab(QString());
    connect(this, &QTabBar::currentChanged, this,
            [this](int index) { emit queueChanged(ReportQueue(index)); });
    // Alt+1..3 from anywhere in the window (the digits alone assign squads).
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentIndex(i); });
        addAction(action);
        m_actions[size_t(i)] = action;
    }
    relabel();
}

ReportQueue ReportQueueBar::queue() const
{
    return ReportQueue(std::max(0, currentIndex()));
}

void ReportQueueBar::setQueue(ReportQueue queue)
{
    setCurrentIndex(int(queue));
}

void ReportQueueBar::setCounts(const QVector<qint64> &counts)
{
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] = qsizetype(i) < counts.size() ? counts.at(qsizetype(i)) : -1;
    relabel();
}

void ReportQueueBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QTabBar::changeEvent(event);
}

void ReportQueueBar::relabel()
{
    setAccessibleName(tr("Work queues"));
    const auto n = [this](ReportQueue q) {
        const qint64 c = m_counts.at(size_t(q));
        return c < 0 ? QStringLiteral("…") : QLocale().toString(c);
    };
    setTabText(int(ReportQueue::All), tr("All reports (%1)").arg(n(ReportQueue::All)));
    setTabText(int(ReportQueue::Inbox), tr("Inbox (%1)").arg(n(ReportQueue::Inbox)));
    setTabText(int(ReportQueue::Watch), tr("My watch (%1)").arg(n(ReportQueue::Watch)));
    if (m_actions[0]) {
        m_actions[0]->setText(tr("Show all reports"));
        m_actions[1]->setText(tr("Show the inbox"));
        m_actions[2]->setText(tr("Show my watch"));
    }
    setTabToolTip(int(ReportQueue::All), tr("Every report the filters let through (Alt+1)"));
    setTabToolTip(int(ReportQueue::Inbox),
                  tr("New and reopened reports waiting for a first response, most urgent "
                     "first (Alt+2)"));
    setTabToolTip(int(ReportQueue::Watch),
                  tr("Reports near or past their SLA deadline, most urgent first (Alt+3)"));
}

} // namespace posko::ui
