// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared pieces of the fault-injection suite: a real hub with two operators and a citizen key,
// in-process workstations (Replica + SyncClient + DispatchService), and the checks every run
// ends with: integrity_check ok, replica == the hub's view for that user, every action once.

#include "faultproxy.h"
#include "httpclient.h"
#include "hubprocess.h"

#include "core/domain/clock.h"
#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"
#include "core/sync/syncclient.h"

#include "catch.h"
#include <QJsonArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <iostream>
#include <memory>

namespace posko::test {

inline const QString kPassword = QStringLiteral("faults-pass-1");

// How many rounds a test runs: POSKO_FAULT_ROUNDS scales every test (1 = the default for CI).
inline int rounds(int ciDefault)
{
    return ciDefault * FaultProxy::envInt("POSKO_FAULT_ROUNDS", 1);
}

inline quint32 announceSeed(const char *test)
{
    const quint32 seed = FaultProxy::seedFromEnvironment();
    std::cout << test << ": POSKO_FAULT_SEED=" << seed << std::endl;
    return seed;
}

// What must match between a replica and the hub for one report.
struct ReportState
{
    QString status, squad;
    int version = 0;
    bool operator==(const ReportState &) const = default;
};
using View = QMap<qint64, ReportState>;

inline QString viewText(const View &v)
{
    QString s;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        s += QStringLiteral("%1:%2/%3/v%4 ")
                 .arg(it.key())
                 .arg(it->status, it->squad)
                 .arg(it->version);
    return s;
}

struct HubWithUsers
{
    HubProcess hub;
    QString apiKey;
    std::unique_ptr<HttpClient> http;

    explicit HubWithUsers(const QStringList &operators = {QStringLiteral("andi"),
                                                          QStringLiteral("budi")})
    {
        for (const QString &u : operators)
            REQUIRE(hub.addUser(u, QStringLiteral("operator"), kPassword));
        apiKey = hub.addApiKey(QStringLiteral("citizen app"));
        REQUIRE_FALSE(apiKey.isEmpty());
        INFO(hub.error().toStdString());
        REQUIRE(hub.start());
        http = std::make_unique<HttpClient>(hub.url());
    }

    QVector<qint64> submit(int n)
    {
        QVector<qint64> ids;
        for (int i = 0; i < n; ++i) {
            const HttpReply r = http->postForm(
                QStringLiteral("/open311/v2/requests.json"),
                {{QStringLiteral("api_key"), apiKey},
                 {QStringLiteral("service_code"), QStringLiteral("jalan_rusak")},
                 {QStringLiteral("lat"), QStringLiteral("-8.05")},
                 {QStringLiteral("long"), QStringLiteral("111.71")},
                 {QStringLiteral("description"), QStringLiteral("Jalan berlubang %1").arg(i)}});
            INFO(r.body.toStdString());
            REQUIRE(r.status == 200);
            ids.push_back(r.array()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("service_request_id"))
                              .toString()
                              .toLongLong());
        }
        return ids;
    }

    // The user's whole feed from 0 (the hub answered directly, never through a proxy).
    QJsonArray feed(const QString &user, int limit = 500)
    {
        HttpClient direct(hub.url());
        const Headers auth = direct.login(user, kPassword);
        REQUIRE_FALSE(auth.isEmpty());
        QJsonArray all;
        qint64 since = 0;
        for (int guard = 0; guard < 10000; ++guard) {
            const HttpReply r = direct.get(
                QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit), auth);
            REQUIRE(r.status == 200);
            const QJsonObject o = r.object();
            for (const QJsonValue &c : o.value(QStringLiteral("changes")).toArray())
                all.append(c);
            since = o.value(QStringLiteral("last_seq")).toInteger();
            if (!o.value(QStringLiteral("more")).toBool())
                break;
        }
        return all;
    }

    View view(const QString &user)
    {
        View v;
        for (const QJsonValue &c : feed(user)) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("removed")).toBool())
                continue;
            v.insert(o.value(QStringLiteral("id")).toString().toLongLong(),
                     {o.value(QStringLiteral("status")).toString(),
                      o.value(QStringLiteral("squad")).toString(),
                      o.value(QStringLiteral("version")).toInt()});
        }
        return v;
    }

    // Every history entry the hub holds, per report: (actor, kind, squad, text).
    QMap<qint64, QJsonArray> histories(const QString &user)
    {
        QMap<qint64, QJsonArray> h;
        for (const QJsonValue &c : feed(user)) {
            const QJsonObject o = c.toObject();
            h.insert(o.value(QStringLiteral("id")).toString().toLongLong(),
                     o.value(QStringLiteral("history")).toArray());
        }
        return h;
    }
};

