// SPDX-License-Identifier: GPL-3.0-or-later
#include "powercutvfs.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <sqlite3.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace posko::test {

namespace {

constexpr qint64 kSector = 512; // the unit a write can tear at

// What one write or truncate changed: the range [offset, offset + length) and the bytes that
// were there before (only the part inside the old size; the rest did not exist).
struct Undo
{
    qint64 offset = 0;
    qint64 length = 0;
    QByteArray old;
    qint64 oldSize = 0;
    qint64 newSize = 0;
};

struct FileState
{
    std::vector<Undo> undo; // unsynced changes, oldest first
    // Created since the last settle() and its directory not synced since: the name itself
    // may not be on the platter.
    bool created = false;
    int open = 0; // handles open through the shim
};

// A handle of the shim; the real (unix) handle follows it in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    FileState *state;        // nullptr for files that are not tracked (temporary files)
    const std::string *name; // its key in Shim::files
    // As the unix VFS does for a WAL or journal opened with SQLITE_OPEN_CREATE: its first
    // successful sync also fsyncs the directory, which makes every name in it durable.
    bool dirSync;
};

struct Shim
{
    sqlite3_vfs vfs{};
    sqlite3_vfs *real = nullptr;
    std::mutex mutex;
    std::map<std::string, FileState> files; // by full path
    std::set<std::string> databases;        // main database paths seen
    int databaseOpens = 0;
    int openFiles = 0;
    qint64 ops = 0;
    qint64 cutAt = -1;
    quint32 cutSeed = 0;
    bool cut = false;
    PowerCutVfs::CutStats stats;
    QString error;

    // Called (locked) before a write, truncate, sync or delete; false when the power is off.
    bool beginOp()
    {
        if (cut)
            return false;
        ++ops;
        if (cutAt >= 0 && ops >= cutAt) {
            powerFails(cutSeed);
            return false;
        }
        return true;
    }

    void powerFails(quint32 seed);

    // Every name in the directory of `path` is durable now.
    void directorySynced(const std::string &path)
    {
        const std::string dir = path.substr(0, path.rfind('/') + 1);
        for (auto &[name, st] : files)
            if (name.compare(0, dir.size(), dir) == 0 && name.find('/', dir.size()) == npos)
                st.created = false;
    }
    static constexpr auto npos = std::string::npos;
};

Shim &shim()
{
    static Shim s;
    return s;
}

File *asFile(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

bool readWhole(const std::string &path, QByteArray &out)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return false;
    }
    out.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::pread(fd, out.data() + done, size_t(out.size() - done), done);
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    return done == out.size();
}

bool writeWhole(const std::string &path, const QByteArray &image)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = ::ftruncate(fd, image.size()) == 0;
    qsizetype done = 0;
    while (ok && done < image.size()) {
        const ssize_t n = ::pwrite(fd, image.constData() + done, size_t(image.size() - done), done);
        ok = n > 0;
        if (ok)
            done += n;
    }
    ::close(fd);
    return ok;
}

// The sectors a change touches.
std::pair<qint64, qint64> sectorRange(const Undo &u)
{
    if (u.length <= 0)
        return {0, -1};
    return {u.offset / kSector, (u.offset + u.length - 1) / kSector};
}

