// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace posko::test {

// Starts the real posko-hub executable on a free loopback port with a database in a temporary
// folder (or a given file), and stops it on destruction. Tests use it as the hub, never a fake.
class HubProcess final
{
public:
    explicit HubProcess(QString databasePath = {});
    ~HubProcess();
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;

    static QString executable(); // build/app/posko-hub/posko-hub

    // Starts the hub (extra args e.g. {"--demo"}); false with `error()` when it did not come up
    // within the timeout. Restartable: stop() then start() again keeps the database and,
    // when `samePort` is set, reuses the port the hub had.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 30000, bool samePort = false);
    void stop(); // SIGTERM, then waits
    void kill(); // SIGKILL, as a crash would
    bool isRunning() const;

    QUrl url() const { return m_url; } // http://127.0.0.1:PORT
    QString databasePath() const { return m_db; }
    QString error() const { return m_error; }
    QString output() const { return m_output; } // everything the hub printed so far

    // Administration through the same binary (`posko-hub --database FILE user add …`).
    bool addUser(const QString &name, const QString &role, const QString &password,
                 bool covertClearance = false);
    QString addApiKey(const QString &name); // empty on failure

    // Runs posko-hub with arguments and stdin; returns exit code, fills stdout/stderr.
    static int run(const QStringList &args, const QByteArray &stdinData, QByteArray *out,
                   QByteArray *err, int timeoutMs = 60000);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<QProcess> m_proc;
    QUrl m_url;
    QString m_error;
    QString m_output;
};

} // namespace posko::test
