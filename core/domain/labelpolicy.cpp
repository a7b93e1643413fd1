// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/labelpolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

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
                      {QStringLiteral("resolution_hours"), l.resolutionMinutes / 60.0}};
        if (!l.keywords.isEmpty())
            o.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(l.keywords));
        arr.append(o);
    }
    QJsonObject root{{QStringLiteral("warning_share"), m_warningShare},
                     {QStringLiteral("labels"), arr}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool isCovertRouting(const std::optional<Squad> &assigned, const Label *label)
{
    if (assigned)
        return *assigned == Squad::Covert;
    return label && label->defaultSquad == Squad::Covert;
}

} // namespace posko
