// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/labelpolicy.h"

#include "core/sla/workcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <cstdio>
#include <cstdlib>

namespace posko {

namespace {
// Context for this file's messages, declared so lupdate and the runtime agree on it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(posko::LabelPolicy)
};

// Reads a positive number of hours as whole minutes; records an error otherwise.
int hoursField(const QJsonObject &o, const QString &key, const QString &path, QStringList &errors)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 24 * 366) {
        errors << Tr::tr("%1.%2: must be a number of hours greater than 0 and at most one year")
                      .arg(path, key);
        return 0;
    }
    return int(v.toDouble() * 60.0 + 0.5);
}

const char *const kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString clockText(int secs)
{
    return QStringLiteral("%1:%2")
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg(secs / 60 % 60, 2, 10, QLatin1Char('0'));
}

QString intervalText(const WorkCalendar::Interval &i)
{
    return clockText(i.start) + QLatin1Char('-') + clockText(i.end);
}

// "HH:MM-HH:MM" (24-hour clock; the end may be 24:00) -> seconds after midnight.
std::optional<WorkCalendar::Interval> parseInterval(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
    const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
    if (h1 > 23 || m1 > 59 || m2 > 59 || h2 > 24 || (h2 == 24 && m2 != 0))
        return std::nullopt;
    return WorkCalendar::Interval{h1 * 3600 + m1 * 60, h2 * 3600 + m2 * 60};
}

// The top-level "calendar" object; every problem is listed with its path.
std::optional<WorkCalendar> parseCalendar(const QJsonValue &value, QString *comment,
                                          QStringList &errors)
{
    const int before = int(errors.size());
    if (!value.isObject()) {
        errors << Tr::tr("calendar: must be an object with \"working_hours\" and \"holidays\"");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("working_hours") && it.key() != QLatin1String("holidays") &&
            it.key() != QLatin1String("comment"))
            errors << Tr::tr("calendar.%1: unknown field").arg(it.key());
    const QJsonValue c = o.value(QStringLiteral("comment"));
    if (!c.isUndefined() && !c.isString())
        errors << Tr::tr("calendar.comment: must be a string");
    *comment = c.toString();

    WorkCalendar::Week week;
    const QJsonValue hours = o.value(QStringLiteral("working_hours"));
    if (!hours.isObject()) {
        errors << Tr::tr("calendar.working_hours: must be an object with the days mon, tue, wed, "
                         "thu, fri, sat, sun");
    } else {
        const QJsonObject days = hours.toObject();
        for (auto it = days.begin(); it != days.end(); ++it)
            if (std::find_if(std::begin(kDayKeys), std::end(kDayKeys), [&](const char *k) {
                    return it.key() == QLatin1String(k);
                }) == std::end(kDayKeys))
                errors << Tr::tr("calendar.working_hours.%1: unknown day (use mon, tue, wed, thu, "
                                 "fri, sat, sun)")
                              .arg(it.key());
        qint64 total = 0;
        for (int d = 0; d < 7; ++d) {
            const QString key = QLatin1String(kDayKeys[d]);
            const QString path = QStringLiteral("calendar.working_hours.") + key;
            const QJsonValue v = days.value(key);
            if (v.isUndefined())
                continue; // a day not listed has no working time
            if (!v.isArray()) {
                errors << Tr::tr("%1: must be an array of \"HH:MM-HH:MM\" strings").arg(path);
                continue;
            }
            const QJsonArray list = v.toArray();
            QVector<std::pair<WorkCalendar::Interval, QString>> seen;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
                const auto interval =
                    list.at(i).isString() ? parseInterval(list.at(i).toString()) : std::nullopt;
                if (!interval) {
                    errors << Tr::tr("%1: must be a time range \"HH:MM-HH:MM\" (24-hour clock, "
                                     "the end may be 24:00)")
                                  .arg(at);
                    continue;
                }
                if (interval->end <= interval->start) {
                    errors
                        << Tr::tr("%1: %2 must end after it starts").arg(at, list.at(i).toString());
                    continue;
                }
                for (const auto &[other, otherPath] : std::as_const(seen))
                    if (interval->start < other.end && other.start < interval->end)
                        errors << Tr::tr("%1: %2 overlaps %3 (%4)")
                                      .arg(at, intervalText(*interval), otherPath,
                                           intervalText(other));
                seen.push_back({*interval, at});
                week[size_t(d)].push_back(*interval);
                total += interval->end - interval->start;
            }
        }
        if (errors.size() == before && total == 0)
            errors << Tr::tr("calendar.working_hours: there is no working time on any day");
    }

    QVector<QDate> holidays;
    const QJsonValue hv = o.value(QStringLiteral("holidays"));
    if (!hv.isUndefined() && !hv.isArray()) {
        errors << Tr::tr("calendar.holidays: must be an array of dates \"YYYY-MM-DD\"");
    } else {
        static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QJsonArray list = hv.toArray();
        QHash<QDate, qsizetype> first;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("calendar.holidays[%1]").arg(i);
            const QString text = list.at(i).toString();
            const QDate date = dateRe.match(text).hasMatch()
                                   ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd"))
                                   : QDate();
            if (!list.at(i).isString() || !date.isValid()) {
                errors << Tr::tr("%1: must be a date \"YYYY-MM-DD\"").arg(at);
                continue;
            }
            if (first.contains(date)) {
                errors << Tr::tr("%1: %2 is listed twice (also at calendar.holidays[%3])")
                              .arg(at, text)
                              .arg(first.value(date));
                continue;
            }
            first.insert(date, i);
            holidays << date;
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return WorkCalendar(std::move(week), std::move(holidays));
}
} // namespace

