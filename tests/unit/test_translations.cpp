// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string has a Bahasa Indonesia translation: lupdate is run over the sources
// now, and each message it finds must be translated (not "unfinished") in posko_id.ts.
#include "catch.h"
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context, source;
    bool translated = false;
};

QVector<Message> readTs(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QVector<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = Message{context, {}, false};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            // Plural forms live in <numerusform> children; readElementText would skip them.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            m.translated = type != QLatin1String("unfinished") &&
                           type != QLatin1String("vanished") && type != QLatin1String("obsolete") &&
                           !text.trimmed().isEmpty();
            out.push_back(m);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}
} // namespace

TEST_CASE("every user-visible string is translated into Bahasa Indonesia")
{
    const QString lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"),
                                                           {QStringLiteral("/usr/lib/qt6/bin")});
    REQUIRE_FALSE(lupdate.isEmpty());
    QStringList sources;
    for (const char *dir : {"/core", "/ui", "/app"}) {
        QDirIterator it(QStringLiteral(POSKO_SOURCE_DIR) + QLatin1String(dir),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    REQUIRE(sources.size() > 10);
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
    QProcess p;
    p.start(lupdate, QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                 QStringLiteral("none"), QStringLiteral("-I"),
                                 QStringLiteral(POSKO_SOURCE_DIR)}
                         << sources << QStringList{QStringLiteral("-ts"), fresh});
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);

    QSet<QString> translated;
    for (const Message &m :
         readTs(QStringLiteral(POSKO_SOURCE_DIR "/resources/translations/posko_id.ts")))
        if (m.translated)
            translated.insert(m.context + QLatin1Char('|') + m.source);
    QStringList missing;
    const auto found = readTs(fresh);
    CHECK(found.size() > 50);
    for (const Message &m : found)
        if (!translated.contains(m.context + QLatin1Char('|') + m.source))
            missing << m.context + QStringLiteral(": ") + m.source;
    INFO("untranslated: " << missing.size() << "\n"
                          << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
