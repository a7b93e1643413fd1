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
    // Qt's own texts first (Qt ships no Indonesian; English needs none), Posko's last so that
    // they win where both translate the same text.
    static QPointer<QTranslator> installed[2];
    for (QPointer<QTranslator> &t : installed) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    const QString files[2] = {QStringLiteral(":/i18n/qt_%1.qm").arg(lang),
                              QStringLiteral(":/i18n/posko_%1.qm").arg(lang)};
    for (int i = 0; i < 2; ++i) {
        auto *translator = new QTranslator(&app);
        if (translator->load(files[i])) {
            QCoreApplication::installTranslator(translator);
            installed[i] = translator;
        } else {
            delete translator;
        }
    }
    return lang;
}

std::unique_ptr<QTranslator> loadTranslator(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/posko_%1.qm").arg(language)))
        return nullptr;
    return translator;
}

} // namespace posko
