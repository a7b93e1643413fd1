// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads PDFs back with poppler-utils (pdftotext, pdfinfo, pdfimages; scripts/install-deps
// installs them), an independent reader: what it cannot read, a user's viewer may not either.
// Each call fails the test when the tool is missing, fails or complains on stderr.

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVector>

#include "catch.h"

namespace posko::test {

inline QString popplerRun(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    const bool started = p.waitForStarted(10000);
    INFO(tool.toStdString() << " is part of poppler-utils (scripts/install-deps)");
    REQUIRE(started);
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    INFO(tool.toStdString() << " stderr: " << err.toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    CHECK(err.isEmpty()); // poppler reports syntax errors and repairs on stderr
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of every page; `layout` keeps each table row on one line.
inline QString pdfText(const QString &path, bool layout = true)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    return popplerRun(QStringLiteral("pdftotext"), args);
}

// pdfinfo's "Key: value" lines.
inline QHash<QString, QString> pdfInfo(const QString &path)
{
    QHash<QString, QString> info;
    const QString out = popplerRun(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

struct PdfImage
{
    int page = 0;
    int width = 0;
    int height = 0;
    QString encoding; // "jpeg" for a DCT image
};

inline QVector<PdfImage> pdfImages(const QString &path)
{
    QVector<PdfImage> images;
    const QStringList lines =
        popplerRun(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // page num type width height color comp bpc enc ...; two header lines.
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList f = lines[i].simplified().split(QLatin1Char(' '));
        if (f.size() < 9)
            continue;
        images.push_back({f[0].toInt(), f[3].toInt(), f[4].toInt(), f[8]});
    }
    return images;
}

// The weekly evaluation's first key figure (pdftotext -layout): the reports received in the week,
// on the line below the "Diterima … Ditugaskan" captions; -1 when it is not there.
inline int weeklyReceived(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].contains(QStringLiteral("Diterima")) &&
            lines[i].contains(QStringLiteral("Ditugaskan")))
            for (qsizetype j = i + 1; j < lines.size(); ++j)
                if (!lines[j].trimmed().isEmpty())
                    return lines[j].simplified().section(QLatin1Char(' '), 0, 0).toInt();
    return -1;
}

} // namespace posko::test
