// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QWidget>
#include <functional>

class QListWidget;
class QTabWidget;

namespace posko::ui {

// What a supervisor must look at (PRODUCT.md: make fake greens visible): reports past their
// SLA deadline, closures the hub flagged as suspiciously fast for their label, and reports a
// citizen disputed. Each list opens its report on activation (Enter or double-click). The
// window fills the lists; `describe` gives a report's line ("#12 · Sampah · Kec. Pogalan").
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    using Describe = std::function<QString(qint64 id)>;
    explicit ReviewPanel(Describe describe, QWidget *parent = nullptr);

    // Oldest breach first (ascending ids: reports arrive in id order).
    void setBreaches(const QVector<qint64> &ids);
    // Newest first.
    void setFlagged(const QVector<qint64> &ids);
    void setDisputed(const QVector<qint64> &ids);

    QListWidget *breachList() const { return m_lists[0]; }
    QListWidget *flagList() const { return m_lists[1]; }
    QListWidget *disputeList() const { return m_lists[2]; }

    static constexpr int maxListed = 1000; // the rest is counted, and in the watch queue

signals:
    void openReport(qint64 id);

private:
    void fill(int which, QVector<qint64> ids, bool newestFirst);
    void relabel();

    Describe m_describe;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_lists[3] = {};
    qsizetype m_counts[3] = {0, 0, 0};
};

} // namespace posko::ui
