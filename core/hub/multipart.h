// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace posko {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QString name;     // from Content-Disposition
    QString fileName; // empty for plain fields
    QByteArray contentType;
    QByteArray data;
};

// Extracts the boundary from a Content-Type header value, or an empty array.
QByteArray multipartBoundary(const QByteArray &contentType);

// Parses a multipart/form-data body. Strict about structure (every part needs headers and a
// name, the closing boundary must be present) because a truncated upload must not be stored
// as a shorter photo. On failure returns nullopt and a reason in `error`.
std::optional<QVector<MultipartPart>> parseMultipart(const QByteArray &body,
                                                     const QByteArray &boundary, QString *error);

} // namespace posko
