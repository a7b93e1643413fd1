// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/shortcutoverlay.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posko::ui {

ShortcutOverlay::ShortcutOverlay(QWidget *window) : QFrame(window), m_window(window)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setFocusPolicy(Qt::StrongFocus);
    m_panel = new QFrame(this);
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_panel);
    auto *title = new QLabel(tr("Keyboard shortcuts"), m_panel);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_list = new QTableWidget(0, 2, m_panel);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("F1 or Esc closes this list."), m_panel));
    window->installEventFilter(this);
    hide();
}

QList<QPair<QString, QString>> ShortcutOverlay::entries() const
{
    QList<QPair<QString, QString>> out;
    QSet<QString> seen;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty() || !a->isVisible())
            continue;
        QString text = a->text();
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const QString key = keys.join(QStringLiteral(", "));
        if (seen.contains(text + key))
            continue;
        seen.insert(text + key);
        out.push_back({text.trimmed(), key});
    }
    out.append(m_fixed);
    return out;
}

void ShortcutOverlay::refresh()
{
    const auto list = entries();
    m_list->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_list->setItem(i, 0, new QTableWidgetItem(list.at(i).first));
        m_list->setItem(i, 1, new QTableWidgetItem(list.at(i).second));
    }
}

void ShortcutOverlay::toggle()
{
    if (isVisible()) {
        hide();
        return;
    }
    refresh();
    setGeometry(m_window->rect());
    const QSize box(std::min(width() - 40, 640), std::min(height() - 40, 720));
    m_panel->setGeometry(
        QRect(QPoint((width() - box.width()) / 2, (height() - box.height()) / 2), box));
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && isVisible()) {
        hide();
        toggle(); // laid out again for the new size
    }
    return QFrame::eventFilter(watched, event);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *event)
{
    if (!m_panel->geometry().contains(event->position().toPoint()))
        hide();
    QFrame::mousePressEvent(event);
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 110)); // the window dimmed behind the list
}

} // namespace posko::ui