void Shim::powerFails(quint32 seed)
{
    cut = true;
    stats = {};
    std::mt19937 rng(seed);
    auto uniform = [&rng](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    // How much of the cache reached the platter before the lights went out, drawn per cut:
    // from nothing to everything (everything is what a killed process leaves).
    static constexpr double flushed[] = {0.0, 0.3, 0.5, 0.7, 0.9, 1.0};
    const double p = flushed[uniform(0, std::size(flushed) - 1)];
    std::bernoulli_distribution madeIt(p);
    for (auto &[path, st] : files) {
        const bool dirEntryLost = st.created && uniform(0, 1) == 1;
        if (st.undo.empty() && !dirEntryLost)
            continue;
        ++stats.files;
        if (dirEntryLost) {
            ++stats.filesLost;
            st.undo.clear();
            if (::unlink(path.c_str()) != 0 && errno != ENOENT)
                error = QStringLiteral("cannot remove %1").arg(QString::fromStdString(path));
            continue;
        }
        QByteArray image;
        if (!readWhole(path, image)) {
            error = QStringLiteral("cannot read %1").arg(QString::fromStdString(path));
            continue;
        }
        const std::vector<Undo> &undo = st.undo;
        const size_t n = undo.size();
        qint64 extent = image.size();
        for (const Undo &u : undo)
            extent = std::max({extent, u.offset + u.length, u.oldSize, u.newSize});
        image.resize(qsizetype(extent), '\0');

        // Per sector, the writes that touched it in order; the sector keeps a random prefix.
        std::map<qint64, int> touches;
        std::vector<std::vector<int>> rank(n);
        for (size_t i = 0; i < n; ++i) {
            const auto [first, last] = sectorRange(undo[i]);
            for (qint64 s = first; s <= last; ++s)
                rank[i].push_back(touches[s]++);
        }
        std::map<qint64, int> keep;
        for (const auto &[sector, count] : touches) {
            int k = 0; // the writes to this sector that made it, oldest first
            while (k < count && madeIt(rng))
                ++k;
            keep[sector] = k;
            if (k == count)
                ++stats.sectorsKept;
            else
                ++stats.sectorsUndone;
        }
        // Undo newest first, each change only in the sectors that did not keep it.
        for (size_t i = n; i-- > 0;) {
            const Undo &u = undo[i];
            const auto [first, last] = sectorRange(u);
            for (qint64 s = first; s <= last; ++s) {
                if (rank[i][size_t(s - first)] < keep[s])
                    continue;
                const qint64 from = std::max(u.offset, s * kSector);
                const qint64 to = std::min(u.offset + u.length, (s + 1) * kSector);
                for (qint64 x = from; x < to; ++x)
                    image[qsizetype(x)] =
                        x - u.offset < u.old.size() ? u.old[qsizetype(x - u.offset)] : '\0';
            }
        }
        // The size as after a random prefix of the changes (metadata stays in order).
        const size_t sizeStep = madeIt(rng) ? n : size_t(uniform(0, qint64(n)));
        const qint64 size = sizeStep == 0 ? undo.front().oldSize : undo[sizeStep - 1].newSize;
        image.resize(qsizetype(size));
        if (!writeWhole(path, image))
            error = QStringLiteral("cannot write %1").arg(QString::fromStdString(path));
        st.undo.clear();
    }
}

// --- io methods ---------------------------------------------------------------------------

int xClose(sqlite3_file *file)
{
    File *f = asFile(file);
    const int rc = f->real->pMethods->xClose(f->real);
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    --s.openFiles;
    if (f->state)
        --f->state->open;
    return rc;
}

int xRead(sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
    File *f = asFile(file);
    return f->real->pMethods->xRead(f->real, buf, amount, offset);
}

int xWrite(sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
    File *f = asFile(file);
    if (!f->state)
        return f->real->pMethods->xWrite(f->real, buf, amount, offset);
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (!s.beginOp())
        return SQLITE_IOERR_WRITE;
    sqlite3_int64 size = 0;
    if (const int rc = f->real->pMethods->xFileSize(f->real, &size); rc != SQLITE_OK)
        return rc;
    Undo u;
    u.offset = offset;
    u.length = amount;
    u.oldSize = size;
    u.newSize = std::max<qint64>(size, offset + amount);
    const qint64 existing = std::clamp<qint64>(size - offset, 0, amount);
    if (existing > 0) {
        u.old.resize(qsizetype(existing));
        if (const int rc = f->real->pMethods->xRead(f->real, u.old.data(), int(existing), offset);
            rc != SQLITE_OK)
            return rc;
    }
    // Remembered even when the write fails: it may have changed part of the range.
    f->state->undo.push_back(std::move(u));
    return f->real->pMethods->xWrite(f->real, buf, amount, offset);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 newSize)
{
    File *f = asFile(file);
    if (!f->state)
        return f->real->pMethods->xTruncate(f->real, newSize);
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (!s.beginOp())
        return SQLITE_IOERR_TRUNCATE;
    sqlite3_int64 size = 0;
    if (const int rc = f->real->pMethods->xFileSize(f->real, &size); rc != SQLITE_OK)
        return rc;
    Undo u;
    u.offset = std::min<qint64>(size, newSize);
    u.length = std::max<qint64>(size, newSize) - u.offset;
    u.oldSize = size;
    u.newSize = newSize;
    if (newSize < size) {
        u.old.resize(qsizetype(u.length));
        if (const int rc = f->real->pMethods->xRead(f->real, u.old.data(), int(u.length), newSize);
            rc != SQLITE_OK)
            return rc;
    }
    f->state->undo.push_back(std::move(u));
    return f->real->pMethods->xTruncate(f->real, newSize);
}

int xSync(sqlite3_file *file, int flags)
{
    File *f = asFile(file);
    if (!f->state)
        return f->real->pMethods->xSync(f->real, flags);
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (!s.beginOp())
        return SQLITE_IOERR_FSYNC;
    // The real fsync is not called: the shim is the disk, and the test never cuts the real
    // machine's power. That keeps the rounds as fast on a busy disk as on an idle one.
    Q_UNUSED(flags);
    f->state->undo.clear(); // fsync is per file, whichever handle asks
    if (f->dirSync) {
        f->dirSync = false;
        s.directorySynced(*f->name);
    }
    return SQLITE_OK;
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    File *f = asFile(file);
    return f->real->pMethods->xFileSize(f->real, size);
}

int xLock(sqlite3_file *file, int level)
{
    File *f = asFile(file);
    return f->real->pMethods->xLock(f->real, level);
}

int xUnlock(sqlite3_file *file, int level)
{
    File *f = asFile(file);
    return f->real->pMethods->xUnlock(f->real, level);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    File *f = asFile(file);
    return f->real->pMethods->xCheckReservedLock(f->real, out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    File *f = asFile(file);
    // A size hint may extend the file outside xWrite/xTruncate (with a chunk size, which Posko
    // does not set); after the cut nothing may reach the file.
    if (op == SQLITE_FCNTL_SIZE_HINT && f->state) {
        Shim &s = shim();
        std::lock_guard lock(s.mutex);
        if (s.cut)
            return SQLITE_OK;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    File *f = asFile(file);
    return f->real->pMethods->xSectorSize(f->real);
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    File *f = asFile(file);
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}

int xShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    File *f = asFile(file);
    return f->real->pMethods->xShmMap(f->real, page, pageSize, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    File *f = asFile(file);
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    File *f = asFile(file);
    f->real->pMethods->xShmBarrier(f->real);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    File *f = asFile(file);
    return f->real->pMethods->xShmUnmap(f->real, deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    File *f = asFile(file);
    return f->real->pMethods->xFetch(f->real, offset, amount, out);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *p)
{
    File *f = asFile(file);
    return f->real->pMethods->xUnfetch(f->real, offset, p);
}

const sqlite3_io_methods kMethods = {3,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     xFetch,
                                     xUnfetch};

// --- vfs methods --------------------------------------------------------------------------

constexpr int kTracked =
    SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL | SQLITE_OPEN_SUPER_JOURNAL;

int vOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    Shim &s = shim();
    File *f = asFile(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->real->pMethods = nullptr;
    f->state = nullptr;
    f->name = nullptr;
    f->dirSync = false;
    const bool tracked = name && (flags & kTracked);
    std::lock_guard lock(s.mutex);
    struct stat st = {};
    const bool existed = tracked && ::stat(name, &st) == 0;
    if (tracked && s.cut && !existed)
        return SQLITE_CANTOPEN; // a dead machine creates no files
    const int rc = s.real->xOpen(s.real, name, f->real, flags, outFlags);
    if (f->real->pMethods) {
        f->base.pMethods = &kMethods;
        ++s.openFiles;
        if (tracked) {
            const auto it = s.files.try_emplace(name).first;
            FileState &state = it->second;
            f->name = &it->first;
            f->dirSync =
                (flags & SQLITE_OPEN_CREATE) &&
                (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL | SQLITE_OPEN_SUPER_JOURNAL));
            if (!existed && rc == SQLITE_OK) {
                state.undo.clear();
                state.created = true;
            }
            ++state.open;
            f->state = &state;
            if ((flags & SQLITE_OPEN_MAIN_DB) && rc == SQLITE_OK) {
                ++s.databaseOpens;
                s.databases.insert(name);
            }
        }
    }
    return rc;
}

int vDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (!s.beginOp())
        return SQLITE_IOERR_DELETE;
    const int rc = s.real->xDelete(s.real, name, syncDir);
    // Taken as durable at once (see docs/architecture.md, Durability: not modelled).
    if (const auto it = s.files.find(name); it != s.files.end()) {
        if (it->second.open == 0)
            s.files.erase(it);
        else
            it->second.undo.clear();
    }
    return rc;
}

int vAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return shim().real->xAccess(shim().real, name, flags, out);
}

int vFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return shim().real->xFullPathname(shim().real, name, n, out);
}

