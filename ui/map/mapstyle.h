// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace posko::ui::mapstyle {

// The built-in base map's colours, close to the OpenStreetMap Carto style operators know from
// the web, so land, water and "no data" read at a glance.
inline QColor water()
{
    return QColor(0xaa, 0xd3, 0xdf);
}
inline QColor coast()
{
    return QColor(0x8c, 0xb9, 0xca);
}
inline QColor land()
{
    return QColor(0xf2, 0xef, 0xe9);
}
// Outside the outline's data: Java goes on, but the outline does not say where the coast is.
inline QColor noData()
{
    return QColor(0xe4, 0xe2, 0xde);
}
inline QColor boundary()
{
    return QColor(0x8e, 0x5a, 0x9c);
}
inline QColor selection()
{
    return QColor(0x1a, 0x73, 0xe8);
}
inline QColor slaWarning()
{
    return QColor(0xf5, 0xa6, 0x23);
}
inline QColor slaBreached()
{
    return QColor(0xd9, 0x30, 0x25);
}

} // namespace posko::ui::mapstyle
