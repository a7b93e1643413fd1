# SPDX-License-Identifier: GPL-3.0-or-later
# Web Mercator maths and the clustering index of core/geo (included from tests/unit/CMakeLists.txt).
posko_add_test(NAME posko-test-geo
  SOURCES test_mercator.cpp test_clusterindex.cpp test_largealloc.cpp
  LIBS posko_core
  LABELS unit)
