// SPDX-License-Identifier: GPL-3.0-or-later
// SyncClient without a hub: which photo addresses it is willing to request at all.
#include "core/storage/replica.h"
#include "core/sync/syncclient.h"
#include "workstationfixtures.h"

#include "catch.h"
#include "recordingnam.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace posko;
using namespace posko::test;

namespace {

} // namespace

TEST_CASE("a photo is fetched only from the hub's own origin")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    RecordingNam nam;
    SyncClient client(*replica, &nam);
    Session session;
    session.hub = QUrl(QStringLiteral("http://127.0.0.1:9"));
    session.user = QStringLiteral("sari");
    session.role = QStringLiteral("operator");
    session.token = QStringLiteral("t0k3n");
    client.setSession(session);
    QSignalSpy failed(&client, &SyncClient::photoFailed);

    // What a citizen's app may put in media_url: the cloud metadata service, an office
    // machine, the hub's host on another port or scheme.
    const QStringList foreign{QStringLiteral("http://169.254.169.254/latest/meta-data/"),
                              QStringLiteral("http://192.168.1.1/admin.jpg"),
                              QStringLiteral("http://127.0.0.1:8080/media/1.jpg"),
                              QStringLiteral("https://127.0.0.1:9/media/1.jpg"),
                              QStringLiteral("file:///etc/passwd")};
    qint64 id = 0;
    for (const QString &url : foreign) {
        Report r = makeReport(++id, QStringLiteral("foto"));
        r.mediaUrl = url;
        REQUIRE(replica->storeHubReport(r));
        failed.clear();
        client.fetchPhoto(id);
        INFO(url.toStdString());
        REQUIRE(failed.count() == 1); // at once, without a request
        const QString message = failed.at(0).at(1).toString();
        CHECK(message.startsWith(QStringLiteral("The photo is on another server")));
        CHECK(message.contains(QUrl(url).host()));
    }
    CHECK(nam.requested.isEmpty());

    // The hub's own photos, absolute or relative, are requested (nothing listens on port 9,
    // so the request fails, which is all this test needs).
    for (const QString &url :
         {QStringLiteral("http://127.0.0.1:9/media/7.jpg"), QStringLiteral("/media/8.jpg")}) {
        Report r = makeReport(++id, QStringLiteral("foto hub"));
        r.mediaUrl = url;
        REQUIRE(replica->storeHubReport(r));
        failed.clear();
        client.fetchPhoto(id);
        REQUIRE((!failed.isEmpty() || failed.wait(30000)));
        CHECK_FALSE(failed.at(0).at(1).toString().contains(QStringLiteral("another server")));
    }
    CHECK(nam.requested == QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1:9/media/7.jpg")),
                                       QUrl(QStringLiteral("http://127.0.0.1:9/media/8.jpg"))});
}
