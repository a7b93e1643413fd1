// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/demoseeder.h"
#include "core/geo/areas.h"
#include "core/geo/landmask.h"
#include "core/hub/demotext.h"
#include "core/hub/placefinder.h"
#include "core/media/demophoto.h"
#include "core/sla/sla.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace posko {

namespace {

// Context for this file's messages, declared so lupdate and the runtime agree on it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(posko::DemoSeeder)
};

// How often each label shows up in a typical regency: rubbish and roads dominate.
const QHash<QString, int> &labelWeights()
{
    static const QHash<QString, int> w{
        {QStringLiteral("sampah"), 12},
        {QStringLiteral("saluran_tersumbat"), 7},
        {QStringLiteral("jalan_rusak"), 14},
        {QStringLiteral("jembatan_rusak"), 3},
        {QStringLiteral("tanah_longsor"), 4},
        {QStringLiteral("banjir"), 4},
        {QStringLiteral("pohon_tumbang"), 5},
        {QStringLiteral("lampu_jalan_mati"), 7},
        {QStringLiteral("kebakaran"), 2},
        {QStringLiteral("layanan_kesehatan"), 3},
        {QStringLiteral("wabah_dbd"), 3},
        {QStringLiteral("orang_terlantar"), 3},
        {QStringLiteral("pengemis_anak_jalanan"), 2},
        {QStringLiteral("ketertiban_umum"), 5},
        {QStringLiteral("parkir_liar"), 4},
        {QStringLiteral("kriminalitas"), 3},
        {QStringLiteral("ktp_kk_akta"), 5},
        {QStringLiteral("perizinan"), 3},
        {QStringLiteral("pungutan_liar"), 4},
        {QStringLiteral("proyek_bermasalah"), 3},
    };
    return w;
}

// The town and the coast are busier than the hills.
int kecamatanWeight(const QString &name)
{
    if (name == QStringLiteral("Trenggalek"))
        return 4;
    if (name == QStringLiteral("Pogalan") || name == QStringLiteral("Durenan") ||
        name == QStringLiteral("Watulimo") || name == QStringLiteral("Panggul"))
        return 2;
    return 1;
}

template <typename T>
const T &weighted(const QVector<std::pair<T, int>> &items, QRandomGenerator &rng)
{
    int total = 0;
    for (const auto &i : items)
        total += i.second;
    int r = rng.bounded(total);
    for (const auto &i : items) {
        if (r < i.second)
            return i.first;
        r -= i.second;
    }
    return items.back().first;
}

double gaussian(QRandomGenerator &rng)
{
    const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * 3.14159265358979 * u2);
}

} // namespace

DemoSeeder::DemoSeeder(HubDatabase &db, const LabelPolicy &policy, const Clock &clock, quint32 seed)
    : m_db(db), m_policy(policy), m_clock(clock), m_seed(seed)
{
}

