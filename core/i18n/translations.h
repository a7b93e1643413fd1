// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QCoreApplication;
class QTranslator;

namespace posko {

// Installs Posko's translation for `language` ("id" or "en"; empty: the system locale, falling
// back to English) on the application and sets the default QLocale to match, so dates and
// numbers follow the language. Returns the language actually used. Calling it again replaces
// the translation installed before.
QString installTranslations(QCoreApplication &app, const QString &language);

// Posko's catalogue for `language` ("id" or "en") without installing it, for documents printed
// in a language other than the interface's (core/print). Null when there is none.
std::unique_ptr<QTranslator> loadTranslator(const QString &language);

} // namespace posko
