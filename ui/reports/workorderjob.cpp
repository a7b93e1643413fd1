// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/workorderjob.h"

#include "core/domain/clock.h"
#include "core/geo/areas.h"
#include "core/i18n/translations.h"
#include "core/print/documentlanguage.h"
#include "core/print/pdfwriter.h"
#include "core/print/workorder.h"
#include "core/storage/replica.h"
#include "core/sync/syncclient.h"
#include "ui/common/palette.h"
#include "ui/map/mapview.h"
#include "ui/map/tilelayer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QTimer>
#include <QTranslator>

namespace posko::ui {

namespace {
const QString timedOut = QStringLiteral("timeout");
}

WorkOrderJob::WorkOrderJob(Replica &replica, SyncClient &sync, MapView &map, const Clock &clock,
                           QVector<qint64> ids, QString path, QObject *parent)
    : QObject(parent), m_replica(replica), m_sync(sync), m_map(map), m_clock(clock),
      m_ids(std::move(ids)), m_path(std::move(path))
{
}

WorkOrderJob::~WorkOrderJob() = default;

void WorkOrderJob::start()
{
    if (m_ids.isEmpty() || m_ids.size() > maxReports) {
        m_done = true;
        emit finished(false, 0,
                      tr("A work order holds 1 to %1 reports; %2 are chosen.")
                          .arg(maxReports)
                          .arg(m_ids.size()));
        deleteLater();
        return;
    }
    connect(&m_sync, &SyncClient::photoReady, this, &WorkOrderJob::photoArrived);
    connect(&m_sync, &SyncClient::photoFailed, this, &WorkOrderJob::photoMissing);
    for (qint64 id : std::as_const(m_ids)) {
        const auto report = m_replica.report(id);
        if (report && !report->mediaUrl.isEmpty())
            m_waiting.insert(id);
    }
    if (m_waiting.isEmpty()) {
        QTimer::singleShot(0, this, &WorkOrderJob::write);
        return;
    }
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        for (qint64 id : std::as_const(m_waiting))
            m_photoErrors.insert(id, timedOut);
        m_waiting.clear();
        write();
    });
    m_timeout->start(photoTimeoutMs);
    const QSet<qint64> wanted = m_waiting;
    for (qint64 id : wanted)
        m_sync.fetchPhoto(id); // from the cache at once when it is there
}

void WorkOrderJob::photoArrived(qint64 id, const QString &path)
{
    if (!m_waiting.remove(id))
        return;
    m_photoFiles.insert(id, path);
    if (m_waiting.isEmpty())
        write();
}

void WorkOrderJob::photoMissing(qint64 id, const QString &message)
{
    if (!m_waiting.remove(id))
        return;
    m_photoErrors.insert(id, message);
    if (m_waiting.isEmpty())
        write();
}

namespace {

// The photo as a JPEG the PDF can embed: the cached file itself when it is one, else re-encoded.
QByteArray printableJpeg(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return {};
    }
    const QByteArray bytes = f.readAll();
    if (print::jpegInfo(bytes))
        return bytes;
    QImage image;
    if (!image.loadFromData(bytes)) {
        *why = QStringLiteral("not an image");
        return {};
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 88);
    return out;
}

} // namespace

void WorkOrderJob::write()
{
    if (m_done)
        return;
    m_done = true;
    if (m_timeout)
        m_timeout->stop();
    // The page is printed in Bahasa Indonesia whatever the screen speaks, its notes too.
    const auto indonesian = loadTranslator(QStringLiteral("id"));
    const print::DocumentLanguage lang(indonesian.get());
    QVector<print::WorkOrderItem> items;
    for (qint64 id : std::as_const(m_ids)) {
        auto report = m_replica.report(id);
        if (!report)
            continue; // gone since it was chosen (removed from this user's view)
        print::WorkOrderItem item;
        item.report = std::move(*report);
        if (item.report.mediaUrl.isEmpty()) {
            item.photoMissing = lang.translate("posko::print", "The citizen sent no photo.");
        } else if (const auto file = m_photoFiles.find(id); file != m_photoFiles.end()) {
            QString why;
            item.photo = printableJpeg(*file, &why);
            if (item.photo.isEmpty())
                item.photoMissing =
                    lang.translate("posko::print", "The photo file cannot be read.");
        } else if (m_photoErrors.value(id) == timedOut) {
            item.photoMissing = lang.translate(
                "posko::print", "The photo did not arrive in time (is the hub offline?).");
        } else {
            item.photoMissing =
                lang.translate("posko::print", "The photo could not be fetched from the hub.");
        }
        // With a tile source, a street-level excerpt; on the built-in base map alone (land and
        // sea, no streets), the wider area with its coast. The pin in the squad's colour.
        const double zoom = m_map.tiles()->source() ? 16 : 13;
        const QImage map = m_map.renderExcerpt({item.report.lon, item.report.lat}, zoom,
                                               QSize(760, 600), squadColor(item.report.squad));
        QBuffer buffer(&item.map);
        buffer.open(QIODevice::WriteOnly);
        map.save(&buffer, "JPEG", 85);
        items.push_back(std::move(item));
    }
    if (items.isEmpty()) {
        emit finished(false, 0, tr("None of the chosen reports is in the replica any more."));
        deleteLater();
        return;
    }
    print::WorkOrderOptions options;
    options.printedAt = m_clock.now().toSecsSinceEpoch();
    options.printedBy = m_sync.session().user;
    const QByteArray pdf = print::workOrderPdf(items, m_replica.labelPolicy(),
                                               AreaCatalog::builtIn(), options, indonesian.get());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
        emit finished(
            false, 0,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), out.errorString()));
    } else {
        emit finished(true, int(items.size()), QString());
    }
    deleteLater();
}

} // namespace posko::ui
