// SPDX-License-Identifier: GPL-3.0-or-later
// Import from other Open311 servers: the real posko-hub (one-shot --import-open311 and polling
// from --import-config) against a fake Open311 upstream the test controls on loopback.
#include "fakeopen311.h"
#include "hubfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>
#include <functional>

using namespace posko::test;

namespace {

using Record = FakeOpen311::Record;

// A UTC instant to the minute, some days ago (inside every default window).
QDateTime recent(double daysAgo)
{
    QDateTime t = QDateTime::currentDateTimeUtc().addSecs(qint64(-daysAgo * 86400));
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}

// `t` written in the zone `offsetSecs` east of UTC with Qt's ±hh:mm, then re-spelled by `style`.
QString spelled(const QDateTime &t, int offsetSecs, const QString &style)
{
    const QDateTime local = t.toTimeZone(QTimeZone(offsetSecs));
    const QString base = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    const int a = std::abs(offsetSecs);
    const QString sign = offsetSecs < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const QString hh = QStringLiteral("%1").arg(a / 3600, 2, 10, QLatin1Char('0'));
    const QString mm = QStringLiteral("%1").arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (style == QStringLiteral("Z"))
        return base + QStringLiteral(":00Z");
    if (style == QStringLiteral("frac"))
        return base + QStringLiteral(":00.250") + sign + hh + QLatin1Char(':') + mm;
    if (style == QStringLiteral("compact")) // no seconds, ±hhmm
        return base + sign + hh + mm;
    if (style == QStringLiteral("hours")) // ±hh only
        return base + QStringLiteral(":00") + sign + hh;
    return base + QStringLiteral(":00") + sign + hh + QLatin1Char(':') + mm;
}

Record record(const QJsonValue &id, const QString &code, const QString &description,
              const QDateTime &requested, const QString &requestedText = {})
{
    Record r;
    r.requested = requested;
    r.updated = requested;
    r.json = QJsonObject{
        {QStringLiteral("service_request_id"), id},
        {QStringLiteral("service_code"), code},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("description"), description},
        {QStringLiteral("lat"), -8.05},
        {QStringLiteral("long"), 111.71},
        {QStringLiteral("requested_datetime"),
         requestedText.isEmpty() ? spelled(requested, 7 * 3600, {}) : requestedText},
        {QStringLiteral("updated_datetime"), spelled(requested, 7 * 3600, {})},
    };
    return r;
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run importOnce(const HubProcess &hub, const QUrl &url, const QString &config = {})
{
    QStringList args{QStringLiteral("--database"), hub.databasePath(),
                     QStringLiteral("--import-open311"), url.toString()};
    if (!config.isEmpty())
        args << QStringLiteral("--import-config") << config;
    QByteArray out, err;
    Run r;
    r.code = HubProcess::run(args, {}, &out, &err, 60000);
    r.out = QString::fromUtf8(out);
    r.err = QString::fromUtf8(err);
    return r;
}

QString writeConfig(QTemporaryDir &dir, const QJsonObject &source)
{
    const QString path = dir.filePath(
        QStringLiteral("import-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("sources"), QJsonArray{source}}}).toJson());
    return path;
}

QJsonObject byDescription(const QJsonArray &items, const QString &description)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value(QStringLiteral("description")).toString() == description)
            return v.toObject();
    return {};
}

// The hub database read directly (WAL: the running hub keeps it open meanwhile).
struct DbReader
{
    QString name = QUuid::createUuid().toString();
    explicit DbReader(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~DbReader() { QSqlDatabase::removeDatabase(name); }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0) : QVariant();
    }
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return condition();
}

