// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

class QTimer;

namespace posko {
class Clock;
class Replica;
class SyncClient;
} // namespace posko

namespace posko::ui {

class MapView;

// Makes the printable work order of some reports (issue 6) as a PDF file: each report from the
// replica (so only what this user may see), its citizen's photo from the photo cache or the hub
// (SyncClient::fetchPhoto; a photo that does not come within photoTimeoutMs is printed as
// missing, so an offline workstation still prints), and a map excerpt drawn by the map view.
// The pages are written by core/print in Bahasa Indonesia, the squads' language. Deletes itself
// after finished().
class WorkOrderJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkOrderJob)

public:
    static constexpr int maxReports = 100;
    static constexpr int photoTimeoutMs = 15000;

    WorkOrderJob(Replica &replica, SyncClient &sync, MapView &map, const Clock &clock,
                 QVector<qint64> ids, QString path, QObject *parent = nullptr);
    ~WorkOrderJob() override;

    void start();

signals:
    // ok: `pages` reports written to the file; otherwise `message` says why nothing was written.
    void finished(bool ok, int pages, const QString &message);

private:
    void photoArrived(qint64 id, const QString &path);
    void photoMissing(qint64 id, const QString &message);
    void write();

    Replica &m_replica;
    SyncClient &m_sync;
    MapView &m_map;
    const Clock &m_clock;
    QVector<qint64> m_ids;
    QString m_path;
    QSet<qint64> m_waiting;
    QHash<qint64, QString> m_photoFiles;
    QHash<qint64, QString> m_photoErrors;
    QTimer *m_timeout = nullptr;
    bool m_done = false;
};

} // namespace posko::ui
