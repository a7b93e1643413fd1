// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <QMenu>
class QWidget;

namespace posko::ui {

class BaseMapChoice;
struct BaseMapSetting;

// The Map menu's "Base map" submenu: Built-in (offline), the logged-in hub's tile sources
// (asked from the hub each time the menu opens), "Online tile server…" and "MBTiles file…".
// A choice that cannot be used is explained in a message box over `dialogParent` and the
// current base map stays.
class BaseMapMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaseMapMenu)

public:
    BaseMapMenu(BaseMapChoice &choice, QWidget *dialogParent);

    QMenu *build(QWidget *menuParent);
    QMenu *menu() const { return m_menu; }

    bool chooseTileServer();
    bool chooseMbTiles();

private:
    void fill();
    bool apply(const BaseMapSetting &setting);

    BaseMapChoice &m_choice;
    QWidget *m_dialogParent;
    QPointer<QMenu> m_menu;
};

} // namespace posko::ui
