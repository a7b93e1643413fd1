// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace posko::ui {

class MapView;
class VisibleReportsProxy;

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
    // Checkable: the report table shows only the reports in the map's visible area (MainWindow
    // applies it, the map only offers the switch).
    QAction *onlyVisible() const { return m_onlyVisible; }
    // Drives `rows` (the table's rows) from onlyVisible() and the map's visible area: refilled
    // when the camera comes to rest (visibleAreaChanged, debounced by the map).
    void filterTable(VisibleReportsProxy *rows);

private:
    void chooseBoundaries();

    MapView &m_map;
    QWidget *m_dialogParent;
    QAction *m_zoomAll = nullptr;
    QAction *m_zoomSelection = nullptr;
    QAction *m_zoomRegency = nullptr;
    QAction *m_heat = nullptr;
    QAction *m_markers = nullptr;
    QAction *m_onlyVisible = nullptr;
    QAction *m_loadBoundaries = nullptr;
    QAction *m_clearBoundaries = nullptr;
};

} // namespace posko::ui
