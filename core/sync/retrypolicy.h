// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace posko {

// When to try again after a sync that got no usable answer: exponential backoff with jitter.
// The n-th failure in a row waits base(n) = min(maxMs, initialMs * factor^(n-1)), shortened by a
// random part of up to `jitter` of it: the delay lies in [base * (1 - jitter), base]. The jitter
// keeps many workstations that lost the hub at the same moment from coming back in lockstep.
// A success resets the count. The random source is injectable so tests know the bounds hold.
class RetryPolicy final
{
public:
    struct Settings
    {
        int initialMs = 2000;
        int maxMs = 5 * 60 * 1000;
        double factor = 2.0;
        double jitter = 0.5; // 0: no jitter; at most 1
    };
    // Uniform in [0, 1).
    using Random = std::function<double()>;

    RetryPolicy(); // default settings, system random source
    explicit RetryPolicy(Settings settings, Random random = {});

    // Counts one more failure and returns how long to wait before the next try.
    int nextDelayMs();
    // The un-jittered delay the next failure would get (base(failures() + 1)).
    int baseDelayMs() const;
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
    Random m_random;
    int m_failures = 0;
};

} // namespace posko
