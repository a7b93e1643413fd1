// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace posko {

RetryPolicy::RetryPolicy() : RetryPolicy(Settings{}) {}

RetryPolicy::RetryPolicy(Settings settings, Random random)
    : m_settings(settings), m_random(std::move(random))
{
    m_settings.initialMs = std::max(1, m_settings.initialMs);
    m_settings.maxMs = std::max(m_settings.initialMs, m_settings.maxMs);
    m_settings.factor = std::max(1.0, m_settings.factor);
    m_settings.jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int RetryPolicy::baseDelayMs() const
{
    // Computed in double and capped before converting: factor^n overflows int quickly.
    const double grown =
        double(m_settings.initialMs) * std::pow(m_settings.factor, double(m_failures));
    return int(std::min(grown, double(m_settings.maxMs)));
}

int RetryPolicy::nextDelayMs()
{
    const int base = baseDelayMs();
    if (m_failures < 1000) // past the cap long before; keeps pow() finite
        ++m_failures;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double delay = double(base) * (1.0 - m_settings.jitter * r);
    return std::max(1, int(std::lround(delay)));
}

} // namespace posko