int countParam(const QList<QUrlQuery> &requests, const QString &name)
{
    int n = 0;
    for (const QUrlQuery &q : requests)
        n += q.hasQueryItem(name) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("import: paging and string or numeric ids and a wrapped list and offsets and "
          "attributes and notes and media - a re-import changes nothing - upstream changes update")
{
    HubFixture f;
    FakeOpen311 upstream;
    REQUIRE(upstream.listening());
    const QDateTime t0 = recent(3);
    QVector<Record> records{
        record(QStringLiteral("LAP-1"), QStringLiteral("jalan_rusak"), QStringLiteral("imp one"),
               t0, spelled(t0, 7 * 3600, QStringLiteral("frac"))),
        record(1002, QStringLiteral("sampah"), QStringLiteral("imp two"), t0.addSecs(-3600),
               spelled(t0.addSecs(-3600), 7 * 3600, QStringLiteral("compact"))),
        record(1003, QStringLiteral("banjir"), QStringLiteral("imp three"), t0.addSecs(-7200),
               spelled(t0.addSecs(-7200), -5 * 3600, {})),
        record(QStringLiteral("LAP-4"), QStringLiteral("banjir"), QStringLiteral("imp four"),
               t0.addSecs(-10800), spelled(t0.addSecs(-10800), 0, QStringLiteral("Z"))),
        record(QStringLiteral("LAP-5"), QStringLiteral("sampah"), QStringLiteral("imp five"),
               t0.addSecs(-14400), spelled(t0.addSecs(-14400), 5 * 3600 + 1800, {})),
    };
    records[0].json.insert(QStringLiteral("media_url"),
                           QStringLiteral("https://upstream.example/photos/1.jpg"));
    records[0].json.insert(QStringLiteral("extended_attributes"),
                           QJsonObject{{QStringLiteral("ward"), QStringLiteral("Kelurahan 3")},
                                       {QStringLiteral("priority"), 2}});
    records[0].json.insert(
        QStringLiteral("notes"),
        QJsonArray{QJsonObject{{QStringLiteral("datetime"), spelled(t0.addSecs(600), 7 * 3600, {})},
                               {QStringLiteral("description"), QStringLiteral("Petugas survei")}}});
    upstream.setRecords(records);
    upstream.setOptions({true, true, true, 2, QStringLiteral("service_requests")});

    QTemporaryDir dir;
    const QString config =
        writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("lapor")},
                                     {QStringLiteral("url"), upstream.url().toString()},
                                     {QStringLiteral("page_size"), 2},
                                     // every import re-reads the whole period (date windows):
                                     // all five records come back each time
                                     {QStringLiteral("updated_after"), false}});
    const Run first = importOnce(f.hub, upstream.url(), config);
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.code == 0);
    CHECK(first.out.contains(QStringLiteral("5 new, 0 updated, 0 unchanged, 0 refused")));
    // Paged: page 1..3 of size 2, then the empty page 4 ended the list.
    QStringList pages;
    for (const QUrlQuery &q : upstream.requests())
        pages << q.queryItemValue(QStringLiteral("page"));
    CHECK(pages.contains(QStringLiteral("3")));
    CHECK(pages.contains(QStringLiteral("4")));

    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    REQUIRE_FALSE(sup.isEmpty());
    qint64 lastSeq = 0;
    const QJsonArray feed = f.feed(sup, 0, &lastSeq);
    REQUIRE(feed.size() == 5);
    const QJsonObject one = byDescription(feed, QStringLiteral("imp one"));
    REQUIRE_FALSE(one.isEmpty());
    CHECK(one.value(QStringLiteral("label")).toString() == QStringLiteral("jalan_rusak"));
    CHECK(one.value(QStringLiteral("status")).toString() == QStringLiteral("baru"));
    CHECK(one.value(QStringLiteral("media_url")).toString() ==
          QStringLiteral("https://upstream.example/photos/1.jpg"));
    bool noteSeen = false;
    for (const QJsonValue &h : one.value(QStringLiteral("history")).toArray())
        noteSeen = noteSeen || (h.toObject().value(QStringLiteral("kind")).toString() ==
                                    QStringLiteral("note") &&
                                h.toObject().value(QStringLiteral("text")).toString() ==
                                    QStringLiteral("Petugas survei"));
    CHECK(noteSeen);

    // Every offset spelling lands on the same UTC instant (fractions kept to the millisecond).
    DbReader db(f.hub.databasePath());
    auto requestedMs = [&](const QString &description) {
        return db
            .value(QStringLiteral("SELECT requested_at FROM reports WHERE description = '%1'")
                       .arg(description))
            .toLongLong();
    };
    CHECK(requestedMs(QStringLiteral("imp one")) == t0.toMSecsSinceEpoch() + 250);
    CHECK(requestedMs(QStringLiteral("imp two")) == t0.addSecs(-3600).toMSecsSinceEpoch());
    CHECK(requestedMs(QStringLiteral("imp three")) == t0.addSecs(-7200).toMSecsSinceEpoch());
    CHECK(requestedMs(QStringLiteral("imp four")) == t0.addSecs(-10800).toMSecsSinceEpoch());
    CHECK(requestedMs(QStringLiteral("imp five")) == t0.addSecs(-14400).toMSecsSinceEpoch());
    // Ids kept as text whatever their JSON type; extended_attributes kept as given.
    CHECK(db.value(QStringLiteral("SELECT COUNT(*) FROM imports WHERE source = 'lapor' AND"
                                  " external_id IN ('LAP-1', '1002', '1003', 'LAP-4', 'LAP-5')"))
              .toInt() == 5);
    const QJsonObject attributes =
        QJsonDocument::fromJson(
            db.value(QStringLiteral("SELECT attributes FROM imports WHERE external_id = 'LAP-1'"))
                .toByteArray())
            .object();
    CHECK(attributes.value(QStringLiteral("ward")).toString() == QStringLiteral("Kelurahan 3"));
    CHECK(attributes.value(QStringLiteral("priority")).toInt() == 2);

    // They are normal hub reports: Open311 GET lists them.
    const HttpReply list = f.http->get(QStringLiteral("/open311/v2/requests.json"));
    REQUIRE(list.status == 200);
    CHECK(list.array().size() == 5);

    // Re-import of unchanged data: no seq, no version, no history.
    const qint64 historyRows =
        db.value(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong();
    const Run again = importOnce(f.hub, upstream.url(), config);
    INFO(again.out.toStdString() << again.err.toStdString());
    REQUIRE(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("0 new, 0 updated, 5 unchanged, 0 refused")));
    CHECK(f.feed(sup, lastSeq).isEmpty());
    CHECK(db.value(QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong() == historyRows);
    CHECK(db.value(QStringLiteral("SELECT MAX(version) FROM reports")).toInt() == 1);

    // An operator assigns "imp two"; upstream then edits its description but keeps it open,
    // and closes "imp one" with a new note.
    const QJsonObject two = byDescription(feed, QStringLiteral("imp two"));
    const HttpReply assigned =
        f.act(sup, two.value(QStringLiteral("id")).toString(), "imp-assign",
              QJsonObject{{QStringLiteral("type"), QStringLiteral("assign")},
                          {QStringLiteral("squad"), QStringLiteral("orange")},
                          {QStringLiteral("base_version"), 1}});
    INFO(assigned.body.toStdString());
    REQUIRE(assigned.status == 200);
    qint64 afterAssign = 0;
    f.feed(sup, 0, &afterAssign);
    const QDateTime later = recent(0.01);
    for (int i : {0, 1}) {
        records[i].updated = later;
        records[i].json.insert(QStringLiteral("updated_datetime"), spelled(later, 7 * 3600, {}));
    }
    records[1].json.insert(QStringLiteral("description"), QStringLiteral("imp two (edited)"));
    records[0].json.insert(QStringLiteral("status"), QStringLiteral("closed"));
    records[0].json.insert(QStringLiteral("status_notes"), QStringLiteral("Sudah diperbaiki"));
    QJsonArray notes = records[0].json.value(QStringLiteral("notes")).toArray();
    notes.append(QJsonObject{{QStringLiteral("datetime"), spelled(t0.addSecs(1200), 0, {})},
                             {QStringLiteral("description"), QStringLiteral("Aspal ditambal")}});
    records[0].json.insert(QStringLiteral("notes"), notes);
    upstream.setRecords(records);
    const Run third = importOnce(f.hub, upstream.url(), config);
    INFO(third.out.toStdString() << third.err.toStdString());
    REQUIRE(third.code == 0);
    CHECK(third.out.contains(QStringLiteral("0 new, 2 updated, 3 unchanged, 0 refused")));
    const QJsonArray changed = f.feed(sup, afterAssign);
    REQUIRE(changed.size() == 2);
    const QJsonObject closed = byDescription(changed, QStringLiteral("imp one"));
    CHECK(closed.value(QStringLiteral("status")).toString() == QStringLiteral("ditutup"));
    CHECK(closed.value(QStringLiteral("version")).toInt() == 2);
    const QJsonArray history = closed.value(QStringLiteral("history")).toArray();
    int notesSeen = 0;
    bool closeSeen = false;
    for (const QJsonValue &h : history) {
        const QJsonObject e = h.toObject();
        notesSeen += e.value(QStringLiteral("kind")).toString() == QStringLiteral("note") ? 1 : 0;
        closeSeen =
            closeSeen ||
            (e.value(QStringLiteral("kind")).toString() == QStringLiteral("status") &&
             e.value(QStringLiteral("text")).toString() == QStringLiteral("Sudah diperbaiki"));
    }
    CHECK(notesSeen == 2); // the first note once, the new one added
    CHECK(closeSeen);
    const QJsonObject edited = byDescription(changed, QStringLiteral("imp two (edited)"));
    CHECK(edited.value(QStringLiteral("status")).toString() == QStringLiteral("ditugaskan"));
    CHECK(edited.value(QStringLiteral("squad")).toString() == QStringLiteral("orange"));

    // Upstream reopens "imp one": the closed report reopens. "imp two" is closed upstream while
    // an operator works on it: closing moves forward over local work.
    qint64 afterThird = 0;
    f.feed(sup, 0, &afterThird);
    const QDateTime latest = recent(0.005);
    for (int i : {0, 1}) {
        records[i].updated = latest;
        records[i].json.insert(QStringLiteral("updated_datetime"), spelled(latest, 0, {}));
    }
    records[0].json.insert(QStringLiteral("status"), QStringLiteral("open"));
    records[0].json.insert(QStringLiteral("status_notes"), QStringLiteral("Rusak lagi"));
    records[1].json.insert(QStringLiteral("status"), QStringLiteral("closed"));
    upstream.setRecords(records);
    const Run fourth = importOnce(f.hub, upstream.url(), config);
    INFO(fourth.out.toStdString() << fourth.err.toStdString());
    REQUIRE(fourth.code == 0);
    const QJsonArray last = f.feed(sup, afterThird);
    REQUIRE(last.size() == 2);
    const QJsonObject reopened = byDescription(last, QStringLiteral("imp one"));
    CHECK(reopened.value(QStringLiteral("status")).toString() == QStringLiteral("dibuka_kembali"));
    CHECK(reopened.value(QStringLiteral("version")).toInt() == 3);
    CHECK(byDescription(last, QStringLiteral("imp two (edited)")).value(QStringLiteral("status")) ==
          QStringLiteral("ditutup"));
}

