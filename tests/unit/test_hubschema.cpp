// SPDX-License-Identifier: GPL-3.0-or-later
// Hub database schema 3 (covert history flags, hidden_seq, hub id) and translated parser errors.
#include "core/hub/hubdatabase.h"
#include "core/hub/multipart.h"
#include "core/i18n/translations.h"

#include "catch.h"
#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUuid>

using namespace posko;

namespace {

// A database as posko-hub with schema 2 left it: one report that was routed to the covert squad
// and back, and one that is covert now after having been public.
void writeSchema2(const QString &path)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
              "INSERT INTO counters (name, value) VALUES ('seq', 7)",
              "CREATE TABLE reports (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL,"
              " version INTEGER NOT NULL, label TEXT NOT NULL, status TEXT NOT NULL,"
              " squad TEXT, lat REAL NOT NULL, lon REAL NOT NULL,"
              " description TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
              " kecamatan TEXT NOT NULL DEFAULT '', desa TEXT NOT NULL DEFAULT '',"
              " requested_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
              " status_since INTEGER NOT NULL, photo_id INTEGER,"
              " media_url TEXT NOT NULL DEFAULT '', covert INTEGER NOT NULL,"
              " was_public INTEGER NOT NULL, token TEXT UNIQUE, contact TEXT NOT NULL DEFAULT "
              "'{}')",
              "CREATE TABLE history (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL,"
              " at INTEGER NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL,"
              " status TEXT NOT NULL DEFAULT '', squad TEXT NOT NULL DEFAULT '',"
              " text TEXT NOT NULL DEFAULT '')",
              "CREATE TABLE idempotency (user_id INTEGER NOT NULL, key TEXT NOT NULL,"
              " status INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL,"
              " PRIMARY KEY (user_id, key))",
              "CREATE TABLE photos (id INTEGER PRIMARY KEY, jpeg BLOB NOT NULL,"
              " created_at INTEGER NOT NULL)",
              "INSERT INTO reports (id, seq, version, label, status, squad, lat, lon, requested_at,"
              " updated_at, status_since, covert, was_public) VALUES"
              " (1, 5, 4, 'jalan_rusak', 'dikerjakan', 'orange', -8.05, 111.7, 0, 0, 0, 0, 1),"
              " (2, 7, 2, 'sampah', 'ditugaskan', 'covert', -8.05, 111.7, 0, 0, 0, 1, 1)",
              "INSERT INTO history (report_id, at, actor, kind, status, squad, text) VALUES"
              " (1, 0, 'warga', 'created', 'baru', '', ''),"
              " (1, 1, 'sup', 'assign', 'ditugaskan', 'covert', ''),"
              " (1, 2, 'agen', 'status', 'dikerjakan', '', 'rahasia'),"
              " (1, 3, 'sup', 'assign', 'dikerjakan', 'orange', ''),"
              " (1, 4, 'op', 'note', '', '', 'publik'),"
              " (2, 0, 'warga', 'created', 'baru', '', ''),"
              " (2, 1, 'sup', 'assign', 'ditugaskan', 'covert', '')",
              "PRAGMA user_version = 2"})
            REQUIRE(q.exec(QString::fromLatin1(sql)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
}

} // namespace

TEST_CASE("hub database: every database has its own hub id, kept across reopening")
{
    QTemporaryDir dir;
    QString first;
    {
        HubDatabase db;
        QString error;
        REQUIRE(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        first = db.hubId();
        CHECK_FALSE(QUuid::fromString(first).isNull());
    }
    {
        HubDatabase db;
        REQUIRE(db.open(dir.filePath(QStringLiteral("a.sqlite")), nullptr));
        CHECK(db.migrationsApplied() == 0);
        CHECK(db.hubId() == first);
    }
    HubDatabase other;
    REQUIRE(other.open(dir.filePath(QStringLiteral("b.sqlite")), nullptr));
    CHECK(other.hubId() != first);
}

TEST_CASE("hub database: migrating schema 2 marks history written while covert and when reports "
          "were hidden")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    writeSchema2(path);
    HubDatabase db;
    QString error;
    REQUIRE(db.open(path, &error));
    INFO(error.toStdString());
    CHECK(db.migrationsApplied() == HubDatabase::currentSchemaVersion() - 2);
    CHECK(db.schemaVersion() == HubDatabase::currentSchemaVersion());
    CHECK_FALSE(db.hubId().isEmpty());

    const auto back = db.loadReport(1);
    REQUIRE(back);
    // created, to covert, status while covert, back to orange, a public note.
    CHECK(back->historyCovert == QVector<bool>{false, true, true, false, false});
    CHECK(back->hiddenSeq == 0);
    const auto hidden = db.loadReport(2);
    REQUIRE(hidden);
    CHECK(hidden->hiddenSeq == 7);
    CHECK(hidden->historyCovert == QVector<bool>{false, true});
    // An uncleared feed from before the migration still gets the removal; a fresh one does not.
    const auto late = db.changesSince(3, 10, false);
    REQUIRE(late);
    REQUIRE(late->size() == 2);
    CHECK(late->at(0).report.id == 1);
    CHECK(late->at(1).report.id == 2);
    const auto fresh = db.changesSince(0, 10, false);
    REQUIRE(fresh);
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->at(0).report.id == 1);
    CHECK(db.maxSeq(false) == 7);
    CHECK(db.maxSeq(true) == 7);
}

TEST_CASE("multipart: error texts are translated")
{
    QString english;
    CHECK_FALSE(parseMultipart("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nabc", "b",
                               &english));
    REQUIRE(installTranslations(*QCoreApplication::instance(), QStringLiteral("id")) ==
            QStringLiteral("id"));
    QString indonesian;
    CHECK_FALSE(parseMultipart("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nabc", "b",
                               &indonesian));
    // Back to the untranslated state the other tests expect.
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::system());
    CHECK_FALSE(indonesian.isEmpty());
    CHECK(indonesian != english);
}
