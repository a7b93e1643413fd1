// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The benchmarks' baseline: a query run by the `sqlite3` command-line tool on the same file.

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <cstdio>
#include <optional>
#include <vector>

namespace posko::bench {

// The "real" times in ms of `runs` runs of `sql` in one read-only sqlite3 process (.timer on),
// after `warmups` untimed runs (the page cache warm, as the measured side has it); nullopt when
// sqlite3 is missing or failed. The timer has 1 ms steps.
inline std::optional<std::vector<double>> sqlite3Times(const QString &dbPath, const QString &sql,
                                                       int runs, int warmups = 0)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), dbPath});
    if (!p.waitForStarted(5000))
        return std::nullopt;
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (int i = 0; i < runs + warmups; ++i)
        script += sql.toUtf8() + ";\n";
    p.write(script);
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
        return std::nullopt;
    }
    std::vector<double> times;
    static const QRegularExpression re(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        times.push_back(it.next().captured(1).toDouble() * 1000);
    if (int(times.size()) != runs + warmups)
        return std::nullopt;
    times.erase(times.begin(), times.begin() + warmups);
    return times;
}

} // namespace posko::bench
