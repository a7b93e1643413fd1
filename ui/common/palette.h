// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/squad.h"
#include "core/sla/sla.h"

#include <QColor>
#include <optional>

namespace posko::ui {

// Squad and SLA colours in one place, so table, detail panel and map agree.
QColor squadColor(const std::optional<Squad> &squad); // grey when unassigned
// Text colour that stays readable on a squad's colour (dark on white/yellow, white on the rest).
QColor squadTextColor(const std::optional<Squad> &squad);
QColor slaColor(SlaState state); // background for the SLA cell; invalid for None

} // namespace posko::ui
