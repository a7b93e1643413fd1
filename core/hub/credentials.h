// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace posko {

// Salted slow password hashes and random secrets. The hub stores only hashes: a copied
// database gives neither passwords nor usable session tokens or API keys.
struct PasswordHash
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0; // stored with the hash so the cost can be raised without breaking logins
};

// PBKDF2-HMAC-SHA256. The default cost is tuned to take roughly 50-100 ms on a small server:
// cheap for one login, expensive for an offline guesser.
inline constexpr int defaultPasswordIterations = 60000;

PasswordHash hashPassword(const QString &password, int iterations = defaultPasswordIterations);
bool verifyPassword(const QString &password, const PasswordHash &stored);

// A random secret, URL-safe base64 without padding, from the system's CSPRNG.
QByteArray randomSecret(int bytes = 32);
// How tokens and API keys are stored and looked up.
QByteArray secretDigest(const QByteArray &secret);

} // namespace posko
