// SPDX-License-Identifier: GPL-3.0-or-later
// End to end with the real posko-hub: a workstation whose user lost covert clearance keeps no
// byte of a covert report (reports, history, cached photo), and a citizen's media_url on
// another server is never fetched.
#include "e2ehelpers.h"
#include "hubprocess.h"

#include "core/media/demophoto.h"
#include "core/storage/replica.h"
#include "core/sync/syncclient.h"

#include "catch.h"
#include "recordingnam.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace posko;
using namespace posko::test;

namespace {

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

// A citizen report with a photo (multipart, as the citizens' app sends it); its id (a covert
// report's receipt is a token, so its id is looked up in a cleared user's feed) or empty.
QString postWithPhoto(HttpClient &http, const QString &apiKey, const QString &code,
                      const QString &description, quint32 seed)
{
    const HttpReply r = http.postMultipart(QStringLiteral("/open311/v2/requests.json"),
                                           {{QStringLiteral("api_key"), apiKey},
                                            {QStringLiteral("service_code"), code},
                                            {QStringLiteral("lat"), QStringLiteral("-8.0512")},
                                            {QStringLiteral("long"), QStringLiteral("111.7089")},
                                            {QStringLiteral("description"), description}},
                                           QStringLiteral("media"),
                                           media::demoPhoto(code, description.left(12), seed));
    const QString id =
        r.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    if (!id.isEmpty() || (r.status != 200 && r.status != 201))
        return id;
    const Headers cleared = http.login(QStringLiteral("koord"), QStringLiteral("pw-koord"));
    const QJsonArray changes =
        http.get(QStringLiteral("/api/v1/changes?since=0&limit=2000"), cleared)
            .object()
            .value(QStringLiteral("changes"))
            .toArray();
    for (const QJsonValue &c : changes)
        if (c.toObject().value(QStringLiteral("description")).toString() == description)
            return c.toObject().value(QStringLiteral("id")).toString();
    return {};
}

struct Workstation
{
    QTemporaryDir data;
    std::unique_ptr<Replica> replica;
    RecordingNam nam;
    std::unique_ptr<SyncClient> client;

    Workstation()
    {
        QString error;
        replica = Replica::open(data.path(), &error);
        REQUIRE(replica);
        client = std::make_unique<SyncClient>(*replica, &nam);
    }
    Session login(const QUrl &hub, const QString &user, const QString &password)
    {
        QSignalSpy loggedIn(client.get(), &SyncClient::loggedIn);
        QSignalSpy failed(client.get(), &SyncClient::loginFailed);
        client->login(hub, user, password);
        REQUIRE((!loggedIn.isEmpty() || loggedIn.wait(30000)));
        INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
        REQUIRE(failed.isEmpty());
        const Session s = loggedIn.at(0).at(0).value<Session>();
        client->setSession(s);
        return s;
    }
    void sync()
    {
        QSignalSpy finished(client.get(), &SyncClient::syncFinished);
        QSignalSpy failed(client.get(), &SyncClient::syncFailed);
        client->syncNow();
        while (finished.isEmpty() && failed.isEmpty())
            REQUIRE(finished.wait(60000));
        INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
        REQUIRE(failed.isEmpty());
    }
    QString fetchPhoto(qint64 id)
    {
        QSignalSpy ready(client.get(), &SyncClient::photoReady);
        QSignalSpy failed(client.get(), &SyncClient::photoFailed);
        client->fetchPhoto(id);
        while (ready.isEmpty() && failed.isEmpty())
            REQUIRE(ready.wait(30000));
        INFO((failed.isEmpty() ? QString() : failed.at(0).at(1).toString()).toStdString());
        REQUIRE(ready.count() == 1);
        return ready.at(0).at(1).toString();
    }
};

} // namespace

