// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbtileswriter.h"

#include "core/tiles/tilesource.h"

#include <QEventLoop>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimer>
#include <QVariant>

namespace posko::test {

// Records a source's answers in arrival order; waits for them with the event loop.
struct TileAnswers
{
    struct Answer
    {
        TileKey key;
        bool ok = false;
        QByteArray data;
        QString reason;
        bool missing = false;
    };
    QList<Answer> all;
    TileSource *source;

    explicit TileAnswers(TileSource *s) : source(s)
    {
        QObject::connect(source, &TileSource::tileReady, source,
                         [this](const TileKey &k, const QByteArray &d) {
                             all.push_back({k, true, d, {}, false});
                         });
        QObject::connect(source, &TileSource::tileFailed, source,
                         [this](const TileKey &k, const QString &reason, bool missing) {
                             all.push_back({k, false, {}, reason, missing});
                         });
    }

    // Runs the event loop until `n` answers arrived in total or the timeout passed.
    bool waitFor(qsizetype n, int timeoutMs = 10000)
    {
        if (all.size() >= n)
            return true;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        // Connected after the recording slots, so these run after the answer is recorded.
        auto check = [&] {
            if (all.size() >= n)
                loop.quit();
        };
        QObject::connect(source, &TileSource::tileReady, &loop, check);
        QObject::connect(source, &TileSource::tileFailed, &loop, check);
        timer.start(timeoutMs);
        loop.exec();
        return all.size() >= n;
    }

    const Answer *find(const TileKey &key) const
    {
        for (const Answer &a : all)
            if (a.key == key)
                return &a;
        return nullptr;
    }
};

} // namespace posko::test
