# SPDX-License-Identifier: GPL-3.0-or-later
# Workstation core: replica, outbox, dispatch, rebase, covert purge.
find_package(Qt6 REQUIRED COMPONENTS Test)
posko_add_test(NAME posko-test-workstation
  SOURCES test_replica.cpp test_dispatch.cpp workstationfixtures.h
  LIBS posko_workstation Qt6::Test
  LABELS unit)
