// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/clusterindex.h"
#include "ui/reports/reporttablemodel.h"

#include <QItemSelectionModel>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <optional>
#include <utility>
#include <vector>

namespace posko::ui {

// Keeps a ClusterIndex in step with the report table's model and mirrors the table's selection
// as a set of report ids. Incremental: inserted, removed and changed rows update only their
// points; a reset rebuilds in bulk. The SLA column's once-a-second refresh covers every row, so
// wide SLA refreshes are coalesced and applied in slices instead of on each tick.
// Invariant: the index holds exactly the model's reports (ids, positions, squads), SLA states at
// most one refresh interval old.
class ReportLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportLayer)

public:
    explicit ReportLayer(QObject *parent = nullptr);

    void setModel(ReportTableModel *model);
    ReportTableModel *model() const { return m_model; }
    void setSelectionModel(QItemSelectionModel *selection);
    QItemSelectionModel *selectionModel() const { return m_selection; }

    const ClusterIndex &index() const { return m_index; }
    bool isBuilding() const { return m_building; } // a large index is built on a pool thread
    const QSet<qint64> &selectedIds() const { return m_selected; }

    // Selects the rows of `ids` in the shared selection model (replacing the selection); the
    // first id becomes the current row. Ids not in the model are ignored.
    void selectIds(const QVector<qint64> &ids);

    // Bounds (world coordinates) of every report, of the selection, of one kecamatan's reports.
    std::optional<WorldRect> boundsOfAll() const;
    std::optional<WorldRect> boundsOfSelection() const;
    std::optional<WorldRect> boundsOfKecamatan(const QString &code) const;

    static ClusterPoint pointOf(const ReportTableModel &model, int row);

signals:
    void changed();          // the index changed: repaint
    void selectionChanged(); // selectedIds() changed: repaint

private:
    void rebuild();
    void updateRows(int first, int last);
    void scheduleSlaRefresh();
    void refreshSlaSlice();
    void readSelection();

    QPointer<ReportTableModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    ClusterIndex m_index;
    QSet<qint64> m_selected;
    QTimer m_slaTimer;
    int m_slaNextRow = -1; // next row of the running SLA refresh, -1 when idle
    // A rebuild of a large set runs on a pool thread; row changes meanwhile wait in m_pending
    // (remove?, point) and are replayed on the new index.
    quint64 m_build = 0;
    bool m_building = false;
    bool m_rebuildAgain = false; // a large rebuild was asked for while one ran
    std::vector<std::pair<bool, ClusterPoint>> m_pending;
    QList<QMetaObject::Connection> m_modelConnections;
    QMetaObject::Connection m_selectionConnection;
    QList<QMetaObject::Connection> m_viewConnections; // the selection's model, when a proxy
};

} // namespace posko::ui
