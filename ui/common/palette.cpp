// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/palette.h"

namespace posko::ui {

QColor squadColor(const std::optional<Squad> &squad)
{
    if (!squad)
        return QColor(0x9a, 0xa0, 0xa6);
    return QColor(squadColorHex(*squad));
}

QColor squadTextColor(const std::optional<Squad> &squad)
{
    const QColor c = squadColor(squad);
    // Relative luminance decides: white vests and yellow need dark text.
    const double l = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return l > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

QColor slaColor(SlaState state)
{
    switch (state) {
    case SlaState::Ok:
        return QColor(0xd6, 0xf0, 0xd8);
    case SlaState::Warning:
        return QColor(0xff, 0xe0, 0x8a);
    case SlaState::Breached:
        return QColor(0xf4, 0x9a, 0x9a);
    case SlaState::None:
        break;
    }
    return {};
}

} // namespace posko::ui
