// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's outbox button: its menu's handlers do not delete the action being triggered,
// and an action failed by a hub reset is never offered for redo, whatever the language was
// when the reset was stored.
#include "../unit/workstationfixtures.h"

#include "core/domain/clock.h"
#include "core/storage/dispatchservice.h"
#include "ui/main/outboxbutton.h"

#include <QMenu>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace posko;
using namespace posko::test;

namespace {

// Bahasa Indonesia for the replica's hub reset reason only (no .qm needed).
class IndonesianReset final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) == QLatin1String("posko::Replica") &&
            QLatin1String(source) == QLatin1String("The hub was reset; this action was not sent."))
            return QStringLiteral("Hub telah direset; tindakan ini tidak dikirim.");
        return {};
    }
    bool isEmpty() const override { return false; }
};

Report theirs(qint64 id, Squad squad)
{
    Report r = makeReport(id, QStringLiteral("banjir"));
    ReportAction a;
    a.type = ReportAction::Type::Assign;
    a.squad = squad;
    REQUIRE_FALSE(applyAction(r, a, QStringLiteral("budi"), r.updatedAt.addSecs(5)));
    return r;
}

QStringList redoActions(const QMenu *menu)
{
    QStringList names;
    for (const QAction *a : menu->actions())
        if (a->objectName().startsWith(QStringLiteral("redo-")))
            names << a->objectName();
    return names;
}

} // namespace

TEST_CASE("triggering a redo or dismiss does not delete the action while it is triggered")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    REQUIRE(replica->storeHubReport(makeReport(6, QStringLiteral("sampah"))));
    const OutboxItem five = queueAssign(*replica, 5, Squad::Orange);
    const OutboxItem six = queueAssign(*replica, 6, Squad::Orange);
    REQUIRE(
        replica->markFailed(five.id, QStringLiteral("changed by budi"), theirs(5, Squad::Blue)));
    REQUIRE(replica->markFailed(six.id, QStringLiteral("changed by budi"), theirs(6, Squad::Blue)));
    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC));
    DispatchService dispatch(*replica, clock);
    dispatch.setActor(QStringLiteral("sari"));
    ui::OutboxButton button(*replica, dispatch);
    // As the main window does: the dispatch's outboxChanged refreshes the button, from inside
    // the handler.
    QObject::connect(&dispatch, &DispatchService::outboxChanged, &button,
                     &ui::OutboxButton::refresh);
    button.refresh();
    CHECK(button.text().contains(QStringLiteral("2 failed")));

    QPointer<QAction> redo =
        button.menu()->findChild<QAction *>(QStringLiteral("redo-%1").arg(five.id));
    REQUIRE(redo);
    // Connected after the button's own handler: runs after it, in the same emission.
    bool aliveAfterHandler = false;
    QObject::connect(redo, &QAction::triggered,
                     [&aliveAfterHandler, redo] { aliveAfterHandler = !redo.isNull(); });
    qint64 redoneReport = 0;
    QObject::connect(&button, &ui::OutboxButton::redone, [&](qint64 id) { redoneReport = id; });
    redo->trigger();
    CHECK(aliveAfterHandler);
    CHECK(redoneReport == 5);
    // Text and pending set at once; the menu follows from the event loop.
    CHECK(button.pendingReports().contains(5));
    CHECK(button.text().contains(QStringLiteral("1 failed")));
    REQUIRE(QTest::qWaitFor([&] { return redo.isNull(); }, 2000));
    CHECK(redoActions(button.menu()) == QStringList{QStringLiteral("redo-%1").arg(six.id)});

    QPointer<QAction> dismiss =
        button.menu()->findChild<QAction *>(QStringLiteral("dismissFailed"));
    REQUIRE(dismiss);
    bool dismissAlive = false;
    QObject::connect(dismiss, &QAction::triggered,
                     [&dismissAlive, dismiss] { dismissAlive = !dismiss.isNull(); });
    dismiss->trigger();
    CHECK(dismissAlive);
    CHECK_FALSE(button.text().contains(QStringLiteral("failed")));
    REQUIRE(QTest::qWaitFor([&] { return dismiss.isNull(); }, 2000));
    CHECK(redoActions(button.menu()).isEmpty());
}

TEST_CASE("an action failed by a hub reset is not offered for redo after a language switch")
{
    QTemporaryDir dir;
    QString error;
    auto replica = Replica::open(dir.path(), &error);
    REQUIRE(replica);
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("banjir"))));
    const OutboxItem mine = queueAssign(*replica, 5, Squad::Orange);

    // The reset happens while the workstation runs in Bahasa Indonesia.
    IndonesianReset id;
    REQUIRE(QCoreApplication::installTranslator(&id));
    REQUIRE(Replica::hubResetReason().startsWith(QStringLiteral("Hub telah")));
    REQUIRE(replica->resetReports(Replica::Reset::HubReset));
    QCoreApplication::removeTranslator(&id);
    REQUIRE(Replica::hubResetReason().startsWith(QStringLiteral("The hub was reset")));

    // Back in English, the new hub's report 5 arrives: another report with the same number.
    REQUIRE(replica->storeHubReport(makeReport(5, QStringLiteral("pohon tumbang"))));
    const auto item = replica->outboxItem(mine.id);
    REQUIRE(item);
    CHECK(item->state == OutboxItem::State::Failed);
    CHECK(item->hubReset);
    CHECK(item->error == QStringLiteral("Hub telah direset; tindakan ini tidak dikirim."));

    const ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC));
    DispatchService dispatch(*replica, clock);
    ui::OutboxButton button(*replica, dispatch);
    button.refresh();
    CHECK(button.text().contains(QStringLiteral("1 failed")));
    CHECK(redoActions(button.menu()).isEmpty()); // not offered
    // The reason is shown in the language now in use.
    CHECK(button.toolTip().contains(QStringLiteral("The hub was reset")));
    // Nor can it be redone by other means.
    const auto refused = dispatch.redo(mine.id);
    REQUIRE(refused);
    CHECK(refused->contains(QStringLiteral("hub was reset")));
    CHECK(replica->pendingCount() == 0);
}
