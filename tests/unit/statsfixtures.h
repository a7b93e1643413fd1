// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made reports with explicit histories for the statistics tests (times in UTC; WIB is
// UTC+7), and the twelve-report fixture whose figures test_stats.cpp writes out by hand.

#include "core/domain/report.h"

#include <QDateTime>
#include <QVector>

namespace posko::test {

// 2026-03-DD HH:MM UTC.
inline QDateTime march(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
}

inline Report statsReport(qint64 id, const QString &label, const QString &kecamatan,
                          const QDateTime &received)
{
    Report r;
    r.id = id;
    r.seq = id;
    r.label = label;
    r.kecamatan = kecamatan;
    r.lat = -8.05;
    r.lon = 111.71;
    r.description = QStringLiteral("laporan %1").arg(id);
    r.requestedAt = r.updatedAt = r.statusSince = received;
    r.history.push_back({received,
                         QStringLiteral("citizen"),
                         QStringLiteral("created"),
                         QStringLiteral("baru"),
                         {},
                         {}});
    return r;
}

// Appends a history entry and moves the report's row along with it (status, squad, version).
inline void step(Report &r, const QDateTime &at, const QString &actor, const QString &kind,
                 const QString &status = {}, const QString &squad = {}, const QString &text = {})
{
    r.history.push_back({at, actor, kind, status, squad, text});
    ++r.version;
    r.updatedAt = at;
    if (!squad.isEmpty())
        r.squad = squadFromCode(squad);
    if (!status.isEmpty() && kind != QLatin1String("note") && kind != QLatin1String("flag")) {
        const auto s = statusFromCode(status);
        if (s && *s != r.status) {
            r.status = *s;
            r.statusSince = at;
        }
    }
}

inline const QString k1 = QStringLiteral("35.03.01");
inline const QString k2 = QStringLiteral("35.03.02");

// Orange squad: jalan_rusak (wall clock: response 24 h, resolution 336 h). Red squad:
// ktp_kk_akta (working clock: response 7.5 working hours = 27000 s, resolution 75 working hours
// = 270000 s; Mon-Thu 07:30-12:00 and 13:00-16:00 WIB, Fri 07:30-11:30 and 13:00-16:30; the
// shipped policy's holidays 18-24 March 2026). The review period is 9-22 March 2026 (WIB).
inline QVector<Report> statsFixture()
{
    const QString op = QStringLiteral("sari"), squad = QStringLiteral("pasukan");
    const QString orange = QStringLiteral("orange"), red = QStringLiteral("red");
    const QString road = QStringLiteral("jalan_rusak"), ktp = QStringLiteral("ktp_kk_akta");
    const QString assign = QStringLiteral("assign"), status = QStringLiteral("status"),
                  note = QStringLiteral("note"), after = QStringLiteral("after_photo"),
                  dispute = QStringLiteral("dispute"), flag = QStringLiteral("flag");
    const QString ditugaskan = QStringLiteral("ditugaskan"),
                  dikerjakan = QStringLiteral("dikerjakan"), selesai = QStringLiteral("selesai"),
                  ditutup = QStringLiteral("ditutup"), reopened = QStringLiteral("dibuka_kembali");
    QVector<Report> out;

    // R1: assigned after 2 h, done after 3 d, closed.
    Report r = statsReport(1, road, k1, march(9, 1));
    step(r, march(9, 3), op, assign, ditugaskan, orange);
    step(r, march(10, 1), squad, status, dikerjakan);
    step(r, march(12, 1), squad, after, selesai, {}, QStringLiteral("/media/1.jpg"));
    step(r, march(13, 1), op, status, ditutup);
    out << r;
    // R2: first action a note after 30 h (late), done after 11 d, disputed, assigned again.
    r = statsReport(2, road, k1, march(9, 5));
    step(r, march(10, 11), op, note, {}, {}, QStringLiteral("Sedang dicek."));
    step(r, march(10, 12), op, assign, ditugaskan, orange);
    step(r, march(20, 5), squad, after, selesai, {}, QStringLiteral("/media/2.jpg"));
    step(r, march(21, 5), QStringLiteral("citizen"), dispute, reopened, {},
         QStringLiteral("Belum diperbaiki."));
    step(r, march(21, 6), op, assign, ditugaskan, orange);
    out << r;
    // R3: assigned after 10 h, done 2 h later and flagged as suspiciously fast, closed.
    r = statsReport(3, road, k2, march(11, 0));
    step(r, march(11, 10), op, assign, ditugaskan, orange);
    step(r, march(11, 12), squad, after, selesai, {}, QStringLiteral("/media/3.jpg"));
    step(r, march(11, 12), QStringLiteral("system"), flag, {}, {},
         QStringLiteral("fast_closure took=7200 min=120960 clock=wall"));
    step(r, march(12, 0), op, status, ditutup);
    out << r;
    // R4: never touched (unassigned).
    r = statsReport(4, road, k2, march(16, 0));
    out << r;
    // R5: arrives on the last evening (17:00 WIB Sunday), untouched.
    r = statsReport(5, road, k1, march(22, 10));
    out << r;
    // R6: received before the period; done and closed in it, reopened, done again.
    r = statsReport(6, road, k2, march(5, 0));
    step(r, march(5, 2), op, assign, ditugaskan, orange);
    step(r, march(10, 0), squad, after, selesai, {}, QStringLiteral("/media/6.jpg"));
    step(r, march(10, 6), op, status, ditutup);
    step(r, march(14, 0), op, status, reopened, {}, QStringLiteral("Foto tidak sesuai."));
    step(r, march(14, 1), op, assign, ditugaskan, orange);
    step(r, march(15, 0), squad, after, selesai, {}, QStringLiteral("/media/7.jpg"));
    out << r;
    // R7: rejected after 3 h, never assigned.
    r = statsReport(7, road, k1, march(20, 0));
    step(r, march(20, 3), op, status, QStringLiteral("ditolak"), {},
         QStringLiteral("Laporan berisi spam atau uji coba."));
    out << r;
    // R8: received and assigned before the period, still open.
    r = statsReport(8, road, k2, march(1, 0));
    step(r, march(1, 5), op, assign, ditugaskan, orange);
    out << r;

    // R9: Friday 15:00 WIB; assigned Monday 10:00 WIB (14400 working s); open.
    r = statsReport(9, ktp, k1, march(13, 8));
    step(r, march(16, 3), op, assign, ditugaskan, red);
    out << r;
    // R10: Tuesday 15:30 WIB, just before the holidays; assigned and done on Sunday 22 March
    // (wall: 4.7 days; working: 1800 s), flagged.
    r = statsReport(10, ktp, k2, march(17, 8, 30));
    step(r, march(22, 2), op, assign, ditugaskan, red);
    step(r, march(22, 3), squad, after, selesai, {}, QStringLiteral("/media/10.jpg"));
    step(r, march(22, 3), QStringLiteral("system"), flag, {}, {},
         QStringLiteral("fast_closure took=0 min=27000 clock=working"));
    out << r;
    // R11: Monday 09:00 WIB; assigned 15:00 WIB (18000 s); done Friday 16:00 WIB (127800 s);
    // closed, disputed, assigned again.
    r = statsReport(11, ktp, k1, march(9, 2));
    step(r, march(9, 8), op, assign, ditugaskan, red);
    step(r, march(13, 9), squad, after, selesai, {}, QStringLiteral("/media/11.jpg"));
    step(r, march(13, 9, 20), op, status, ditutup);
    step(r, march(14, 0), QStringLiteral("citizen"), dispute, reopened, {},
         QStringLiteral("Masih salah."));
    step(r, march(16, 1), op, assign, ditugaskan, red);
    out << r;
    // R12: Thursday 16:30 WIB (after hours); assigned on a holiday, 81000 working s later.
    r = statsReport(12, ktp, k2, march(12, 9, 30));
    step(r, march(20, 2), op, assign, ditugaskan, red);
    out << r;
    return out;
}

} // namespace posko::test