TEST_CASE("import: updated_after when the server honours it from the last update seen")
{
    HubFixture f;
    FakeOpen311 upstream;
    const QDateTime t0 = recent(2);
    QVector<Record> records{
        record(1, QStringLiteral("banjir"), QStringLiteral("ua one"), t0),
        record(2, QStringLiteral("banjir"), QStringLiteral("ua two"), t0.addSecs(-600))};
    upstream.setRecords(records);
    upstream.setOptions({false, true, true, 1000, {}}); // bare list, no paging
    const Run first = importOnce(f.hub, upstream.url());
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.code == 0);
    CHECK(first.out.contains(QStringLiteral("2 new")));
    CHECK(countParam(upstream.requests(), QStringLiteral("updated_after")) >= 2); // probe + list
    CHECK(countParam(upstream.requests(), QStringLiteral("start_date")) == 0);

    upstream.clearRequests();
    Record late = record(3, QStringLiteral("sampah"), QStringLiteral("ua three"), recent(0.5));
    records.push_back(late);
    upstream.setRecords(records);
    const Run second = importOnce(f.hub, upstream.url());
    INFO(second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.code == 0);
    // Only what changed after the newest update seen (less a minute of overlap) was asked for.
    // (The newest record of the first run is within that minute: asked again, unchanged.)
    CHECK(second.out.contains(QStringLiteral("1 new, 0 updated, 1 unchanged")));
    const QList<QUrlQuery> asked = upstream.requests();
    REQUIRE_FALSE(asked.isEmpty());
    const QDateTime from = QDateTime::fromString(
        asked.last().queryItemValue(QStringLiteral("updated_after")), Qt::ISODate);
    CHECK(from == t0.addSecs(-60));
}

