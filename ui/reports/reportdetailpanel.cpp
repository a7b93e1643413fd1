// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportdetailpanel.h"

#include "core/domain/clock.h"
#include "core/domain/labelpolicy.h"
#include "core/geo/areas.h"
#include "core/sla/sla.h"
#include "core/sync/presenceclient.h"
#include "ui/common/palette.h"
#include "ui/common/timeformat.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace posko::ui {

namespace {
QString chipStyle(const QColor &bg, const QColor &fg)
{
    return QStringLiteral("QLabel { background:%1; color:%2; border-radius:4px; padding:2px 6px; }")
        .arg(bg.name(), fg.name());
}
} // namespace

ReportDetailPanel::ReportDetailPanel(const Clock &clock, const LabelPolicy &policy,
                                     const AreaCatalog &areas, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_policy(policy), m_areas(areas)
{
    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a report in the table."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    // The window puts the panel in a scroll area: photos, triage and history need the height.
    m_body = new QWidget(this);
    outer->addWidget(m_body);
    auto *v = new QVBoxLayout(m_body);
    v->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(m_body);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    v->addWidget(m_title);

    // Who else has this report open: plain to see, without alarm colours (it is a hint to
    // talk to each other, not an error).
    m_presence = new QLabel(m_body);
    m_presence->setObjectName(QStringLiteral("presenceBanner"));
    m_presence->setAccessibleName(tr("Also open at another workstation"));
    m_presence->setWordWrap(true);
    m_presence->setTextFormat(Qt::PlainText);
    m_presence->setStyleSheet(
        QStringLiteral("QLabel { background:#e3f0fb; color:#0d3c61; border:1px solid #90bde4;"
                       " border-radius:4px; padding:4px 8px; }"));
    m_presence->hide();
    v->addWidget(m_presence);

    m_state = new QLabel(m_body);
    m_sla = new QLabel(m_body);
    m_sla->setAccessibleName(tr("SLA countdown"));
    // Each chip on its own line: the SLA text can be long ("resolution due in 73 h 30 m of
    // working time, at …") and wraps there, at its full height, rather than widening the panel.
    m_sla->setWordWrap(true);
    v->addWidget(m_state, 0, Qt::AlignLeft);
    v->addWidget(m_sla);

    // A duplicate's original, a citizen's dispute, a closure flagged as too fast.
    m_notice = new QLabel(m_body);
    m_notice->setObjectName(QStringLiteral("reportNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background:#fff4d6; color:#3a2a00;"
                                           " border:1px solid #d9a400; border-radius:4px;"
                                           " padding:4px 6px; }"));
    connect(m_notice, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const qint64 id = link.mid(link.indexOf(QLatin1Char(':')) + 1).toLongLong(&ok);
        if (link.startsWith(QLatin1String("report:")) && ok)
            emit openReportRequested(id);
    });
    v->addWidget(m_notice);

    // The citizen's photo and, once the squad has sent it, the after photo beside it: the
    // proof of work is judged side by side. A click opens both large.
    auto *photos = new QHBoxLayout;
    const auto photoBox = [this](const QString &caption, QLabel *&image, const QString &name) {
        auto *box = new QWidget(m_body);
        auto *bv = new QVBoxLayout(box);
        bv->setContentsMargins(0, 0, 0, 0);
        bv->setSpacing(2);
        bv->addWidget(new QLabel(caption, box));
        image = new QLabel(box);
        image->setObjectName(name);
        image->setMinimumHeight(160);
        image->setMinimumWidth(120);
        // The scaled pixmap must not widen the panel: the label takes the width it is given.
        image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        image->setAlignment(Qt::AlignCenter);
        image->setWordWrap(true);
        image->setAccessibleName(caption);
        image->setCursor(Qt::PointingHandCursor);
        image->setToolTip(tr("Click to see the photos large (key P)"));
        image->setStyleSheet(QStringLiteral("QLabel { background:#20262e; color:#c8ccd2; }"));
        image->installEventFilter(this);
        bv->addWidget(image, 1);
        return box;
    };
    photos->addWidget(photoBox(tr("Before (citizen)"), m_photo, QStringLiteral("beforePhoto")), 1);
    m_afterBox = photoBox(tr("After (squad)"), m_afterPhoto, QStringLiteral("afterPhoto"));
    photos->addWidget(m_afterBox, 1);
    v->addLayout(photos);

    auto *form = new QFormLayout;
    m_place = new QLabel(m_body);
    m_place->setWordWrap(true);
    m_place->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_time = new QLabel(m_body);
    m_description = new QLabel(m_body);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Received:"), m_time);
    form->addRow(tr("Description:"), m_description);
    v->addLayout(form);

    auto *assignBox = new QGroupBox(tr("Assign to squad (keys 1–7)"), m_body);
    // Two rows of four: the panel must fit beside the table without a horizontal scroll bar.
    auto *grid = new QGridLayout(assignBox);
    grid->setSpacing(4);
    for (std::size_t i = 0; i < allSquads.size(); ++i) {
        const Squad s = allSquads[i];
        // The colour word keeps the panel narrow; the tooltip and the accessible name say it all.
        auto *b =
            new QPushButton(QStringLiteral("%1 %2").arg(i + 1).arg(squadShortName(s)), assignBox);
        b->setObjectName(QStringLiteral("assign_") + squadCode(s));
        b->setAccessibleName(tr("Assign to %1").arg(squadName(s)));
        b->setToolTip(tr("%1: %2 (key %3)").arg(squadName(s), squadRemit(s)).arg(i + 1));
        b->setFocusPolicy(Qt::TabFocus);
        const QColor bg = squadColor(s);
        const QColor fg = squadTextColor(s);
        b->setStyleSheet(
            QStringLiteral(
                "QPushButton { background:%1; color:%2; border:1px solid #888;"
                " border-radius:4px; padding:4px 6px; }"
                "QPushButton:disabled { background:#ddd; color:#999; }"
                "QPushButton[suggested=\"true\"] { border:3px solid #111; font-weight:bold; }")
                .arg(bg.name(), fg.name()));
        connect(b, &QPushButton::clicked, this, [this, s] { emit assignRequested(s); });
        grid->addWidget(b, int(i) / 4, int(i) % 4);
        m_squadButtons[i] = b;
    }
    v->addWidget(assignBox);

    auto *statusBox = new QGroupBox(tr("Change status"), m_body);
    auto *statusV = new QVBoxLayout(statusBox);
    m_statusRow = new QHBoxLayout;
    statusV->addLayout(m_statusRow);
    m_afterButton = new QPushButton(tr("Add the squad's after photo…"), statusBox);
    m_afterButton->setObjectName(QStringLiteral("afterPhotoButton"));
    m_afterButton->setToolTip(
        tr("Finishing and closing need the squad's after photo, taken from the same angle."));
    connect(m_afterButton, &QPushButton::clicked, this, &ReportDetailPanel::afterPhotoRequested);
    statusV->addWidget(m_afterButton);
    v->addWidget(statusBox);

    // Triage: what else was reported around here, likely duplicates first.
    auto *nearBox = new QGroupBox(tr("Nearby reports"), m_body);
    auto *nearV = new QVBoxLayout(nearBox);
    m_nearby = new QListWidget(nearBox);
    m_nearby->setObjectName(QStringLiteral("nearbyList"));
    m_nearby->setAccessibleName(tr("Nearby reports"));
    m_nearby->setMaximumHeight(130);
    nearV->addWidget(m_nearby);
    m_markDuplicate = new QPushButton(tr("Mark as a duplicate of the chosen report"), nearBox);
    m_markDuplicate->setObjectName(QStringLiteral("markDuplicate"));
    nearV->addWidget(m_markDuplicate);
    const auto chosen = [this]() -> qint64 {
        const QListWidgetItem *item = m_nearby->currentItem();
        return item ? item->data(Qt::UserRole).toLongLong() : 0;
    };
    connect(m_nearby, &QListWidget::currentItemChanged, this, [this] {
        m_markDuplicate->setEnabled(m_nearby->currentItem() && m_report &&
                                    !transitionError(m_report->status, Status::Duplikat));
    });
    connect(m_nearby, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openReportRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_markDuplicate, &QPushButton::clicked, this, [this, chosen] {
        if (const qint64 id = chosen())
            emit duplicateRequested(id);
    });
    v->addWidget(nearBox);

    auto *noteRow = new QHBoxLayout;
    m_note = new QLineEdit(m_body);
    m_note->setPlaceholderText(tr("Add a note for the history…"));
    m_note->setAccessibleName(tr("Note"));
    m_addNote = new QPushButton(tr("Add note"), m_body);
    // The administrator's response templates: one goes into the field, to send or edit.
    m_templates = new QToolButton(m_body);
    m_templates->setObjectName(QStringLiteral("noteTemplates"));
    m_templates->setText(tr("Templates"));
    m_templates->setAccessibleName(tr("Note templates"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setMenu(new QMenu(m_templates));
    connect(m_templates->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_templates->menu();
        menu->clear();
        for (const QString &text : m_policy.noteTemplates())
            connect(menu->addAction(text), &QAction::triggered, this, [this, text] {
                m_note->setText(text);
                m_note->setFocus(Qt::OtherFocusReason);
            });
        if (menu->isEmpty())
            menu->addAction(tr("No templates in the policy"))->setEnabled(false);
    });
    noteRow->addWidget(m_note);
    noteRow->addWidget(m_templates);
    noteRow->addWidget(m_addNote);
    v->addLayout(noteRow);
    auto submitNote = [this] {
        const QString text = m_note->text().trimmed();
        if (text.isEmpty())
            return;
        emit noteRequested(text);
        m_note->clear();
    };
    connect(m_addNote, &QPushButton::clicked, this, submitNote);
    connect(m_note, &QLineEdit::returnPressed, this, submitNote);

    v->addWidget(new QLabel(tr("History"), m_body));
    m_history = new QListWidget(m_body);
    m_history->setAccessibleName(tr("History"));
    m_history->setWordWrap(true);
    v->addWidget(m_history, 1);

    setCovertClearance(false);
    setReport(std::nullopt);
}

std::optional<qint64> ReportDetailPanel::reportId() const
{
    return m_report ? std::optional<qint64>(m_report->id) : std::nullopt;
}

QPushButton *ReportDetailPanel::squadButton(Squad squad) const
{
    return m_squadButtons[std::size_t(squad)];
}

void ReportDetailPanel::setCovertClearance(bool cleared)
{
    m_cleared = cleared;
    // Without clearance the covert squad does not exist in this UI at all.
    squadButton(Squad::Covert)->setVisible(cleared);
}

void ReportDetailPanel::setReport(const std::optional<Report> &report)
{
    const bool sameReport = report && m_report && report->id == m_report->id;
    m_report = report;
    if (!sameReport)
        setViewers(0, {});
    m_empty->setVisible(!report);
    m_body->setVisible(bool(report));
    if (!report)
        return;
    const Report &r = *report;
    m_title->setText(tr("#%1 · %2").arg(r.id).arg(m_policy.displayName(r.label)));
    const QColor sq = squadColor(r.squad);
    m_state->setText(r.squad ? tr("%1 · %2").arg(statusName(r.status), squadName(*r.squad))
                             : statusName(r.status));
    m_state->setStyleSheet(chipStyle(sq, squadTextColor(r.squad)));

    const QString kec = m_areas.kecamatanName(r.kecamatan);
    const QString desa = m_areas.desaName(r.desa);
    QStringList place;
    if (!r.address.isEmpty())
        place << r.address;
    // Citizens' addresses often name the desa and kecamatan already; don't say it twice.
    if (!desa.isEmpty() && !r.address.contains(desa))
        place << tr("Desa %1").arg(desa);
    if (!kec.isEmpty() && !r.address.contains(kec))
        place << tr("Kec. %1").arg(kec);
    place << QStringLiteral("%1, %2").arg(r.lat, 0, 'f', 5).arg(r.lon, 0, 'f', 5);
    m_place->setText(place.join(QStringLiteral(" · ")));
    m_time->setText(formatWib(r.requestedAt));
    m_description->setText(r.description.isEmpty() ? tr("(no description)") : r.description);

    const Label *label = m_policy.find(r.label);
    const bool canAssign = !assignError(r.status).has_value();
    for (std::size_t i = 0; i < allSquads.size(); ++i) {
        QPushButton *b = m_squadButtons[i];
        b->setEnabled(canAssign);
        const bool suggested = label && label->defaultSquad == allSquads[i] && !r.squad;
        b->setProperty("suggested", suggested);
        b->style()->unpolish(b);
        b->style()->polish(b);
    }
    rebuildStatusButtons();

    m_history->clear();
    for (const HistoryEntry &h : r.history) {
        QString what;
        if (h.kind == QLatin1String("created"))
            what = tr("reported");
        else if (h.kind == QLatin1String("assign")) {
            const auto s = squadFromCode(h.squad);
            what = tr("assigned to %1").arg(s ? squadName(*s) : h.squad);
        } else if (h.kind == QLatin1String("status")) {
            const auto s = statusFromCode(h.status);
            what = tr("status → %1").arg(s ? statusName(*s) : h.status);
        } else if (h.kind == QLatin1String("note"))
            what = tr("note");
        else if (h.kind == QLatin1String("duplicate"))
            what = tr("marked as a duplicate of #%1").arg(h.text);
        else if (h.kind == QLatin1String("after_photo"))
            what = tr("after photo sent, status → %1").arg(statusName(Status::Selesai));
        else if (h.kind == QLatin1String("dispute"))
            what = tr("disputed the result, status → %1").arg(statusName(Status::DibukaKembali));
        else if (h.kind == QLatin1String("flag"))
            what = tr("flagged the closure as suspiciously fast");
        else
            what = h.kind;
        // The text of these kinds is data (an id, a photo's path, a flag's figures), shown above.
        const bool dataText = h.kind == QLatin1String("duplicate") ||
                              h.kind == QLatin1String("after_photo") ||
                              h.kind == QLatin1String("flag");
        QString line = tr("%1 — %2 %3").arg(formatWib(h.at), h.actor, what);
        if (!h.text.isEmpty() && !dataText)
            line += QStringLiteral(": ") + h.text;
        m_history->addItem(line);
    }
    m_history->scrollToBottom();
    refreshSla();
    updateNotice();

    const bool canTakeAfter =
        r.squad && (r.status == Status::Ditugaskan || r.status == Status::Dikerjakan ||
                    r.status == Status::Selesai);
    m_afterButton->setEnabled(canTakeAfter);
    m_afterButton->setVisible(canTakeAfter || r.status == Status::Selesai);
    if (!sameReport) {
        m_nearby->clear();
        m_markDuplicate->setEnabled(false);
        m_photoPath.clear();
        m_photo->setPixmap({});
        if (r.mediaUrl.isEmpty()) {
            m_photo->setText(tr("No photo"));
        } else {
            m_photo->setText(tr("Loading photo…"));
            emit photoWanted(r.id);
        }
    }
    QString afterPath;
    const bool hasAfter = hasAfterPhoto(r, &afterPath);
    m_afterBox->setVisible(hasAfter);
    // A new after photo (or the hub's copy of the one taken here) is loaded again.
    const QString afterKey =
        hasAfter ? (afterPath.isEmpty() ? QStringLiteral("pending") : afterPath) : QString();
    if (!sameReport || afterKey != m_afterPhoto->property("posko_key").toString()) {
        m_afterPhoto->setProperty("posko_key", afterKey);
        m_afterPath.clear();
        m_afterPhoto->setPixmap({});
        if (hasAfter) {
            m_afterPhoto->setText(tr("Loading photo…"));
            emit afterPhotoWanted(r.id);
        }
    }
}

void ReportDetailPanel::updateNotice()
{
    QStringList lines;
    const Report &r = *m_report;
    if (const qint64 original = duplicateOriginal(r))
        lines << tr("Duplicate of <a href=\"report:%1\">report #%1</a>.").arg(original);
    if (r.status == Status::DibukaKembali && !r.history.isEmpty() &&
        r.history.constLast().kind == QLatin1String("dispute"))
        lines << tr("Reopened: the citizen disputes the result (%1): %2")
                     .arg(formatWib(r.history.constLast().at),
                          r.history.constLast().text.toHtmlEscaped());
    if (const auto fast = currentFastClosure(r)) {
        const SlaClock clock = fast->workingTime ? SlaClock::Working : SlaClock::Wall;
        lines << tr("Flagged for the supervisor: finished %1 after the assignment; this label "
                    "expects at least %2.")
                     .arg(formatCountdown(fast->tookSeconds, clock),
                          formatCountdown(fast->thresholdSeconds, clock));
    }
    m_notice->setText(lines.join(QStringLiteral("<br>")));
    m_notice->setVisible(!lines.isEmpty());
}

void ReportDetailPanel::setNearby(qint64 reportId, const QVector<NearbyItem> &items)
{
    if (!m_report || m_report->id != reportId)
        return;
    const qint64 keep =
        m_nearby->currentItem() ? m_nearby->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_nearby->clear();
    for (const NearbyItem &n : items) {
        auto *item = new QListWidgetItem(n.text, m_nearby);
        item->setData(Qt::UserRole, n.id);
        if (n.likely) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (n.id == keep)
            m_nearby->setCurrentItem(item);
    }
    if (items.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing else reported nearby."), m_nearby);
        item->setFlags(Qt::NoItemFlags);
    }
    m_markDuplicate->setEnabled(m_nearby->currentItem() &&
                                !transitionError(m_report->status, Status::Duplikat));
}

bool ReportDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_photo || watched == m_afterPhoto) &&
        event->type() == QEvent::MouseButtonRelease) {
        emit photosOpenRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReportDetailPanel::rebuildStatusButtons()
{
    while (QLayoutItem *item = m_statusRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_report)
        return;
    const auto allowed = allowedTargets(m_report->status);
    int shown = 0;
    for (std::size_t i = 0; i < allStatuses.size(); ++i) {
        if (!allowed[i])
            continue;
        const Status target = allStatuses[i];
        // Assignment has its own buttons; "assigned" here would mean "send back to the squad".
        if (target == Status::Ditugaskan && m_report->status != Status::Dikerjakan)
            continue;
        // A duplicate is marked with its original, from the nearby reports below.
        if (target == Status::Duplikat)
            continue;
        auto *b = new QPushButton(statusName(target), m_statusRow->parentWidget());
        b->setObjectName(QStringLiteral("status_") + statusCode(target));
        if ((target == Status::Selesai || target == Status::Ditutup) && !hasAfterPhoto(*m_report)) {
            b->setEnabled(false);
            b->setToolTip(tr("Needs the squad's after photo first."));
        }
        connect(b, &QPushButton::clicked, this, [this, target] { requestStatus(target); });
        m_statusRow->addWidget(b);
        ++shown;
    }
    if (shown == 0)
        m_statusRow->addWidget(
            new QLabel(tr("No status change possible."), m_statusRow->parentWidget()));
    m_statusRow->addStretch();
}

QMenu *ReportDetailPanel::popupStatusMenu(const QPoint &globalPos)
{
    if (!m_report)
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("statusMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The panel's buttons hold the rules (allowed targets, the after photo): the menu mirrors
    // them, so the two cannot disagree.
    for (int i = 0; i < m_statusRow->count(); ++i) {
        auto *b = qobject_cast<QPushButton *>(m_statusRow->itemAt(i)->widget());
        if (!b)
            continue;
        QAction *a = menu->addAction(b->text());
        a->setEnabled(b->isEnabled());
        a->setToolTip(b->toolTip());
        connect(a, &QAction::triggered, b, &QPushButton::click);
    }
    if (menu->isEmpty())
        menu->addAction(tr("No status change possible."))->setEnabled(false);
    menu->popup(globalPos);
    return menu;
}

void ReportDetailPanel::requestStatus(Status target)
{
    QString reason;
    if (target == Status::Ditolak) {
        // The administrator's reasons to pick from; another one can still be typed.
        bool ok = false;
        const QStringList reasons = m_policy.rejectReasons();
        reason = reasons.isEmpty() ? QInputDialog::getText(this, tr("Reject report"),
                                                           tr("Why is this report rejected?"),
                                                           QLineEdit::Normal, {}, &ok)
                                   : QInputDialog::getItem(this, tr("Reject report"),
                                                           tr("Why is this report rejected?"),
                                                           reasons, 0, true, &ok);
        if (!ok || reason.trimmed().isEmpty())
            return;
        reason = reason.trimmed();
    }
    emit statusRequested(target, reason);
}

namespace {
bool showPhoto(QLabel *label, const QString &path)
{
    QPixmap pm(path);
    if (pm.isNull()) {
        label->setText(ReportDetailPanel::tr("The photo could not be read."));
        return false;
    }
    const int w = qMax(160, label->width());
    label->setPixmap(pm.scaled(w, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    return true;
}
} // namespace

void ReportDetailPanel::setPhoto(qint64 id, const QString &path)
{
    if (!m_report || m_report->id != id)
        return;
    if (showPhoto(m_photo, path))
        m_photoPath = path;
}

void ReportDetailPanel::setViewers(qint64 reportId, const QVector<PresenceViewer> &viewers)
{
    if (viewers.isEmpty() || !m_report || m_report->id != reportId) {
        m_presence->hide();
        m_presence->clear();
        m_presence->setToolTip({});
        m_presence->setAccessibleDescription({});
        return;
    }
    QStringList names;
    QStringList details;
    for (const PresenceViewer &v : viewers) {
        if (!names.contains(v.user))
            names << v.user;
        details << (v.since.isValid() ? tr("%1, open since %2").arg(v.user, formatWib(v.since))
                                      : v.user);
    }
    const QString text =
        tr("Also open at %n other workstation(s): %1", nullptr, int(viewers.size()))
            .arg(names.join(QStringLiteral(", ")));
    m_presence->setText(text);
    m_presence->setToolTip(details.join(QLatin1Char('\n')));
    m_presence->setAccessibleDescription(text);
    m_presence->show();
}

void ReportDetailPanel::setPhotoMessage(qint64 id, const QString &message)
{
    if (m_report && m_report->id == id)
        m_photo->setText(message);
}

void ReportDetailPanel::setAfterPhoto(qint64 id, const QString &path)
{
    if (!m_report || m_report->id != id)
        return;
    if (showPhoto(m_afterPhoto, path))
        m_afterPath = path;
}

void ReportDetailPanel::setAfterPhotoMessage(qint64 id, const QString &message)
{
    if (m_report && m_report->id == id)
        m_afterPhoto->setText(message);
}

void ReportDetailPanel::refreshSla()
{
    if (!m_report)
        return;
    const SlaStatus s = evaluateSla(*m_report, m_policy.find(m_report->label),
                                    m_policy.warningShare(), m_clock.now());
    if (s.state == SlaState::None) {
        m_sla->setText(tr("No SLA timer running"));
        m_sla->setStyleSheet({});
        return;
    }
    const QString kind = s.response ? tr("response") : tr("resolution");
    if (s.workingTime) // the countdown is working time (core/sla/sla.h)
        m_sla->setText(s.secondsLeft < 0
                           ? tr("%1 overdue by %2 of working time")
                                 .arg(kind, formatCountdown(-s.secondsLeft, SlaClock::Working))
                           : tr("%1 due in %2 of working time, at %3")
                                 .arg(kind, formatCountdown(s.secondsLeft, SlaClock::Working),
                                      formatWib(s.deadline)));
    else
        m_sla->setText(s.secondsLeft < 0
                           ? tr("%1 overdue by %2").arg(kind, formatCountdown(-s.secondsLeft))
                           : tr("%1 due in %2").arg(kind, formatCountdown(s.secondsLeft)));
    m_sla->setStyleSheet(chipStyle(slaColor(s.state), QColor(0x20, 0x20, 0x20)));
}

} // namespace posko::ui
