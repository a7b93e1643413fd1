// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace posko {

// Installs Posko's translation for `language` ("id" or "en"; empty: the system locale, falling
// back to English) on the application and sets the default QLocale to match, so dates and
// numbers follow the language. Returns the language actually used. Calling it again replaces
// the translation installed before.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace posko
