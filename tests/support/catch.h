// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 for both the 2.x that Debian 12 ships (single header) and the 3.x of Ubuntu 24.04
// (split headers, compiled library). Tests include this, never a Catch2 header directly.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif
