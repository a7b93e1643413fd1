// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tiles/hubtilelist.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace posko {
class TileSource;
}

namespace posko::ui {

class MapView;

// Which base map the operator chose: the built-in vector map (the default, works offline), one
// of the hub's tile sources, an online XYZ tile server or an MBTiles file.
struct BaseMapSetting
{
    enum class Kind
    {
        BuiltIn,
        Hub,
        Xyz,
        MbTiles
    };
    Kind kind = Kind::BuiltIn;
    QString name;        // Hub: the hub's source name
    QString urlTemplate; // Xyz
    QString attribution; // Xyz and Hub
    QString path;        // MbTiles
    int minZoom = 0;     // Hub: the zoom range the hub announces
    int maxZoom = 19;

    // Under "map/baseMap/" in the settings.
    static BaseMapSetting load(const QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const BaseMapSetting &, const BaseMapSetting &) = default;
};

// Applies a base-map choice to a map view and remembers it in QSettings. A choice that cannot
// be used (a bad URL template, a file that is not MBTiles) gives an error and leaves the map
// and the stored choice as they were. Online sources cache tiles on disk in the profile's data
// folder: DATA/tiles/<hash of the URL template>.sqlite, one file per source.
class BaseMapChoice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaseMapChoice)

public:
    explicit BaseMapChoice(MapView &map, QObject *parent = nullptr);
    ~BaseMapChoice() override;

    // The session's network access manager (one of our own when none is given), the logged-in
    // hub and the profile's data folder (empty: no disk cache).
    void setNetwork(QNetworkAccessManager *network);
    void setHub(const QUrl &hub) { m_hub = hub; }
    QUrl hub() const { return m_hub; }
    void setDataDir(const QString &dir) { m_dataDir = dir; }

    const BaseMapSetting &current() const { return m_current; }
    bool apply(const BaseMapSetting &setting, QString *error);
    // At start: the stored choice, or the built-in map (with `error`) when it no longer works.
    bool restore(QString *error = nullptr);

    // The hub's tile sources, fetched anew by refreshHubSources().
    void refreshHubSources();
    const QList<HubTileInfo> &hubSources() const { return m_hubSources; }
    QString hubError() const { return m_hubError; }

    QString cachePath(const QString &urlTemplate) const;
    std::unique_ptr<TileSource> create(const BaseMapSetting &setting, QString *error);

signals:
    void changed();
    void hubSourcesChanged();

private:
    QNetworkAccessManager *network();

    MapView &m_map;
    BaseMapSetting m_current;
    QPointer<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<HubTileList> m_hubList;
    QList<HubTileInfo> m_hubSources;
    QString m_hubError;
    QUrl m_hub;
    QString m_dataDir;
};

} // namespace posko::ui