LabelPolicy::LoadResult LabelPolicy::fromJson(const QByteArray &json)
{
    LoadResult result;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        result.errors
            << Tr::tr("not valid JSON at offset %1: %2").arg(perr.offset).arg(perr.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << Tr::tr("the top level must be an object");
        return result;
    }
    const QJsonObject root = doc.object();
    LabelPolicy p;
    QStringList &errors = result.errors;

    if (root.contains(QStringLiteral("warning_share"))) {
        const QJsonValue w = root.value(QStringLiteral("warning_share"));
        if (!w.isDouble() || w.toDouble() <= 0 || w.toDouble() >= 1)
            errors << Tr::tr("warning_share: must be a number between 0 and 1 (exclusive)");
        else
            p.m_warningShare = w.toDouble();
    }

    if (root.contains(QStringLiteral("fast_closure_share"))) {
        const QJsonValue f = root.value(QStringLiteral("fast_closure_share"));
        if (!f.isDouble() || f.toDouble() < 0 || f.toDouble() >= 1)
            errors << Tr::tr("fast_closure_share: must be a number from 0 (no flags) up to 1");
        else
            p.m_fastClosureShare = f.toDouble();
    }
    if (root.contains(QStringLiteral("duplicates"))) {
        const QJsonValue d = root.value(QStringLiteral("duplicates"));
        const auto whole = [&errors](const QJsonObject &o, const QString &key, int max, int &out) {
            if (!o.contains(key))
                return;
            const QJsonValue v = o.value(key);
            if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 ||
                v.toInt() > max)
                errors << Tr::tr("duplicates.%1: must be a whole number from 1 to %2")
                              .arg(key)
                              .arg(max);
            else
                out = v.toInt();
        };
        if (!d.isObject()) {
            errors << Tr::tr("duplicates: must be an object with distance_m and hours");
        } else {
            whole(d.toObject(), QStringLiteral("distance_m"), 5000, p.m_duplicateMetres);
            whole(d.toObject(), QStringLiteral("hours"), 24 * 90, p.m_duplicateHours);
        }
    }

    // Texts the administrator keeps for the operators: non-empty, at most 500 characters, each
    // once.
    const auto textList = [&errors](const QJsonObject &o, const QString &key, QStringList &out) {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            errors << Tr::tr("%1: must be an array of texts").arg(key);
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            const QString text = a.at(i).toString().trimmed();
            if (!a.at(i).isString() || text.isEmpty() || text.size() > 500)
                errors << Tr::tr("%1: must be a text of 1 to 500 characters").arg(path);
            else if (out.contains(text))
                errors << Tr::tr("%1: \"%2\" is listed twice").arg(path, text);
            else
                out << text;
        }
    };
    textList(root, QStringLiteral("reject_reasons"), p.m_rejectReasons);
    textList(root, QStringLiteral("note_templates"), p.m_noteTemplates);

    const bool hasCalendar = root.contains(QStringLiteral("calendar"));
    if (hasCalendar) {
        if (auto calendar =
                parseCalendar(root.value(QStringLiteral("calendar")), &p.m_calendarComment, errors))
            p.m_calendar = std::make_shared<const WorkCalendar>(std::move(*calendar));
    }

    const QJsonValue labelsValue = root.value(QStringLiteral("labels"));
    if (!labelsValue.isArray() || labelsValue.toArray().isEmpty()) {
        errors << Tr::tr("labels: must be a non-empty array");
        return result;
    }
    static const QRegularExpression codeRe(QStringLiteral("^[a-z0-9_]{1,40}$"));
    QSet<QString> seen;
    const QJsonArray arr = labelsValue.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString path = QStringLiteral("labels[%1]").arg(i);
        if (!arr.at(i).isObject()) {
            errors << Tr::tr("%1: must be an object").arg(path);
            continue;
        }
        const QJsonObject o = arr.at(i).toObject();
        Label l;
        l.code = o.value(QStringLiteral("code")).toString();
        if (!codeRe.match(l.code).hasMatch())
            errors << Tr::tr("%1.code: must be 1–40 characters of a-z, 0-9 and _").arg(path);
        else if (seen.contains(l.code))
            errors << Tr::tr("%1.code: \"%2\" is used twice").arg(path, l.code);
        seen.insert(l.code);
        l.nameId = o.value(QStringLiteral("name_id")).toString().trimmed();
        l.nameEn = o.value(QStringLiteral("name_en")).toString().trimmed();
        if (l.nameId.isEmpty())
            errors << Tr::tr("%1.name_id: must be a non-empty string").arg(path);
        if (l.nameEn.isEmpty())
            l.nameEn = l.nameId;
        const auto squad = squadFromCode(o.value(QStringLiteral("default_squad")).toString());
        if (!squad)
            errors << Tr::tr("%1.default_squad: must be one of pink, white, orange, blue, yellow, "
                             "red, covert")
                          .arg(path);
        else
            l.defaultSquad = *squad;
        const QJsonValue urgent = o.value(QStringLiteral("urgent"));
        if (!urgent.isUndefined() && !urgent.isBool())
            errors << Tr::tr("%1.urgent: must be true or false").arg(path);
        l.urgent = urgent.toBool(false);
        l.responseMinutes = hoursField(o, QStringLiteral("response_hours"), path, errors);
        l.resolutionMinutes = hoursField(o, QStringLiteral("resolution_hours"), path, errors);
        if (l.responseMinutes > 0 && l.resolutionMinutes > 0 &&
            l.resolutionMinutes < l.responseMinutes)
            errors
                << Tr::tr("%1.resolution_hours: must not be shorter than response_hours").arg(path);
        const QJsonValue clock = o.value(QStringLiteral("clock"));
        const QString clockCode = clock.isString() ? clock.toString() : QString();
        if (clock.isUndefined() || clockCode == QLatin1String("wall")) {
            l.clock = SlaClock::Wall;
        } else if (clockCode == QLatin1String("working")) {
            l.clock = SlaClock::Working;
            l.calendar = p.m_calendar;
            if (!hasCalendar)
                errors << Tr::tr("%1.clock: \"working\" needs a top-level \"calendar\" (working "
                                 "hours and holidays)")
                              .arg(path);
        } else {
            errors << Tr::tr("%1.clock: must be \"wall\" or \"working\"").arg(path);
        }
        for (const QJsonValue &k : o.value(QStringLiteral("keywords")).toArray())
            l.keywords << k.toString();
        p.m_labels.push_back(l);
    }
    if (errors.isEmpty())
        result.policy = p;
    return result;
}