void *vDlOpen(sqlite3_vfs *, const char *name)
{
    return shim().real->xDlOpen(shim().real, name);
}

void vDlError(sqlite3_vfs *, int n, char *out)
{
    shim().real->xDlError(shim().real, n, out);
}

void (*vDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return shim().real->xDlSym(shim().real, handle, symbol);
}

void vDlClose(sqlite3_vfs *, void *handle)
{
    shim().real->xDlClose(shim().real, handle);
}

int vRandomness(sqlite3_vfs *, int n, char *out)
{
    return shim().real->xRandomness(shim().real, n, out);
}

int vSleep(sqlite3_vfs *, int micros)
{
    return shim().real->xSleep(shim().real, micros);
}

int vCurrentTime(sqlite3_vfs *, double *out)
{
    return shim().real->xCurrentTime(shim().real, out);
}

int vGetLastError(sqlite3_vfs *, int n, char *out)
{
    return shim().real->xGetLastError(shim().real, n, out);
}

int vCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return shim().real->xCurrentTimeInt64(shim().real, out);
}

int vSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr p)
{
    return shim().real->xSetSystemCall(shim().real, name, p);
}

sqlite3_syscall_ptr vGetSystemCall(sqlite3_vfs *, const char *name)
{
    return shim().real->xGetSystemCall(shim().real, name);
}

