# SPDX-License-Identifier: GPL-3.0-or-later
# Unit tests of the base-map tile sources (included from tests/unit/CMakeLists.txt), against a
# loopback tile server that each test starts itself.
posko_add_test(NAME posko-test-tiles
  SOURCES test_xyztiles.cpp test_mbtiles.cpp tilefixtures.h
    ../support/tileserver.h ../support/tileserver.cpp
  LIBS posko_tiles Qt6::Network Qt6::Sql
  LABELS unit)
