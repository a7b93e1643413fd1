// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/areas.h"

#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace posko {

namespace {
QVector<QStringList> parseCsv(const QByteArray &csv, int columns, const QString &what,
                              QString *error)
{
    QVector<QStringList> rows;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() != columns) {
            if (error)
                *error = QStringLiteral("%1 line %2: expected %3 columns, found %4")
                             .arg(what)
                             .arg(i + 1)
                             .arg(columns)
                             .arg(cells.size());
            return {};
        }
        rows.push_back(cells);
    }
    return rows;
}
} // namespace

std::optional<AreaCatalog> AreaCatalog::fromCsv(const QByteArray &kecCsv, const QByteArray &desaCsv,
                                                QString *error)
{
    static const QRegularExpression kecRe(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$"));
    static const QRegularExpression desaRe(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$"));
    QString err;
    AreaCatalog c;
    const auto kecRows = parseCsv(kecCsv, 2, QStringLiteral("kecamatan"), &err);
    if (!err.isEmpty() || kecRows.isEmpty()) {
        if (error)
            *error = err.isEmpty() ? QStringLiteral("kecamatan: no rows") : err;
        return std::nullopt;
    }
    for (const QStringList &r : kecRows) {
        if (!kecRe.match(r[0]).hasMatch() || r[1].isEmpty() || c.m_kecIndex.contains(r[0])) {
            if (error)
                *error = QStringLiteral("kecamatan: bad or duplicate row \"%1\"")
                             .arg(r.join(QLatin1Char(',')));
            return std::nullopt;
        }
        c.m_kecIndex.insert(r[0], c.m_kecamatan.size());
        c.m_kecamatan.push_back({r[0], r[1]});
    }
    const auto desaRows = parseCsv(desaCsv, 4, QStringLiteral("desa"), &err);
    if (!err.isEmpty() || desaRows.isEmpty()) {
        if (error)
            *error = err.isEmpty() ? QStringLiteral("desa: no rows") : err;
        return std::nullopt;
    }
    for (const QStringList &r : desaRows) {
        if (!desaRe.match(r[0]).hasMatch() || !c.m_kecIndex.contains(r[1]) ||
            !r[0].startsWith(r[1]) || r[3].isEmpty() || c.m_desaIndex.contains(r[0])) {
            if (error)
                *error = QStringLiteral("desa: bad or duplicate row \"%1\"")
                             .arg(r.join(QLatin1Char(',')));
            return std::nullopt;
        }
        c.m_desaIndex.insert(r[0], c.m_desa.size());
        c.m_desa.push_back({r[0], r[1], r[3]});
    }
    return c;
}

AreaCatalog AreaCatalog::builtIn()
{
    auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QString error;
    auto c = fromCsv(read(QStringLiteral(":/posko/data/trenggalek-kecamatan.csv")),
                     read(QStringLiteral(":/posko/data/trenggalek-desa.csv")), &error);
    if (!c) {
        std::fprintf(stderr, "posko: built-in area data is invalid: %s\n", qPrintable(error));
        std::abort();
    }
    return *c;
}

QVector<Desa> AreaCatalog::desaOf(const QString &kecamatanCode) const
{
    QVector<Desa> out;
    for (const Desa &d : m_desa)
        if (d.kecamatanCode == kecamatanCode)
            out.push_back(d);
    return out;
}

QString AreaCatalog::kecamatanName(const QString &code) const
{
    const auto it = m_kecIndex.constFind(code);
    return it == m_kecIndex.cend() ? QString() : m_kecamatan.at(*it).name;
}

QString AreaCatalog::desaName(const QString &code) const
{
    const auto it = m_desaIndex.constFind(code);
    return it == m_desaIndex.cend() ? QString() : m_desa.at(*it).name;
}

} // namespace posko
