// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tiles/tileworker.h"

#include <QObject>
#include <QThread>

namespace posko {

TileWorker::TileWorker(const QString &name, std::function<void()> finish)
    : m_thread(new QThread), m_context(new QObject), m_finish(std::move(finish))
{
    m_thread->setObjectName(name);
    m_context->moveToThread(m_thread);
    m_thread->start();
}

TileWorker::~TileWorker()
{
    // Queued after every job already posted: they all run, then the connections close on the
    // thread that opened them and the thread's event loop ends.
    QThread *thread = m_thread;
    std::function<void()> finish = std::move(m_finish);
    QMetaObject::invokeMethod(
        m_context,
        [thread, finish] {
            if (finish)
                finish();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_context; // its thread has ended: nothing runs on it any more
    delete m_thread;
}

void TileWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace posko