TEST_CASE("import: date windows where updated_after is not offered - bounded when the server "
          "ignores dates and pages")
{
    HubFixture f;
    FakeOpen311 upstream;
    QVector<Record> records;
    for (int d = 0; d < 9; ++d)
        records.push_back(record(QStringLiteral("W-%1").arg(d), QStringLiteral("banjir"),
                                 QStringLiteral("win %1").arg(d), recent(0.5 + d)));
    upstream.setRecords(records);
    upstream.setOptions({true, false, true, 1000, QStringLiteral("requests")});
    QTemporaryDir dir;
    const QString config =
        writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("win")},
                                     {QStringLiteral("url"), upstream.url().toString()},
                                     {QStringLiteral("window_days"), 2},
                                     {QStringLiteral("since_days"), 10}});
    const Run run = importOnce(f.hub, upstream.url(), config);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("9 new")));
    CHECK(countParam(upstream.requests(), QStringLiteral("start_date")) >= 5); // 10 days / 2

    // A server that ignores every parameter: a handful of requests, not one per window.
    HubFixture g;
    FakeOpen311 deaf;
    deaf.setRecords(records);
    deaf.setOptions({false, false, false, 1000, {}});
    const QString deafConfig =
        writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("deaf")},
                                     {QStringLiteral("url"), deaf.url().toString()},
                                     {QStringLiteral("window_days"), 1},
                                     {QStringLiteral("since_days"), 30}});
    const Run bounded = importOnce(g.hub, deaf.url(), deafConfig);
    INFO(bounded.out.toStdString() << bounded.err.toStdString());
    REQUIRE(bounded.code == 0);
    CHECK(bounded.out.contains(QStringLiteral("9 new, 0 updated, 0 unchanged")));
    // Every window is read (the probe, then 30 windows of a day, each page 1 and the page 2
    // that repeats it); the repeated records are skipped by id.
    CHECK(deaf.requests().size() == 61);
    // That the server ignores page is said (once), since a short answer would look complete.
    CHECK(bounded.err.count(QStringLiteral("the server ignores page (page 2 repeats page 1)")) ==
          1);

    // A server that cuts to page_size but ignores page: reported, not a silent partial import.
    FakeOpen311 half;
    half.setRecords(records);
    half.setOptions({true, false, true, 1000, {}, true});
    const QString halfConfig =
        writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("half")},
                                     {QStringLiteral("url"), half.url().toString()},
                                     {QStringLiteral("page_size"), 4}});
    const Run cut = importOnce(g.hub, half.url(), halfConfig);
    INFO(cut.out.toStdString() << cut.err.toStdString());
    CHECK(cut.code == 1);
    CHECK(cut.err.contains(QStringLiteral("ignores page but not page_size")));
    CHECK(cut.err.contains(half.url().toString()));
}

TEST_CASE("import: service codes map through the config - unmapped codes are refused or take "
          "the fallback label")
{
    HubFixture f;
    FakeOpen311 upstream;
    const QDateTime t0 = recent(1);
    upstream.setRecords({record(1, QStringLiteral("POTHOLE"), QStringLiteral("map one"), t0),
                         record(2, QStringLiteral("GRAFFITI"), QStringLiteral("map two"), t0)});
    QTemporaryDir dir;
    QJsonObject source{{QStringLiteral("name"), QStringLiteral("city")},
                       {QStringLiteral("url"), upstream.url().toString()},
                       {QStringLiteral("services"),
                        QJsonObject{{QStringLiteral("POTHOLE"), QStringLiteral("jalan_rusak")}}}};
    const Run strict = importOnce(f.hub, upstream.url(), writeConfig(dir, source));
    INFO(strict.out.toStdString() << strict.err.toStdString());
    CHECK(strict.code == 3);
    CHECK(strict.out.contains(QStringLiteral("1 new, 0 updated, 0 unchanged, 1 refused")));
    CHECK(strict.err.contains(upstream.url().toString()));
    CHECK(strict.err.contains(QStringLiteral("GRAFFITI")));

    source.insert(QStringLiteral("fallback_label"), QStringLiteral("ketertiban_umum"));
    const Run lenient = importOnce(f.hub, upstream.url(), writeConfig(dir, source));
    INFO(lenient.out.toStdString() << lenient.err.toStdString());
    CHECK(lenient.code == 0);
    CHECK(lenient.out.contains(QStringLiteral("1 new, 0 updated, 1 unchanged, 0 refused")));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    const QJsonArray feed = f.feed(sup);
    CHECK(byDescription(feed, QStringLiteral("map one")).value(QStringLiteral("label")) ==
          QStringLiteral("jalan_rusak"));
    CHECK(byDescription(feed, QStringLiteral("map two")).value(QStringLiteral("label")) ==
          QStringLiteral("ketertiban_umum"));
}

