// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sla/sla.h"

#include "catch.h"

using namespace posko;

TEST_CASE("SLA: response timer while new, resolution timer while worked on, none when closed")
{
    Label l;
    l.code = QStringLiteral("banjir");
    l.responseMinutes = 30;
    l.resolutionMinutes = 24 * 60;
    const QDateTime t0(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    Report r;
    r.requestedAt = r.statusSince = t0;

    auto s = evaluateSla(r, &l, 0.75, t0.addSecs(10 * 60));
    CHECK(s.state == SlaState::Ok);
    CHECK(s.response);
    CHECK(s.deadline == t0.addSecs(30 * 60));
    CHECK(s.secondsLeft == 20 * 60);

    CHECK(evaluateSla(r, &l, 0.75, t0.addSecs(22 * 60 + 30)).state == SlaState::Warning);
    s = evaluateSla(r, &l, 0.75, t0.addSecs(31 * 60));
    CHECK(s.state == SlaState::Breached);
    CHECK(s.secondsLeft == -60);

    r.status = Status::Ditugaskan;
    s = evaluateSla(r, &l, 0.75, t0.addSecs(31 * 60));
    CHECK(s.state == SlaState::Ok);
    CHECK_FALSE(s.response);
    CHECK(s.deadline == t0.addSecs(24 * 3600));

    r.status = Status::Ditutup;
    CHECK(evaluateSla(r, &l, 0.75, t0.addSecs(99 * 3600)).state == SlaState::None);

    // A reopened report's response timer starts again when it was reopened.
    r.status = Status::DibukaKembali;
    r.statusSince = t0.addSecs(48 * 3600);
    s = evaluateSla(r, &l, 0.75, t0.addSecs(48 * 3600 + 60));
    CHECK(s.state == SlaState::Ok);
    CHECK(s.deadline == t0.addSecs(48 * 3600 + 30 * 60));

    CHECK(evaluateSla(r, nullptr, 0.75, t0).state == SlaState::None);
}

TEST_CASE("countdown text is compact and signed")
{
    CHECK(formatCountdown(5 * 60) == QStringLiteral("5 m"));
    CHECK(formatCountdown(2 * 3600 + 5 * 60) == QStringLiteral("2 h 05 m"));
    CHECK(formatCountdown(3 * 86400 + 4 * 3600) == QStringLiteral("3 d 4 h"));
    CHECK(formatCountdown(-90 * 60) == QStringLiteral("−1 h 30 m"));
}
