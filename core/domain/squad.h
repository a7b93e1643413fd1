// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace posko {

// The seven field squads. The order is the keyboard order (keys 1–7) and never changes.
enum class Squad
{
    Pink,
    White,
    Orange,
    Blue,
    Yellow,
    Red,
    Covert
};

inline constexpr std::array<Squad, 7> allSquads{Squad::Pink,  Squad::White,  Squad::Orange,
                                                Squad::Blue,  Squad::Yellow, Squad::Red,
                                                Squad::Covert};

// Stable wire/storage code: "pink", "white", … "covert".
QString squadCode(Squad squad);
std::optional<Squad> squadFromCode(const QString &code);
// Translated display name, e.g. "Pasukan Oranye".
QString squadName(Squad squad);
// The English source of squadName() in translation context "posko::Squad", for documents
// printed in a language other than the interface's (core/print).
const char *squadNameSource(Squad squad);
// The colour word alone ("Orange", "Oranye"), where the full name does not fit (buttons).
QString squadShortName(Squad squad);
// Translated remit, e.g. "infrastructure and disasters".
QString squadRemit(Squad squad);
// Vest colour as #rrggbb; the UI palette decides how to draw it. Covert has no vest: dark slate.
QString squadColorHex(Squad squad);

} // namespace posko
