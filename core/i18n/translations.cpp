// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
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
    // Source strings are English; the English catalogue holds the plural forms.
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/posko_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return lang;
}

} // namespace posko
