// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QtGlobal>
#include <array>
#include <memory>

class QThread;

namespace posko::test {

// A loopback HTTP proxy between a workstation and the hub that misbehaves on purpose. Every
// request gets its own upstream connection (both sides are told "Connection: close") and one
// fault drawn at random with the given odds:
//   Refuse     the connection is accepted and dropped before any answer
//   Delay      forwarded after a random pause up to maxDelayMs
//   Reset      forwarded; the answer is cut off after a random part and the socket aborted
//   Truncate   forwarded; the headers promise the full body, a part is sent, then a clean close
//   Corrupt    forwarded; the JSON body is made unparseable (same length)
//   Error500   500 instead of the answer: half the time before forwarding, half the time AFTER
//              the hub applied the request (the nasty case idempotency keys exist for)
//   Error503   503 without forwarding
// setDown(true) closes the listening socket: connections are then refused by the system.
// The random source is seeded (seed()); tests print it so a failing run can be replayed (the
// same seed gives the same sequence of faults for the same sequence of requests).
// Runs in its own thread, so tests may block (e.g. waiting for a poskoctl process).
class FaultProxy final
{
public:
    enum Fault
    {
        None,
        Refuse,
        Delay,
        Reset,
        Truncate,
        Corrupt,
        Error500,
        Error503,
        FaultCount
    };
    struct Odds
    {
        // Probability of each fault per request (the rest are forwarded untouched).
        double refuse = 0, delay = 0, reset = 0, truncate = 0, corrupt = 0, error500 = 0,
               error503 = 0;
        int maxDelayMs = 200;
        static Odds everything(double total); // `total` spread evenly over the seven faults
    };

    FaultProxy(QUrl upstream, quint32 seed);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool start(); // listens on 127.0.0.1, a free port kept for the proxy's lifetime
    QUrl url() const { return m_url; }
    quint32 seed() const { return m_seed; }
    void setOdds(const Odds &odds); // any time, before or after start()
    void setDown(bool down);
    // A hub that has not answered a request within this long (default 15 s) is given up on:
    // the upstream socket is closed and the client dropped, so a hung hub leaks no sockets.
    void setUpstreamTimeout(int ms);
    // Requests per fault actually done (index Fault), since start: a fault drawn but not
    // applicable (truncating or corrupting an empty body) counts as None.
    std::array<int, FaultCount> counts() const;
    int requests() const;

    // The seed tests use: POSKO_FAULT_SEED if set, else a fresh random one.
    static quint32 seedFromEnvironment();
    // A positive integer from the environment (e.g. POSKO_FAULT_ROUNDS), else `fallback`.
    static int envInt(const char *name, int fallback);

private:
    class Worker;
    QUrl m_upstream;
    quint32 m_seed;
    QUrl m_url;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives in m_thread once started
};

} // namespace posko::test
