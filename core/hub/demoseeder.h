// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"
#include "core/domain/labelpolicy.h"
#include "core/hub/hubdatabase.h"

#include <QStringList>

namespace posko {

// Fills an empty hub database with realistic Trenggalek demo data (`posko-hub --demo`):
// reports over the last 90 days on land near the kecamatan centres, with histories built by
// the same applyAction rules the hub enforces, generated photos, ~10% covert-routed, and the
// demo accounts plus a citizen API key. Deterministic for a given seed and clock.
class DemoSeeder final
{
public:
    struct Result
    {
        bool seeded = false; // false: the database already had reports, nothing was touched
        int reports = 0;
        int covert = 0;
        int photos = 0;
        QString apiKey;
        QStringList accounts; // "name (role, clearance)" lines for the console
    };

    DemoSeeder(HubDatabase &db, const LabelPolicy &policy, const Clock &clock, quint32 seed = 3503);

    static constexpr int defaultReportCount = 1500;
    static QString demoPassword() { return QStringLiteral("posko-demo"); }

    std::optional<Result> run(int reportCount, QString *error);

private:
    HubDatabase &m_db;
    const LabelPolicy &m_policy;
    const Clock &m_clock;
    quint32 m_seed;
};

} // namespace posko