const char *vNextSystemCall(sqlite3_vfs *, const char *name)
{
    return shim().real->xNextSystemCall(shim().real, name);
}

} // namespace

PowerCutVfs &PowerCutVfs::install()
{
    static PowerCutVfs instance;
    static const bool registered = [] {
        Shim &s = shim();
        s.real = sqlite3_vfs_find("unix");
        if (!s.real)
            return false;
        sqlite3_vfs &v = s.vfs;
        v.iVersion = 3;
        v.szOsFile = int(sizeof(File)) + s.real->szOsFile;
        v.mxPathname = s.real->mxPathname;
        v.zName = name();
        v.xOpen = vOpen;
        v.xDelete = vDelete;
        v.xAccess = vAccess;
        v.xFullPathname = vFullPathname;
        v.xDlOpen = vDlOpen;
        v.xDlError = vDlError;
        v.xDlSym = vDlSym;
        v.xDlClose = vDlClose;
        v.xRandomness = vRandomness;
        v.xSleep = vSleep;
        v.xCurrentTime = vCurrentTime;
        v.xGetLastError = vGetLastError;
        v.xCurrentTimeInt64 = vCurrentTimeInt64;
        v.xSetSystemCall = vSetSystemCall;
        v.xGetSystemCall = vGetSystemCall;
        v.xNextSystemCall = vNextSystemCall;
        return sqlite3_vfs_register(&v, 1) == SQLITE_OK;
    }();
    Q_UNUSED(registered);
    instance.setDefault(true);
    return instance;
}

void PowerCutVfs::setDefault(bool useShim)
{
    Shim &s = shim();
    if (s.real)
        sqlite3_vfs_register(useShim ? &s.vfs : s.real, 1);
}

int PowerCutVfs::databaseOpens() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.databaseOpens;
}

int PowerCutVfs::openFiles() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.openFiles;
}

qint64 PowerCutVfs::operations() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.ops;
}

void PowerCutVfs::settle()
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    for (auto &[path, st] : s.files) {
        st.undo.clear();
        st.created = false;
    }
}

void PowerCutVfs::armCut(qint64 ops, quint32 seed)
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    s.cutAt = s.ops + std::max<qint64>(ops, 1);
    s.cutSeed = seed;
}

void PowerCutVfs::cut(quint32 seed)
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (!s.cut)
        s.powerFails(seed);
}

bool PowerCutVfs::isCut() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.cut;
}

PowerCutVfs::CutStats PowerCutVfs::lastCut() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.stats;
}

QString PowerCutVfs::lastError() const
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    return s.error;
}

bool PowerCutVfs::reboot()
{
    Shim &s = shim();
    std::lock_guard lock(s.mutex);
    if (s.openFiles != 0) {
        s.error = QStringLiteral("%1 files are still open through the shim").arg(s.openFiles);
        return false;
    }
    for (const std::string &db : s.databases)
        ::unlink((db + "-shm").c_str());
    s.files.clear();
    s.databases.clear();
    s.databaseOpens = 0;
    s.ops = 0;
    s.cutAt = -1;
    s.cut = false;
    s.error.clear();
    return true;
}

} // namespace posko::test
