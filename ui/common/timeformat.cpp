// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/timeformat.h"

#include <QLocale>
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
    // Indonesian writes the time with a full stop (14.25), as its locale and PUEBI do.
    const bool indonesian = QLocale().language() == QLocale::Indonesian;
    return toWib(utc).toString(indonesian ? QStringLiteral("dd/MM/yyyy HH.mm")
                                          : QStringLiteral("dd/MM/yyyy HH:mm")) +
           QStringLiteral(" WIB");
}

} // namespace posko::ui
