// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real posko-hub, the real poskoctl binary, a workstation data folder.
// citizen POST → hub → replica; an offline assignment reaches the hub exactly once; a report
// that turns covert is purged without a trace (database and WAL); the exit codes scripts rely
// on; a hub reset or restored from a backup starts the replica again.
#include "e2ehelpers.h"
#include "hubprocess.h"

#include "core/storage/replica.h"

#include "pdfreader.h"

#include "catch.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <functional>

using namespace posko;
using namespace posko::test;

namespace {

const QString operatorPassword = QStringLiteral("sandi-petugas-1");
const QString supervisorPassword = QStringLiteral("sandi-koordinator-2");

struct Ctl
{
    int code = -1;
    QString out, err;
    QMap<QString, int> counts() const // "pushed=1 received=2 …"
    {
        QMap<QString, int> m;
        for (const QString &kv : out.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto parts = kv.split(QLatin1Char('='));
            if (parts.size() == 2)
                m.insert(parts[0], parts[1].toInt());
        }
        return m;
    }
};

Ctl poskoctl(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(POSKO_BINARY_DIR "/app/poskoctl/poskoctl"), args);
    REQUIRE(p.waitForStarted(10000));
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Ctl c;
    c.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = QString::fromUtf8(p.readAllStandardOutput());
    c.err = QString::fromUtf8(p.readAllStandardError());
    return c;
}

// Every file under `dir` whose raw bytes contain `needle`.
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

// A hub with an uncleared operator, a cleared supervisor and a citizen-app key.
struct Setup
{
    HubProcess hub;
    std::unique_ptr<HttpClient> http;
    QString apiKey;
    QTemporaryDir data; // the operator's workstation folder

    Setup()
    {
        REQUIRE(hub.addUser(QStringLiteral("sari"), QStringLiteral("operator"), operatorPassword));
        REQUIRE(hub.addUser(QStringLiteral("koord"), QStringLiteral("supervisor"),
                            supervisorPassword, true));
        apiKey = hub.addApiKey(QStringLiteral("citizen-app"));
        REQUIRE_FALSE(apiKey.isEmpty());
        INFO(hub.error().toStdString());
        REQUIRE(hub.start());
        http = std::make_unique<HttpClient>(hub.url());
    }
    QString post(const QString &code, const QString &description) const
    {
        return postCitizenReport(*http, apiKey, code, description);
    }

    QStringList base() const { return {QStringLiteral("--data"), data.path()}; }
    Ctl sync(const QString &password = operatorPassword) const
    {
        return poskoctl(base() << QStringLiteral("--hub") << hub.url().toString()
                               << QStringLiteral("--user") << QStringLiteral("sari")
                               << QStringLiteral("--password-stdin") << QStringLiteral("sync"),
                        password.toUtf8() + '\n');
    }
    QJsonArray list() const
    {
        const Ctl c = poskoctl(base() << QStringLiteral("reports") << QStringLiteral("list")
                                      << QStringLiteral("--format") << QStringLiteral("json"));
        REQUIRE(c.code == 0);
        const QJsonDocument doc = QJsonDocument::fromJson(c.out.toUtf8());
        REQUIRE(doc.isArray());
        return doc.array();
    }
    QJsonObject hubReport(const QString &id) const
    {
        const Headers auth = http->login(QStringLiteral("koord"), supervisorPassword);
        REQUIRE_FALSE(auth.isEmpty());
        const HttpReply r = http->get(QStringLiteral("/api/v1/reports/") + id, auth);
        REQUIRE(r.status == 200);
        return r.object();
    }
};

