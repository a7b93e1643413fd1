// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/areas.h"

#include "catch.h"

using namespace posko;

TEST_CASE("the built-in catalogue holds Trenggalek's 14 kecamatan and 157 desa")
{
    const AreaCatalog c = AreaCatalog::builtIn();
    CHECK(c.kecamatan().size() == 14);
    CHECK(c.desa().size() == 157);
    CHECK(c.kecamatanName(QStringLiteral("35.03.11")) == QStringLiteral("Trenggalek"));
    CHECK(c.kecamatanName(QStringLiteral("35.03.08")) == QStringLiteral("Watulimo"));
    CHECK(c.kecamatanName(QStringLiteral("99.99.99")).isEmpty());
    CHECK(c.desaName(QStringLiteral("35.03.01.2001")) == QStringLiteral("Besuki"));
    qsizetype total = 0;
    for (const Kecamatan &k : c.kecamatan()) {
        const auto d = c.desaOf(k.code);
        CHECK_FALSE(d.isEmpty());
        total += d.size();
    }
    CHECK(total == 157);
}

TEST_CASE("malformed area files are refused with the line named")
{
    QString err;
    CHECK_FALSE(AreaCatalog::fromCsv("code,name\n35.03.01,A,extra\n", "h\n", &err));
    CHECK(err.contains(QStringLiteral("line 2")));
    CHECK_FALSE(AreaCatalog::fromCsv("code,name\n35.03.01,A\n35.03.01,B\n",
                                     "c,k,kn,n\n35.03.01.2001,35.03.01,A,X\n", &err));
    CHECK(err.contains(QStringLiteral("duplicate")));
    CHECK_FALSE(AreaCatalog::fromCsv("code,name\n35.03.01,A\n",
                                     "c,k,kn,n\n35.03.02.2001,35.03.02,B,X\n", &err));
    REQUIRE(AreaCatalog::fromCsv("code,name\n35.03.01,A\n",
                                 "c,k,kn,n\n35.03.01.2001,35.03.01,A,X\n", &err));
}
