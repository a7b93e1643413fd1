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
#include <QLineEdit>
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
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}
} // namespace

ReportFilterBar::ReportFilterBar(const AreaCatalog &areas, QWidget *parent)
    : QWidget(parent), m_areas(areas)
{
    // Two rows, so the table pane (and with it the window) stays narrow enough for a 1920-pixel
    // screen beside the map and the report panel: what and who first, then where and when.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    auto *second = new QHBoxLayout;
    rows->addLayout(second);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setAccessibleName(tr("Search reports"));
    m_text->setPlaceholderText(tr("Search description, address, notes…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(200);
    row->addWidget(m_text, 2);

    m_label = combo(QStringLiteral("filterLabel"), tr("Label filter"), this);
    // Label names can be long ("Public order / unlicensed trading"): the list shows them whole.
    m_label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_label->setMinimumContentsLength(16);
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
    row->addStretch(1);
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

    auto *reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("filterClear"));
    reset->setText(tr("Clear filters"));
    reset->setAutoRaise(true);
    row->addWidget(reset);
    row->addStretch(1);

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
    m_quiet = false;
    changed();
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
