// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/reportcatalog.h"

#include <QTabBar>
#include <array>

class QAction;

namespace posko::ui {

// The operator's work queues above the report table, each with its live count: every report,
// the inbox (new and reopened, waiting for a first response) and "my watch" (SLA near or past
// its deadline). Alt+1, Alt+2 and Alt+3 switch between them.
class ReportQueueBar final : public QTabBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportQueueBar)

public:
    explicit ReportQueueBar(QWidget *parent = nullptr);

    ReportQueue queue() const;
    void setQueue(ReportQueue queue);
    // Counts in ReportQueue order; a negative count shows as not known yet.
    void setCounts(const QVector<qint64> &counts);
    qint64 count(ReportQueue queue) const { return m_counts.at(size_t(queue)); }

signals:
    void queueChanged(posko::ReportQueue queue);

protected:
    void changeEvent(QEvent *event) override;

private:
    void relabel();

    std::array<qint64, 3> m_counts{-1, -1, -1};
    std::array<QAction *, 3> m_actions{};
};

} // namespace posko::ui
