// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace posko::ui {

// Timestamps are stored in UTC and shown in WIB (Asia/Jakarta, UTC+7), e.g. "27/11/2026 12:05 WIB".
QDateTime toWib(const QDateTime &utc);
QString formatWib(const QDateTime &utc);

} // namespace posko::ui
