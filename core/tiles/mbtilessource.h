// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tiles/tilesource.h"
#include "core/tiles/tileworker.h"

#include <QList>
#include <functional>
#include <memory>

namespace posko {

// An MBTiles file (an offline pack: SQLite with `metadata(name, value)` and
// `tiles(zoom_level, tile_column, tile_row, tile_data)`) as a tile source, read-only. MBTiles
// stores rows in TMS order (row 0 at the south); keys stay XYZ outside and are flipped here:
// tile_row = 2^z - 1 - y. Answers come queued like every source's: the requests of one
// event-loop turn are read in one pass on the source's own SQLite thread (started at the first
// request, with its own read-only connection), so the owner thread never waits for the disk.
// read() stays synchronous on the owner thread's connection, for the hub's tile service.
class MbTilesSource final : public TileSource
{
    Q_OBJECT

public:
    struct Opened
    {
        std::unique_ptr<MbTilesSource> source;
        QString error;
    };
    // A missing file, a file that is not SQLite or lacks the MBTiles tables: no source, an error.
    static Opened open(const QString &path, QObject *parent = nullptr);
    ~MbTilesSource() override;

    // metadata `name` (the file's base name without one), `attribution`, `minzoom`, `maxzoom`
    // (the tiles' range without them) and `format` (png when absent).
    QString name() const override { return m_name; }
    QString attribution() const override { return m_attribution; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString format() const { return m_format; }
    QByteArray contentType() const; // from format: image/png, image/jpeg, image/webp, …
    QString path() const { return m_path; }

    void request(const TileKey &key) override;
    void retainOnly(const QList<TileKey> &wanted) override;

    // A synchronous read on the owner thread, for the hub's tile service.
    enum class Lookup
    {
        Found,
        Missing,
        Error
    };
    Lookup read(const TileKey &key, QByteArray *data, QString *error = nullptr) const;

    // For tests: runs on the SQLite thread before each batch of reads for request().
    void setSqlProbe(std::function<void()> probe);

private:
    explicit MbTilesSource(QObject *parent) : TileSource(parent) {}
    void serveQueued();
    TileWorker &worker();

    QString m_path;
    QString m_connection;
    QString m_name;
    QString m_attribution;
    QString m_format = QStringLiteral("png");
    int m_minZoom = 0;
    int m_maxZoom = 19;
    QList<TileKey> m_queue;
    bool m_scheduled = false;
    struct WorkerState;
    std::shared_ptr<WorkerState> m_state; // touched only on the worker thread
    std::unique_ptr<TileWorker> m_worker; // declared last: joined first
};

} // namespace posko
