// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace posko {

// Kabupaten Trenggalek's kecamatan and desa (codes from the official regulation, ODbL; see
// resources/data/ATTRIBUTION.md). Loaded from the CSV files shipped as Qt resources.
struct Kecamatan
{
    QString code; // 35.03.11
    QString name; // Trenggalek
};

struct Desa
{
    QString code;          // 35.03.11.2001
    QString kecamatanCode; // 35.03.11
    QString name;
};

class AreaCatalog final
{
public:
    // Parses the two CSV files (header line first). Returns nullopt and sets `error` on any
    // malformed line, duplicate code, or desa whose kecamatan is unknown.
    static std::optional<AreaCatalog> fromCsv(const QByteArray &kecamatanCsv,
                                              const QByteArray &desaCsv, QString *error);
    static AreaCatalog builtIn();

    const QVector<Kecamatan> &kecamatan() const { return m_kecamatan; }
    const QVector<Desa> &desa() const { return m_desa; }
    QVector<Desa> desaOf(const QString &kecamatanCode) const;
    QString kecamatanName(const QString &code) const; // empty when unknown
    QString desaName(const QString &code) const;

private:
    QVector<Kecamatan> m_kecamatan;
    QVector<Desa> m_desa;
    QHash<QString, qsizetype> m_kecIndex;
    QHash<QString, qsizetype> m_desaIndex;
};

} // namespace posko
