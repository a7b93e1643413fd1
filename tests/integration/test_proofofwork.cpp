// SPDX-License-Identifier: GPL-3.0-or-later
// The real hub's side of duplicates, after photos, disputes and fast-closure flags: what it
// accepts, what it refuses and with which answer, and that covert reports leak through none.
#include "hubfixture.h"

#include "core/media/demophoto.h"
#include "core/media/photo.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace posko::test;

namespace {

QByteArray jpeg()
{
    return posko::media::demoPhoto(QStringLiteral("jalan_rusak"), QStringLiteral("sesudah"), 7);
}

QJsonObject body(const char *type, int version)
{
    return {{QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("base_version"), version}};
}

QJsonObject reportOf(const HttpReply &r)
{
    return r.object().value(QStringLiteral("report")).toObject();
}

QString message(const HttpReply &r)
{
    return r.object().value(QStringLiteral("message")).toString();
}

} // namespace

TEST_CASE("hub: a duplicate must name a visible original that is no duplicate itself")
{
    HubFixture f;
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    const QString a =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    const QString b =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    const QString c =
        f.submit(QStringLiteral("sampah")).value(QStringLiteral("service_request_id")).toString();
    QJsonObject dup = body("duplicate", 1);
    CHECK(f.act(op, b, "no-original", dup).status == 400);
    dup.insert(QStringLiteral("original"), QStringLiteral("x1"));
    CHECK(f.act(op, b, "bad-original", dup).status == 400);
    dup.insert(QStringLiteral("original"), 999999);
    const HttpReply missing = f.act(op, b, "missing", dup);
    CHECK(missing.status == 422);
    dup.insert(QStringLiteral("original"), b);
    CHECK(f.act(op, b, "itself", dup).status == 422);

    dup.insert(QStringLiteral("original"), a); // as a string
    const HttpReply ok = f.act(op, b, "b-of-a", dup);
    INFO(ok.body.toStdString());
    REQUIRE(ok.status == 200);
    CHECK(reportOf(ok).value(QStringLiteral("status")).toString() == QStringLiteral("duplikat"));
    const QJsonObject entry =
        reportOf(ok).value(QStringLiteral("history")).toArray().last().toObject();
    CHECK(entry.value(QStringLiteral("kind")).toString() == QStringLiteral("duplicate"));
    CHECK(entry.value(QStringLiteral("text")).toString() == a);
    // Open311 shows it closed.
    CHECK(f.http->get(QStringLiteral("/open311/v2/requests/%1.json").arg(b))
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("status"))
              .toString() == QStringLiteral("closed"));

    // Linking to a duplicate is refused with the root to link to instead.
    QJsonObject chain = body("duplicate", 1);
    chain.insert(QStringLiteral("original"), b.toLongLong()); // as a number
    const HttpReply toDuplicate = f.act(op, c, "c-of-b", chain);
    CHECK(toDuplicate.status == 422);
    CHECK(message(toDuplicate).contains(QStringLiteral("#%1").arg(a)));

    // A covert original answers exactly like a missing one for the uncleared operator, and is
    // accepted for the cleared supervisor.
    f.submit(QStringLiteral("pungutan_liar")); // its label goes to the covert squad
    const QJsonArray supFeed = f.feed(sup);
    QString covertId;
    for (const QJsonValue &v : supFeed)
        if (v.toObject().value(QStringLiteral("label")).toString() ==
            QStringLiteral("pungutan_liar"))
            covertId = v.toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(covertId.isEmpty());
    QJsonObject toCovert = body("duplicate", 1);
    toCovert.insert(QStringLiteral("original"), covertId);
    const HttpReply probe = f.act(op, c, "c-of-covert", toCovert);
    CHECK(probe.status == 422);
    CHECK(message(probe) == message(missing).replace(QStringLiteral("999999"), covertId));
    CHECK(f.act(sup, c, "c-of-covert-sup", toCovert).status == 200);
}

