// SPDX-License-Identifier: GPL-3.0-or-later
// Layering guard: core code includes no QtGui/QtWidgets header and no ui/ or app/ header.
// The one exception is core/media, which may use QImage (and only QtGui's image classes).
// Linking is checked too: poskoctl, built only from core libraries, must not load QtGui.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include "catch.h"

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

bool isGuiHeader(const QString &inc)
{
    static const QRegularExpression gui(QStringLiteral(
        "^(QtGui/|QtWidgets/|QtCharts/|QtSvg/|QtPrintSupport/|QtQuick|QtQml/|"
        "Q(Widget|MainWindow|Dialog|Application|GuiApplication|Image|Pixmap|Painter|Color|Font|"
        "Icon|Brush|Pen|KeyEvent|MouseEvent|Screen|Window|Label|PushButton|TableView|LineEdit)\\b)"));
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
            else if (isGuiHeader(inc) && !(media && (inc == QStringLiteral("QImage") ||
                                                      inc == QStringLiteral("QImageReader") ||
                                                      inc == QStringLiteral("QImageWriter") ||
                                                      inc == QStringLiteral("QPainter") ||
                                                      inc == QStringLiteral("QColor") ||
                                                      inc == QStringLiteral("QFont") ||
                                                      inc == QStringLiteral("QGuiApplication"))))
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