TEST_CASE("import: malformed answers and records are reported with the URL and what was wrong")
{
    HubFixture f;
    FakeOpen311 upstream;
    const QDateTime t0 = recent(1);
    Record noCoordinates =
        record(QStringLiteral("B-1"), QStringLiteral("banjir"), QStringLiteral("bad one"), t0);
    noCoordinates.json.remove(QStringLiteral("lat"));
    Record badDate = record(QStringLiteral("B-2"), QStringLiteral("banjir"),
                            QStringLiteral("bad two"), t0, QStringLiteral("kemarin sore"));
    Record naive = record(QStringLiteral("B-3"), QStringLiteral("banjir"),
                          QStringLiteral("bad three"), t0, QStringLiteral("2026-01-02T10:00:00"));
    Record outside =
        record(QStringLiteral("B-4"), QStringLiteral("banjir"), QStringLiteral("bad four"), t0);
    outside.json.insert(QStringLiteral("lat"), 52.37);
    outside.json.insert(QStringLiteral("long"), 4.89);
    upstream.setRecords(
        {noCoordinates, badDate, naive, outside,
         record(QStringLiteral("G-1"), QStringLiteral("banjir"), QStringLiteral("good one"), t0)});
    const Run records = importOnce(f.hub, upstream.url());
    INFO(records.out.toStdString() << records.err.toStdString());
    CHECK(records.code == 3);
    CHECK(records.out.contains(QStringLiteral("1 new, 0 updated, 0 unchanged, 4 refused")));
    CHECK(records.err.contains(QStringLiteral("record \"B-1\": lat and long")));
    CHECK(records.err.contains(
        QStringLiteral("record \"B-2\": requested_datetime \"kemarin sore\"")));
    CHECK(records.err.contains(QStringLiteral("record \"B-3\": requested_datetime")));
    CHECK(records.err.contains(QStringLiteral("record \"B-4\": the location")));
    CHECK(records.err.contains(upstream.url().toString()));

    QTemporaryDir dir;
    const QString config =
        writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("faulty")},
                                     {QStringLiteral("url"), upstream.url().toString()},
                                     {QStringLiteral("api_key"), QStringLiteral("s3cret+key&x")},
                                     {QStringLiteral("timeout_seconds"), 1},
                                     {QStringLiteral("max_bytes"), 4096}});
    const QList<std::pair<FakeOpen311::Fault, QString>> faults{
        {FakeOpen311::Fault::NotJson, QStringLiteral("not JSON")},
        {FakeOpen311::Fault::WrongShape, QStringLiteral("neither a list")},
        {FakeOpen311::Fault::ServerError, QStringLiteral("HTTP status 500")},
        {FakeOpen311::Fault::Truncated, QString()}, // "truncated" or "broke off", below
        {FakeOpen311::Fault::Hang, QStringLiteral("no complete answer within 1 s")},
        {FakeOpen311::Fault::Huge, QStringLiteral("larger than 4096 bytes")},
    };
    for (const auto &[fault, reason] : faults) {
        upstream.setFault(fault);
        const Run r = importOnce(f.hub, upstream.url(), config);
        INFO(int(fault) << ": " << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(upstream.url().toString() + QStringLiteral("/requests.json")));
        if (fault != FakeOpen311::Fault::Truncated)
            CHECK(r.err.contains(reason));
        CHECK_FALSE(r.err.contains(QStringLiteral("s3cret"))); // never logged
        if (fault == FakeOpen311::Fault::Truncated)
            CHECK((r.err.contains(QStringLiteral("truncated")) ||
                   r.err.contains(QStringLiteral("broke off"))));
    }
    // The key reached the server as it is written, '+' and '&' included.
    REQUIRE_FALSE(upstream.requests().isEmpty());
    CHECK(upstream.requests().last().queryItemValue(
              QStringLiteral("api_key"), QUrl::FullyDecoded) == QStringLiteral("s3cret+key&x"));
    // The good record is there, once, and the hub still answers.
    const HttpReply list = f.http->get(QStringLiteral("/open311/v2/requests.json"));
    REQUIRE(list.status == 200);
    CHECK(list.array().size() == 1);
}

