// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/reportjson.h"

#include "catch.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace posko;

TEST_CASE("a report survives the JSON round trip field for field")
{
    Report r;
    r.id = 1234;
    r.seq = 99;
    r.version = 3;
    r.label = QStringLiteral("jalan_rusak");
    r.status = Status::Ditugaskan;
    r.squad = Squad::Orange;
    r.lat = -8.05123;
    r.lon = 111.70891;
    r.description = QStringLiteral("Jalan berlubang besar dekat pasar");
    r.address = QStringLiteral("Jl. Soekarno-Hatta");
    r.kecamatan = QStringLiteral("35.03.11");
    r.desa = QStringLiteral("35.03.11.1001");
    r.requestedAt = QDateTime(QDate(2026, 10, 1), QTime(1, 2, 3), Qt::UTC);
    r.updatedAt = r.requestedAt.addSecs(3600);
    r.statusSince = r.updatedAt;
    r.mediaUrl = QStringLiteral("http://127.0.0.1:8080/media/5.jpg");
    r.history.push_back({r.requestedAt,
                         QStringLiteral("citizen"),
                         QStringLiteral("created"),
                         QStringLiteral("baru"),
                         {},
                         {}});
    r.history.push_back({r.updatedAt,
                         QStringLiteral("op"),
                         QStringLiteral("assign"),
                         QStringLiteral("ditugaskan"),
                         QStringLiteral("orange"),
                         {}});

    const QJsonObject j = reportToJson(r);
    CHECK(j.value(QStringLiteral("id")).toString() == QStringLiteral("1234"));
    CHECK(j.value(QStringLiteral("long")).toDouble() == Approx(111.70891));
    CHECK(j.value(QStringLiteral("requested_at")).toString() ==
          QStringLiteral("2026-10-01T01:02:03Z"));
    QString err;
    const auto back = reportFromJson(j, &err);
    INFO(err.toStdString());
    REQUIRE(back.has_value());
    CHECK(*back == r);

    // No squad is null on the wire and absent after reading.
    r.squad.reset();
    CHECK(reportToJson(r).value(QStringLiteral("squad")).isNull());
    CHECK_FALSE(reportFromJson(reportToJson(r), &err)->squad.has_value());
}

TEST_CASE("a malformed report is refused with the field named")
{
    Report r;
    r.id = 1;
    r.label = QStringLiteral("sampah");
    r.requestedAt = r.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QJsonObject good = reportToJson(r);
    QString err;
    REQUIRE(reportFromJson(good, &err).has_value());

    auto broken = [&](const QString &key, const QJsonValue &v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        err.clear();
        const bool refused = !reportFromJson(o, &err).has_value();
        return refused && err.contains(key);
    };
    CHECK(broken(QStringLiteral("id"), QJsonValue::Undefined));
    CHECK(broken(QStringLiteral("id"), QStringLiteral("abc")));
    CHECK(broken(QStringLiteral("status"), QStringLiteral("open")));
    CHECK(broken(QStringLiteral("squad"), QStringLiteral("green")));
    CHECK(broken(QStringLiteral("lat"), 123.0));
    CHECK(broken(QStringLiteral("long"), QStringLiteral("111")));
    CHECK(broken(QStringLiteral("requested_at"), QStringLiteral("yesterday")));
    CHECK(broken(QStringLiteral("version"), 0));
}

TEST_CASE("datetimes with any offset are read as the same UTC instant")
{
    const QDateTime utc(QDate(2026, 11, 27), QTime(5, 0), Qt::UTC);
    CHECK(fromIsoUtc(QStringLiteral("2026-11-27T05:00:00Z")) == utc);
    CHECK(fromIsoUtc(QStringLiteral("2026-11-27T12:00:00+07:00")) == utc);
    CHECK(fromIsoUtc(QStringLiteral("2026-11-27T05:00:00")) == utc);
    CHECK(fromIsoUtc(QStringLiteral("2026-11-27T12:00:00.000+07:00")) == utc);
    CHECK_FALSE(fromIsoUtc(QStringLiteral("27/11/2026")).isValid());
    CHECK(toIsoUtc(utc) == QStringLiteral("2026-11-27T05:00:00Z"));
}

