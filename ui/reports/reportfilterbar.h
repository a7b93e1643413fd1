// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/storage/reportcatalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace posko {
class AreaCatalog;
}

namespace posko::ui {

// The filters above the report table: label, squad, status, kecamatan and desa, received date
// range (days in WIB), SLA state and a text search over description, address and notes.
// Choices apply at once; typing in the search field waits for a short pause (debounce).
// A set of report ids from a drill-down (CatalogFilter::ids) shows as a chip of its own
// (objectName drillDownChip) that says what the set is; pressing it removes the set, and so do
// clear() and a saved filter (saved filters never keep a set).
class ReportFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportFilterBar)

public:
    static constexpr int debounceMs = 250;

    ReportFilterBar(const AreaCatalog &areas, QWidget *parent = nullptr);

    void setPolicy(const LabelPolicy &policy); // the label choices
    void setCovertVisible(bool visible);       // the covert squad as a choice
    CatalogFilter filter() const;
    void clear();
    void focusSearch(); // the text field, its text selected (Ctrl+F)
    // Shows `filter` in the fields and its id set in the chip (its queue sets are not the bar's
    // and are left out).
    void setFilter(const CatalogFilter &filter);
    // Named filters kept in the settings, offered in the "Saved filters" menu.
    void saveCurrent(const QString &name);
    QStringList savedNames() const;
    bool applySaved(const QString &name);
    void deleteSaved(const QString &name);

signals:
    void filterChanged(const posko::CatalogFilter &filter);

private:
    void fillDesa();
    void fillSavedMenu();
    void changed();
    void showIds(); // the chip, after m_ids changed

    const AreaCatalog &m_areas;
    QComboBox *m_label = nullptr;
    QComboBox *m_squad = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kecamatan = nullptr;
    QComboBox *m_desa = nullptr;
    QCheckBox *m_dated = nullptr;
    QCheckBox *m_photo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_sla = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer *m_debounce = nullptr;
    QToolButton *m_saved = nullptr;
    QToolButton *m_idsChip = nullptr;
    std::optional<QVector<qint64>> m_ids; // CatalogFilter::ids while the chip shows
    QString m_idsCaption;
    bool m_quiet = false; // while the bar itself changes several fields
};

} // namespace posko::ui
