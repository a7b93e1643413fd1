# SPDX-License-Identifier: GPL-3.0-or-later
# Workstation core: replica, outbox, dispatch, rebase, covert purge, reset, photo origin.
find_package(Qt6 REQUIRED COMPONENTS Test)
posko_add_test(NAME posko-test-workstation
  SOURCES test_replica.cpp test_replicareset.cpp test_dispatch.cpp test_syncclient.cpp
          test_replicaingest.cpp
          workstationfixtures.h
  LIBS posko_workstation Qt6::Network Qt6::Test
  LABELS unit)
