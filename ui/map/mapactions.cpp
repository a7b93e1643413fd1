// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapactions.h"

#include "core/geo/areas.h"
#include "ui/map/mapview.h"
#include "ui/map/reportlayer.h"
#include "ui/reports/reporttablemodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

namespace posko::ui {

MapActions::MapActions(MapView &map, QWidget *dialogParent)
    : QObject(&map), m_map(map), m_dialogParent(dialogParent)
{
    m_zoomAll = new QAction(tr("Zoom to &all reports"), this);
    m_zoomAll->setObjectName(QStringLiteral("mapZoomAll"));
    connect(m_zoomAll, &QAction::triggered, this, [this] {
        if (!m_map.zoomToAll())
            m_map.zoomToRegency();
    });
    m_zoomSelection = new QAction(tr("Zoom to &selection"), this);
    m_zoomSelection->setObjectName(QStringLiteral("mapZoomSelection"));
    connect(m_zoomSelection, &QAction::triggered, this, [this] { m_map.zoomToSelection(); });
    m_zoomRegency = new QAction(tr("Zoom to the &regency"), this);
    connect(m_zoomRegency, &QAction::triggered, this, [this] { m_map.zoomToRegency(); });

    m_markers = new QAction(tr("&Reports"), this);
    m_markers->setCheckable(true);
    m_markers->setChecked(true);
    connect(m_markers, &QAction::toggled, &m_map, &MapView::setMarkersVisible);
    m_heat = new QAction(tr("&Density"), this);
    m_heat->setObjectName(QStringLiteral("mapHeat"));
    m_heat->setCheckable(true);
    m_heat->setToolTip(tr("Show where reports are dense"));
    connect(m_heat, &QAction::toggled, &m_map, &MapView::setHeatVisible);

    m_onlyVisible = new QAction(tr("&Only what the map shows"), this);
    m_onlyVisible->setObjectName(QStringLiteral("mapOnlyVisible"));
    m_onlyVisible->setCheckable(true);
    m_onlyVisible->setToolTip(tr("List only the reports in the map's visible area"));

    m_loadBoundaries = new QAction(tr("Load &boundaries…"), this);
    m_loadBoundaries->setToolTip(tr("Kecamatan or desa outlines from a GeoJSON file"));
    connect(m_loadBoundaries, &QAction::triggered, this, &MapActions::chooseBoundaries);
    m_clearBoundaries = new QAction(tr("&Hide boundaries"), this);
    m_clearBoundaries->setEnabled(false);
    connect(m_clearBoundaries, &QAction::triggered, this, [this] {
        m_map.clearBoundaries();
        m_clearBoundaries->setEnabled(false);
    });
}

QMenu *MapActions::buildMenu(QWidget *menuParent)
{
    auto *menu = new QMenu(tr("&Map"), menuParent);
    menu->addAction(m_zoomAll);
    menu->addAction(m_zoomSelection);
    menu->addAction(m_zoomRegency);
    auto *kecamatan = menu->addMenu(tr("Zoom to &kecamatan"));
    const AreaCatalog &areas =
        m_map.reports()->model() ? m_map.reports()->model()->areas() : AreaCatalog::builtIn();
    for (const Kecamatan &k : areas.kecamatan()) {
        const QString code = k.code, name = k.name;
        connect(kecamatan->addAction(name), &QAction::triggered, this, [this, code, name] {
            if (!m_map.zoomToKecamatan(code))
                QMessageBox::information(m_dialogParent, tr("Map"),
                                         tr("There are no reports in %1.").arg(name));
        });
    }
    menu->addSeparator();
    menu->addAction(m_markers);
    menu->addAction(m_heat);
    menu->addAction(m_onlyVisible);
    menu->addSeparator();
    menu->addAction(m_loadBoundaries);
    menu->addAction(m_clearBoundaries);
    return menu;
}

void MapActions::addToToolBar(QToolBar *toolBar)
{
    toolBar->addAction(m_zoomAll);
    toolBar->addAction(m_zoomSelection);
    toolBar->addAction(m_heat);
    toolBar->addAction(m_onlyVisible);
}

void MapActions::filterTable(VisibleReportsProxy *rows)
{
    const auto apply = [this, rows] {
        if (m_onlyVisible->isChecked())
            rows->setVisibleArea(m_map.reports()->index(), m_map.visibleBounds());
        else
            rows->clearFilter();
    };
    connect(m_onlyVisible, &QAction::toggled, rows, apply);
    connect(&m_map, &MapView::visibleAreaChanged, rows, [this, apply] {
        if (m_onlyVisible->isChecked())
            apply();
    });
}

void MapActions::chooseBoundaries()
{
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Load boundaries"), QString(),
                                     tr("GeoJSON (*.geojson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_map.loadBoundaries(path, &error)) {
        QMessageBox::warning(m_dialogParent, tr("Boundaries not loaded"),
                             tr("%1 could not be used: %2\nThe map is unchanged.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_clearBoundaries->setEnabled(true);
}

} // namespace posko::ui
