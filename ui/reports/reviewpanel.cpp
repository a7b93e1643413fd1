// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reviewpanel.h"

#include <QListWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace posko::ui {

ReviewPanel::ReviewPanel(Describe describe, QWidget *parent)
    : QWidget(parent), m_describe(std::move(describe))
{
    setObjectName(QStringLiteral("reviewPanel"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Supervisor review"));
    v->addWidget(m_tabs);
    const char *names[3] = {"breachList", "flagList", "disputeList"};
    for (int i = 0; i < 3; ++i) {
        auto *list = new QListWidget(m_tabs);
        list->setObjectName(QLatin1String(names[i]));
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            if (id > 0)
                emit openReport(id);
        });
        m_lists[i] = list;
        m_tabs->addTab(list, QString());
    }
    m_lists[0]->setAccessibleName(tr("Reports past their deadline"));
    m_lists[1]->setAccessibleName(tr("Closures flagged as suspiciously fast"));
    m_lists[2]->setAccessibleName(tr("Reports disputed by citizens"));
    relabel();
}

void ReviewPanel::setBreaches(const QVector<qint64> &ids)
{
    fill(0, ids, false);
}

void ReviewPanel::setFlagged(const QVector<qint64> &ids)
{
    fill(1, ids, true);
}

void ReviewPanel::setDisputed(const QVector<qint64> &ids)
{
    fill(2, ids, true);
}

void ReviewPanel::fill(int which, QVector<qint64> ids, bool newestFirst)
{
    std::sort(ids.begin(), ids.end());
    if (newestFirst)
        std::reverse(ids.begin(), ids.end());
    QListWidget *list = m_lists[which];
    const qint64 keep =
        list->currentItem() ? list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    list->setUpdatesEnabled(false);
    list->clear();
    const qsizetype shown = std::min<qsizetype>(ids.size(), maxListed);
    for (qsizetype i = 0; i < shown; ++i) {
        auto *item = new QListWidgetItem(m_describe(ids.at(i)), list);
        item->setData(Qt::UserRole, ids.at(i));
        if (ids.at(i) == keep)
            list->setCurrentItem(item);
    }
    if (ids.size() > shown) {
        auto *more =
            new QListWidgetItem(tr("… and %n more", nullptr, int(ids.size() - shown)), list);
        more->setFlags(Qt::NoItemFlags);
    }
    list->setUpdatesEnabled(true);
    m_counts[which] = ids.size();
    relabel();
}

void ReviewPanel::relabel()
{
    m_tabs->setTabText(0, tr("Past deadline (%1)").arg(m_counts[0]));
    m_tabs->setTabText(1, tr("Fast closures (%1)").arg(m_counts[1]));
    m_tabs->setTabText(2, tr("Disputed (%1)").arg(m_counts[2]));
}

} // namespace posko::ui
