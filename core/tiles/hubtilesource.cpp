// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tiles/hubtilesource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace posko {

QString hubTileTemplate(const QUrl &hub, const QString &name)
{
    QString base = hub.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/tiles/") + name + QStringLiteral("/{z}/{x}/{y}");
}

XyzTileSource::Created createHubTileSource(const QUrl &hub, const QString &name, XyzConfig base,
                                           QNetworkAccessManager *network, QObject *parent)
{
    // Same rule as the hub's --tiles option, so the name is safe inside a URL path.
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9_-]+$"));
    if (!validName.match(name).hasMatch())
        return {nullptr, QCoreApplication::translate("posko::HubTileSource",
                                                     "a hub tile source name is made of a-z, "
                                                     "0-9, '_' and '-', not \"%1\"")
                             .arg(name)};
    base.name = name;
    base.urlTemplate = hubTileTemplate(hub, name);
    base.subdomains.clear();
    return XyzTileSource::create(base, network, parent);
}

} // namespace posko
