// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/credentials.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace posko {

namespace {
QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), n / 4);
    for (int i = n - n % 4; i < n; ++i)
        out[i] = char(QRandomGenerator::system()->bounded(256));
    return out;
}

// Compares without an early exit, so timing does not tell how much of a hash matched.
bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

PasswordHash hashPassword(const QString &password, int iterations)
{
    PasswordHash h;
    h.salt = randomBytes(16);
    h.iterations = iterations;
    h.hash = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                h.salt, iterations, 32);
    return h;
}

bool verifyPassword(const QString &password, const PasswordHash &stored)
{
    if (stored.iterations <= 0 || stored.hash.isEmpty())
        return false;
    const QByteArray h =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                           stored.salt, stored.iterations, stored.hash.size());
    return constantTimeEqual(h, stored.hash);
}

QByteArray randomSecret(int bytes)
{
    return randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding |
                                       QByteArray::OmitTrailingEquals);
}

QByteArray secretDigest(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

} // namespace posko