inline View replicaView(const Replica &replica)
{
    View v;
    for (const Report &r : replica.reports())
        v.insert(r.id,
                 {statusCode(r.status), r.squad ? squadCode(*r.squad) : QString(), r.version});
    return v;
}

// PRAGMA integrity_check on a database file through its own connection.
inline QString integrity(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return QStringLiteral("cannot run");
        while (q.next())
            result += q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// History entries on the hub for a report that match kind/actor and (if given) squad or text.
inline int countEntries(const QJsonArray &history, const QString &kind, const QString &actor,
                        const QString &squad = {}, const QString &text = {})
{
    int n = 0;
    for (const QJsonValue &v : history) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("kind")).toString() != kind ||
            e.value(QStringLiteral("actor")).toString() != actor)
            continue;
        if (!squad.isEmpty() && e.value(QStringLiteral("squad")).toString() != squad)
            continue;
        if (!text.isEmpty() && e.value(QStringLiteral("text")).toString() != text)
            continue;
        ++n;
    }
    return n;
}

// One workstation in this process: its own data folder, replica, network and clients.
struct Workstation
{
    QTemporaryDir dir;
    std::unique_ptr<Replica> replica;
    QNetworkAccessManager nam;
    std::unique_ptr<SyncClient> sync;
    SystemClock clock;
    std::unique_ptr<DispatchService> dispatch;
    QString user;

    explicit Workstation(const QString &userName) : user(userName)
    {
        REQUIRE(dir.isValid());
        QString error;
        replica = Replica::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(replica);
        sync = std::make_unique<SyncClient>(*replica, &nam);
        sync->setTransferTimeout(5000);
        dispatch = std::make_unique<DispatchService>(*replica, clock);
        dispatch->setActor(user);
        REQUIRE(replica->setUser(user));
    }

    // Logs in at `hub`, retrying (the link may be faulty) up to `tries` times.
    bool login(const QUrl &hub, int tries = 50)
    {
        for (int i = 0; i < tries; ++i) {
            bool done = false, ok = false;
            const auto a =
                QObject::connect(sync.get(), &SyncClient::loggedIn, [&] { done = ok = true; });
            const auto b =
                QObject::connect(sync.get(), &SyncClient::loginFailed, [&] { done = true; });
            sync->login(hub, user, kPassword);
            (void)QTest::qWaitFor([&] { return done; }, 20000);
            QObject::disconnect(a);
            QObject::disconnect(b);
            if (ok)
                return true;
        }
        return false;
    }

    // One sync; true when it finished, false when it failed (message in *why).
    bool syncOnce(QString *why = nullptr, int timeoutMs = 60000)
    {
        bool done = false, ok = false;
        QString message;
        const auto a =
            QObject::connect(sync.get(), &SyncClient::syncFinished, [&] { done = ok = true; });
        const auto b = QObject::connect(sync.get(), &SyncClient::syncFailed, [&](const QString &m) {
            done = true;
            message = m;
        });
        sync->syncNow();
        (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
        QObject::disconnect(a);
        QObject::disconnect(b);
        if (!done)
            message = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        if (why)
            *why = message;
        return ok;
    }

    // Syncs until one sync finishes with nothing pending; the number of syncs it took, or -1.
    int syncUntilConverged(int maxSyncs = 200)
    {
        for (int i = 1; i <= maxSyncs; ++i) {
            QString why;
            if (syncOnce(&why) && replica->pendingCount() == 0)
                return i;
            if (sync->lastFailure() == SyncClient::Failure::Authentication &&
                !login(sync->session().hub))
                return -1;
        }
        return -1;
    }

    std::optional<QString> assign(qint64 id, Squad squad)
    {
        ReportAction a;
        a.type = ReportAction::Type::Assign;
        a.squad = squad;
        return dispatch->act(id, a);
    }
    std::optional<QString> note(qint64 id, const QString &text)
    {
        ReportAction a;
        a.type = ReportAction::Type::Note;
        a.text = text;
        return dispatch->act(id, a);
    }
};

} // namespace posko::test