QJsonObject findById(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(QStringLiteral("service_request_id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("a citizen report posted on the hub appears in the workstation replica after sync")
{
    Setup s;
    const QString id =
        s.post(QStringLiteral("jalan_rusak"), QStringLiteral("Jalan berlubang dekat Pasar Pon"));
    REQUIRE_FALSE(id.isEmpty());

    const Ctl sync = s.sync();
    INFO(sync.err.toStdString());
    REQUIRE(sync.code == 0);
    CHECK(sync.counts().value(QStringLiteral("received")) >= 1);
    CHECK(sync.counts().value(QStringLiteral("pending")) == 0);

    const QJsonObject r = findById(s.list(), id);
    REQUIRE_FALSE(r.isEmpty());
    CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(r.value(QStringLiteral("state")).toString() == QStringLiteral("baru"));
    CHECK(r.value(QStringLiteral("service_code")).toString() == QStringLiteral("jalan_rusak"));
    CHECK(r.value(QStringLiteral("description")).toString() ==
          QStringLiteral("Jalan berlubang dekat Pasar Pon"));
    CHECK(r.value(QStringLiteral("lat")).toDouble() == Approx(-8.0512));
    CHECK(r.value(QStringLiteral("long")).toDouble() == Approx(111.7089));
    CHECK(r.value(QStringLiteral("agency_responsible")).toString().isEmpty());
    CHECK(r.value(QStringLiteral("squad")).isNull());
    CHECK(r.value(QStringLiteral("requested_datetime")).toString().endsWith(QLatin1Char('Z')));

    // CSV: header plus the same row, RFC 4180.
    const Ctl csv = poskoctl(s.base() << QStringLiteral("reports") << QStringLiteral("list")
                                      << QStringLiteral("--format") << QStringLiteral("csv"));
    REQUIRE(csv.code == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.value(0) == QStringLiteral("service_request_id,status,service_code,lat,long,"
                                           "description,requested_datetime,agency_responsible,"
                                           "state,squad"));
    CHECK(lines.size() >= 2);
    CHECK(csv.out.contains(id + QStringLiteral(",open,jalan_rusak,")));

    // Nothing new: a second sync receives nothing.
    const Ctl again = s.sync();
    REQUIRE(again.code == 0);
    CHECK(again.counts().value(QStringLiteral("received")) == 0);
}

TEST_CASE("an assignment made while the hub is down reaches it exactly once when it is back")
{
    Setup s;
    const QString id =
        s.post(QStringLiteral("pohon_tumbang"), QStringLiteral("Pohon tumbang menutup jalan"));
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(s.sync().code == 0);

    s.hub.stop();
    const Ctl assign =
        poskoctl(s.base() << QStringLiteral("assign") << id << QStringLiteral("orange"));
    INFO(assign.err.toStdString());
    REQUIRE(assign.code == 0);
    // The operator sees their change at once, before the hub knows.
    CHECK(findById(s.list(), id).value(QStringLiteral("squad")).toString() ==
          QStringLiteral("orange"));

    // Hub down: exit 5, the hub URL and user come from the data folder, the action stays queued.
    const Ctl down =
        poskoctl(s.base() << QStringLiteral("--password-stdin") << QStringLiteral("sync"),
                 operatorPassword.toUtf8() + '\n');
    CHECK(down.code == 5);
    CHECK(down.err.startsWith(QStringLiteral("poskoctl: ")));
    {
        QString error;
        const auto replica = Replica::open(s.data.path(), &error);
        REQUIRE(replica);
        CHECK(replica->pendingCount() == 1);
        CHECK(replica->failedCount() == 0);
    }

    INFO(s.hub.error().toStdString());
    REQUIRE(s.hub.start({}, 30000, true)); // same database, same port
    const Ctl up = s.sync();
    INFO(up.err.toStdString());
    REQUIRE(up.code == 0);
    CHECK(up.counts().value(QStringLiteral("pushed")) == 1);
    CHECK(up.counts().value(QStringLiteral("pending")) == 0);
    CHECK(up.counts().value(QStringLiteral("failed")) == 0);

    const QJsonObject onHub = s.hubReport(id);
    CHECK(onHub.value(QStringLiteral("squad")).toString() == QStringLiteral("orange"));
    CHECK(onHub.value(QStringLiteral("status")).toString() == QStringLiteral("ditugaskan"));
    int assigns = 0;
    for (const QJsonValue &h : onHub.value(QStringLiteral("history")).toArray())
        if (h.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("assign"))
            ++assigns;
    CHECK(assigns == 1);

    const Ctl second = s.sync();
    REQUIRE(second.code == 0);
    CHECK(second.counts().value(QStringLiteral("pushed")) == 0);
    CHECK(s.hubReport(id).value(QStringLiteral("version")).toInt() ==
          onHub.value(QStringLiteral("version")).toInt());
    CHECK(findById(s.list(), id).value(QStringLiteral("state")).toString() ==
          QStringLiteral("ditugaskan"));
}

TEST_CASE("a report turned covert is purged from an uncleared workstation without a trace")
{
    Setup s;
    const QByteArray marker = "PUNGLI-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString m = QString::fromLatin1(marker);
    const QString id = s.post(QStringLiteral("jalan_rusak"),
                              QStringLiteral("Proyek jalan desa tidak selesai ") + m);
    REQUIRE_FALSE(id.isEmpty());
    const QString other =
        s.post(QStringLiteral("sampah"), QStringLiteral("Sampah menumpuk di pinggir sungai"));
    REQUIRE_FALSE(other.isEmpty());

    // A supervisor notes the case with the marker, the operator syncs it.
    const Headers koord = s.http->login(QStringLiteral("koord"), supervisorPassword);
    REQUIRE_FALSE(koord.isEmpty());
    HttpReply a = postAction(*s.http, koord, id,
                             {{QStringLiteral("type"), QStringLiteral("note")},
                              {QStringLiteral("text"), QStringLiteral("Dugaan pungli ") + m},
                              {QStringLiteral("base_version"), 1}});
    REQUIRE(a.status == 200);
    const int version = a.object()
                            .value(QStringLiteral("report"))
                            .toObject()
                            .value(QStringLiteral("version"))
                            .toInt();
    REQUIRE(s.sync().code == 0);
    REQUIRE_FALSE(findById(s.list(), id).isEmpty());
    CHECK_FALSE(filesContaining(s.data.path(), marker).isEmpty()); // the scan does see it

    // The cleared supervisor hands it to the covert squad.
    a = postAction(*s.http, koord, id,
                   {{QStringLiteral("type"), QStringLiteral("assign")},
                    {QStringLiteral("squad"), QStringLiteral("covert")},
                    {QStringLiteral("base_version"), version}});
    INFO(a.body.toStdString());
    REQUIRE(a.status == 200);

    const Ctl purge = s.sync();
    INFO(purge.err.toStdString());
    REQUIRE(purge.code == 0);
    CHECK(purge.counts().value(QStringLiteral("removed")) == 1);
    const QJsonArray list = s.list();
    CHECK(findById(list, id).isEmpty());
    CHECK_FALSE(findById(list, other).isEmpty()); // only that report went
    const QStringList leaks = filesContaining(s.data.path(), marker);
    INFO(leaks.join(QLatin1Char(' ')).toStdString());
    CHECK(leaks.isEmpty());
    // poskoctl never downloads photos, so this proves nothing about the photo cache; the purge
    // of a photo the sync client did cache is tested in test_syncclient_e2e.cpp and
    // test_resets_e2e.cpp.
}

TEST_CASE("an uncleared user's statistics and exports never include a covert report")
{
    Setup s;
    REQUIRE_FALSE(s.post(QStringLiteral("jalan_rusak"), QStringLiteral("Jalan rusak")).isEmpty());
    // pungutan_liar goes to the covert squad by default: covert from the start (the citizen's
    // receipt is a token, not the id, so post() finds no id; the cleared count below shows the
    // report is on the hub).
    s.post(QStringLiteral("pungutan_liar"), QStringLiteral("Pungutan liar di pasar"));
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    const auto stats = [&](const QString &dataDir, const QString &by) {
        const Ctl c = poskoctl({QStringLiteral("--data"), dataDir, QStringLiteral("stats"),
                                QStringLiteral("--from"), today.addDays(-1).toString(Qt::ISODate),
                                QStringLiteral("--to"), today.addDays(1).toString(Qt::ISODate),
                                QStringLiteral("--by"), by, QStringLiteral("--format"),
                                QStringLiteral("json")});
        INFO(c.err.toStdString());
        REQUIRE(c.code == 0);
        return QJsonDocument::fromJson(c.out.toUtf8()).object();
    };
    const auto keys = [](const QJsonObject &o) {
        QStringList k;
        for (const QJsonValue &u : o.value(QStringLiteral("units")).toArray())
            k << u.toObject().value(QStringLiteral("key")).toString();
        return k;
    };
    const auto received = [](const QJsonObject &o) {
        return o.value(QStringLiteral("total"))
            .toObject()
            .value(QStringLiteral("received"))
            .toInt(-1);
    };

    // The uncleared operator: one report, no covert label, squad or figure.
    REQUIRE(s.sync().code == 0);
    const QJsonObject byLabel = stats(s.data.path(), QStringLiteral("label"));
    CHECK(received(byLabel) == 1);
    CHECK(keys(byLabel) == QStringList{QStringLiteral("jalan_rusak")});
    const QJsonObject bySquad = stats(s.data.path(), QStringLiteral("squad"));
    CHECK_FALSE(keys(bySquad).contains(QStringLiteral("covert")));

    // The cleared supervisor's workstation counts both: the difference is the covert report.
    QTemporaryDir koordData;
    const Ctl sync =
        poskoctl({QStringLiteral("--data"), koordData.path(), QStringLiteral("--hub"),
                  s.hub.url().toString(), QStringLiteral("--user"), QStringLiteral("koord"),
                  QStringLiteral("--password-stdin"), QStringLiteral("sync")},
                 supervisorPassword.toUtf8() + '\n');
    INFO(sync.err.toStdString());
    REQUIRE(sync.code == 0);
    const QJsonObject cleared = stats(koordData.path(), QStringLiteral("label"));
    CHECK(received(cleared) == 2);
    CHECK(keys(cleared).contains(QStringLiteral("pungutan_liar")));

    // Exports respect roles the same way: the operator's CSV has one report, the cleared
    // supervisor's both; each row carries its lifecycle times.
    const auto exported = [&](const QString &dataDir) {
        const Ctl c = poskoctl({QStringLiteral("--data"), dataDir, QStringLiteral("export"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        INFO(c.err.toStdString());
        REQUIRE(c.code == 0);
        QStringList lines = c.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE_FALSE(lines.isEmpty());
        CHECK(lines.first().startsWith(QStringLiteral("id,label,status,squad,kecamatan,desa,")));
        CHECK(lines.first().endsWith(QStringLiteral("disputed_at,flagged_fast_at")));
        lines.removeFirst();
        return lines;
    };
    const QStringList mine = exported(s.data.path());
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().contains(QStringLiteral(",jalan_rusak,baru,")));
    CHECK_FALSE(mine.join(QLatin1Char('\n')).contains(QStringLiteral("pungutan_liar")));
    // received_at is the 11th column, an ISO time in UTC.
    CHECK(mine.first().split(QLatin1Char(',')).value(10).endsWith(QLatin1Char('Z')));
    const QStringList theirs = exported(koordData.path());
    CHECK(theirs.size() == 2);
    CHECK(theirs.join(QLatin1Char('\n')).contains(QStringLiteral(",pungutan_liar,")));
    const Ctl json = poskoctl({QStringLiteral("--data"), s.data.path(), QStringLiteral("export"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.code == 2);

    // The weekly evaluation (PDF) of this week: the operator's counts one report and names no
    // covert squad; the cleared supervisor's counts both and has the covert squad's row.
    int isoYear = 0;
    const int isoWeek = today.weekNumber(&isoYear);
    const QString week =
        QStringLiteral("%1-W%2").arg(isoYear).arg(isoWeek, 2, 10, QLatin1Char('0'));
    const auto weekly = [&](const QString &dataDir) {
        const QString pdf = QDir(dataDir).filePath(QStringLiteral("weekly.pdf"));
        const Ctl c = poskoctl({QStringLiteral("--data"), dataDir, QStringLiteral("report"),
                                QStringLiteral("weekly"), QStringLiteral("--week"), week,
                                QStringLiteral("--out"), pdf});
        INFO(c.err.toStdString());
        REQUIRE(c.code == 0);
        return pdfText(pdf);
    };
    // The supervisor hands the covert report to the covert squad, so it has a row of its own.
    const Ctl listed =
        poskoctl({QStringLiteral("--data"), koordData.path(), QStringLiteral("reports"),
                  QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(listed.code == 0);
    QString covertId;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("service_code")).toString() ==
            QStringLiteral("pungutan_liar"))
            covertId = v.toObject().value(QStringLiteral("service_request_id")).toString();
    REQUIRE_FALSE(covertId.isEmpty());
    REQUIRE(poskoctl({QStringLiteral("--data"), koordData.path(), QStringLiteral("assign"),
                      covertId, QStringLiteral("covert")})
                .code == 0);
    REQUIRE(poskoctl({QStringLiteral("--data"), koordData.path(),
                      QStringLiteral("--password-stdin"), QStringLiteral("sync")},
                     supervisorPassword.toUtf8() + '\n')
                .code == 0);
    REQUIRE(s.sync().code == 0);
    const QString operatorPdf = weekly(s.data.path());
    CHECK(operatorPdf.contains(QStringLiteral("Evaluasi Mingguan")));
    CHECK(weeklyReceived(operatorPdf) == 1);
    CHECK_FALSE(operatorPdf.contains(QStringLiteral("Pasukan Bayangan")));
    const QString supervisorPdf = weekly(koordData.path());
    CHECK(weeklyReceived(supervisorPdf) == 2);
    CHECK(supervisorPdf.contains(QStringLiteral("Pasukan Bayangan")));
    // Bad arguments are refused before anything is written.
    CHECK(poskoctl({QStringLiteral("--data"), s.data.path(), QStringLiteral("report"),
                    QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2025-W53"),
                    QStringLiteral("--out"), QDir(s.data.path()).filePath(QStringLiteral("x.pdf"))})
              .code == 2);
    CHECK(poskoctl({QStringLiteral("--data"), s.data.path(), QStringLiteral("report"),
                    QStringLiteral("weekly")})
              .code == 2);
    CHECK_FALSE(QFileInfo::exists(QDir(s.data.path()).filePath(QStringLiteral("x.pdf"))));
    // A file that cannot be written: exit 1 with the reason, nothing left behind.
    const QString nowhere = QDir(s.data.path()).filePath(QStringLiteral("no-such-dir/x.pdf"));
    const Ctl unwritable =
        poskoctl({QStringLiteral("--data"), s.data.path(), QStringLiteral("report"),
                  QStringLiteral("weekly"), QStringLiteral("--out"), nowhere});
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.contains(QStringLiteral("no-such-dir")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE(
    "poskoctl exit codes: usage 2 - not found 3 - refused 4 - unreachable 5 - wrong password 6")
{
    Setup s;
    const QString id = s.post(QStringLiteral("banjir"), QStringLiteral("Banjir setinggi lutut"));
    REQUIRE_FALSE(id.isEmpty());

    CHECK(poskoctl(s.base() << QStringLiteral("--no-such-option") << QStringLiteral("sync")).code ==
          2);
    CHECK(poskoctl(s.base() << QStringLiteral("frobnicate")).code == 2);
    CHECK(poskoctl(s.base() << QStringLiteral("reports") << QStringLiteral("list")
                            << QStringLiteral("--format") << QStringLiteral("xml"))
              .code == 2);
    const Ctl noPassword = poskoctl(s.base() << QStringLiteral("--hub") << s.hub.url().toString()
                                             << QStringLiteral("--user") << QStringLiteral("sari")
                                             << QStringLiteral("sync"));
    CHECK(noPassword.code == 2);

    const Ctl wrong = s.sync(QStringLiteral("bukan-sandinya"));
    CHECK(wrong.code == 6);
    CHECK(wrong.err.startsWith(QStringLiteral("poskoctl: ")));

    REQUIRE(s.sync().code == 0);
    const Ctl squad =
        poskoctl(s.base() << QStringLiteral("assign") << id << QStringLiteral("purple"));
    CHECK(squad.code == 2);
    CHECK(squad.err.contains(QStringLiteral("orange")));
    CHECK(poskoctl(s.base() << QStringLiteral("assign") << QStringLiteral("x1")
                            << QStringLiteral("red"))
              .code == 2);
    CHECK(poskoctl(s.base() << QStringLiteral("assign") << QStringLiteral("987654")
                            << QStringLiteral("red"))
              .code == 3);

    REQUIRE(poskoctl(s.base() << QStringLiteral("assign") << id << QStringLiteral("orange")).code ==
            0);
    const Ctl twice =
        poskoctl(s.base() << QStringLiteral("assign") << id << QStringLiteral("orange"));
    CHECK(twice.code == 4); // already assigned to that squad
    CHECK(twice.err.startsWith(QStringLiteral("poskoctl: ")));

    // The hub refuses what the workstation cannot know: an uncleared operator assigning covert.
    const QString other =
        s.post(QStringLiteral("sampah"), QStringLiteral("Sampah di depan sekolah"));
    REQUIRE(s.sync().code == 0);
    REQUIRE(
        poskoctl(s.base() << QStringLiteral("assign") << other << QStringLiteral("covert")).code ==
        0);
    const Ctl refused = s.sync();
    CHECK(refused.code == 4);
    CHECK(refused.counts().value(QStringLiteral("failed")) == 1);
    CHECK(refused.err.contains(other));
    // The refused change is rolled back on the workstation: the report is unassigned again.
    CHECK(findById(s.list(), other).value(QStringLiteral("squad")).isNull());

    s.hub.stop();
    CHECK(s.sync().code == 5);
    // Another user on the same data folder is refused: a replica never mixes users.
    const Ctl otherUser =
        poskoctl(s.base() << QStringLiteral("--hub") << s.hub.url().toString()
                          << QStringLiteral("--user") << QStringLiteral("budi")
                          << QStringLiteral("--password-stdin") << QStringLiteral("sync"),
                 "x\n");
    CHECK(otherUser.code == 2);
}

TEST_CASE("poskoctl exits 4 when an older action is refused after a newer one had failed")
{
    Setup s;
    const QString older = s.post(QStringLiteral("sampah"), QStringLiteral("Sampah di pasar"));
    const QString newer = s.post(QStringLiteral("banjir"), QStringLiteral("Banjir di sawah"));
    REQUIRE(s.sync().code == 0);
    // The older one the hub will refuse (no clearance), the newer one is fine.
    REQUIRE(
        poskoctl(s.base() << QStringLiteral("assign") << older << QStringLiteral("covert")).code ==
        0);
    REQUIRE(
        poskoctl(s.base() << QStringLiteral("assign") << newer << QStringLiteral("orange")).code ==
        0);
    {
        // The newer one failed earlier while the older one stayed pending (in the command
        // centre a feed page arriving while the operator acts can do that: a rebase fails it).
        QString error;
        const auto replica = Replica::open(s.data.path(), &error);
        REQUIRE(replica);
        const QVector<OutboxItem> items = replica->outbox();
        REQUIRE(items.size() == 2);
        REQUIRE(items.at(0).reportId == older.toLongLong());
        REQUIRE(replica->markFailed(items.at(1).id, QStringLiteral("earlier refusal"), std::nullopt,
                                    &error));
    }
    const Ctl run = s.sync();
    INFO(run.err.toStdString());
    CHECK(run.code == 4);
    CHECK(run.counts().value(QStringLiteral("failed")) == 2);
    CHECK(run.err.contains(QStringLiteral("poskoctl: Report ") + older + QLatin1Char(':')));
    // Only this run's refusal is reported, not the old one again.
    CHECK_FALSE(run.err.contains(QStringLiteral("earlier refusal")));
}

namespace {

// Stops the hub and starts it again on the same port with the database `replace` does to it.
void restartHub(Setup &s, const std::function<void(const QString &db)> &replace)
{
    s.hub.stop();
    replace(s.hub.databasePath());
    INFO(s.hub.error().toStdString());
    REQUIRE(s.hub.start({}, 30000, true));
    s.http = std::make_unique<HttpClient>(s.hub.url());
}

void removeDatabase(const QString &db)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
}

bool hubSendsItsId(Setup &s)
{
    const HttpReply r = s.http->postJson(QStringLiteral("/api/v1/login"),
                                         {{QStringLiteral("user"), QStringLiteral("sari")},
                                          {QStringLiteral("password"), operatorPassword}});
    return r.object().value(QStringLiteral("hub_id")).isString();
}

} // namespace

TEST_CASE("a hub reinstalled with a fresh database: the replica starts again and pending "
          "actions are not sent to the new hub's reports")
{
    Setup s;
    const QString old = s.post(QStringLiteral("jalan_rusak"), QStringLiteral("Laporan hub lama"));
    REQUIRE_FALSE(old.isEmpty());
    REQUIRE(s.sync().code == 0);
    REQUIRE(
        poskoctl(s.base() << QStringLiteral("assign") << old << QStringLiteral("orange")).code ==
        0);

    // The hub comes back empty on the same address: its report 1 is a different report.
    restartHub(s, [&](const QString &db) {
        removeDatabase(db);
        REQUIRE(
            s.hub.addUser(QStringLiteral("sari"), QStringLiteral("operator"), operatorPassword));
        REQUIRE(s.hub.addUser(QStringLiteral("koord"), QStringLiteral("supervisor"),
                              supervisorPassword, true));
        s.apiKey = s.hub.addApiKey(QStringLiteral("citizen-app"));
    });
    REQUIRE(hubSendsItsId(s)); // the hub side of the contract (docs/api.md)
    const QString fresh = s.post(QStringLiteral("sampah"), QStringLiteral("Laporan hub baru"));
    REQUIRE(fresh == old); // same id, another report

    const Ctl run = s.sync();
    INFO(run.err.toStdString());
    CHECK(run.code == 4); // the queued assignment was not sent
    CHECK(run.counts().value(QStringLiteral("pushed")) == 0);
    CHECK(run.counts().value(QStringLiteral("failed")) == 1);
    CHECK(run.err.contains(QStringLiteral("The hub was reset; this action was not sent.")));
    // The new hub's report 1 was not assigned by an action meant for the old one.
    const QJsonObject onHub = s.hubReport(fresh);
    CHECK(onHub.value(QStringLiteral("status")).toString() == QStringLiteral("baru"));
    const QJsonArray list = s.list();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("description")).toString() ==
          QStringLiteral("Laporan hub baru"));
    CHECK(filesContaining(s.data.path(), "Laporan hub lama").isEmpty());
}

TEST_CASE("a hub restored from an earlier backup: the replica drops what the hub no longer has")
{
    Setup s;
    const QString kept = s.post(QStringLiteral("jalan_rusak"), QStringLiteral("Sebelum cadangan"));
    REQUIRE_FALSE(kept.isEmpty());
    const QTemporaryDir backup;
    const QString backupDb = backup.filePath(QStringLiteral("hub.sqlite"));
    restartHub(s, [&](const QString &db) { // a cold backup: the stopped hub's files
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(db + suffix))
                REQUIRE(QFile::copy(db + suffix, backupDb + suffix));
    });
    const QString lost = s.post(QStringLiteral("sampah"), QStringLiteral("Sesudah cadangan"));
    REQUIRE_FALSE(lost.isEmpty());
    REQUIRE(s.sync().code == 0);
    REQUIRE_FALSE(findById(s.list(), lost).isEmpty());

    restartHub(s, [&](const QString &db) {
        removeDatabase(db);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(backupDb + suffix))
                REQUIRE(QFile::copy(backupDb + suffix, db + suffix));
    });
    REQUIRE(hubSendsItsId(s));
    const Ctl run = s.sync();
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    const QJsonArray list = s.list();
    CHECK_FALSE(findById(list, kept).isEmpty());
    CHECK(findById(list, lost).isEmpty());
    CHECK(filesContaining(s.data.path(), "Sesudah cadangan").isEmpty());
}
