// SPDX-License-Identifier: GPL-3.0-or-later
// `poskoctl sync` killed with SIGKILL at random moments, many times, with assignments queued by
// `poskoctl assign` between the kills; and `poskoctl sync` run through the fault proxy until it
// gets through. After a final clean sync: integrity_check ok, the replica equals the hub's view
// for that user, every queued assignment was applied exactly once.
#include "faultfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

using namespace posko;
using namespace posko::test;

namespace {

QString poskoctl()
{
    return QStringLiteral(POSKO_BINARY_DIR "/app/poskoctl/poskoctl");
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run runCtl(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(poskoctl(), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

// Pending outbox items in a data folder, read through a connection of its own.
int pendingIn(const QString &dir)
{
    const QString name = QUuid::createUuid().toString();
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir + QStringLiteral("/replica.sqlite"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 0")) &&
            q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace

TEST_CASE("poskoctl sync killed at random moments loses nothing and applies nothing twice")
{
    const quint32 seed = announceSeed("poskoctl killed");
    QRandomGenerator rng(seed);
    HubWithUsers h;
    const QVector<qint64> ids = h.submit(5);
    QTemporaryDir data;
    const QString dir = data.filePath(QStringLiteral("ws"));
    const QByteArray password = kPassword.toUtf8() + '\n';
    const QStringList syncArgs{QStringLiteral("--hub"),
                               h.hub.url().toString(),
                               QStringLiteral("--user"),
                               QStringLiteral("andi"),
                               QStringLiteral("--data"),
                               dir,
                               QStringLiteral("--password-stdin"),
                               QStringLiteral("sync")};
    Run first = runCtl(syncArgs, password);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    // How long a sync with a push takes here, for the kills at a random moment (start-up and
    // log-in, mostly: the hub's password hashing).
    const Run prime = runCtl({QStringLiteral("--data"), dir, QStringLiteral("assign"),
                              QString::number(ids[0]), QStringLiteral("pink")});
    REQUIRE(prime.exitCode == 0);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(runCtl(syncArgs, password).exitCode == 0);
    const int took = qMax(50, int(clock.elapsed()));
    const int window = took * 12 / 10;

    const char *const squads[] = {"red", "blue", "yellow", "orange"};
    QMap<qint64, int> queued{{ids[0], 1}}; // assignments per report
    QMap<qint64, int> lastSquad;           // index into squads, -1 when none yet
    int killed = 0, finished = 0, killedAfterPushes = 0;
    const int n = rounds(30);
    // Three kinds of kill, in turn, so every part of a sync is hit whatever the machine's speed
    // (a timed kill alone mostly lands in the log-in): at a random moment; as soon as the
    // replica shows that the hub took part of the queue (mid-push: the next push, the labels
    // and the feed are still to come); on the first progress line on stderr (the feed).
    enum Kill
    {
        Timed,
        AfterPush,
        OnFeed
    };
    int round = 0;
    for (; round < n; ++round) {
        const Kill kind = Kill(round % 3);
        // One or two assignments queued (locally, no network) before each sync.
        const int actions = 1 + int(rng.bounded(2));
        for (int a = 0; a < actions; ++a) {
            const qint64 id = ids[int(rng.bounded(ids.size()))];
            const int next = (lastSquad.value(id, -1) + 1 + int(rng.bounded(3))) % 4;
            const Run assign = runCtl({QStringLiteral("--data"), dir, QStringLiteral("assign"),
                                       QString::number(id), QString::fromLatin1(squads[next])});
            INFO("round " << round << ": " << assign.err.toStdString());
            REQUIRE(assign.exitCode == 0);
            lastSquad[id] = next;
            ++queued[id];
        }
        const int pendingBefore = pendingIn(dir);
        QProcess p;
        p.start(poskoctl(), syncArgs);
        REQUIRE(p.waitForStarted(10000));
        p.write(password);
        p.closeWriteChannel();
        bool ended = false;
        if (kind == Timed) {
            ended = p.waitForFinished(int(rng.bounded(window)));
        } else {
            // Watched every few ms; gives up (the sync ended first) when the process exits.
            p.setReadChannel(QProcess::StandardError);
            QElapsedTimer watch;
            watch.start();
            while (!(ended = p.waitForFinished(2)) && watch.elapsed() < 60000) {
                if (kind == OnFeed ? p.bytesAvailable() > 0 : [&] {
                        const int now = pendingIn(dir);
                        return now >= 0 && now < pendingBefore;
                    }())
                    break;
            }
        }
        if (ended) {
            ++finished;
            INFO(p.readAllStandardError().toStdString());
            CHECK(p.exitCode() == 0);
            continue;
        }
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        ++killed;
        CHECK(integrity(dir + QStringLiteral("/replica.sqlite")) == QStringLiteral("ok"));
        if (pendingIn(dir) < pendingBefore)
            ++killedAfterPushes; // killed once the hub had taken some of the queue
    }
    std::cout << "poskoctl killed: " << killed << " of " << round << " syncs killed ("
              << killedAfterPushes << " after pushes began), " << finished
              << " finished first; kill window " << window << " ms" << std::endl;
    CHECK(killed > 0);
    CHECK(killedAfterPushes >= n / 3 / 2); // most of the AfterPush kills, at least

    const Run last = runCtl(syncArgs, password);
    INFO("seed " << seed << ": " << last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    CHECK(last.out.contains("pending=0 failed=0"));
    CHECK(integrity(dir + QStringLiteral("/replica.sqlite")) == QStringLiteral("ok"));

    QString error;
    const auto replica = Replica::open(dir, &error);
    REQUIRE(replica);
    CHECK(replica->pendingCount() == 0);
    CHECK(replica->failedCount() == 0);
    const View hub = h.view(QStringLiteral("andi"));
    const View mine = replicaView(*replica);
    INFO("hub:     " << viewText(hub).toStdString());
    INFO("replica: " << viewText(mine).toStdString());
    CHECK(mine == hub);
    const auto histories = h.histories(QStringLiteral("andi"));
    for (qint64 id : ids) {
        INFO("report " << id);
        CHECK(countEntries(histories.value(id), QStringLiteral("assign"), QStringLiteral("andi")) ==
              queued.value(id));
        if (lastSquad.contains(id))
            CHECK(hub.value(id).squad == QString::fromLatin1(squads[lastSquad.value(id)]));
    }
    h.hub.stop();
    CHECK(integrity(h.hub.databasePath()) == QStringLiteral("ok"));
}

TEST_CASE("poskoctl sync through a faulty link: exit 5 or 1 until it gets through, never a refusal")
{
    const quint32 seed = announceSeed("poskoctl through faults");
    HubWithUsers h;
    const QVector<qint64> ids = h.submit(4);
    FaultProxy proxy(h.hub.url(), seed);
    REQUIRE(proxy.start());
    proxy.setOdds(FaultProxy::Odds::everything(0.3));
    QTemporaryDir data;
    const QString dir = data.filePath(QStringLiteral("ws"));
    const QByteArray password = kPassword.toUtf8() + '\n';
    const QStringList syncArgs{QStringLiteral("--hub"),
                               proxy.url().toString(),
                               QStringLiteral("--user"),
                               QStringLiteral("andi"),
                               QStringLiteral("--data"),
                               dir,
                               QStringLiteral("--password-stdin"),
                               QStringLiteral("sync")};
    // Syncs until one exits 0; every other exit must be "no usable answer" (5) or "answer
    // unreadable" (1): a fault is never taken for the hub's refusal (4) or a bad password (6).
    auto syncThrough = [&](int *attempts) {
        for (int i = 1; i <= 60; ++i) {
            const Run r = runCtl(syncArgs, password);
            *attempts = i;
            if (r.exitCode == 0)
                return r;
            INFO("seed " << seed << " attempt " << i << ": " << r.err.toStdString());
            CHECK((r.exitCode == 5 || r.exitCode == 1));
        }
        return Run{};
    };
    int attempts = 0;
    REQUIRE(syncThrough(&attempts).exitCode == 0);
    int total = attempts;
    QMap<qint64, int> queued;
    const char *const squads[] = {"red", "blue", "yellow"};
    const int n = rounds(3);
    for (int round = 0; round < n; ++round) {
        for (qint64 id : ids) {
            const Run assign =
                runCtl({QStringLiteral("--data"), dir, QStringLiteral("assign"),
                        QString::number(id), QString::fromLatin1(squads[round % 3])});
            REQUIRE(assign.exitCode == 0);
            ++queued[id];
        }
        const Run done = syncThrough(&attempts);
        total += attempts;
        REQUIRE(done.exitCode == 0);
        // A later run may finish what an earlier one pushed: nothing is left either way.
        CHECK(done.out.contains("pending=0 failed=0"));
    }
    std::cout << "poskoctl through faults: " << total << " runs, " << proxy.requests()
              << " requests through the proxy" << std::endl;
    CHECK(integrity(dir + QStringLiteral("/replica.sqlite")) == QStringLiteral("ok"));
    QString error;
    const auto replica = Replica::open(dir, &error);
    REQUIRE(replica);
    const View hub = h.view(QStringLiteral("andi"));
    CHECK(replicaView(*replica) == hub);
    const auto histories = h.histories(QStringLiteral("andi"));
    for (qint64 id : ids) {
        INFO("report " << id);
        CHECK(countEntries(histories.value(id), QStringLiteral("assign"), QStringLiteral("andi")) ==
              queued.value(id));
    }
    h.hub.stop();
    CHECK(integrity(h.hub.databasePath()) == QStringLiteral("ok"));
}
