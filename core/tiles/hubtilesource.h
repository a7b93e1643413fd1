// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tiles/xyztilesource.h"

#include <QUrl>

namespace posko {

// The hub's tile service (docs/api.md "Tiles") as a source: an XYZ server at
// <hub>/tiles/NAME/{z}/{x}/{y}. The hub already follows the upstream's policy and caches for
// the whole office; the workstation still keeps its own disk cache (`base.cachePath`) so a
// tile it has seen costs no request, and asks at most `base.maxParallel` at once.
// `base` supplies everything but the URL template and the name.
XyzTileSource::Created createHubTileSource(const QUrl &hub, const QString &name, XyzConfig base,
                                           QNetworkAccessManager *network,
                                           QObject *parent = nullptr);

// The URL template for a hub's tile source, e.g. http://hub:8080/tiles/osm/{z}/{x}/{y}.
QString hubTileTemplate(const QUrl &hub, const QString &name);

} // namespace posko
