// SPDX-License-Identifier: GPL-3.0-or-later
// Layering guard: core code includes no QtGui/QtWidgets header and no ui/ or app/ header.
// The one exception is core/media, which may use QImage (and only QtGui's image classes).
// Linking is checked too: poskoctl, built only from core libraries, must not load QtGui.
#include "catch.h"
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace {
QStringList includesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    static const QRegularExpression re(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                       QRegularExpression::MultilineOption);
    QStringList out;
    auto it = re.globalMatch(QString::fromUtf8(f.readAll()));
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

// core/media works on images and nothing else of QtGui: no fonts, windows or application object.
bool mediaMayUse(const QString &inc)
{
    static const QStringList allowed{QStringLiteral("QImage"),       QStringLiteral("QImageReader"),
                                     QStringLiteral("QImageWriter"), QStringLiteral("QPainter"),
                                     QStringLiteral("QPainterPath"), QStringLiteral("QColor")};
    return allowed.contains(inc);
}

bool isGuiHeader(const QString &inc)
{
    static const QRegularExpression gui(QStringLiteral(
        "^(QtGui(/|$)|QtWidgets(/|$)|QtCharts(/|$)|QtSvg(/|$)|QtPrintSupport(/|$)|QtQuick|QtQml(/"
        "|$)|"
        "Q(Widget|MainWindow|Dialog|Application|GuiApplication|Image|Pixmap|Painter|Color|Font|"
        "Icon|Brush|Pen|PainterPath|KeyEvent|MouseEvent|Screen|Window|Label|PushButton|TableView|"
        "LineEdit)\\b)"));
    return gui.match(inc).hasMatch();
}
} // namespace

TEST_CASE("core sources include no GUI, ui/ or app/ header")
{
    const QString core = QStringLiteral(POSKO_SOURCE_DIR "/core");
    QStringList offences;
    int files = 0;
    QDirIterator it(core, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const bool media = path.contains(QStringLiteral("/core/media/"));
        for (const QString &inc : includesOf(path)) {
            if (inc.startsWith(QStringLiteral("ui/")) || inc.startsWith(QStringLiteral("app/")))
                offences << path + QStringLiteral(": ") + inc;
            else if (isGuiHeader(inc) && !(media && mediaMayUse(inc)))
                offences << path + QStringLiteral(": ") + inc;
        }
    }
    CHECK(files > 10);
    INFO(offences.join(QLatin1Char('\n')).toStdString());
    CHECK(offences.isEmpty());
}

TEST_CASE("the guard recognises GUI headers")
{
    CHECK(isGuiHeader(QStringLiteral("QWidget")));
    CHECK(isGuiHeader(QStringLiteral("QtGui")));
    CHECK(isGuiHeader(QStringLiteral("QtWidgets")));
    CHECK(isGuiHeader(QStringLiteral("QPainterPath")));
    CHECK(isGuiHeader(QStringLiteral("QFont")));
    CHECK_FALSE(mediaMayUse(QStringLiteral("QFont")));
    CHECK_FALSE(mediaMayUse(QStringLiteral("QGuiApplication")));
    CHECK(isGuiHeader(QStringLiteral("QtGui/QImage")));
    CHECK(isGuiHeader(QStringLiteral("QPainter")));
    CHECK_FALSE(isGuiHeader(QStringLiteral("QString")));
    CHECK_FALSE(isGuiHeader(QStringLiteral("QJsonObject")));
}

TEST_CASE("poskoctl, built from core libraries only, does not link QtGui or QtWidgets")
{
    const QString exe = QStringLiteral(POSKO_BINARY_DIR "/app/poskoctl/poskoctl");
    REQUIRE(QFileInfo::exists(exe));
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {exe});
    REQUIRE(ldd.waitForFinished(30000));
    const QString libs = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    INFO(libs.toStdString());
    CHECK(libs.contains(QStringLiteral("libQt6Core")));
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6Gui")));
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6Widgets")));
}

TEST_CASE("core libraries link no GUI module and only posko_media may link QtGui")
{
    // Written at configure time by tests/unit/CMakeLists.txt: "target: link libraries".
    QFile f(QStringLiteral(POSKO_BINARY_DIR "/tests/unit/core-link-libraries.txt"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 4);
    for (const QString &line : lines) {
        const QString target = line.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString libs = line.section(QLatin1Char(':'), 1);
        INFO(line.toStdString());
        CHECK_FALSE(libs.contains(QStringLiteral("Widgets")));
        CHECK_FALSE(libs.contains(QStringLiteral("posko_ui")));
        if (target != QLatin1String("posko_media"))
            CHECK_FALSE(libs.contains(QStringLiteral("Qt6::Gui")));
    }
}
