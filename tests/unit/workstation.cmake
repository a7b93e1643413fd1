# SPDX-License-Identifier: GPL-3.0-or-later
# Workstation core: replica, outbox, dispatch, rebase, covert purge, reset, photo origin,
# presence (against a loopback fake hub).
find_package(Qt6 REQUIRED COMPONENTS Test)
posko_add_test(NAME posko-test-workstation
  SOURCES test_replica.cpp test_replicareset.cpp test_dispatch.cpp test_syncclient.cpp
          test_replicaingest.cpp test_presenceclient.cpp
          workstationfixtures.h ../support/tileserver.h ../support/tileserver.cpp
  LIBS posko_workstation Qt6::Network Qt6::Test
  LABELS unit)

# The report table's read side at scale (issue 4): catalog vs brute force and SQL, FTS, v4.
posko_add_test(NAME posko-test-reportcatalog
  SOURCES test_reportcatalog.cpp workstationfixtures.h
  LIBS posko_workstation Qt6::Sql
  LABELS unit)