TEST_CASE("a workstation whose user lost covert clearance keeps no byte of a covert report")
{
    HubProcess hub;
    // The same person's account, with and without clearance: the hub's CLI cannot withdraw
    // clearance, so the log-in answer that withdraws it comes from the uncleared account on
    // the same hub, into the same replica.
    REQUIRE(hub.addUser(QStringLiteral("koord"), QStringLiteral("supervisor"),
                        QStringLiteral("pw-koord"), true));
    REQUIRE(hub.addUser(QStringLiteral("koord-biasa"), QStringLiteral("supervisor"),
                        QStringLiteral("pw-biasa")));
    const QString key = hub.addApiKey(QStringLiteral("citizen-app"));
    REQUIRE_FALSE(key.isEmpty());
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    HttpClient http(hub.url());

    const QByteArray marker = "PUNGLI-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString m = QString::fromLatin1(marker);
    // Covert by its label from the start, and an ordinary one; both with photos.
    const QString covert = postWithPhoto(http, key, QStringLiteral("pungutan_liar"),
                                         QStringLiteral("Pungutan liar di kantor desa ") + m, 11);
    const QString ordinary = postWithPhoto(http, key, QStringLiteral("jalan_rusak"),
                                           QStringLiteral("Jalan berlubang dekat pasar"), 12);
    REQUIRE_FALSE(covert.isEmpty());
    REQUIRE_FALSE(ordinary.isEmpty());
    const Headers cleared = http.login(QStringLiteral("koord"), QStringLiteral("pw-koord"));
    REQUIRE(postAction(http, cleared, covert,
                       {{QStringLiteral("type"), QStringLiteral("note")},
                        {QStringLiteral("text"), QStringLiteral("Saksi kunci ") + m},
                        {QStringLiteral("base_version"), 1}})
                .status == 200);

    Workstation ws;
    CHECK(ws.login(hub.url(), QStringLiteral("koord"), QStringLiteral("pw-koord")).covertClearance);
    ws.sync();
    REQUIRE(ws.replica->report(covert.toLongLong()));
    REQUIRE(ws.replica->report(ordinary.toLongLong()));
    // The cached photo: a slice of its bytes is searched for afterwards.
    const QString photoPath = ws.fetchPhoto(covert.toLongLong());
    QFile photo(photoPath);
    REQUIRE(photo.open(QIODevice::ReadOnly));
    const QByteArray bytes = photo.readAll();
    photo.close();
    REQUIRE(bytes.size() > 500);
    const QByteArray chunk = bytes.mid(bytes.size() / 2, 64);
    ws.fetchPhoto(ordinary.toLongLong());
    for (const QByteArray &needle : {marker, chunk})
        REQUIRE_FALSE(filesContaining(ws.data.path(), needle).isEmpty()); // the scan sees them

    // The log-in answer says covert_clearance=false.
    QSignalSpy removed(ws.client.get(), &SyncClient::reportsRemoved);
    QSignalSpy reset(ws.client.get(), &SyncClient::replicaReset);
    CHECK_FALSE(ws.login(hub.url(), QStringLiteral("koord-biasa"), QStringLiteral("pw-biasa"))
                    .covertClearance);
    // Before any sync: nothing covert is left to read, in the database, its WAL or the cache.
    CHECK_FALSE(ws.replica->report(covert.toLongLong()));
    for (const QByteArray &needle : {marker, chunk}) {
        const QStringList leaks = filesContaining(ws.data.path(), needle);
        INFO(leaks.join(QLatin1Char(' ')).toStdString());
        CHECK(leaks.isEmpty());
    }
    CHECK_FALSE(QFile::exists(photoPath));
    CHECK(QDir(ws.replica->photoCacheDir()).isEmpty());
    CHECK(reset.count() == 1);
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(0).value<QVector<qint64>>().contains(covert.toLongLong()));
    CHECK(ws.replica->covertClearance() == std::optional<bool>(false));

    // The sync starts again from the beginning and brings back what this user may see.
    ws.sync();
    CHECK(ws.replica->report(ordinary.toLongLong()));
    CHECK_FALSE(ws.replica->report(covert.toLongLong()));
    CHECK(filesContaining(ws.data.path(), marker).isEmpty());

    // A second log-in without clearance wipes nothing more.
    reset.clear();
    ws.login(hub.url(), QStringLiteral("koord-biasa"), QStringLiteral("pw-biasa"));
    CHECK(reset.isEmpty());
    CHECK(ws.replica->report(ordinary.toLongLong()));
}

TEST_CASE("a citizen's media_url on another server is never fetched by the workstation")
{
    HubProcess hub;
    REQUIRE(hub.addUser(QStringLiteral("sari"), QStringLiteral("operator"), QStringLiteral("pw")));
    const QString key = hub.addApiKey(QStringLiteral("citizen-app"));
    REQUIRE(hub.start());
    HttpClient http(hub.url());
    const QString metadata = QStringLiteral("http://169.254.169.254/latest/meta-data/iam");
    const HttpReply posted =
        http.postForm(QStringLiteral("/open311/v2/requests.json"),
                      {{QStringLiteral("api_key"), key},
                       {QStringLiteral("service_code"), QStringLiteral("sampah")},
                       {QStringLiteral("lat"), QStringLiteral("-8.0512")},
                       {QStringLiteral("long"), QStringLiteral("111.7089")},
                       {QStringLiteral("description"), QStringLiteral("Sampah")},
                       {QStringLiteral("media_url"), metadata}});
    INFO(posted.body.toStdString());
    const qint64 id = posted.array()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("service_request_id"))
                          .toString()
                          .toLongLong();
    REQUIRE(id > 0);

    Workstation ws;
    ws.login(hub.url(), QStringLiteral("sari"), QStringLiteral("pw"));
    ws.sync();
    const auto report = ws.replica->report(id);
    REQUIRE(report);
    REQUIRE(report->mediaUrl == metadata); // the hub passes the citizen's address on

    ws.nam.requested.clear();
    QSignalSpy failed(ws.client.get(), &SyncClient::photoFailed);
    ws.client->fetchPhoto(id);
    REQUIRE(failed.count() == 1); // at once: no request was made
    const QString message = failed.at(0).at(1).toString();
    CHECK(message.contains(QStringLiteral("169.254.169.254")));
    CHECK(message.contains(QStringLiteral("another server")));
    CHECK(ws.nam.requested.isEmpty());
}
