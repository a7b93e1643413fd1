// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

namespace posko::test {

// Records every request a client creates (and lets it go ahead), so a test can prove what was
// and was not fetched.
class RecordingNam final : public QNetworkAccessManager
{
public:
    QList<QUrl> requested;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        requested << request.url();
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

} // namespace posko::test
