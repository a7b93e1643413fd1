// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's presence board on a hand-moved clock: expiry, the caller left out, the cap, and a
// session that moves to another report.
#include "core/domain/clock.h"
#include "core/hub/presence.h"

#include "catch.h"

using namespace posko;

namespace {

const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);

QStringList users(const QVector<PresenceBoard::Viewer> &viewers)
{
    QStringList out;
    for (const auto &v : viewers)
        out << v.user;
    return out;
}

} // namespace

TEST_CASE("presence board: an entry expires 45 s after its last heartbeat")
{
    ManualClock clock(start);
    PresenceBoard board(clock);
    REQUIRE(board.update("s-budi", QStringLiteral("budi"), 7));
    CHECK(users(board.viewers(7, "s-sari")) == QStringList{QStringLiteral("budi")});

    clock.advanceSecs(44);
    CHECK(users(board.viewers(7, "s-sari")) == QStringList{QStringLiteral("budi")});
    clock.advanceSecs(1); // 45 s without a heartbeat
    CHECK(board.viewers(7, "s-sari").isEmpty());
    CHECK(board.size() == 0);

    // A heartbeat renews the entry and keeps the time the report was opened.
    REQUIRE(board.update("s-budi", QStringLiteral("budi"), 7));
    const QDateTime opened = clock.now();
    clock.advanceSecs(30);
    REQUIRE(board.update("s-budi", QStringLiteral("budi"), 7));
    clock.advanceSecs(30); // 60 s after opening, 30 s after the last heartbeat
    const auto viewers = board.viewers(7, "s-sari");
    REQUIRE(viewers.size() == 1);
    CHECK(viewers[0].since == opened);
    clock.advanceSecs(15);
    CHECK(board.viewers(7, "s-sari").isEmpty());
}

TEST_CASE("presence board: the caller's own session is left out, other sessions of its user not")
{
    ManualClock clock(start);
    PresenceBoard board(clock);
    REQUIRE(board.update("s-sari-1", QStringLiteral("sari"), 3));
    clock.advanceSecs(2);
    REQUIRE(board.update("s-budi", QStringLiteral("budi"), 3));
    clock.advanceSecs(2);
    REQUIRE(board.update("s-sari-2", QStringLiteral("sari"), 3));
    REQUIRE(board.update("s-eko", QStringLiteral("eko"), 4)); // another report

    // Earliest first; sari's other workstation counts as another viewer.
    CHECK(users(board.viewers(3, "s-sari-1")) ==
          QStringList{QStringLiteral("budi"), QStringLiteral("sari")});
    CHECK(users(board.viewers(3, "s-budi")) ==
          QStringList{QStringLiteral("sari"), QStringLiteral("sari")});
    CHECK(users(board.viewers(3, "s-nobody")) ==
          QStringList{QStringLiteral("sari"), QStringLiteral("budi"), QStringLiteral("sari")});
    CHECK(board.viewers(4, "s-eko").isEmpty());

    board.remove("s-budi");
    CHECK(users(board.viewers(3, "s-sari-1")) == QStringList{QStringLiteral("sari")});
    CHECK(board.size() == 3);
}

TEST_CASE("presence board: a session that opens another report moves there")
{
    ManualClock clock(start);
    PresenceBoard board(clock);
    REQUIRE(board.update("s-budi", QStringLiteral("budi"), 10));
    clock.advanceSecs(20);
    REQUIRE(board.update("s-budi", QStringLiteral("budi"), 11));
    CHECK(board.viewers(10, "s-sari").isEmpty());
    const auto there = board.viewers(11, "s-sari");
    REQUIRE(there.size() == 1);
    CHECK(there[0].user == QStringLiteral("budi"));
    CHECK(there[0].since == clock.now()); // opened now, not when report 10 was
    CHECK(board.size() == 1);

    // And back again: one entry per session, never two.
    REQUIRE(board.update("s-budi", QStringLiteral("budi"), 10));
    CHECK(board.viewers(11, "s-sari").isEmpty());
    CHECK(users(board.viewers(10, "s-sari")) == QStringList{QStringLiteral("budi")});
    CHECK(board.size() == 1);
}

TEST_CASE("presence board: a full board refuses new sessions until entries expire or leave")
{
    ManualClock clock(start);
    PresenceBoard board(clock, 3);
    REQUIRE(board.update("s1", QStringLiteral("a"), 1));
    REQUIRE(board.update("s2", QStringLiteral("b"), 1));
    clock.advanceSecs(10);
    REQUIRE(board.update("s3", QStringLiteral("c"), 2));
    CHECK(board.size() == 3);

    CHECK_FALSE(board.update("s4", QStringLiteral("d"), 1));
    CHECK(board.size() == 3);
    CHECK(users(board.viewers(1, "x")) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    // Sessions already on the board keep working: heartbeats and moves.
    CHECK(board.update("s1", QStringLiteral("a"), 2));
    CHECK(board.update("s2", QStringLiteral("b"), 1));

    // One leaves: room for one more.
    board.remove("s2");
    CHECK(board.update("s4", QStringLiteral("d"), 1));
    CHECK_FALSE(board.update("s5", QStringLiteral("e"), 1));

    // The entries not renewed since expire and make room (s1 and s4 are renewed).
    clock.advanceSecs(40);
    REQUIRE(board.update("s1", QStringLiteral("a"), 2));
    REQUIRE(board.update("s4", QStringLiteral("d"), 1));
    clock.advanceSecs(5); // s3 was last seen 45 s ago
    CHECK(board.update("s5", QStringLiteral("e"), 1));
    CHECK(users(board.viewers(2, "x")) == QStringList{QStringLiteral("a")});
    CHECK(board.size() == 3);

    // A clock set back: s1's heartbeat is stored at an earlier time than the others', yet it is
    // the most recently seen. Each entry is judged by its own time, so it is not shown once 45 s
    // have passed for it, and it does not hold a place on a full board.
    clock.advanceSecs(-600);
    REQUIRE(board.update("s1", QStringLiteral("a"), 2));
    clock.advanceSecs(600 + 44); // s1 644 s old, s4 49 s, s5 44 s
    CHECK(board.viewers(2, "x").isEmpty());
    CHECK(users(board.viewers(1, "x")) == QStringList{QStringLiteral("e")});
    CHECK(board.update("s6", QStringLiteral("f"), 9));
    CHECK(board.update("s7", QStringLiteral("g"), 9));
    CHECK(board.size() == 3);
    CHECK(users(board.viewers(9, "x")) == QStringList{QStringLiteral("f"), QStringLiteral("g")});
}
