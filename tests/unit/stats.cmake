# SPDX-License-Identifier: GPL-3.0-or-later
# Squad performance figures (issue 6): lifecycle derivation, the replica's lifecycle table on
# every write path and its migration, the engine against hand-computed fixtures, the reports
# behind each figure (drill-down), poskoctl stats.
posko_add_test(NAME posko-test-stats
  SOURCES test_stats.cpp test_statslifecycle.cpp test_statscli.cpp test_statsmembers.cpp
          statsfixtures.h
          workstationfixtures.h
  LIBS posko_workstation Qt6::Sql
  LABELS unit)
if(TARGET poskoctl)
  add_dependencies(posko-test-stats poskoctl) # test_statscli.cpp runs it
endif()

# Printed documents (issue 6): the PDF writer, the weekly evaluation and the work order, read
# back with poppler-utils. GUI main: the test makes its JPEGs with QImage.
posko_add_test(NAME posko-test-print
  SOURCES test_print.cpp statsfixtures.h ../support/pdfreader.h
  LIBS posko_workstation posko_print posko_translations Qt6::Gui
  GUI
  LABELS unit)
