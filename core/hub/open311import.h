// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"
#include "core/domain/labelpolicy.h"
#include "core/hub/hubdatabase.h"
#include "core/hub/placefinder.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace posko {

// One Open311 GeoReport v2 server the hub imports from (docs/import.md).
struct ImportSource
{
    enum class UpdatedAfter
    {
        Auto, // probe: a future updated_after that answers an empty list means it is honoured
        Yes,
        No
    };
    QString name; // key stored with every imported report: (name, service_request_id)
    QUrl url;     // the requests.json endpoint, or the base it is appended to
    QString apiKey;
    QString jurisdictionId;
    int intervalSeconds = 900;
    QHash<QString, QString> services; // upstream service_code -> Posko label code
    QString fallbackLabel;            // for unmapped codes; empty: refuse those records
    UpdatedAfter updatedAfter = UpdatedAfter::Auto;
    int pageSize = 100;    // 0: never send page/page_size
    int windowDays = 30;   // date windows when updated_after is not honoured
    int sinceDays = 90;    // how far back the first import reaches
    int lookbackDays = 30; // windows re-walked on every poll (status changes of older records)
    QString assumeOffset;  // "+07:00" for datetimes without offset; empty: refuse them
    int timeoutSeconds = 30;
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxPages = 200; // per list (one updated_after run or one date window)

    QUrl endpoint() const;
};

struct ImportConfig
{
    QVector<ImportSource> sources;
};

// Parses and validates an import configuration; every problem is listed with its JSON path.
// Label codes must exist in `policy`.
std::optional<ImportConfig> parseImportConfig(const QByteArray &json, const LabelPolicy &policy,
                                              QStringList *errors);
// The settings used for `--import-open311 URL` when no configured source has that URL.
ImportSource defaultImportSource(const QUrl &url);

// An ISO 8601 date-time with Z, ±hh:mm, ±hhmm or ±hh, with or without seconds and fractions,
// to UTC. Without an offset `assumeOffset` (e.g. "+07:00") is used when given, otherwise the
// result is invalid (never guessed).
QDateTime parseOpen311DateTime(const QString &text, const QString &assumeOffset = {});

struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int refused = 0;
    int requests = 0;
    QStringList problems;     // "URL: what was wrong", one per problem (at most 50)
    int moreProblems = 0;     // problems beyond those listed
    bool fetchFailed = false; // a list could not be fetched or read; the cursor did not move
};

// Imports the service requests of one source into the hub database: paging, updated_after or
// date windows, upsert by (source, service_request_id). Asynchronous: run() returns at once and
// finished() follows; the hub keeps serving meanwhile (the database work of one page runs
// between two requests on the caller's thread).
class Open311Importer final : public QObject
{
    Q_OBJECT

public:
    Open311Importer(HubDatabase &db, LabelPolicy policy, const Clock &clock,
                    QObject *parent = nullptr);
    ~Open311Importer() override;

    bool isRunning(const QString &sourceName) const;
    void run(const ImportSource &source);

signals:
    void finished(const QString &sourceName, const posko::ImportSummary &summary);

private:
    struct Run;
    void startList(Run &run);
    void fetchPage(Run &run);
    void onReply(const QString &name, QNetworkReply *reply);
    void onPage(Run &run, const QVector<QJsonObject> &records, const QString &url);
    void storeChunk(const QString &name);
    void nextWindow(Run &run);
    void afterProbe(Run &run, bool honoured);
    void finish(const QString &name);
    void fail(Run &run, const QString &url, const QString &reason);
    void holdForRefused(Run &run, const QJsonObject &record);

    HubDatabase &m_db;
    LabelPolicy m_policy;
    const Clock &m_clock;
    AreaCatalog m_areas;
    PlaceFinder m_places;
    QNetworkAccessManager *m_nam;
    QHash<QString, std::shared_ptr<Run>> m_runs;
    QHash<QString, bool> m_updatedAfterProbed; // source -> honoured
};

// Polls every configured source on its interval (a QTimer per source) and reports each run
// through `log` (one line per problem and a summary).
class ImportScheduler final : public QObject
{
    Q_OBJECT

public:
    using Log = std::function<void(const QString &)>;
    ImportScheduler(Open311Importer &importer, ImportConfig config, Log log,
                    QObject *parent = nullptr);
    void start(); // first poll of each source at once, then every interval

private:
    Open311Importer &m_importer;
    ImportConfig m_config;
    Log m_log;
};

// "import problem: URL: what was wrong" per listed problem, and a count of the rest (translated).
QStringList importProblemLines(const ImportSummary &summary);
// "import URL: 3 new, 1 updated, 10 unchanged, 2 refused, 4 requests" (translated).
QString importSummaryLine(const QUrl &url, const ImportSummary &summary);

} // namespace posko
