// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/squad.h"

#include <QCoreApplication>

namespace posko {

QString squadCode(Squad squad)
{
    switch (squad) {
    case Squad::Pink:
        return QStringLiteral("pink");
    case Squad::White:
        return QStringLiteral("white");
    case Squad::Orange:
        return QStringLiteral("orange");
    case Squad::Blue:
        return QStringLiteral("blue");
    case Squad::Yellow:
        return QStringLiteral("yellow");
    case Squad::Red:
        return QStringLiteral("red");
    case Squad::Covert:
        return QStringLiteral("covert");
    }
    return {};
}

std::optional<Squad> squadFromCode(const QString &code)
{
    for (Squad s : allSquads)
        if (squadCode(s) == code)
            return s;
    return std::nullopt;
}

const char *squadNameSource(Squad squad)
{
    switch (squad) {
    case Squad::Pink:
        return QT_TRANSLATE_NOOP("posko::Squad", "Pink Squad");
    case Squad::White:
        return QT_TRANSLATE_NOOP("posko::Squad", "White Squad");
    case Squad::Orange:
        return QT_TRANSLATE_NOOP("posko::Squad", "Orange Squad");
    case Squad::Blue:
        return QT_TRANSLATE_NOOP("posko::Squad", "Blue Squad");
    case Squad::Yellow:
        return QT_TRANSLATE_NOOP("posko::Squad", "Yellow Squad");
    case Squad::Red:
        return QT_TRANSLATE_NOOP("posko::Squad", "Red Squad");
    case Squad::Covert:
        return QT_TRANSLATE_NOOP("posko::Squad", "Shadow Squad");
    }
    return "";
}

QString squadName(Squad squad)
{
    return QCoreApplication::translate("posko::Squad", squadNameSource(squad));
}

QString squadShortName(Squad squad)
{
    switch (squad) {
    case Squad::Pink:
        return QCoreApplication::translate("posko::Squad", "Pink");
    case Squad::White:
        return QCoreApplication::translate("posko::Squad", "White");
    case Squad::Orange:
        return QCoreApplication::translate("posko::Squad", "Orange");
    case Squad::Blue:
        return QCoreApplication::translate("posko::Squad", "Blue");
    case Squad::Yellow:
        return QCoreApplication::translate("posko::Squad", "Yellow");
    case Squad::Red:
        return QCoreApplication::translate("posko::Squad", "Red");
    case Squad::Covert:
        return QCoreApplication::translate("posko::Squad", "Shadow");
    }
    return {};
}

QString squadRemit(Squad squad)
{
    switch (squad) {
    case Squad::Pink:
        return QCoreApplication::translate("posko::Squad", "social problems");
    case Squad::White:
        return QCoreApplication::translate("posko::Squad", "health");
    case Squad::Orange:
        return QCoreApplication::translate("posko::Squad", "infrastructure and disasters");
    case Squad::Blue:
        return QCoreApplication::translate("posko::Squad", "security and public order");
    case Squad::Yellow:
        return QCoreApplication::translate("posko::Squad", "cleanliness");
    case Squad::Red:
        return QCoreApplication::translate("posko::Squad", "population documents");
    case Squad::Covert:
        return QCoreApplication::translate("posko::Squad",
                                           "oversight of projects and illegal levies");
    }
    return {};
}

QString squadColorHex(Squad squad)
{
    switch (squad) {
    case Squad::Pink:
        return QStringLiteral("#e8559b");
    case Squad::White:
        return QStringLiteral("#f4f4f4");
    case Squad::Orange:
        return QStringLiteral("#f07c1a");
    case Squad::Blue:
        return QStringLiteral("#1f6fd1");
    case Squad::Yellow:
        return QStringLiteral("#f2c81b");
    case Squad::Red:
        return QStringLiteral("#d7262e");
    case Squad::Covert:
        return QStringLiteral("#3b4150");
    }
    return {};
}

} // namespace posko
