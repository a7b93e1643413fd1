// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/squad.h"
#include "core/domain/status.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

class QTranslator;

namespace posko::print {

// The language of a printed document, which need not be the interface's: the weekly evaluation
// and the work order are always printed in Bahasa Indonesia (issue 6), whatever language the
// operator's screen speaks. Texts are looked up in the given translator (Posko's own catalogue,
// core/i18n loadTranslator), falling back to the English source; dates and numbers follow the
// translator's language.
class DocumentLanguage final
{
public:
    explicit DocumentLanguage(const QTranslator *translator = nullptr);

    QString translate(const char *context, const char *source) const;
    const QLocale &locale() const { return m_locale; }

    QString squad(const QString &code) const; // "" = unassigned
    QString status(Status s) const;
    QString date(QDate d) const;               // "16 November 2026"
    QString dateTimeWib(qint64 utcSecs) const; // "16 Nov 2026 08:05 WIB"
    QString duration(qint64 seconds) const;    // "3 h 05 m" in the language; "—" when < 0
    // Compact, for tables: "2d 05h", "3h 07m", "12m" in the language; "—" when < 0.
    QString shortDuration(qint64 seconds) const;
    QString percent(std::optional<double> share) const; // "85%"; "—" when none

private:
    const QTranslator *m_translator;
    QLocale m_locale;
};

} // namespace posko::print
