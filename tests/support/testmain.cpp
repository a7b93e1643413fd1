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

int main(int argc, char *argv[])
{
    // Tests never need a display; also lets ctest discover GUI tests on a headless machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    return Catch::Session().run(argc, argv);
}
