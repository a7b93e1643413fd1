// SPDX-License-Identifier: GPL-3.0-or-later
// Hub building blocks: multipart parsing, schema migrations, land mask, passwords, photos.
#include "core/geo/landmask.h"
#include "core/hub/credentials.h"
#include "core/hub/hubdatabase.h"
#include "core/hub/multipart.h"
#include "core/hub/placefinder.h"
#include "core/media/demophoto.h"
#include "core/media/photo.h"

#include "catch.h"
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

using namespace posko;

TEST_CASE("multipart: fields and a binary file part")
{
    const QByteArray ct = "multipart/form-data; boundary=\"XyZ\"";
    REQUIRE(multipartBoundary(ct) == "XyZ");
    const QByteArray binary("\xFF\xD8\r\n--Xy\x00\x01", 10);
    const QByteArray body =
        "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"lat\"\r\n\r\n-8.05\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.jpg\"\r\n"
        "Content-Type: image/jpeg\r\n\r\n" +
        binary + "\r\n--XyZ--\r\nepilogue";
    QString error;
    const auto parts = parseMultipart(body, "XyZ", &error);
    INFO(error.toStdString());
    REQUIRE(parts);
    REQUIRE(parts->size() == 2);
    CHECK(parts->at(0).name == QStringLiteral("lat"));
    CHECK(parts->at(0).data == "-8.05");
    CHECK(parts->at(1).fileName == QStringLiteral("a.jpg"));
    CHECK(parts->at(1).contentType == "image/jpeg");
    CHECK(parts->at(1).data == binary);
}

TEST_CASE("multipart: truncated and malformed bodies are refused")
{
    QString error;
    CHECK_FALSE(parseMultipart("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nabc", "b",
                               &error));
    CHECK(error.contains(QStringLiteral("truncated")));
    CHECK_FALSE(parseMultipart("--b\r\nContent-Type: text/plain\r\n\r\nabc\r\n--b--", "b", &error));
    CHECK_FALSE(parseMultipart("no boundary here", "b", &error));
    CHECK(multipartBoundary("application/json").isEmpty());
    CHECK(multipartBoundary("multipart/form-data").isEmpty());
}

TEST_CASE(
    "hub database: migrating an empty file reaches the current version and reopening is a no-op")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    {
        HubDatabase db;
        QString error;
        REQUIRE(db.open(path, &error));
        CHECK(db.schemaVersion() == HubDatabase::currentSchemaVersion());
        CHECK(db.migrationsApplied() == HubDatabase::currentSchemaVersion());
        REQUIRE(db.addUser(QStringLiteral("ani"), QStringLiteral("operator"), false,
                           hashPassword(QStringLiteral("pw"), 1000)));
    }
    HubDatabase again;
    QString error;
    REQUIRE(again.open(path, &error));
    CHECK(again.migrationsApplied() == 0);
    CHECK(again.schemaVersion() == HubDatabase::currentSchemaVersion());
    CHECK(again.findUser(QStringLiteral("ani")).has_value()); // data survived
}

TEST_CASE("land mask: Prigi bay is sea and Trenggalek town is land")
{
    const LandMask land = LandMask::builtIn();
    CHECK(land.contains(111.71, -8.05));       // Trenggalek town
    CHECK(land.contains(111.45, -8.25));       // Panggul
    CHECK_FALSE(land.contains(111.73, -8.30)); // Prigi bay
    CHECK_FALSE(land.contains(111.6, -8.45));  // Indian Ocean
    CHECK_FALSE(land.contains(110.0, -8.0));   // outside the outline
}

TEST_CASE("land mask: holes are not land and broken GeoJSON is reported")
{
    const QByteArray square =
        R"({"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]})";
    QString error;
    const auto mask = LandMask::fromGeoJson(square, &error);
    REQUIRE(mask);
    CHECK(mask->contains(2, 2));
    CHECK_FALSE(mask->contains(5, 5));
    CHECK_FALSE(LandMask::fromGeoJson(R"({"type":"Point","coordinates":[1,2]})", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(LandMask::fromGeoJson("{", &error));
}

TEST_CASE("place finder: points fall in the nearest (approximate) kecamatan")
{
    const PlaceFinder places(AreaCatalog::builtIn());
    CHECK(places.centroids().size() == 14);
    CHECK(places.kecamatanAt(-8.05, 111.71) == QStringLiteral("35.03.11")); // Trenggalek
    CHECK(places.kecamatanAt(-8.26, 111.70) == QStringLiteral("35.03.08")); // Watulimo
    CHECK(places.kecamatanAt(-6.2, 106.8).isEmpty());                       // Jakarta
}

TEST_CASE("passwords: salted PBKDF2 that verifies and is slow enough")
{
    QElapsedTimer t;
    t.start();
    const PasswordHash h = hashPassword(QStringLiteral("posko-demo"));
    const qint64 ms = t.elapsed();
    INFO("PBKDF2 took " << ms << " ms");
    CHECK(ms >= 20); // a fast hash would be a gift to an offline guesser
    CHECK(h.iterations == defaultPasswordIterations);
    CHECK(verifyPassword(QStringLiteral("posko-demo"), h));
    CHECK_FALSE(verifyPassword(QStringLiteral("posko-demo "), h));
    CHECK(hashPassword(QStringLiteral("posko-demo"), 1000).salt !=
          hashPassword(QStringLiteral("posko-demo"), 1000).salt);
    CHECK(randomSecret() != randomSecret());
}

TEST_CASE("photos: uploads are checked and downscaled and stripped and demo photos are JPEGs")
{
    QString error;
    CHECK_FALSE(media::normalizeUpload("GIF89a not really", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(media::normalizeUpload(QByteArray(), &error));
    CHECK_FALSE(media::normalizeUpload(QByteArray(9 * 1024 * 1024, 'x'), &error));

    QImage big(2400, 1200, QImage::Format_ARGB32);
    big.fill(QColor(200, 30, 30, 128));
    big.setText(QStringLiteral("Description"), QStringLiteral("secret gps 111.7,-8.0"));
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    REQUIRE(big.save(&buf, "PNG"));
    const auto photo = media::normalizeUpload(png, &error);
    INFO(error.toStdString());
    REQUIRE(photo);
    CHECK(photo->width == 1600);
    CHECK(photo->height == 800);
    CHECK(photo->jpeg.startsWith("\xFF\xD8"));
    CHECK_FALSE(photo->jpeg.contains("secret gps"));

    const QByteArray demo =
        media::demoPhoto(QStringLiteral("banjir"), QStringLiteral("banjir #1"), 1);
    CHECK(demo.startsWith("\xFF\xD8"));
    CHECK(media::imageSize(demo) == std::make_pair(480, 360));
    CHECK(demo != media::demoPhoto(QStringLiteral("banjir"), QStringLiteral("banjir #1"), 2));
}
