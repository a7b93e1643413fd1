// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>
#include <memory>

namespace posko::test {

// A fake Open311 GeoReport v2 server (GET requests.json only) on a loopback port, run on its own
// thread so it also answers while the test blocks on a posko-hub child process. It serves the
// records the test gives it and filters them the way a real server would (updated_after,
// start_date/end_date, page/page_size), each feature switchable off to act like servers that
// ignore a parameter; or it answers with a fault the test chooses. Every request is recorded.
class FakeOpen311 final
{
public:
    struct Record
    {
        QJsonObject json;    // as served
        QDateTime requested; // what the server filters start_date/end_date by
        QDateTime updated;   // what it filters updated_after by
    };
    struct Options
    {
        bool paging = true;        // honours page/page_size
        bool updatedAfter = true;  // honours updated_after
        bool dates = true;         // honours start_date/end_date
        int maxPageSize = 1000;    // caps page_size
        QString wrap;              // empty: a bare list; else {"<wrap>": [...]}
        bool pageSizeOnly = false; // with paging: cuts to page_size but ignores page
        bool wholeDays = false;    // start_date/end_date compared as UTC+7 calendar dates
        bool ascending = false;    // sorted by update time, oldest first (else newest request)
        QString innerWrap{};       // with wrap: {"<wrap>": {"<innerWrap>": [...]}}
    };
    enum class Fault
    {
        None,
        NotJson,      // 200 with an HTML page
        WrongShape,   // 200 with {"status": "ok"}
        ServerError,  // 500
        Truncated,    // Content-Length longer than the body, then the connection closes
        Hang,         // never answers
        Huge,         // a 200 body of 64 KiB of valid JSON
        Unauthorized, // 401
        RedirectAway  // 302 to the same port under another host name (localhost)
    };

    FakeOpen311();
    ~FakeOpen311();
    FakeOpen311(const FakeOpen311 &) = delete;
    FakeOpen311 &operator=(const FakeOpen311 &) = delete;

    bool listening() const { return m_port != 0; }
    QUrl url() const; // http://127.0.0.1:PORT/open311/v2 (the base; requests.json below it)

    void setRecords(const QVector<Record> &records);
    void setOptions(const Options &options);
    void setFault(Fault fault);
    QList<QUrlQuery> requests() const; // the query of every request so far
    void clearRequests();

    struct State; // shared with the server thread, guarded by its mutex

private:
    std::shared_ptr<State> m_state;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};

} // namespace posko::test
