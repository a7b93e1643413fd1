// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/report.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace posko {

// Pure mapping between Report and the operator API's JSON (docs/api.md, "Report object").
// Timestamps are ISO 8601 UTC with a trailing Z.
QJsonObject reportToJson(const Report &report);
// Strict: every required field present and well-typed; on failure `error` names the field.
std::optional<Report> reportFromJson(const QJsonObject &json, QString *error);

// reportToJson(report) written straight as compact JSON text onto `out` (no QJsonObject in
// between): the hub's changes feed writes thousands per page. Parses to the same object.
void appendReportJson(QByteArray &out, const Report &report);
// A JSON string literal (quoted and escaped, UTF-8) onto `out`.
void appendJsonString(QByteArray &out, const QString &s);

QJsonObject historyToJson(const HistoryEntry &h);
std::optional<HistoryEntry> historyFromJson(const QJsonObject &json, QString *error);

QString toIsoUtc(const QDateTime &t);
// Accepts any ISO 8601 offset (Z, +07:00, none = UTC); returns an invalid QDateTime on error.
QDateTime fromIsoUtc(const QString &s);

} // namespace posko