TEST_CASE("import: the serving hub polls its configured sources and survives a failing one")
{
    FakeOpen311 upstream;
    const QDateTime t0 = recent(1);
    QVector<Record> records{
        record(QStringLiteral("P-1"), QStringLiteral("banjir"), QStringLiteral("poll one"), t0)};
    upstream.setRecords(records);
    QTemporaryDir dir;
    const QString config =
        writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("poll")},
                                     {QStringLiteral("url"), upstream.url().toString()},
                                     {QStringLiteral("interval_seconds"), 1},
                                     {QStringLiteral("timeout_seconds"), 30}});
    HubProcess hub;
    REQUIRE(hub.start({QStringLiteral("--import-config"), config}));
    HttpClient http(hub.url());
    auto listed = [&] {
        const HttpReply r = http.get(QStringLiteral("/open311/v2/requests.json"));
        return r.status == 200 ? int(r.array().size()) : -1;
    };
    CHECK(waitFor([&] { return listed() == 1; }));

    upstream.setFault(FakeOpen311::Fault::NotJson);
    const int before = int(upstream.requests().size());
    CHECK(waitFor([&] { return upstream.requests().size() >= before + 2; }));
    CHECK(http.get(QStringLiteral("/open311/v2/services.json")).status == 200);

    // An upstream that never answers: the import waits off the request path (30 s, its
    // timeout) and the hub keeps answering meanwhile, each answer far sooner than that.
    upstream.setFault(FakeOpen311::Fault::Hang);
    const int beforeHang = int(upstream.requests().size());
    CHECK(waitFor([&] { return upstream.requests().size() > beforeHang; }));
    const qsizetype hungAt = upstream.requests().size();
    QElapsedTimer hung;
    hung.start();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer answered;
        answered.start();
        CHECK(http.get(QStringLiteral("/open311/v2/services.json")).status == 200);
        CHECK(http.get(QStringLiteral("/open311/v2/requests.json")).status == 200);
        CHECK(answered.elapsed() < 10000);
        QEventLoop pause;
        QTimer::singleShot(500, &pause, &QEventLoop::quit);
        pause.exec();
    }
    // The import was still waiting for the hung answer all that time (no new request).
    CHECK(hung.elapsed() < 25000);
    CHECK(upstream.requests().size() == hungAt);

    records.push_back(record(QStringLiteral("P-2"), QStringLiteral("sampah"),
                             QStringLiteral("poll two"), t0.addSecs(60)));
    upstream.setRecords(records);
    upstream.setFault(FakeOpen311::Fault::None);
    CHECK(waitFor([&] { return listed() == 2; }, 60000)); // after the 30 s timeout
    hub.stop();
    CHECK(hub.output().contains(QStringLiteral("no complete answer within 30 s")));
    CHECK(hub.output().contains(QStringLiteral("import problem: ") + upstream.url().toString() +
                                QStringLiteral("/requests.json")));
    CHECK(hub.output().contains(QStringLiteral("the answer is not JSON")));
}

TEST_CASE("import: a bad import configuration stops the hub at start-up with JSON paths")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"sources":[{"name":"a","url":"ftp://x","services":{"P":"no_such_label"},
                   "interval_seconds":0,"typo":1},{"url":"http://h/open311"}]})");
    file.close();
    QByteArray out, err;
    CHECK(HubProcess::run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), dir.filePath(QStringLiteral("h.db")),
                           QStringLiteral("--import-config"), path},
                          {}, &out, &err) == 2);
    INFO(err.toStdString());
    CHECK(err.contains("$.sources[0].url"));
    CHECK(err.contains("$.sources[0].services.P"));
    CHECK(err.contains("$.sources[0].interval_seconds"));
    CHECK(err.contains("$.sources[0].typo"));
    CHECK(err.contains("$.sources[1].name"));
    CHECK(HubProcess::run({QStringLiteral("--database"), dir.filePath(QStringLiteral("h.db")),
                           QStringLiteral("--import-open311"), QStringLiteral("not a url")},
                          {}, &out, &err) == 2);
    CHECK(err.contains("--import-open311"));
    CHECK(
        HubProcess::run({QStringLiteral("--database"), dir.filePath(QStringLiteral("h.db")),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--import-open311"), QStringLiteral("http://127.0.0.1:9/")},
                        {}, &out, &err) == 2);
    CHECK(err.contains("--import-config"));
}

