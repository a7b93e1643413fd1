// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/palette.h"

#include <cmath>

namespace posko::ui {

QColor squadColor(const std::optional<Squad> &squad)
{
    if (!squad)
        return QColor(0x9a, 0xa0, 0xa6);
    return QColor(squadColorHex(*squad));
}

namespace {
// WCAG relative luminance.
double luminance(const QColor &c)
{
    const auto ch = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}
} // namespace

QColor squadTextColor(const std::optional<Squad> &squad)
{
    // Whichever of dark and white text contrasts more with the squad's colour (WCAG ratio):
    // white on the deep colours, dark on white, yellow, orange and the light blue.
    const double bg = luminance(squadColor(squad));
    const QColor dark(0x20, 0x20, 0x20);
    const double onDark = (bg + 0.05) / (luminance(dark) + 0.05);
    const double onWhite = 1.05 / (bg + 0.05);
    return onDark >= onWhite ? dark : QColor(Qt::white);
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