std::optional<DemoSeeder::Result> DemoSeeder::run(int reportCount, QString *error)
{
    Result result;
    if (m_db.reportCount() > 0)
        return result;

    QRandomGenerator rng(m_seed);
    const QDateTime now = m_clock.now();
    const AreaCatalog areas = AreaCatalog::builtIn();
    const PlaceFinder places(areas);
    const LandMask land = LandMask::builtIn();

    QVector<std::pair<QString, int>> labels;
    for (const Label &l : m_policy.labels())
        labels.push_back({l.code, labelWeights().value(l.code, 3)});
    QVector<std::pair<PlaceFinder::Centroid, int>> kecs;
    for (const auto &c : places.centroids())
        kecs.push_back({c, kecamatanWeight(c.name)});
    if (labels.isEmpty() || kecs.isEmpty()) {
        if (error)
            *error = Tr::tr("no labels or no kecamatan to seed from");
        return std::nullopt;
    }

    QVector<StoredReport> reports;
    reports.reserve(reportCount);
    // For a duplicate, the index of its original among the generated reports, else -1.
    QVector<int> originOf;
    originOf.reserve(reportCount);
    for (int i = 0; i < reportCount; ++i) {
        StoredReport s;
        Report &r = s.report;
        const Label *label = m_policy.find(weighted(labels, rng));
        const PlaceFinder::Centroid &kec = weighted(kecs, rng);
        const int fate = rng.bounded(100);
        r.label = label->code;
        // A duplicate: the same problem sent again by a neighbour, close to an earlier report
        // of the same label, hours later.
        int origin = -1;
        if (fate >= 6 && fate < 9) {
            for (int j = i - 1; j >= 0 && j >= i - 400; --j) {
                const Report &o = reports.at(j).report;
                if (o.label == r.label && originOf.at(j) < 0 && o.status != Status::Ditolak &&
                    !reports.at(j).covert) {
                    origin = j;
                    break;
                }
            }
        }
        // A point on land whose nearest centre is this kecamatan; ~2.5 km spread around it.
        r.lat = kec.lat;
        r.lon = kec.lon;
        for (int attempt = 0; attempt < 40; ++attempt) {
            const double lat = kec.lat + gaussian(rng) * 0.022;
            const double lon = kec.lon + gaussian(rng) * 0.022;
            if (land.contains(lon, lat) && places.kecamatanAt(lat, lon) == kec.kecamatanCode) {
                r.lat = std::round(lat * 1e6) / 1e6;
                r.lon = std::round(lon * 1e6) / 1e6;
                break;
            }
        }
        r.kecamatan = kec.kecamatanCode;
        const QVector<Desa> desa = areas.desaOf(kec.kecamatanCode);
        const QString desaName =
            desa.isEmpty() ? kec.name : desa.at(rng.bounded(int(desa.size()))).name;
        if (!desa.isEmpty())
            r.desa = desa.at(rng.bounded(int(desa.size()))).code;
        for (const Desa &d : desa)
            if (d.code == r.desa)
                r.description = demo::description(r.label, d.name, kec.name, rng);
        if (r.description.isEmpty())
            r.description = demo::description(r.label, desaName, kec.name, rng);
        r.address = demo::address(
            areas.desaName(r.desa).isEmpty() ? desaName : areas.desaName(r.desa), kec.name, rng);

        // Reports arrive mostly in waking hours (06-22 WIB = 23-15 UTC).
        QDateTime t = now.addSecs(-qint64(rng.bounded(90 * 24 * 3600)));
        const int hourWib = (t.time().hour() + 7) % 24;
        if (hourWib < 6)
            t = t.addSecs(3600 * (6 - hourWib + rng.bounded(10)));
        if (t > now)
            t = now.addSecs(-60 - rng.bounded(3600));
        if (origin >= 0) {
            const Report &o = reports.at(origin).report;
            // Within ~60 m and 1-30 hours of the original.
            r.lat = std::round((o.lat + (rng.generateDouble() - 0.5) * 0.001) * 1e6) / 1e6;
            r.lon = std::round((o.lon + (rng.generateDouble() - 0.5) * 0.001) * 1e6) / 1e6;
            r.kecamatan = o.kecamatan;
            r.desa = o.desa;
            r.address = o.address;
            t = o.requestedAt.addSecs(3600 + qint64(rng.bounded(29 * 3600)));
            if (t >= now)
                t = now.addSecs(-60);
        }
        r.requestedAt = r.updatedAt = r.statusSince = t;
        r.history.push_back({t,
                             QStringLiteral("warga"),
                             QStringLiteral("created"),
                             statusCode(Status::Baru),
                             {},
                             {}});
        s.wasPublic = !isCovertRouting(std::nullopt, label);

        // Walk the lifecycle with the hub's own rules until the next step would be in the future
        // or the report stalls (a realistic backlog, some of it past its SLA).
        const double respMin = label->responseMinutes, resMin = label->resolutionMinutes;
        auto step = [&](double minutes, const ReportAction &a, const QString &actor) {
            const QDateTime at = t.addSecs(qint64(std::max(1.0, minutes) * 60));
            if (at >= now || rng.bounded(100) < 6)
                return false;
            const Status before = r.status;
            if (applyAction(r, a, actor, at))
                return false;
            t = at;
            if (!isCovertRouting(r.squad, label))
                s.wasPublic = true;
            // The hub's own flag for a closure faster than the label allows (operatorapi.cpp).
            if (before != Status::Selesai && r.status == Status::Selesai)
                if (const auto fast = fastClosure(r, label, m_policy.fastClosureShare(), at))
                    r.history.push_back({at, QStringLiteral("system"), QStringLiteral("flag"),
                                         QString(), QString(), fastClosureFlagText(*fast)});
            return true;
        };
        auto action = [](ReportAction::Type type, Status st = Status::Baru,
                         Squad sq = Squad::Orange, QString text = {}) {
            ReportAction a;
            a.type = type;
            a.status = st;
            a.squad = sq;
            a.text = std::move(text);
            return a;
        };
        if (fate < 6) {
            step(respMin * (0.3 + rng.generateDouble()),
                 action(ReportAction::Type::ChangeStatus, Status::Ditolak, Squad::Orange,
                        demo::rejectReason(rng)),
                 QStringLiteral("operator"));
        } else if (origin >= 0) {
            ReportAction dup = action(ReportAction::Type::Duplicate);
            dup.original = origin + 1; // the generated index until the ids are known
            if (!step(respMin * (0.2 + 0.8 * rng.generateDouble()), dup,
                      QStringLiteral("operator")))
                origin = -1;
        } else {
            Squad squad = label->defaultSquad;
            const int route = rng.bounded(100);
            if (squad == Squad::Covert && route < 15)
                squad = rng.bounded(2) ? Squad::Blue : Squad::Red; // not a covert case after all
            else if (squad != Squad::Covert && route < 4)
                squad = Squad::Covert; // a supervisor suspects a troubled project behind it
            const QString assigner =
                (squad == Squad::Covert || label->defaultSquad == Squad::Covert)
                    ? QStringLiteral("supervisor")
                    : QStringLiteral("operator");
            const QString crew = QStringLiteral("pasukan-") + squadCode(squad);
            // A few crews close in minutes what takes hours ("TL asal hijau"): flagged.
            const double pace = rng.bounded(100) < 2 ? 0.03 : 1.0;
            ReportAction after = action(ReportAction::Type::AfterPhoto, Status::Baru, squad);
            after.photoPath = QStringLiteral("/media/0.jpg"); // the photo is stored below
            const bool ok =
                step(respMin * (0.2 + 1.4 * rng.generateDouble()),
                     action(ReportAction::Type::Assign, Status::Baru, squad), assigner) &&
                step(pace * resMin * (0.02 + 0.2 * rng.generateDouble()),
                     action(ReportAction::Type::ChangeStatus, Status::Dikerjakan, squad,
                            demo::workNote(r.label, rng)),
                     crew) &&
                (rng.bounded(3) != 0 || step(pace * resMin * 0.1 * rng.generateDouble(),
                                             action(ReportAction::Type::Note, Status::Baru, squad,
                                                    demo::workNote(r.label, rng)),
                                             crew)) &&
                step(pace * resMin * (0.1 + 1.0 * rng.generateDouble()), after, crew) &&
                step(1, action(ReportAction::Type::Note, Status::Baru, squad, demo::doneNote(rng)),
                     crew) &&
                step(60 * (1 + 30 * rng.generateDouble()),
                     action(ReportAction::Type::ChangeStatus, Status::Ditutup), assigner);
            if (ok && rng.bounded(100) < 7) {
                const QDateTime at =
                    t.addSecs(qint64(60 * 60 * 24 * (1 + 5 * rng.generateDouble())));
                if (at < now && !applyDispute(r, demo::disputeReason(rng), at)) {
                    t = at;
                    step(respMin * (0.5 + rng.generateDouble()),
                         action(ReportAction::Type::Assign, Status::Baru, squad), assigner);
                }
            }
        }
        s.covert = isCovertRouting(r.squad, label);
        reports.push_back(std::move(s));
        originOf.push_back(origin);
    }
    // The feed order (seq) follows the time of each report's latest change, as if it had been
    // live. Ids follow that order on the fresh table (INTEGER PRIMARY KEY: max + 1), which is how
    // duplicates learn their original's id; insertReport's id is checked against it below.
    QVector<int> order(reports.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&reports](int a, int b) {
        return reports.at(a).report.updatedAt < reports.at(b).report.updatedAt;
    });
    QVector<qint64> idOf(reports.size());
    for (int pos = 0; pos < order.size(); ++pos)
        idOf[order.at(pos)] = pos + 1;
    for (int i = 0; i < reports.size(); ++i) {
        if (originOf.at(i) < 0)
            continue;
        for (HistoryEntry &h : reports[i].report.history)
            if (h.kind == QLatin1String("duplicate"))
                h.text = QString::number(idOf.at(originOf.at(i)));
    }

    if (!m_db.begin()) {
        if (error)
            *error = Tr::tr("cannot start a transaction");
        return std::nullopt;
    }
    auto fail = [&](const QString &what) -> std::optional<Result> {
        m_db.rollback();
        if (error)
            *error = what + QStringLiteral(": ") + m_db.lastError();
        return std::nullopt;
    };
    struct Account
    {
        const char *name;
        const char *role;
        bool clearance;
    };
    for (const Account &a :
         {Account{"operator", "operator", false}, Account{"supervisor", "supervisor", true},
          Account{"admin", "admin", true}}) {
        const QString name = QLatin1String(a.name);
        if (!m_db.findUser(name) &&
            !m_db.addUser(name, QLatin1String(a.role), a.clearance, hashPassword(demoPassword())))
            return fail(Tr::tr("cannot create demo user"));
        result.accounts << QStringLiteral("%1 / %2 (%3%4)")
                               .arg(name, demoPassword(), QLatin1String(a.role),
                                    a.clearance ? Tr::tr(", covert clearance") : QString());
    }
    const QByteArray key = randomSecret(24);
    if (!m_db.addApiKey(QStringLiteral("demo citizen app"), secretDigest(key)))
        return fail(Tr::tr("cannot create the demo API key"));
    result.apiKey = QString::fromLatin1(key);

    for (const int index : order) {
        StoredReport &s = reports[index];
        // Most citizens attach a photo; the caption keeps demo pictures recognisable as such.
        if (rng.bounded(100) < 88) {
            const QString caption =
                s.report.label + QStringLiteral(" #") + QString::number(result.photos + 1);
            const auto id = m_db.addPhoto(media::demoPhoto(s.report.label, caption, rng.generate()),
                                          s.report.requestedAt);
            if (!id)
                return fail(Tr::tr("cannot store a demo photo"));
            s.photoId = *id;
            ++result.photos;
        }
        // The squads' after photos, one per round of work that reached "selesai".
        for (HistoryEntry &h : s.report.history) {
            if (h.kind != QLatin1String("after_photo"))
                continue;
            // Data, like the Indonesian descriptions: "sesudah" (after) on the picture.
            const QString caption =
                s.report.label + QStringLiteral(" #%1 sesudah").arg(idOf.at(index));
            const auto id = m_db.addPhoto(media::demoPhoto(s.report.label, caption, rng.generate()),
                                          h.at, idOf.at(index));
            if (!id)
                return fail(Tr::tr("cannot store a demo photo"));
            h.text = QStringLiteral("/media/%1.jpg").arg(*id);
            ++result.photos;
        }
        if (s.covert)
            s.token = QString::fromLatin1(randomSecret(18));
        if (!m_db.insertReport(s, QStringLiteral("{}")))
            return fail(Tr::tr("cannot store a demo report"));
        if (s.report.id != idOf.at(index))
            return fail(Tr::tr("demo report ids are not in the expected order"));
        ++result.reports;
        result.covert += s.covert ? 1 : 0;
    }
    if (!m_db.commit())
        return fail(Tr::tr("cannot commit the demo data"));
    result.seeded = true;
    return result;
}

} // namespace posko
