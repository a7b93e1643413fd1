// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main that owns the Qt application object for the whole test run.
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp> // Catch2 3.x
#else
#define CATCH_CONFIG_RUNNER // Catch2 2.x: this file provides main()
#include <catch2/catch.hpp>
#endif

#ifdef POSKO_TEST_WIDGETS
#include <QApplication>
using App = QApplication;
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Tests never need a display; also lets ctest discover GUI tests on a headless machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    // Settings (window layout, base map, language) go to a folder of this run only: nothing is
    // read from or left in the user's own configuration, and no test sees another's.
    QTemporaryDir settings;
    QCoreApplication::setOrganizationName(QStringLiteral("posko-test"));
    QCoreApplication::setApplicationName(QStringLiteral("posko-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
