// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace posko::media {

// Limits for citizens' uploads (docs/api.md, POST requests.json).
inline constexpr qint64 maxUploadBytes = 8 * 1024 * 1024;
inline constexpr int maxSourceDimension = 8000; // refuse decompression bombs before decoding
inline constexpr int maxStoredLongSide = 1600;

struct NormalizedPhoto
{
    QByteArray jpeg; // re-encoded, no metadata (EXIF GPS and camera data are dropped)
    int width = 0;
    int height = 0;
};

// Validates an uploaded photo (JPEG or PNG by content, not by name; size and dimension
// limits checked before the pixels are decoded) and re-encodes it as a JPEG of at most
// maxStoredLongSide pixels on the long side. On refusal returns nullopt and a
// user-facing reason in `error`.
std::optional<NormalizedPhoto> normalizeUpload(const QByteArray &data, QString *error);

// Width and height of an encoded image without decoding it, or nullopt.
std::optional<std::pair<int, int>> imageSize(const QByteArray &data);

} // namespace posko::media
