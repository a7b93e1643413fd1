// SPDX-License-Identifier: GPL-3.0-or-later
// posko-bench-query: the report table at scale.
//   posko-bench-query --generate N --replica DIR   fill an empty DIR with N reports, then measure
//   posko-bench-query --replica DIR                measure an existing replica
// Prints one JSON object per line (see bench/querybench.h).
#include "bench/querybench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("generate"), QStringLiteral("Fill DIR with N reports first."),
                   QStringLiteral("N")});
    cli.addOption({QStringLiteral("replica"), QStringLiteral("The replica's data directory."),
                   QStringLiteral("DIR")});
    cli.addOption({QStringLiteral("generate-only"), QStringLiteral("Do not measure.")});
    cli.process(app);
    const QString dir = cli.value(QStringLiteral("replica"));
    if (dir.isEmpty()) {
        std::fprintf(stderr, "--replica DIR is required\n");
        return 2;
    }
    qint64 n = 0;
    if (cli.isSet(QStringLiteral("generate"))) {
        bool ok = false;
        n = cli.value(QStringLiteral("generate")).toLongLong(&ok);
        if (!ok || n < 1 || n > 100000000) {
            std::fprintf(stderr, "--generate needs a count between 1 and 100000000\n");
            return 2;
        }
        QString error;
        if (!posko::bench::generateReplica(dir, n, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (cli.isSet(QStringLiteral("generate-only")))
            return 0;
    }
    posko::bench::printQueryBench(dir, n);
    return 0;
}
