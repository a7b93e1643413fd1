# SPDX-License-Identifier: GPL-3.0-or-later
# Unit tests of the hub's pieces (included from tests/unit/CMakeLists.txt).
posko_add_test(NAME posko-test-hub-units
  SOURCES test_hubunits.cpp test_hubschema.cpp test_open311importunits.cpp test_presenceboard.cpp
  LIBS posko_hub posko_media posko_translations Qt6::Gui
  LABELS unit)