TEST_CASE("the feed's direct JSON writer parses to the same object as reportToJson")
{
    Report r;
    r.id = 77;
    r.seq = 1234567890123;
    r.version = 5;
    r.label = QStringLiteral("banjir");
    r.status = Status::Dikerjakan;
    r.lat = -8.123456789;
    r.lon = 111.5;
    // Quotes, backslashes, control characters, non-ASCII and a character outside the BMP.
    r.description =
        QStringLiteral("Air \"setinggi\" lutut\\pinggang\n\ttab\r\x01\x1f akhir é ünï 😀");
    r.address = QString(); // null: an empty string on the wire
    r.kecamatan = QStringLiteral("35.03.11");
    r.requestedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    r.updatedAt = r.requestedAt.addMSecs(1500); // milliseconds are not on the wire
    r.statusSince = QDateTime();                // invalid: an empty string
    r.history.push_back({r.requestedAt,
                         QStringLiteral("warga"),
                         QStringLiteral("created"),
                         QStringLiteral("baru"),
                         {},
                         {}});
    r.history.push_back({r.updatedAt, QStringLiteral("operator"), QStringLiteral("assign"),
                         QStringLiteral("ditugaskan"), QStringLiteral("blue"),
                         QStringLiteral("\"kutip\" \\ \b\f")});

    SECTION("without squad and photo")
    {
        QByteArray text;
        appendReportJson(text, r);
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        INFO(text.toStdString());
        REQUIRE(err.error == QJsonParseError::NoError);
        CHECK(doc.object() == reportToJson(r));
        CHECK(doc.object().value(QStringLiteral("squad")).isNull());
        CHECK(doc.object().value(QStringLiteral("media_url")).isNull());
    }
    SECTION("with squad and photo, appended after other text")
    {
        r.squad = Squad::Blue;
        r.mediaUrl = QStringLiteral("http://hub/media/9.jpg");
        QByteArray text = "[1,";
        appendReportJson(text, r);
        text += ']';
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        REQUIRE(doc.isArray());
        CHECK(doc.array().at(1).toObject() == reportToJson(r));
        QString error;
        const auto back = reportFromJson(doc.array().at(1).toObject(), &error);
        REQUIRE(back);
        CHECK(back->description == r.description);
        CHECK(back->history.at(1).text == r.history.at(1).text);
    }
}

TEST_CASE("timestamps in the hub's form read and write like Qt's ISO 8601")
{
    for (const char *text : {"2026-11-28T04:09:07Z", "2026-11-28T04:09:07.123Z",
                             "2024-02-29T23:59:59Z", "0001-01-01T00:00:00Z"}) {
        const QString s = QString::fromLatin1(text);
        QDateTime viaQt = QDateTime::fromString(s, Qt::ISODateWithMs);
        INFO(text);
        REQUIRE(viaQt.isValid());
        CHECK(fromIsoUtc(s) == viaQt);
        CHECK(fromIsoUtc(s).timeSpec() == Qt::UTC);
        CHECK(toIsoUtc(fromIsoUtc(s)) == viaQt.toUTC().toString(Qt::ISODate));
    }
    // Not a date, or not this exact form: the general parser decides (offsets still work).
    CHECK_FALSE(fromIsoUtc(QStringLiteral("2026-02-30T00:00:00Z")).isValid());
    CHECK_FALSE(fromIsoUtc(QStringLiteral("2026-11-28T25:00:00Z")).isValid());
    CHECK_FALSE(fromIsoUtc(QStringLiteral("2026-1x-28T04:09:07Z")).isValid());
    CHECK(fromIsoUtc(QStringLiteral("2026-11-28T11:09:07+07:00")) ==
          QDateTime(QDate(2026, 11, 28), QTime(4, 9, 7), Qt::UTC));
    // Written as UTC whatever the offset of the value.
    const QDateTime wib(QDate(2026, 11, 28), QTime(11, 9, 7), QTimeZone(7 * 3600));
    CHECK(toIsoUtc(wib) == QStringLiteral("2026-11-28T04:09:07Z"));
}