QByteArray LabelPolicy::builtInJson()
{
    QFile f(QStringLiteral(":/posko/config/sla-policy.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

LabelPolicy LabelPolicy::builtIn()
{
    auto r = fromJson(builtInJson());
    if (!r.policy) {
        std::fprintf(stderr, "posko: the built-in SLA policy is invalid: %s\n",
                     qPrintable(r.errors.join(QStringLiteral("; "))));
        std::abort();
    }
    return *r.policy;
}

const Label *LabelPolicy::find(const QString &code) const
{
    for (const Label &l : m_labels)
        if (l.code == code)
            return &l;
    return nullptr;
}

QString LabelPolicy::displayName(const QString &code) const
{
    const Label *l = find(code);
    if (!l)
        return code;
    return QLocale().language() == QLocale::Indonesian ? l->nameId : l->nameEn;
}

QByteArray LabelPolicy::toJson() const
{
    QJsonArray arr;
    for (const Label &l : m_labels) {
        QJsonObject o{{QStringLiteral("code"), l.code},
                      {QStringLiteral("name_id"), l.nameId},
                      {QStringLiteral("name_en"), l.nameEn},
                      {QStringLiteral("default_squad"), squadCode(l.defaultSquad)},
                      {QStringLiteral("urgent"), l.urgent},
                      {QStringLiteral("response_hours"), l.responseMinutes / 60.0},
                      {QStringLiteral("resolution_hours"), l.resolutionMinutes / 60.0},
                      {QStringLiteral("clock"), l.clock == SlaClock::Working
                                                    ? QStringLiteral("working")
                                                    : QStringLiteral("wall")}};
        if (!l.keywords.isEmpty())
            o.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(l.keywords));
        arr.append(o);
    }
    QJsonObject root{{QStringLiteral("warning_share"), m_warningShare},
                     {QStringLiteral("fast_closure_share"), m_fastClosureShare},
                     {QStringLiteral("duplicates"),
                      QJsonObject{{QStringLiteral("distance_m"), m_duplicateMetres},
                                  {QStringLiteral("hours"), m_duplicateHours}}},
                     {QStringLiteral("labels"), arr}};
    if (!m_rejectReasons.isEmpty())
        root.insert(QStringLiteral("reject_reasons"), QJsonArray::fromStringList(m_rejectReasons));
    if (!m_noteTemplates.isEmpty())
        root.insert(QStringLiteral("note_templates"), QJsonArray::fromStringList(m_noteTemplates));
    if (m_calendar) {
        QJsonObject days;
        for (int d = 0; d < 7; ++d) {
            QJsonArray list;
            for (const WorkCalendar::Interval &i : m_calendar->week()[size_t(d)])
                list.append(intervalText(i));
            days.insert(QLatin1String(kDayKeys[d]), list);
        }
        QJsonArray holidays;
        for (const QDate &d : m_calendar->holidays())
            holidays.append(d.toString(QStringLiteral("yyyy-MM-dd")));
        QJsonObject calendar{{QStringLiteral("working_hours"), days},
                             {QStringLiteral("holidays"), holidays}};
        if (!m_calendarComment.isEmpty())
            calendar.insert(QStringLiteral("comment"), m_calendarComment);
        root.insert(QStringLiteral("calendar"), calendar);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool isCovertRouting(const std::optional<Squad> &assigned, const Label *label)
{
    if (assigned)
        return *assigned == Squad::Covert;
    return label && label->defaultSquad == Squad::Covert;
}

} // namespace posko
