// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A power cut for SQLite, in-process: a VFS shim over the default "unix" VFS that models a disk
// with a volatile write cache (the idea of SQLite's own crash tests; written from scratch).
//
// - Every write and truncate reaches the real file at once, so SQLite reads its own writes, but
//   the shim remembers what each one overwrote (offset, old bytes, old size) per file path.
// - xSync on any handle of a file makes that file's writes since its last sync durable (fsync
//   is per inode): their undo records are forgotten. The real fsync is skipped (the shim is
//   the disk; the test never cuts the real power), so the rounds do not wait for the disk.
// - cut(): the power fails. Every unsynced change is undone, except a seeded random choice per
//   512-byte sector: each sector touched since the last sync ends up as it was after any prefix
//   of the writes that touched it (none of them, some, or all), independently of its
//   neighbours (torn and reordered writes). The file size ends up as it was after a random
//   prefix of the size changes. How much of the cache was flushed is drawn per cut (from
//   nothing to everything). Bytes outside the written ranges never change (SQLite's default
//   powersafe-overwrite assumption, which the unix VFS reports). A file created since the last
//   settle() whose directory was not synced since may lose its name (seeded): like the unix
//   VFS, the first sync of a WAL or journal opened with SQLITE_OPEN_CREATE syncs the directory,
//   which makes every name in it durable. Deletes are taken as durable at once.
//   From then on every write, truncate, sync and delete through the shim fails with an I/O
//   error and has no effect, and no new file can be created: a dead machine runs no more code,
//   and an error (rather than a silent success) stops SQLite from building on writes that
//   never happened, so nothing after the cut can be taken for saved.
// - The -shm files (wal-index) go through unchanged: they are shared memory that SQLite
//   rebuilds from the WAL when the first connection opens after a reboot. reboot() deletes
//   them, the same as a machine that lost its page cache (a stale -shm is detected and
//   rebuilt too; a missing one is the simple case of that).
//
// Only one instance exists (SQLite keeps the VFS by pointer). Thread-safe.
#include <QString>
#include <QtGlobal>

namespace posko::test {

class PowerCutVfs final
{
public:
    // Registers the shim (once) and makes it SQLite's default VFS, so every connection opened
    // afterwards without a VFS name (Qt's QSQLITE driver, sqlite3_open_v2(..., nullptr))
    // goes through it.
    static PowerCutVfs &install();
    // Makes the plain "unix" VFS the default again (the reboot's fresh connections), or the
    // shim (`true`).
    void setDefault(bool shim);
    static const char *name() { return "posko-powercut"; }

    // Main database files opened through the shim since the last reboot() or resetCounters().
    int databaseOpens() const;
    // Files open through the shim now.
    int openFiles() const;
    // Writes, truncates, syncs and deletes of database, WAL and journal files through the shim.
    qint64 operations() const;

    // The machine ran long enough for its cache to drain: everything written so far is
    // durable (the baseline before a round's operator actions).
    void settle();
    // The power fails right before the `ops`-th operation from now (1 = the next one).
    void armCut(qint64 ops, quint32 seed);
    // The power fails now.
    void cut(quint32 seed);
    bool isCut() const;

    struct CutStats
    {
        int files = 0;         // files with unsynced changes at the cut
        int sectorsUndone = 0; // sectors rolled back to an older state
        int sectorsKept = 0;   // sectors whose latest unsynced write made it anyway
        int filesLost = 0;     // unsynced new files whose directory entry was lost
    };
    CutStats lastCut() const;
    QString lastError() const; // of cut() or reboot(); empty when fine

    // Power back on: requires every file opened through the shim to be closed (the dead
    // process is gone); deletes the -shm files of the databases it saw, forgets all state and
    // lets writes through again. False (and lastError()) when files are still open.
    bool reboot();

private:
    PowerCutVfs() = default;
};

} // namespace posko::test