TEST_CASE("import: refused records are read again on the next poll once the config is fixed")
{
    for (const bool updatedAfter : {true, false}) {
        INFO("updated_after " << updatedAfter);
        HubFixture f;
        FakeOpen311 upstream;
        // The refused record is older than the accepted one: a cursor past it skips it.
        upstream.setRecords(
            {record(1, QStringLiteral("GRAFFITI"), QStringLiteral("fix refused"), recent(3)),
             record(2, QStringLiteral("POTHOLE"), QStringLiteral("fix accepted"), recent(1))});
        upstream.setOptions({false, updatedAfter, true, 1000, {}});
        QTemporaryDir dir;
        QJsonObject source{
            {QStringLiteral("name"), QStringLiteral("fix")},
            {QStringLiteral("url"), upstream.url().toString()},
            {QStringLiteral("lookback_days"), 0},
            {QStringLiteral("services"),
             QJsonObject{{QStringLiteral("POTHOLE"), QStringLiteral("jalan_rusak")}}}};
        const Run strict = importOnce(f.hub, upstream.url(), writeConfig(dir, source));
        INFO(strict.out.toStdString() << strict.err.toStdString());
        CHECK(strict.code == 3);
        CHECK(strict.out.contains(QStringLiteral("1 new, 0 updated, 0 unchanged, 1 refused")));

        source.insert(QStringLiteral("fallback_label"), QStringLiteral("ketertiban_umum"));
        const Run fixed = importOnce(f.hub, upstream.url(), writeConfig(dir, source));
        INFO(fixed.out.toStdString() << fixed.err.toStdString());
        CHECK(fixed.code == 0);
        CHECK(fixed.out.contains(QStringLiteral("1 new, 0 updated, 1 unchanged, 0 refused")));
        const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
        CHECK(byDescription(f.feed(sup), QStringLiteral("fix refused"))
                  .value(QStringLiteral("label")) == QStringLiteral("ketertiban_umum"));

        // Nothing refused any more: the cursor moves on past both.
        upstream.clearRequests();
        const Run after = importOnce(f.hub, upstream.url(), writeConfig(dir, source));
        INFO(after.out.toStdString() << after.err.toStdString());
        CHECK(after.code == 0);
        CHECK(after.out.contains(QStringLiteral("0 new, 0 updated")));
        CHECK_FALSE(after.out.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")));
    }
}

TEST_CASE("import: max_pages - a short page is the last, and a list sorted by update time goes "
          "on at the next poll")
{
    HubFixture f;
    QVector<Record> records;
    for (int i = 0; i < 5; ++i)
        records.push_back(record(QStringLiteral("P-%1").arg(i), QStringLiteral("banjir"),
                                 QStringLiteral("page %1").arg(i), recent(5 - i)));
    QTemporaryDir dir;
    // Pages of 2, 2 and 1: the third page is the last although it is page max_pages.
    FakeOpen311 exact;
    exact.setRecords(records);
    exact.setOptions({true, false, true, 1000, {}});
    const Run one =
        importOnce(f.hub, exact.url(),
                   writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("exact")},
                                                {QStringLiteral("url"), exact.url().toString()},
                                                {QStringLiteral("page_size"), 2},
                                                {QStringLiteral("max_pages"), 3}}));
    INFO(one.out.toStdString() << one.err.toStdString());
    CHECK(one.code == 0);
    CHECK(one.out.contains(QStringLiteral("5 new, 0 updated, 0 unchanged, 0 refused")));

    // updated_after, oldest first, more than max_pages: each poll goes on from the newest stored.
    HubFixture g;
    FakeOpen311 sorted;
    sorted.setRecords(records);
    FakeOpen311::Options o;
    o.ascending = true;
    sorted.setOptions(o);
    const QString config =
        writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("sorted")},
                                     {QStringLiteral("url"), sorted.url().toString()},
                                     {QStringLiteral("page_size"), 3},
                                     {QStringLiteral("max_pages"), 1}});
    const Run first = importOnce(g.hub, sorted.url(), config);
    INFO(first.out.toStdString() << first.err.toStdString());
    CHECK(first.code == 0);
    CHECK(first.out.contains(QStringLiteral("3 new, 0 updated, 0 unchanged")));
    CHECK(first.err.contains(QStringLiteral("the rest follows on the next poll")));
    const Run second = importOnce(g.hub, sorted.url(), config);
    INFO(second.out.toStdString() << second.err.toStdString());
    CHECK(second.code == 0);
    CHECK(second.out.contains(QStringLiteral("2 new, 0 updated, 1 unchanged")));
    // (That page was full again, so a third poll looks: one record, a short page, the end.)
    const Run third = importOnce(g.hub, sorted.url(), config);
    INFO(third.out.toStdString() << third.err.toStdString());
    CHECK(third.code == 0);
    CHECK(third.out.contains(QStringLiteral("0 new, 0 updated, 1 unchanged")));
    CHECK_FALSE(third.err.contains(QStringLiteral("the rest follows")));
    const Headers sup = g.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    CHECK(g.feed(sup).size() == 5);
}

TEST_CASE("import: a server comparing start_date/end_date as calendar days - every window read")
{
    HubFixture f;
    FakeOpen311 upstream;
    QVector<Record> records;
    for (int d = 0; d < 9; ++d)
        records.push_back(record(QStringLiteral("D-%1").arg(d), QStringLiteral("banjir"),
                                 QStringLiteral("day %1").arg(d), recent(0.3 + d * 1.1)));
    upstream.setRecords(records);
    FakeOpen311::Options o;
    o.updatedAfter = false;
    o.wholeDays = true;
    upstream.setOptions(o);
    QTemporaryDir dir;
    const Run run =
        importOnce(f.hub, upstream.url(),
                   writeConfig(dir, QJsonObject{{QStringLiteral("name"), QStringLiteral("days")},
                                                {QStringLiteral("url"), upstream.url().toString()},
                                                {QStringLiteral("window_days"), 2},
                                                {QStringLiteral("since_days"), 12}}));
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("9 new, 0 updated, 0 unchanged, 0 refused")));
    QSet<QString> windows;
    for (const QUrlQuery &q : upstream.requests())
        if (q.hasQueryItem(QStringLiteral("start_date")))
            windows.insert(q.queryItemValue(QStringLiteral("start_date")));
    CHECK(windows.size() == 6); // 12 days in windows of 2
}

TEST_CASE("import: a refused updated_after probe (401) is a failed fetch, not \"not offered\"")
{
    HubFixture f;
    FakeOpen311 upstream;
    upstream.setFault(FakeOpen311::Fault::Unauthorized);
    const Run run = importOnce(f.hub, upstream.url());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("HTTP status 401")));
    CHECK(upstream.requests().size() == 1); // no date windows after it
}

TEST_CASE("import: a redirect to another host is refused with a problem line")
{
    HubFixture f;
    FakeOpen311 upstream;
    upstream.setFault(FakeOpen311::Fault::RedirectAway);
    const Run run = importOnce(f.hub, upstream.url());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("redirect to another host")));
    CHECK(run.err.contains(QStringLiteral("localhost")));
    CHECK(upstream.requests().size() == 1); // the redirect was not followed
}

