// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace posko::media {

// Draws a plausible scene for a demo report of `labelCode` (road with potholes, rubbish pile,
// flood water, fallen tree, fire, …) as a ~480x360 JPEG, with `caption` (e.g. "jalan_rusak #12")
// in a strip at the bottom. Deterministic for a given seed. Needs no QGuiApplication: the
// caption uses a built-in pixel font instead of system fonts, so the hub can stay headless.
QByteArray demoPhoto(const QString &labelCode, const QString &caption, quint32 seed,
                     int width = 480, int height = 360);

} // namespace posko::media