TEST_CASE("hub: the after photo is checked, stored with its report, served, and required for "
          "finishing and closing")
{
    HubFixture f;
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    QJsonObject a = body("assign", 1);
    a.insert(QStringLiteral("squad"), QStringLiteral("orange"));
    REQUIRE(f.act(op, id, "assign", a).status == 200);

    QJsonObject work = body("status", 2);
    work.insert(QStringLiteral("status"), QStringLiteral("dikerjakan"));
    REQUIRE(f.act(op, id, "work", work).status == 200);
    QJsonObject finish = body("status", 3);
    finish.insert(QStringLiteral("status"), QStringLiteral("selesai"));
    const HttpReply noProof = f.act(op, id, "finish-without", finish);
    CHECK(noProof.status == 422);
    CHECK(message(noProof).contains(QStringLiteral("after photo")));

    QJsonObject photo = body("after_photo", 3);
    CHECK(f.act(op, id, "no-photo", photo).status == 400);
    photo.insert(QStringLiteral("photo"), QStringLiteral("not base64 !!"));
    CHECK(f.act(op, id, "bad-base64", photo).status == 400);
    photo.insert(QStringLiteral("photo"), QString::fromLatin1(QByteArray("plain text").toBase64()));
    const HttpReply notImage = f.act(op, id, "not-image", photo);
    CHECK(notImage.status == 400);
    CHECK(notImage.object().value(QStringLiteral("error")).toString() ==
          QStringLiteral("bad_photo"));

    photo.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg().toBase64()));
    const HttpReply stored = f.act(op, id, "after", photo);
    INFO(stored.body.toStdString());
    REQUIRE(stored.status == 200);
    const QJsonObject report = reportOf(stored);
    CHECK(report.value(QStringLiteral("status")).toString() == QStringLiteral("selesai"));
    const QJsonArray history = report.value(QStringLiteral("history")).toArray();
    QString path;
    bool flagged = false;
    for (const QJsonValue &h : history) {
        const QJsonObject e = h.toObject();
        if (e.value(QStringLiteral("kind")).toString() == QStringLiteral("after_photo"))
            path = e.value(QStringLiteral("text")).toString();
        if (e.value(QStringLiteral("kind")).toString() == QStringLiteral("flag")) {
            flagged = true;
            CHECK(e.value(QStringLiteral("actor")).toString() == QStringLiteral("system"));
            CHECK(e.value(QStringLiteral("text"))
                      .toString()
                      .startsWith(QStringLiteral("fast_closure took=")));
        }
    }
    CHECK(flagged); // a road repaired seconds after the assignment
    REQUIRE(path.startsWith(QStringLiteral("/media/")));
    const HttpReply served = f.http->get(path);
    REQUIRE(served.status == 200);
    CHECK(posko::media::imageSize(served.body) == posko::media::imageSize(jpeg()));
    // The same key again: the first answer, no second photo.
    const HttpReply retry = f.act(op, id, "after", photo);
    CHECK(retry.status == 200);
    CHECK(retry.body == stored.body);

    // A refused after photo stores nothing: the next photo id follows the first.
    QJsonObject closeIt = body("status", 4);
    closeIt.insert(QStringLiteral("status"), QStringLiteral("ditutup"));
    REQUIRE(f.act(op, id, "close", closeIt).status == 200);
    QJsonObject late = body("after_photo", 5);
    late.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg().toBase64()));
    CHECK(f.act(op, id, "late", late).status == 422);
    const qint64 first = path.mid(7).chopped(4).toLongLong();
    CHECK(f.http->get(QStringLiteral("/media/%1.jpg").arg(first + 1)).status == 404);
}

TEST_CASE("hub: a covert report's after photo is served to cleared users only")
{
    HubFixture f;
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    const QString id = f.submit(QStringLiteral("jalan_rusak"))
                           .value(QStringLiteral("service_request_id"))
                           .toString();
    QJsonObject a = body("assign", 1);
    a.insert(QStringLiteral("squad"), QStringLiteral("covert"));
    REQUIRE(f.act(sup, id, "assign", a).status == 200);
    QJsonObject photo = body("after_photo", 2);
    photo.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg().toBase64()));
    const HttpReply stored = f.act(sup, id, "after", photo);
    REQUIRE(stored.status == 200);
    QString path;
    for (const QJsonValue &h : reportOf(stored).value(QStringLiteral("history")).toArray())
        if (h.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("after_photo"))
            path = h.toObject().value(QStringLiteral("text")).toString();
    REQUIRE_FALSE(path.isEmpty());
    CHECK(f.http->get(path).status == 404);     // the public
    CHECK(f.http->get(path, op).status == 404); // an uncleared operator
    CHECK(f.http->get(path, sup).status == 200);
}