TEST_CASE("import: a one-shot import into the database of a serving hub while operators act - "
          "both succeed, nothing lost")
{
    HubFixture f;
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    FakeOpen311 upstream;
    QVector<Record> records;
    const int n = 3000; // many pages and transactions: the import runs for a while
    for (int i = 0; i < n; ++i)
        records.push_back(record(QStringLiteral("C-%1").arg(i), QStringLiteral("banjir"),
                                 QStringLiteral("concurrent %1").arg(i), recent(1 + i / 1000.0)));
    upstream.setRecords(records);

    QProcess import;
    import.start(HubProcess::executable(),
                 {QStringLiteral("--database"), f.hub.databasePath(),
                  QStringLiteral("--import-open311"), upstream.url().toString()});
    REQUIRE(import.waitForStarted());
    int applied = 0, duringImport = 0;
    QStringList refusals;
    for (int i = 0; i < 2000 && (i < 20 || import.state() != QProcess::NotRunning); ++i) {
        const bool running = import.state() != QProcess::NotRunning;
        const HttpReply r = f.act(op, id, QByteArray("note-") + QByteArray::number(i),
                                  {{QStringLiteral("type"), QStringLiteral("note")},
                                   {QStringLiteral("text"), QStringLiteral("note %1").arg(i)}});
        if (r.status == 200) {
            ++applied;
            if (running)
                ++duringImport;
        } else {
            refusals << QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
        }
    }
    if (import.state() != QProcess::NotRunning)
        REQUIRE(import.waitForFinished(120000));
    CHECK(import.exitStatus() == QProcess::NormalExit);
    const QString out = QString::fromUtf8(import.readAllStandardOutput());
    const QString err = QString::fromUtf8(import.readAllStandardError());
    INFO(out.toStdString() << err.toStdString() << refusals.join(QLatin1Char('\n')).toStdString());
    CHECK(import.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("%1 new, 0 updated, 0 unchanged, 0 refused").arg(n)));
    CHECK(refusals.isEmpty());
    INFO("notes applied " << applied << ", while the import ran " << duringImport);
    CHECK(duringImport > 0);
    // Every applied note is in the report (created + one per note), every record imported.
    const QJsonObject now = f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op).object();
    CHECK(now.value(QStringLiteral("history")).toArray().size() == 1 + applied);
    DbReader db(f.hub.databasePath());
    CHECK(db.value(QStringLiteral("SELECT COUNT(*) FROM imports")).toInt() == n);
    CHECK(db.value(QStringLiteral("SELECT COUNT(*) FROM reports")).toInt() == n + 1);
}

TEST_CASE("import: the summary line and the problem prefix stay untranslated in Indonesian")
{
    HubFixture f;
    FakeOpen311 upstream;
    upstream.setRecords({record(1, QStringLiteral("UNMAPPED"), QStringLiteral("lang"), recent(1))});
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("id"));
    import.setProcessEnvironment(env);
    import.start(HubProcess::executable(),
                 {QStringLiteral("--database"), f.hub.databasePath(),
                  QStringLiteral("--import-open311"), upstream.url().toString()});
    REQUIRE(import.waitForFinished(60000));
    const QString out = QString::fromUtf8(import.readAllStandardOutput());
    const QString err = QString::fromUtf8(import.readAllStandardError());
    INFO(out.toStdString() << err.toStdString());
    CHECK(import.exitCode() == 3);
    CHECK(out.contains(QStringLiteral("posko-hub: import ") + upstream.url().toString() +
                       QStringLiteral("/requests.json: 0 new, 0 updated, 0 unchanged, 1 "
                                      "refused, ")));
    CHECK(err.contains(QStringLiteral("posko-hub: import problem: ") + upstream.url().toString()));
    // The hub did run in Indonesian: the reason after the URL is translated.
    CHECK(err.contains(QStringLiteral("tidak dipetakan")));
}

TEST_CASE("import: the nested wrapper {\"service_requests\":{\"request\":[...]}} and a ±hh offset")
{
    HubFixture f;
    FakeOpen311 upstream;
    const QDateTime t0 = recent(2);
    upstream.setRecords(
        {record(QStringLiteral("N-1"), QStringLiteral("banjir"), QStringLiteral("nested hh"), t0,
                spelled(t0, 7 * 3600, QStringLiteral("hours"))),
         record(QStringLiteral("N-2"), QStringLiteral("banjir"), QStringLiteral("nested minus"), t0,
                spelled(t0, -5 * 3600, QStringLiteral("hours")))});
    FakeOpen311::Options o;
    o.wrap = QStringLiteral("service_requests");
    o.innerWrap = QStringLiteral("request");
    upstream.setOptions(o);
    const Run run = importOnce(f.hub, upstream.url());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("2 new, 0 updated, 0 unchanged, 0 refused")));
    DbReader db(f.hub.databasePath());
    for (const char *d : {"nested hh", "nested minus"})
        CHECK(db.value(QStringLiteral("SELECT requested_at FROM reports WHERE description = '%1'")
                           .arg(QLatin1String(d)))
                  .toLongLong() == t0.toMSecsSinceEpoch());
}
