// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/basemapchoice.h"

#include "core/tiles/hubtilesource.h"
#include "core/tiles/mbtilessource.h"
#include "core/tiles/xyztilesource.h"
#include "ui/map/mapview.h"
#include "ui/map/tilelayer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>

namespace posko::ui {

namespace {
const QString keyPrefix = QStringLiteral("map/baseMap/");

QString kindName(BaseMapSetting::Kind k)
{
    switch (k) {
    case BaseMapSetting::Kind::Hub:
        return QStringLiteral("hub");
    case BaseMapSetting::Kind::Xyz:
        return QStringLiteral("xyz");
    case BaseMapSetting::Kind::MbTiles:
        return QStringLiteral("mbtiles");
    case BaseMapSetting::Kind::BuiltIn:
        break;
    }
    return QStringLiteral("builtin");
}
} // namespace

BaseMapSetting BaseMapSetting::load(const QSettings &s)
{
    BaseMapSetting out;
    const QString kind = s.value(keyPrefix + QStringLiteral("kind")).toString();
    for (Kind k : {Kind::Hub, Kind::Xyz, Kind::MbTiles})
        if (kind == kindName(k))
            out.kind = k;
    out.name = s.value(keyPrefix + QStringLiteral("name")).toString();
    out.urlTemplate = s.value(keyPrefix + QStringLiteral("url")).toString();
    out.attribution = s.value(keyPrefix + QStringLiteral("attribution")).toString();
    out.path = s.value(keyPrefix + QStringLiteral("path")).toString();
    out.minZoom = s.value(keyPrefix + QStringLiteral("minZoom"), 0).toInt();
    out.maxZoom = s.value(keyPrefix + QStringLiteral("maxZoom"), 19).toInt();
    return out;
}

void BaseMapSetting::save(QSettings &s) const
{
    s.setValue(keyPrefix + QStringLiteral("kind"), kindName(kind));
    s.setValue(keyPrefix + QStringLiteral("name"), name);
    s.setValue(keyPrefix + QStringLiteral("url"), urlTemplate);
    s.setValue(keyPrefix + QStringLiteral("attribution"), attribution);
    s.setValue(keyPrefix + QStringLiteral("path"), path);
    s.setValue(keyPrefix + QStringLiteral("minZoom"), minZoom);
    s.setValue(keyPrefix + QStringLiteral("maxZoom"), maxZoom);
}

BaseMapChoice::BaseMapChoice(MapView &map, QObject *parent)
    : QObject(parent ? parent : &map), m_map(map)
{
}

BaseMapChoice::~BaseMapChoice() = default;

void BaseMapChoice::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
    m_hubList.reset();
}

QNetworkAccessManager *BaseMapChoice::network()
{
    if (m_network)
        return m_network;
    if (!m_ownNetwork)
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
    return m_ownNetwork.get();
}

QString BaseMapChoice::cachePath(const QString &urlTemplate) const
{
    if (m_dataDir.isEmpty())
        return QString();
    const QByteArray hash =
        QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QDir dir(m_dataDir);
    dir.mkpath(QStringLiteral("tiles"));
    return dir.filePath(QStringLiteral("tiles/") + QString::fromLatin1(hash) +
                        QStringLiteral(".sqlite"));
}

std::unique_ptr<TileSource> BaseMapChoice::create(const BaseMapSetting &s, QString *error)
{
    QString why;
    std::unique_ptr<TileSource> source;
    switch (s.kind) {
    case BaseMapSetting::Kind::BuiltIn:
        return nullptr;
    case BaseMapSetting::Kind::MbTiles: {
        auto opened = MbTilesSource::open(s.path);
        why = opened.error;
        source = std::move(opened.source);
        break;
    }
    case BaseMapSetting::Kind::Xyz: {
        XyzConfig config;
        config.name = s.urlTemplate;
        config.urlTemplate = s.urlTemplate.trimmed();
        config.attribution = s.attribution;
        config.cachePath = cachePath(config.urlTemplate);
        auto created = XyzTileSource::create(config, network());
        why = created.error;
        source = std::move(created.source);
        break;
    }
    case BaseMapSetting::Kind::Hub: {
        if (!m_hub.isValid()) {
            why = tr("not connected to a hub");
            break;
        }
        XyzConfig base;
        base.attribution = s.attribution;
        base.minZoom = s.minZoom;
        base.maxZoom = s.maxZoom;
        base.cachePath = cachePath(hubTileTemplate(m_hub, s.name));
        auto created = createHubTileSource(m_hub, s.name, base, network());
        why = created.error;
        source = std::move(created.source);
        break;
    }
    }
    if (!source && error)
        *error = why.isEmpty() ? tr("the base map cannot be used") : why;
    return source;
}

bool BaseMapChoice::apply(const BaseMapSetting &setting, QString *error)
{
    std::unique_ptr<TileSource> source;
    if (setting.kind != BaseMapSetting::Kind::BuiltIn) {
        source = create(setting, error);
        if (!source)
            return false;
    }
    m_map.tiles()->setSource(std::move(source));
    m_map.update();
    m_current = setting;
    QSettings settings;
    m_current.save(settings);
    emit changed();
    return true;
}

bool BaseMapChoice::restore(QString *error)
{
    const BaseMapSetting stored = BaseMapSetting::load(QSettings());
    if (stored.kind == BaseMapSetting::Kind::BuiltIn) {
        m_current = stored;
        m_map.tiles()->setSource(nullptr);
        return true;
    }
    std::unique_ptr<TileSource> source = create(stored, error);
    if (!source)
        return false; // the built-in map stays; the stored choice is kept for a later start
    m_map.tiles()->setSource(std::move(source));
    m_map.update();
    m_current = stored;
    emit changed();
    return true;
}

void BaseMapChoice::refreshHubSources()
{
    if (!m_hubList) {
        m_hubList = std::make_unique<HubTileList>(network());
        connect(m_hubList.get(), &HubTileList::listed, this,
                [this](const QList<HubTileInfo> &sources) {
                    m_hubSources = sources;
                    m_hubError.clear();
                    emit hubSourcesChanged();
                });
        connect(m_hubList.get(), &HubTileList::failed, this, [this](const QString &message) {
            m_hubError = message;
            emit hubSourcesChanged();
        });
    }
    if (!m_hub.isValid()) {
        m_hubSources.clear();
        m_hubError = tr("not connected to a hub");
        emit hubSourcesChanged();
        return;
    }
    m_hubList->fetch(m_hub);
}

} // namespace posko::ui
