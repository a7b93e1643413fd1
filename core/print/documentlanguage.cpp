// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/documentlanguage.h"

#include <QDateTime>
#include <QTranslator>
#include <cmath>

namespace posko::print {

DocumentLanguage::DocumentLanguage(const QTranslator *translator)
    : m_translator(translator),
      m_locale(translator && translator->language().startsWith(QLatin1String("id"))
                   ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
}

QString DocumentLanguage::translate(const char *context, const char *source) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QString DocumentLanguage::squad(const QString &code) const
{
    if (code.isEmpty())
        return translate("posko::print", "Unassigned");
    const auto s = squadFromCode(code);
    return s ? translate("posko::Squad", squadNameSource(*s)) : code;
}

QString DocumentLanguage::status(Status s) const
{
    return translate("posko::Status", statusNameSource(s));
}

QString DocumentLanguage::date(QDate d) const
{
    return m_locale.toString(d, QStringLiteral("d MMMM yyyy"));
}

QString DocumentLanguage::dateTimeWib(qint64 utcSecs) const
{
    const QDateTime wib = QDateTime::fromSecsSinceEpoch(utcSecs + 7 * 3600, Qt::UTC);
    return m_locale.toString(wib, QStringLiteral("d MMM yyyy HH:mm")) + QStringLiteral(" WIB");
}

QString DocumentLanguage::duration(qint64 seconds) const
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60;
    if (d > 0)
        return translate("posko::Sla", "%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return translate("posko::Sla", "%1 h %2 m").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    return translate("posko::Sla", "%1 m").arg(m);
}

QString DocumentLanguage::shortDuration(qint64 seconds) const
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60;
    if (d > 0)
        return translate("posko::print", "%1d %2h").arg(d).arg(h, 2, 10, QLatin1Char('0'));
    if (h > 0)
        return translate("posko::print", "%1h %2m").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    return translate("posko::print", "%1m").arg(m);
}

QString DocumentLanguage::percent(std::optional<double> share) const
{
    if (!share)
        return QStringLiteral("—");
    return QString::number(std::lround(*share * 100.0)) + QLatin1Char('%');
}

} // namespace posko::print
