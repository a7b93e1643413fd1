// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace posko::ui {

// Light or dark window colours for long shifts (a dark room at night). Squad and SLA cells keep
// their own colours with their own text colours (ui/common/palette.h), readable on both.
enum class Theme
{
    System, // the platform's palette
    Light,
    Dark
};

QString themeCode(Theme theme);           // "system", "light", "dark" (the settings' value)
Theme themeFromCode(const QString &code); // unknown codes: System
Theme storedTheme();                      // from the settings ("ui/theme")
void applyTheme(Theme theme);             // to the whole application, at once

} // namespace posko::ui
