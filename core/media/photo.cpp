// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/photo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace posko::media {

namespace {
// Context for this file's messages, declared so lupdate and the runtime agree on it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(posko::media)
};
} // namespace

std::optional<std::pair<int, int>> imageSize(const QByteArray &data)
{
    QBuffer buf;
    buf.setData(data);
    buf.open(QIODevice::ReadOnly);
    QImageReader reader(&buf);
    const QSize s = reader.size();
    if (!s.isValid())
        return std::nullopt;
    return std::make_pair(s.width(), s.height());
}

std::optional<NormalizedPhoto> normalizeUpload(const QByteArray &data, QString *error)
{
    auto fail = [error](const QString &msg) -> std::optional<NormalizedPhoto> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    if (data.isEmpty())
        return fail(Tr::tr("The photo is empty."));
    if (data.size() > maxUploadBytes)
        return fail(Tr::tr("The photo is larger than 8 MiB."));

    QBuffer buf;
    buf.setData(data);
    buf.open(QIODevice::ReadOnly);
    QImageReader reader(&buf);
    // Decide the format from the bytes: a file named .jpg may be anything.
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format != "jpeg" && format != "jpg" && format != "png")
        return fail(Tr::tr("The photo must be a JPEG or PNG image."));
    const QSize size = reader.size();
    if (!size.isValid() || size.width() < 1 || size.height() < 1)
        return fail(Tr::tr("The photo cannot be read."));
    if (size.width() > maxSourceDimension || size.height() > maxSourceDimension)
        return fail(Tr::tr("The photo is larger than 8000 pixels on a side."));
    // Apply the EXIF orientation before the metadata is dropped, so phones' photos stay upright.
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return fail(Tr::tr("The photo cannot be decoded: %1").arg(reader.errorString()));
    if (qMax(image.width(), image.height()) > maxStoredLongSide)
        image = image.scaled(maxStoredLongSide, maxStoredLongSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    // Paint onto a fresh image: that drops every text key and colour profile the upload
    // carried (EXIF GPS, camera serials) and flattens transparency on white, as JPEG has no alpha.
    QImage clean(image.size(), QImage::Format_RGB32);
    clean.fill(Qt::white);
    {
        QPainter painter(&clean);
        painter.drawImage(0, 0, image);
    }
    image = clean;

    NormalizedPhoto out;
    QBuffer outBuf(&out.jpeg);
    outBuf.open(QIODevice::WriteOnly);
    // A fresh QImage carries no text keys; QImageWriter writes no EXIF for it.
    QImageWriter writer(&outBuf, "jpeg");
    writer.setQuality(85);
    if (!writer.write(image))
        return fail(Tr::tr("The photo cannot be re-encoded: %1").arg(writer.errorString()));
    out.width = image.width();
    out.height = image.height();
    return out;
}

} // namespace posko::media
