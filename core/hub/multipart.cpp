// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/multipart.h"

#include <QCoreApplication>
#include <QList>

namespace posko {

namespace {

// Context of this file's messages (they end up in Open311 error descriptions).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(posko::Multipart)
};

// Value of a `key=value` or `key="value"` parameter in a header value, or a null array.
QByteArray headerParam(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> items = header.split(';');
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QByteArray item = items[i].trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq < 0 || item.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray v = item.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v.isNull() ? QByteArray("") : v;
    }
    return {};
}

} // namespace

QByteArray multipartBoundary(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return {};
    const QByteArray b = headerParam(contentType, "boundary");
    // RFC 2046: 1-70 characters.
    return b.size() >= 1 && b.size() <= 70 ? b : QByteArray();
}

std::optional<QVector<MultipartPart>> parseMultipart(const QByteArray &body,
                                                     const QByteArray &boundary, QString *error)
{
    auto fail = [error](const QString &msg) -> std::optional<QVector<MultipartPart>> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    if (boundary.isEmpty())
        return fail(Tr::tr("multipart body without a boundary"));
    const QByteArray delimiter = "--" + boundary;
    QVector<MultipartPart> parts;
    // The first delimiter may be preceded by a preamble, which is ignored.
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return fail(Tr::tr("multipart body does not contain its boundary"));
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter; an epilogue may follow
        if (body.mid(pos, 2) != "\r\n")
            return fail(Tr::tr("malformed multipart delimiter line"));
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return fail(Tr::tr("multipart part without a header end"));
        MultipartPart part;
        bool hasDisposition = false;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray key = l.left(colon).trimmed().toLower();
            const QByteArray value = l.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                if (!value.toLower().startsWith("form-data"))
                    return fail(Tr::tr("multipart part is not form-data"));
                hasDisposition = true;
                part.name = QString::fromUtf8(headerParam(value, "name"));
                part.fileName = QString::fromUtf8(headerParam(value, "filename"));
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        if (!hasDisposition || part.name.isEmpty())
            return fail(Tr::tr("multipart part without a field name"));
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return fail(Tr::tr("multipart body is truncated (no closing boundary)"));
        part.data = body.mid(dataStart, next - dataStart);
        parts.push_back(std::move(part));
        pos = next + 2;
    }
}

} // namespace posko
