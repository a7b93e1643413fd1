// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace posko {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                                   : QStringLiteral("en");
    QLocale::setDefault(lang == QLatin1String("id")
                            ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Source strings are English; the English catalogue holds the plural forms. A second call
    // (the language changed in the settings) replaces the first translator.
    static QPointer<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/posko_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator);
        installed = translator;
    } else {
        delete translator;
    }
    return lang;
}

} // namespace posko
