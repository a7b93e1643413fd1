// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace posko::demo {

// Realistic, varied Bahasa Indonesia texts for demo reports: templated per label, filled
// with place names and small details, so a demo table does not show the same line 1500 times.
QString description(const QString &label, const QString &desa, const QString &kecamatan,
                    QRandomGenerator &rng);
QString address(const QString &desa, const QString &kecamatan, QRandomGenerator &rng);
QString rejectReason(QRandomGenerator &rng);
QString workNote(const QString &label, QRandomGenerator &rng);
QString doneNote(QRandomGenerator &rng);
QString disputeReason(QRandomGenerator &rng);

} // namespace posko::demo
