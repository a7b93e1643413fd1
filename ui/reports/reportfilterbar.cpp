// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportfilterbar.h"

#include "core/domain/squad.h"
#include "core/domain/status.h"
#include "core/geo/areas.h"
#include "core/sla/sla.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace posko::ui {

namespace {
constexpr qint64 wibOffsetSecs = 7 * 3600; // Trenggalek keeps WIB (UTC+7), no DST

QComboBox *combo(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    // Narrow enough for a 1366-pixel laptop screen; the open list shows the whole names.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(9);
    return c;
}
} // namespace

ReportFilterBar::ReportFilterBar(const AreaCatalog &areas, QWidget *parent)
    : QWidget(parent), m_areas(areas)
{
    // Two rows, so the table pane (and with it the window) stays narrow enough for a 1366-pixel
    // laptop screen beside the map and the report panel: what and who first, then where and
    // when.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    auto *second = new QHBoxLayout;
    rows->addLayout(second);
    // The drill-down's id set: a row of its own, only while there is one.
    auto *third = new QHBoxLayout;
    rows->addLayout(third);
    m_idsChip = new QToolButton(this);
    m_idsChip->setObjectName(QStringLiteral("drillDownChip"));
    m_idsChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_idsChip->setToolTip(tr("Remove this restriction: the table shows every report that passes "
                             "the other filters again."));
    m_idsChip->hide();
    third->addWidget(m_idsChip);
    third->addStretch(1);
    connect(m_idsChip, &QToolButton::clicked, this, [this] {
        m_ids.reset();
        m_idsCaption.clear();
        showIds();
        changed();
    });

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setAccessibleName(tr("Search reports"));
    m_text->setPlaceholderText(tr("Search description, address, notes…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(120); // it takes the free width; this is its least
    row->addWidget(m_text, 2);

    m_label = combo(QStringLiteral("filterLabel"), tr("Label filter"), this);
    // Label names can be long ("Public order / unlicensed trading"): the list shows them whole.
    m_label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_label->setMinimumContentsLength(11);
    m_label->addItem(tr("All labels"));
    row->addWidget(m_label);

    m_squad = combo(QStringLiteral("filterSquad"), tr("Squad filter"), this);
    m_squad->addItem(tr("All squads"), CatalogFilter::Any);
    m_squad->addItem(tr("Unassigned"), CatalogFilter::Unassigned);
    for (Squad s : allSquads)
        m_squad->addItem(squadName(s), int(s));
    row->addWidget(m_squad);

    m_status = combo(QStringLiteral("filterStatus"), tr("Status filter"), this);
    m_status->addItem(tr("All statuses"), CatalogFilter::Any);
    for (Status s : allStatuses)
        m_status->addItem(statusName(s), int(s));
    row->addWidget(m_status);
    QHBoxLayout *first = row;
    row = second;

    m_kecamatan = combo(QStringLiteral("filterKecamatan"), tr("Kecamatan filter"), this);
    m_kecamatan->addItem(tr("All kecamatan"));
    for (const Kecamatan &k : m_areas.kecamatan())
        m_kecamatan->addItem(k.name, k.code);
    row->addWidget(m_kecamatan);

    m_desa = combo(QStringLiteral("filterDesa"), tr("Desa filter"), this);
    row->addWidget(m_desa);
    fillDesa();

    m_sla = combo(QStringLiteral("filterSla"), tr("SLA filter"), this);
    m_sla->addItem(tr("Any SLA"), CatalogFilter::Any);
    m_sla->addItem(tr("Breached"), int(SlaState::Breached));
    m_sla->addItem(tr("Near breach"), int(SlaState::Warning));
    m_sla->addItem(tr("On time"), int(SlaState::Ok));
    m_sla->addItem(tr("No timer"), int(SlaState::None));
    row->addWidget(m_sla);

    m_dated = new QCheckBox(tr("Received"), this);
    m_dated->setObjectName(QStringLiteral("filterDated"));
    m_dated->setAccessibleName(tr("Filter by received date"));
    row->addWidget(m_dated);
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(wibOffsetSecs).date();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setAccessibleName(tr("Received from (WIB)"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setAccessibleName(tr("Received until (WIB)"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setEnabled(false);
        row->addWidget(d);
    }

    m_photo = new QCheckBox(tr("With photo"), this);
    m_photo->setObjectName(QStringLiteral("filterPhoto"));
    m_photo->setAccessibleName(tr("Only reports with a photo"));
    row->addWidget(m_photo);
    connect(m_photo, &QCheckBox::toggled, this, [this] { changed(); });

    m_saved = new QToolButton(this);
    m_saved->setObjectName(QStringLiteral("filterSaved"));
    m_saved->setText(tr("Saved filters"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setAutoRaise(true);
    m_saved->setMenu(new QMenu(m_saved));
    connect(m_saved->menu(), &QMenu::aboutToShow, this, &ReportFilterBar::fillSavedMenu);
    row->addStretch(1);
    // Saved filters and "clear" end the first row, which is the shorter one.
    first->addWidget(m_saved);

    auto *reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("filterClear"));
    reset->setText(tr("Clear filters"));
    reset->setAutoRaise(true);
    first->addWidget(reset);
    first->addStretch(1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ReportFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        changed();
    });
    for (QComboBox *c : {m_label, m_squad, m_status, m_desa, m_sla})
        connect(c, &QComboBox::currentIndexChanged, this, &ReportFilterBar::changed);
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, [this] {
        fillDesa();
        changed();
    });
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_dated->isChecked())
                changed();
        });
    connect(reset, &QToolButton::clicked, this, &ReportFilterBar::clear);
}

void ReportFilterBar::setPolicy(const LabelPolicy &policy)
{
    const QString current = m_label->currentData().toString();
    m_quiet = true;
    while (m_label->count() > 1)
        m_label->removeItem(1);
    for (const Label &l : policy.labels())
        m_label->addItem(policy.displayName(l.code), l.code);
    m_label->setCurrentIndex(std::max(0, m_label->findData(current)));
    m_quiet = false;
    if (m_label->currentData().toString() != current)
        changed();
}

void ReportFilterBar::setCovertVisible(bool visible)
{
    const int i = m_squad->findData(int(Squad::Covert));
    if (visible && i < 0)
        m_squad->addItem(squadName(Squad::Covert), int(Squad::Covert));
    else if (!visible && i >= 0)
        m_squad->removeItem(i); // the current item falls back and signals a change
}

void ReportFilterBar::fillDesa()
{
    const bool quiet = m_quiet;
    m_quiet = true;
    m_desa->clear();
    m_desa->addItem(tr("All desa"));
    const QString kec = m_kecamatan->currentData().toString();
    if (!kec.isEmpty())
        for (const Desa &d : m_areas.desaOf(kec))
            m_desa->addItem(d.name, d.code);
    m_desa->setEnabled(!kec.isEmpty());
    m_quiet = quiet;
}

CatalogFilter ReportFilterBar::filter() const
{
    CatalogFilter f;
    f.text = m_text->text().trimmed();
    f.label = m_label->currentData().toString();
    f.squad =
        m_squad->currentData().isValid() ? m_squad->currentData().toInt() : CatalogFilter::Any;
    f.status =
        m_status->currentData().isValid() ? m_status->currentData().toInt() : CatalogFilter::Any;
    f.kecamatan = m_kecamatan->currentData().toString();
    f.desa = m_desa->currentData().toString();
    f.sla = m_sla->currentData().isValid() ? m_sla->currentData().toInt() : CatalogFilter::Any;
    f.photoOnly = m_photo->isChecked();
    f.ids = m_ids;
    f.idsCaption = m_ids ? m_idsCaption : QString();
    if (m_dated->isChecked()) {
        // Whole days in WIB: from the first day's midnight to the midnight after the last.
        QDate from = m_from->date(), to = m_to->date();
        if (to < from)
            std::swap(from, to);
        f.receivedFrom = QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - wibOffsetSecs;
        f.receivedTo =
            QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - wibOffsetSecs;
    }
    return f;
}

void ReportFilterBar::clear()
{
    m_quiet = true;
    m_text->clear();
    m_debounce->stop();
    for (QComboBox *c : {m_label, m_squad, m_status, m_kecamatan, m_sla})
        c->setCurrentIndex(0);
    fillDesa();
    m_dated->setChecked(false);
    m_photo->setChecked(false);
    m_ids.reset();
    m_idsCaption.clear();
    showIds();
    m_quiet = false;
    changed();
}

void ReportFilterBar::showIds()
{
    if (!m_ids) {
        m_idsChip->hide();
        m_idsChip->setText(QString());
        m_idsChip->setAccessibleName(QString());
        return;
    }
    const QString what =
        tr("Only the %n report(s) behind: %1", nullptr, int(m_ids->size())).arg(m_idsCaption);
    m_idsChip->setText(what + QStringLiteral("  ✕"));
    m_idsChip->setAccessibleName(what);
    m_idsChip->setAccessibleDescription(tr("Press to remove this restriction."));
    m_idsChip->show();
}

namespace {
const QString savedKey = QStringLiteral("filters/saved");

QJsonObject filterToJson(const CatalogFilter &f)
{
    QJsonObject o;
    if (!f.text.isEmpty())
        o.insert(QStringLiteral("text"), f.text);
    if (!f.label.isEmpty())
        o.insert(QStringLiteral("label"), f.label);
    if (f.squad != CatalogFilter::Any)
        o.insert(QStringLiteral("squad"), f.squad);
    if (f.status != CatalogFilter::Any)
        o.insert(QStringLiteral("status"), f.status);
    if (!f.kecamatan.isEmpty())
        o.insert(QStringLiteral("kecamatan"), f.kecamatan);
    if (!f.desa.isEmpty())
        o.insert(QStringLiteral("desa"), f.desa);
    if (f.sla != CatalogFilter::Any)
        o.insert(QStringLiteral("sla"), f.sla);
    if (f.receivedFrom != std::numeric_limits<qint64>::min())
        o.insert(QStringLiteral("from"), QString::number(f.receivedFrom));
    if (f.receivedTo != std::numeric_limits<qint64>::max())
        o.insert(QStringLiteral("to"), QString::number(f.receivedTo));
    if (f.photoOnly)
        o.insert(QStringLiteral("photo"), true);
    return o;
}

CatalogFilter filterFromJson(const QJsonObject &o)
{
    CatalogFilter f;
    f.text = o.value(QStringLiteral("text")).toString();
    f.label = o.value(QStringLiteral("label")).toString();
    f.squad = o.value(QStringLiteral("squad")).toInt(CatalogFilter::Any);
    f.status = o.value(QStringLiteral("status")).toInt(CatalogFilter::Any);
    f.kecamatan = o.value(QStringLiteral("kecamatan")).toString();
    f.desa = o.value(QStringLiteral("desa")).toString();
    f.sla = o.value(QStringLiteral("sla")).toInt(CatalogFilter::Any);
    bool ok = false;
    if (const qint64 v = o.value(QStringLiteral("from")).toString().toLongLong(&ok); ok)
        f.receivedFrom = v;
    if (const qint64 v = o.value(QStringLiteral("to")).toString().toLongLong(&ok); ok)
        f.receivedTo = v;
    f.photoOnly = o.value(QStringLiteral("photo")).toBool();
    return f;
}

QJsonObject savedFilters()
{
    return QJsonDocument::fromJson(QSettings().value(savedKey).toByteArray()).object();
}

void storeSaved(const QJsonObject &all)
{
    QSettings().setValue(savedKey, QJsonDocument(all).toJson(QJsonDocument::Compact));
}

void selectData(QComboBox *c, const QVariant &value)
{
    const int i = c->findData(value);
    c->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

void ReportFilterBar::setFilter(const CatalogFilter &f)
{
    m_quiet = true;
    m_debounce->stop();
    m_text->setText(f.text);
    m_debounce->stop();
    if (f.label.isEmpty())
        m_label->setCurrentIndex(0);
    else
        selectData(m_label, f.label);
    selectData(m_squad, f.squad);
    selectData(m_status, f.status);
    if (f.kecamatan.isEmpty())
        m_kecamatan->setCurrentIndex(0);
    else
        selectData(m_kecamatan, f.kecamatan);
    fillDesa();
    if (!f.desa.isEmpty())
        selectData(m_desa, f.desa);
    selectData(m_sla, f.sla);
    const bool dated = f.receivedFrom != std::numeric_limits<qint64>::min() ||
                       f.receivedTo != std::numeric_limits<qint64>::max();
    m_dated->setChecked(dated);
    if (dated) {
        const auto day = [](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs + wibOffsetSecs, Qt::UTC).date();
        };
        if (f.receivedFrom != std::numeric_limits<qint64>::min())
            m_from->setDate(day(f.receivedFrom));
        if (f.receivedTo != std::numeric_limits<qint64>::max())
            m_to->setDate(day(f.receivedTo).addDays(-1)); // the day before the next midnight
    }
    m_photo->setChecked(f.photoOnly);
    m_ids = f.ids;
    m_idsCaption = f.ids ? f.idsCaption : QString();
    showIds();
    m_quiet = false;
    changed();
}

void ReportFilterBar::saveCurrent(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    QJsonObject all = savedFilters();
    all.insert(name.trimmed(), filterToJson(filter()));
    storeSaved(all);
}

QStringList ReportFilterBar::savedNames() const
{
    QStringList names = savedFilters().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ReportFilterBar::applySaved(const QString &name)
{
    const QJsonObject all = savedFilters();
    if (!all.contains(name))
        return false;
    setFilter(filterFromJson(all.value(name).toObject()));
    return true;
}

void ReportFilterBar::deleteSaved(const QString &name)
{
    QJsonObject all = savedFilters();
    all.remove(name);
    storeSaved(all);
}

void ReportFilterBar::fillSavedMenu()
{
    QMenu *m = m_saved->menu();
    m->clear();
    const QStringList names = savedNames();
    for (const QString &name : names)
        connect(m->addAction(name), &QAction::triggered, this, [this, name] { applySaved(name); });
    if (names.isEmpty())
        m->addAction(tr("No saved filters yet"))->setEnabled(false);
    m->addSeparator();
    connect(m->addAction(tr("Save the current filter…")), &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            saveCurrent(name);
    });
    if (!names.isEmpty()) {
        QMenu *del = m->addMenu(tr("Delete"));
        for (const QString &name : names)
            connect(del->addAction(name), &QAction::triggered, this,
                    [this, name] { deleteSaved(name); });
    }
}

void ReportFilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void ReportFilterBar::changed()
{
    if (!m_quiet)
        emit filterChanged(filter());
}

} // namespace posko::ui
