// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QObject;
class QThread;

namespace posko {

// A tile source's SQLite thread: jobs posted here run one after another, in order, on a thread
// of their own, so the thread that owns the source (the GUI thread) never waits for the disk.
// Jobs answer by posting back to the source (QMetaObject::invokeMethod with the source as the
// context, queued). The destructor runs the remaining jobs, then `finish` (which closes the
// worker's database connections, on the worker thread that opened them), and joins the thread.
class TileWorker final
{
public:
    explicit TileWorker(const QString &name, std::function<void()> finish = {});
    ~TileWorker();
    TileWorker(const TileWorker &) = delete;
    TileWorker &operator=(const TileWorker &) = delete;

    void post(std::function<void()> job);
    QThread *thread() const { return m_thread; }

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; jobs are queued calls on it
    std::function<void()> m_finish;
};

} // namespace posko
