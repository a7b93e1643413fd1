// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>
#include <QPair>

class QTableWidget;

namespace posko::ui {

// The keyboard shortcuts of a window, over it (F1): read from the window's own actions each
// time it opens, so the list is always what the keys do. Esc or F1 closes it; it never blocks
// the window (not modal, hidden by any click outside its panel).
class ShortcutOverlay final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutOverlay)

public:
    explicit ShortcutOverlay(QWidget *window);

    void toggle();
    // Keys a widget handles itself (no action), listed after the actions.
    void addFixed(const QString &what, const QString &keys) { m_fixed.push_back({what, keys}); }
    // (what it does, keys) for every action of the window that has a shortcut, in menu order.
    QList<QPair<QString, QString>> entries() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    QWidget *m_window;
    QFrame *m_panel = nullptr;
    QTableWidget *m_list = nullptr;
    QList<QPair<QString, QString>> m_fixed;
};

} // namespace posko::ui
