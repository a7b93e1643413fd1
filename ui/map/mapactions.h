// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace posko::ui {

class MapView;

// The map's menu and toolbar actions (layers, zooms, boundary file), so MainWindow only places
// them. Errors (a bad boundary file) are shown in a message box over `dialogParent`.
class MapActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapActions)

public:
    MapActions(MapView &map, QWidget *dialogParent);

    // A "Map" menu with every action, and the most used ones on `toolBar`.
    QMenu *buildMenu(QWidget *menuParent);
    void addToToolBar(QToolBar *toolBar);

    QAction *zoomToAll() const { return m_zoomAll; }
    QAction *zoomToSelection() const { return m_zoomSelection; }
    QAction *heat() const { return m_heat; }
    QAction *markers() const { return m_markers; }

private:
    void chooseBoundaries();

    MapView &m_map;
    QWidget *m_dialogParent;
    QAction *m_zoomAll = nullptr;
    QAction *m_zoomSelection = nullptr;
    QAction *m_zoomRegency = nullptr;
    QAction *m_heat = nullptr;
    QAction *m_markers = nullptr;
    QAction *m_loadBoundaries = nullptr;
    QAction *m_clearBoundaries = nullptr;
};

} // namespace posko::ui
