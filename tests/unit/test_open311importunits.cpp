// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 import building blocks: datetimes, the configuration, schema 4.
#include "core/hub/open311import.h"

#include "catch.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace posko;

TEST_CASE("open311 import: every ISO 8601 offset form parses to the same UTC instant")
{
    const QDateTime expected(QDate(2026, 3, 1), QTime(3, 4, 0), QTimeZone::utc());
    for (const char *text :
         {"2026-03-01T03:04:00Z", "2026-03-01T03:04Z", "2026-03-01T10:04:00+07:00",
          "2026-03-01T10:04+0700", "2026-03-01T10:04:00+07", "2026-02-28T22:04:00-05:00",
          "2026-03-01 08:34:00+05:30", "2026-03-01t03:04:00z"}) {
        INFO(text);
        CHECK(parseOpen311DateTime(QString::fromLatin1(text)) == expected);
    }
    CHECK(parseOpen311DateTime(QStringLiteral("2026-03-01T10:04:00.25+07:00")) ==
          expected.addMSecs(250));
    CHECK(parseOpen311DateTime(QStringLiteral("2026-03-01T10:04:00.123456789+07:00")) ==
          expected.addMSecs(123));
    // Without an offset only when the source says which one is meant.
    CHECK_FALSE(parseOpen311DateTime(QStringLiteral("2026-03-01T10:04:00")).isValid());
    CHECK(parseOpen311DateTime(QStringLiteral("2026-03-01T10:04:00"), QStringLiteral("+07:00")) ==
          expected);
    for (const char *bad : {"", "yesterday", "2026-02-30T10:00:00Z", "2026-03-01T25:00:00Z",
                            "2026-03-01T10:04:00+25:00", "2026-03-01", "1709262240",
                            "2026-03-01T10:04:00+07:00 trailing"}) {
        INFO(bad);
        CHECK_FALSE(parseOpen311DateTime(QString::fromLatin1(bad)).isValid());
    }
}

TEST_CASE("open311 import: the configuration is checked with the JSON path of each problem")
{
    const LabelPolicy policy = LabelPolicy::builtIn();
    QStringList errors;
    const auto good = parseImportConfig(
        R"({"sources":[{"name":"lapor","url":"https://lapor.example/open311/v2",
            "services":{"POT":"jalan_rusak"},"fallback_label":"sampah","interval_seconds":60,
            "updated_after":false,"page_size":0,"assume_offset":"+07:00"}]})",
        policy, &errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(good);
    REQUIRE(good->sources.size() == 1);
    const ImportSource &s = good->sources.front();
    CHECK(s.services.value(QStringLiteral("POT")) == QStringLiteral("jalan_rusak"));
    CHECK(s.updatedAfter == ImportSource::UpdatedAfter::No);
    CHECK(s.pageSize == 0);
    CHECK(s.endpoint().toString() ==
          QStringLiteral("https://lapor.example/open311/v2/requests.json"));

    errors.clear();
    CHECK_FALSE(parseImportConfig(
        R"({"sources":[{"name":"a","url":"https://x"},{"name":"a","url":"https://y",
            "page_size":-1,"updated_after":"sometimes","assume_offset":"WIB",
            "fallback_label":"nope"}],"extra":1})",
        policy, &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    for (const char *path :
         {"$.extra", "$.sources[1].name", "$.sources[1].page_size", "$.sources[1].updated_after",
          "$.sources[1].assume_offset", "$.sources[1].fallback_label"})
        CHECK(all.contains(QLatin1String(path)));
    errors.clear();
    CHECK_FALSE(parseImportConfig("[1,2", policy, &errors));
    CHECK(errors.value(0).startsWith(QStringLiteral("$: ")));

    // More date windows than one run walks could never finish: refused at start-up.
    errors.clear();
    CHECK_FALSE(parseImportConfig(
        R"({"sources":[{"name":"a","url":"https://x","since_days":3660,"window_days":1}]})", policy,
        &errors));
    CHECK(errors.join(QLatin1Char('\n')).contains(QStringLiteral("$.sources[0].since_days")));
    errors.clear();
    CHECK(parseImportConfig(
        R"({"sources":[{"name":"a","url":"https://x","since_days":3660,"window_days":4}]})", policy,
        &errors));
}

TEST_CASE("hub database: schema 4 adds the import tables to a schema 3 database and keeps it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        HubDatabase db;
        REQUIRE(db.open(path, nullptr));
        REQUIRE(db.addApiKey(QStringLiteral("app"), "digest"));
    }
    {
        // Back to what schema 3 left: no import tables.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE imports")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE import_cursors")));
        REQUIRE(q.exec(QStringLiteral("DROP INDEX photos_report")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE photos DROP COLUMN report_id")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    HubDatabase db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(db.migrationsApplied() == 2); // 4 (imports) and 5 (after photos)
    CHECK(db.schemaVersion() == 5);
    CHECK(db.apiKeyValid("digest"));

    bool ok = false;
    CHECK_FALSE(db.importLink(QStringLiteral("lapor"), QStringLiteral("7"), &ok));
    CHECK(ok);
    StoredReport s;
    s.report.label = QStringLiteral("banjir");
    s.report.requestedAt = s.report.updatedAt = s.report.statusSince =
        QDateTime::currentDateTimeUtc();
    REQUIRE(db.begin());
    REQUIRE(db.insertReport(s, QStringLiteral("{}")));
    ImportLink link{s.report.id, "fp", QStringLiteral("open"), {QStringLiteral("n1")}, "{\"a\":1}"};
    REQUIRE(db.storeImportLink(QStringLiteral("lapor"), QStringLiteral("7"), link,
                               QDateTime::currentDateTimeUtc()));
    REQUIRE(db.commit());
    const auto back = db.importLink(QStringLiteral("lapor"), QStringLiteral("7"), &ok);
    REQUIRE(back);
    CHECK(back->reportId == s.report.id);
    CHECK(back->noteKeys == QStringList{QStringLiteral("n1")});
    CHECK(back->attributes == "{\"a\":1}");
    CHECK(db.setImportCursor(QStringLiteral("lapor"), QStringLiteral("2026-01-01T00:00:00Z")));
    CHECK(db.importCursor(QStringLiteral("lapor")) == QStringLiteral("2026-01-01T00:00:00Z"));
}
