// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/timeformat.h"

#include <QTimeZone>

namespace posko::ui {

QDateTime toWib(const QDateTime &utc)
{
    // A fixed offset: Indonesia has no daylight saving, and this works without tzdata.
    static const QTimeZone wib(7 * 3600);
    return utc.toTimeZone(wib);
}

QString formatWib(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return toWib(utc).toString(QStringLiteral("dd/MM/yyyy HH:mm")) + QStringLiteral(" WIB");
}

} // namespace posko::ui