TEST_CASE("hub: a citizen disputes a finished report with a reason, from the sender's device")
{
    HubFixture f;
    const Headers op = f.http->login(QStringLiteral("op"), QStringLiteral("op-pass"));
    // Sent with a device id: only that device may dispute.
    const HttpReply posted =
        f.http->postForm(QStringLiteral("/open311/v2/requests.json"),
                         {{QStringLiteral("api_key"), f.apiKey},
                          {QStringLiteral("service_code"), QStringLiteral("jalan_rusak")},
                          {QStringLiteral("lat"), QStringLiteral("-8.05")},
                          {QStringLiteral("long"), QStringLiteral("111.71")},
                          {QStringLiteral("device_id"), QStringLiteral("hp-warga-1")}});
    REQUIRE(posted.status == 200);
    const QString id =
        posted.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    const QString url = QStringLiteral("/open311/v2/requests/%1/dispute.json").arg(id);
    const auto dispute = [&](const QList<QPair<QString, QString>> &fields) {
        return f.http->postForm(url, fields);
    };
    const QPair<QString, QString> key{QStringLiteral("api_key"), f.apiKey};
    const QPair<QString, QString> reason{QStringLiteral("reason"),
                                         QStringLiteral("Lubang masih ada")};
    const QPair<QString, QString> device{QStringLiteral("device_id"), QStringLiteral("hp-warga-1")};

    // Not finished yet: refused with 409 and the reason.
    CHECK(dispute({key, reason, device}).status == 409);
    QJsonObject a = body("assign", 1);
    a.insert(QStringLiteral("squad"), QStringLiteral("orange"));
    REQUIRE(f.act(op, id, "assign", a).status == 200);
    QJsonObject photo = body("after_photo", 2);
    photo.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg().toBase64()));
    REQUIRE(f.act(op, id, "after", photo).status == 200);

    CHECK(dispute({reason, device}).status == 403); // no api_key
    CHECK(dispute({key, device}).status == 400);    // no reason
    CHECK(dispute({key, reason}).status == 403);    // not the sender
    CHECK(dispute({key, reason, {QStringLiteral("device_id"), QStringLiteral("other")}}).status ==
          403);
    CHECK(
        f.http->postForm(QStringLiteral("/open311/v2/requests/999999/dispute.json"), {key, reason})
            .status == 404);
    const HttpReply ok = dispute({key, reason, device});
    INFO(ok.body.toStdString());
    REQUIRE(ok.status == 200);
    CHECK(ok.array().at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("open"));
    CHECK(dispute({key, reason, device}).status == 409); // already reopened

    const QJsonObject now = f.http->get(QStringLiteral("/api/v1/reports/%1").arg(id), op).object();
    CHECK(now.value(QStringLiteral("status")).toString() == QStringLiteral("dibuka_kembali"));
    const QJsonObject last = now.value(QStringLiteral("history")).toArray().last().toObject();
    CHECK(last.value(QStringLiteral("kind")).toString() == QStringLiteral("dispute"));
    CHECK(last.value(QStringLiteral("actor")).toString() == QStringLiteral("citizen"));
    CHECK(last.value(QStringLiteral("text")).toString() == QStringLiteral("Lubang masih ada"));
    // The operator's next "selesai" needs a new photo.
    QJsonObject work = body("status", now.value(QStringLiteral("version")).toInt());
    work.insert(QStringLiteral("status"), QStringLiteral("dikerjakan"));
    REQUIRE(f.act(op, id, "work-again", work).status == 200);
    QJsonObject finish = body("status", now.value(QStringLiteral("version")).toInt() + 1);
    finish.insert(QStringLiteral("status"), QStringLiteral("selesai"));
    CHECK(f.act(op, id, "finish-again", finish).status == 422);

    // A covert report cannot be disputed through Open311: it does not exist there.
    f.submit(QStringLiteral("pungutan_liar"));
    const Headers sup = f.http->login(QStringLiteral("sup"), QStringLiteral("sup-pass"));
    QString covertId;
    for (const QJsonValue &v : f.feed(sup))
        if (v.toObject().value(QStringLiteral("label")).toString() ==
            QStringLiteral("pungutan_liar"))
            covertId = v.toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(covertId.isEmpty());
    CHECK(f.http
              ->postForm(QStringLiteral("/open311/v2/requests/%1/dispute.json").arg(covertId),
                         {key, reason})
              .status == 404);
}
