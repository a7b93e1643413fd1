// SPDX-License-Identifier: GPL-3.0-or-later
// poskoctl: the workstation core on the command line, for scripts and for operators without a
// display. Its options, output formats and exit codes are a contract (docs/poskoctl.md).
#include "core/domain/clock.h"
#include "core/geo/areas.h"
#include "core/i18n/translations.h"
#include "core/print/weeklyreport.h"
#include "core/stats/reportexport.h"
#include "core/stats/statsengine.h"
#include "core/stats/statsexport.h"
#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"
#include "core/sync/reportjson.h"
#include "core/sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

using namespace posko;

namespace {

// Scripts rely on these; never renumber.
enum Exit
{
    ExitOk = 0,
    ExitOther = 1,
    ExitUsage = 2,
    ExitNotFound = 3,
    ExitRefused = 4,
    ExitNetwork = 5,
    ExitAuth = 6,
};

void out(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message)
{
    const QByteArray utf8 = (QStringLiteral("poskoctl: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
    return code;
}

QString exitCodesText()
{
    return QCoreApplication::translate(
        "poskoctl", "Exit codes:\n"
                    "  0  ok\n"
                    "  1  other error (e.g. the data folder cannot be used)\n"
                    "  2  usage error (bad option or argument, unknown squad)\n"
                    "  3  not found (unknown report)\n"
                    "  4  refused by the lifecycle rules (locally, or by the hub during sync)\n"
                    "  5  hub unreachable or network error\n"
                    "  6  authentication failed");
}

QString csvField(const QString &s)
{
    // RFC 4180: quote fields holding a separator, a quote or a line break; double the quotes.
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

const QStringList listColumns{QStringLiteral("service_request_id"),
                              QStringLiteral("status"),
                              QStringLiteral("service_code"),
                              QStringLiteral("lat"),
                              QStringLiteral("long"),
                              QStringLiteral("description"),
                              QStringLiteral("requested_datetime"),
                              QStringLiteral("agency_responsible"),
                              QStringLiteral("state"),
                              QStringLiteral("squad")};

QJsonObject listObject(const Report &r)
{
    const QString squad = r.squad ? squadCode(*r.squad) : QString();
    return QJsonObject{
        {QStringLiteral("service_request_id"), QString::number(r.id)},
        {QStringLiteral("status"), open311Status(r.status)},
        {QStringLiteral("service_code"), r.label},
        {QStringLiteral("lat"), r.lat},
        {QStringLiteral("long"), r.lon},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("requested_datetime"), toIsoUtc(r.requestedAt)},
        {QStringLiteral("agency_responsible"), squad},
        {QStringLiteral("state"), statusCode(r.status)},
        {QStringLiteral("squad"), r.squad ? QJsonValue(squad) : QJsonValue()},
    };
}

int listReports(Replica &replica, const QString &format)
{
    const QVector<Report> reports = replica.reports();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Report &r : reports)
            array.append(listObject(r));
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QString text = listColumns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Report &r : reports) {
        const QJsonObject o = listObject(r);
        QStringList fields;
        for (const QString &c : listColumns) {
            const QJsonValue v = o.value(c);
            fields << csvField(v.isDouble() ? QString::number(v.toDouble(), 'g', 12)
                                            : v.toString());
        }
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    out(text);
    return ExitOk;
}

int assign(Replica &replica, const QString &reportArg, const QString &squadArg)
{
    bool ok = false;
    const qint64 id = reportArg.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(
            ExitUsage,
            QCoreApplication::translate(
                "poskoctl", "REPORT must be a report number (service_request_id), not \"%1\".")
                .arg(reportArg));
    const auto squad = squadFromCode(squadArg);
    if (!squad) {
        QStringList codes;
        for (Squad s : allSquads)
            codes << squadCode(s);
        return fail(ExitUsage,
                    QCoreApplication::translate("poskoctl", "Unknown squad \"%1\"; use one of: %2.")
                        .arg(squadArg, codes.join(QStringLiteral(", "))));
    }
    if (!replica.report(id))
        return fail(ExitNotFound,
                    QCoreApplication::translate("poskoctl",
                                                "Report %1 is not in the replica; run sync first.")
                        .arg(id));
    SystemClock clock;
    DispatchService dispatch(replica, clock);
    ReportAction action;
    action.type = ReportAction::Type::Assign;
    action.squad = *squad;
    if (auto refused = dispatch.act(id, action))
        return fail(ExitRefused, *refused);
    out(QCoreApplication::translate("poskoctl",
                                    "Report %1 assigned to %2; the next sync sends it to the hub.")
            .arg(id)
            .arg(squadName(*squad)) +
        QLatin1Char('\n'));
    return ExitOk;
}

// A WIB calendar date as YYYY-MM-DD, nothing else.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

// --min-reports when given: a whole number of `least` or more into `out`; the message or nullopt.
std::optional<QString> parseMinReports(const QCommandLineParser &parser, int least, int &out)
{
    if (!parser.isSet(QStringLiteral("min-reports")))
        return std::nullopt;
    const QString text = parser.value(QStringLiteral("min-reports"));
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < least || text.trimmed() != text)
        return QCoreApplication::translate(
                   "poskoctl", "--min-reports must be a whole number of %1 or more, not \"%2\".")
            .arg(least)
            .arg(text);
    out = n;
    return std::nullopt;
}

struct StatsArgs
{
    stats::Period period;
    stats::Grouping grouping = stats::Grouping::Squad;
    int minReports = stats::StatsEngine::defaultMinReports;
};

// Every argument of `stats` checked before the data folder is touched; the message or nullopt.
std::optional<QString> parseStatsArgs(const QCommandLineParser &parser, const QString &format,
                                      StatsArgs &out)
{
    const QString fromText = parser.value(QStringLiteral("from"));
    const QString toText = parser.value(QStringLiteral("to"));
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return QCoreApplication::translate("poskoctl",
                                           "stats needs --from and --to (dates as YYYY-MM-DD).");
    const auto from = parseDate(fromText);
    if (!from)
        return QCoreApplication::translate("poskoctl", "--from \"%1\" is not a date as YYYY-MM-DD.")
            .arg(fromText);
    const auto to = parseDate(toText);
    if (!to)
        return QCoreApplication::translate("poskoctl", "--to \"%1\" is not a date as YYYY-MM-DD.")
            .arg(toText);
    if (*to < *from)
        return QCoreApplication::translate("poskoctl", "--to %1 is before --from %2.")
            .arg(toText, fromText);
    out.period = stats::Period::fromWibDates(*from, *to);
    const QString by = parser.value(QStringLiteral("by"));
    const auto grouping = stats::groupingFromCode(by);
    if (!grouping)
        return QCoreApplication::translate(
                   "poskoctl", "Unknown grouping \"%1\"; use squad, kecamatan or label.")
            .arg(by);
    out.grouping = *grouping;
    if (const auto bad = parseMinReports(parser, 0, out.minReports))
        return bad;
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return QCoreApplication::translate("poskoctl", "Unknown format \"%1\"; use csv or json.")
            .arg(format);
    return std::nullopt;
}

int printStats(Replica &replica, const StatsArgs &args, const QString &format)
{
    const stats::StatsEngine engine(replica.databasePath(), replica.labelPolicy());
    QString error;
    const auto result = engine.compute(args.period, args.grouping, args.minReports, &error);
    if (!result)
        return fail(ExitOther,
                    QCoreApplication::translate("poskoctl", "Cannot compute the statistics: %1")
                        .arg(error));
    if (format == QLatin1String("json"))
        out(QString::fromUtf8(
            QJsonDocument(stats::resultToJson(*result)).toJson(QJsonDocument::Indented)));
    else
        out(QString::fromUtf8(stats::resultToCsv(*result)));
    return ExitOk;
}

struct WeeklyArgs
{
    QString out;
    QDate monday;
    int minReports = stats::StatsEngine::defaultMinReports;
};

// Every argument of `report weekly` checked before the data folder is touched.
std::optional<QString> parseWeeklyArgs(const QCommandLineParser &parser, WeeklyArgs &out)
{
    out.out = parser.value(QStringLiteral("out"));
    if (out.out.isEmpty())
        return QCoreApplication::translate("poskoctl", "report weekly needs --out FILE.pdf.");
    if (QFileInfo(out.out).isDir())
        return QCoreApplication::translate("poskoctl", "--out %1 is a folder, not a file.")
            .arg(out.out);
    if (parser.isSet(QStringLiteral("week"))) {
        const QString text = parser.value(QStringLiteral("week"));
        const auto monday = print::mondayOfIsoWeek(text);
        if (!monday)
            return QCoreApplication::translate(
                       "poskoctl", "--week \"%1\" is not an ISO week as YYYY-Www (e.g. 2026-W47).")
                .arg(text);
        out.monday = *monday;
    } else {
        out.monday = print::lastCompleteWeek(QDateTime::currentSecsSinceEpoch());
    }
    if (const auto bad = parseMinReports(parser, 1, out.minReports))
        return bad;
    return std::nullopt;
}

// The weekly evaluation, always in Bahasa Indonesia, written whole or not at all.
int writeWeekly(Replica &replica, const WeeklyArgs &args)
{
    const auto indonesian = loadTranslator(QStringLiteral("id"));
    print::WeeklyReportOptions options;
    options.monday = args.monday;
    options.minReports = args.minReports;
    options.generatedAt = QDateTime::currentSecsSinceEpoch();
    options.generatedBy = replica.user();
    QString error;
    const auto pdf =
        print::weeklyReportPdf(replica.databasePath(), replica.labelPolicy(),
                               AreaCatalog::builtIn(), options, indonesian.get(), &error);
    if (!pdf)
        return fail(
            ExitOther,
            QCoreApplication::translate("poskoctl", "Cannot make the report: %1").arg(error));
    QSaveFile file(args.out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return fail(ExitOther, QCoreApplication::translate("poskoctl", "Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(args.out), file.errorString()));
    return ExitOk;
}

int exitFor(SyncClient::Failure why)
{
    switch (why) {
    case SyncClient::Failure::Network:
    case SyncClient::Failure::Configuration: // TLS, redirects: no usable answer either
        return ExitNetwork;
    case SyncClient::Failure::Authentication:
        return ExitAuth;
    case SyncClient::Failure::None:
    case SyncClient::Failure::Protocol:
    case SyncClient::Failure::Storage:
        return ExitOther;
    }
    return ExitOther;
}

int sync(QCoreApplication &app, Replica &replica, const QUrl &hub, const QString &user,
         const QString &password)
{
    QNetworkAccessManager nam;
    SyncClient client(replica, &nam);
    // Items already failed before this run; any other failed item was refused in this run,
    // whatever its age (an older pending item can fail after a newer one did).
    const QSet<qint64> failedBefore = [&] {
        QSet<qint64> ids;
        for (const OutboxItem &item : replica.outbox())
            if (item.state == OutboxItem::State::Failed)
                ids.insert(item.id);
        return ids;
    }();
    int code = ExitOther;
    QObject::connect(&client, &SyncClient::loggedIn, &client, [&](const Session &s) {
        // Bound only after a successful log-in, so a mistyped user name does not claim the folder.
        if (!replica.setHubUrl(hub.adjusted(QUrl::StripTrailingSlash).toString()) ||
            !replica.setUser(user)) {
            app.exit(code = fail(ExitOther, QCoreApplication::translate(
                                                "poskoctl", "Cannot write to the replica.")));
            return;
        }
        client.setSession(s);
        client.syncNow();
    });
    // Progress of the pull on stderr (stdout keeps its one machine-read line): at most about
    // four lines a second, and always the one that reaches the hub's max_seq.
    QElapsedTimer sinceLine;
    QObject::connect(
        &client, &SyncClient::syncProgress, &client,
        [&](qint64 received, qint64 position, qint64 total, double rate) {
            if (sinceLine.isValid() && sinceLine.elapsed() < 250 && position < total)
                return;
            sinceLine.start();
            fail(ExitOk, QCoreApplication::translate(
                             "poskoctl", "synced %1 reports (feed at %2 of %3, %4%), %5 reports/s")
                             .arg(received)
                             .arg(position)
                             .arg(total)
                             .arg(total > 0 ? int(100 * position / total) : 100)
                             .arg(qRound64(rate)));
        });
    // Covert clearance withdrawn or hub reset: the replica starts again; say so on stderr.
    QObject::connect(&client, &SyncClient::replicaReset, &client,
                     [](const QString &message) { fail(ExitOk, message); });
    QObject::connect(&client, &SyncClient::loginFailed, &client, [&](const QString &message) {
        code = fail(exitFor(client.lastFailure()), message);
        app.exit(code);
    });
    QObject::connect(&client, &SyncClient::syncFailed, &client, [&](const QString &message) {
        code = fail(exitFor(client.lastFailure()), message);
        app.exit(code);
    });
    QObject::connect(
        &client, &SyncClient::syncFinished, &client, [&](int pushed, int received, int removed) {
            // Counts are for scripts: fixed English keys, not translated.
            out(QStringLiteral("pushed=%1 received=%2 removed=%3 pending=%4 failed=%5\n")
                    .arg(pushed)
                    .arg(received)
                    .arg(removed)
                    .arg(replica.pendingCount())
                    .arg(replica.failedCount()));
            code = ExitOk;
            // Actions the hub refused in this run: name each one and exit 4.
            for (const OutboxItem &item : replica.outbox())
                if (item.state == OutboxItem::State::Failed && !failedBefore.contains(item.id))
                    code =
                        fail(ExitRefused, QCoreApplication::translate("poskoctl", "Report %1: %2")
                                              .arg(item.reportId)
                                              .arg(item.error));
            app.exit(code);
        });
    client.login(hub, user, password);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poskoctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSKO_VERSION));
    installTranslations(app, {}); // the system locale: Bahasa Indonesia or English

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "poskoctl",
            "Posko workstation on the command line: sync with a hub, list and assign reports.\n\n"
            "Commands:\n"
            "  sync                  log in (password from stdin) and run one sync\n"
            "  reports list          print the replica (--format csv|json)\n"
            "  assign REPORT SQUAD   queue an assignment for the next sync\n"
            "                        (SQUAD: pink white orange blue yellow red covert)\n"
            "  stats                 squad performance figures of a period\n"
            "                        (--from, --to, --by, --min-reports, --format csv|json)\n"
            "  export                every report with its lifecycle times, as CSV\n"
            "  report weekly         the weekly evaluation as PDF, in Bahasa Indonesia\n"
            "                        (--out FILE.pdf, --week YYYY-Www: default the last\n"
            "                        whole week, --min-reports)\n\n") +
        exitCodesText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hubOpt(
        QStringLiteral("hub"),
        QCoreApplication::translate("poskoctl",
                                    "Hub address, e.g. http://127.0.0.1:8080 (remembered)."),
        QCoreApplication::translate("poskoctl", "URL"));
    const QCommandLineOption userOpt(
        QStringLiteral("user"),
        QCoreApplication::translate("poskoctl", "User name on the hub (remembered)."),
        QCoreApplication::translate("poskoctl", "USER"));
    const QCommandLineOption passwordOpt(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("poskoctl", "Read the password from the first line of stdin."));
    const QCommandLineOption dataOpt(
        QStringLiteral("data"),
        QCoreApplication::translate("poskoctl",
                                    "Workstation data folder (replica and photo cache)."),
        QCoreApplication::translate("poskoctl", "DIR"));
    const QCommandLineOption formatOpt(
        QStringLiteral("format"),
        QCoreApplication::translate("poskoctl", "Output format: csv or json."),
        QCoreApplication::translate("poskoctl", "FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption fromOpt(
        QStringLiteral("from"),
        QCoreApplication::translate("poskoctl", "stats: first day of the period (WIB)."),
        QCoreApplication::translate("poskoctl", "YYYY-MM-DD"));
    const QCommandLineOption toOpt(
        QStringLiteral("to"),
        QCoreApplication::translate("poskoctl", "stats: last day of the period (WIB, included)."),
        QCoreApplication::translate("poskoctl", "YYYY-MM-DD"));
    const QCommandLineOption byOpt(
        QStringLiteral("by"),
        QCoreApplication::translate("poskoctl", "stats: squad, kecamatan or label."),
        QCoreApplication::translate("poskoctl", "GROUPING"), QStringLiteral("squad"));
    const QCommandLineOption minReportsOpt(
        QStringLiteral("min-reports"),
        QCoreApplication::translate(
            "poskoctl", "stats: units with fewer reports received are not ranked (default 10)."),
        QCoreApplication::translate("poskoctl", "N"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"),
        QCoreApplication::translate("poskoctl", "report: the PDF file to write."),
        QCoreApplication::translate("poskoctl", "FILE"));
    const QCommandLineOption weekOpt(
        QStringLiteral("week"),
        QCoreApplication::translate(
            "poskoctl",
            "report weekly: the ISO week, e.g. 2026-W47 (default: the last whole week)."),
        QCoreApplication::translate("poskoctl", "YYYY-Www"));
    parser.addOptions({hubOpt, userOpt, passwordOpt, dataOpt, formatOpt, fromOpt, toOpt, byOpt,
                       minReportsOpt, outOpt, weekOpt});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "poskoctl",
            "sync | reports list | assign REPORT SQUAD | stats | export | report weekly"));

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const bool isSync = command == QLatin1String("sync") && args.size() == 1;
    const bool isList = command == QLatin1String("reports") && args.size() == 2 &&
                        args.at(1) == QLatin1String("list");
    const bool isAssign = command == QLatin1String("assign") && args.size() == 3;
    const bool isStats = command == QLatin1String("stats") && args.size() == 1;
    const bool isExport = command == QLatin1String("export") && args.size() == 1;
    const bool isWeekly = command == QLatin1String("report") && args.size() == 2 &&
                          args.at(1) == QLatin1String("weekly");
    if (!isSync && !isList && !isAssign && !isStats && !isExport && !isWeekly)
        return fail(ExitUsage, args.isEmpty()
                                   ? QCoreApplication::translate(
                                         "poskoctl", "No command given; see poskoctl --help.")
                                   : QCoreApplication::translate(
                                         "poskoctl", "Unknown command \"%1\"; see poskoctl --help.")
                                         .arg(args.join(QLatin1Char(' '))));
    const QString format = parser.value(formatOpt);
    if (isList && format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(ExitUsage, QCoreApplication::translate(
                                   "poskoctl", "Unknown format \"%1\"; use csv or json.")
                                   .arg(format));
    if (isExport && format != QLatin1String("csv"))
        return fail(ExitUsage, QCoreApplication::translate(
                                   "poskoctl", "export writes csv; \"%1\" is not offered.")
                                   .arg(format));
    WeeklyArgs weeklyArgs;
    if (isWeekly)
        if (const auto bad = parseWeeklyArgs(parser, weeklyArgs))
            return fail(ExitUsage, *bad);
    StatsArgs statsArgs;
    if (isStats)
        if (const auto bad = parseStatsArgs(parser, format, statsArgs))
            return fail(ExitUsage, *bad);

    QString hubText = parser.value(hubOpt);
    QUrl hub;
    if (!hubText.isEmpty()) {
        hub = QUrl(hubText, QUrl::StrictMode);
        if (!hub.isValid() || hub.host().isEmpty() ||
            (hub.scheme() != QLatin1String("http") && hub.scheme() != QLatin1String("https")))
            return fail(ExitUsage, QCoreApplication::translate(
                                       "poskoctl", "\"%1\" is not an http(s) hub address.")
                                       .arg(hubText));
    }
    QString password;
    if (isSync) {
        if (!parser.isSet(passwordOpt))
            return fail(ExitUsage,
                        QCoreApplication::translate(
                            "poskoctl",
                            "sync needs --password-stdin (the password is never an argument)."));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(ExitOther, QCoreApplication::translate("poskoctl", "Cannot read stdin."));
        password = QString::fromUtf8(in.readLine());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (password.isEmpty())
            return fail(ExitUsage,
                        QCoreApplication::translate("poskoctl", "No password on stdin."));
    }

    const QString dataDir =
        parser.isSet(dataOpt)
            ? parser.value(dataOpt)
            : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                  QStringLiteral("/posko/poskoctl");
    QString error;
    // Figures come from a replica a sync filled; an empty folder is not made into one.
    if ((isStats || isExport || isWeekly) &&
        !QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("replica.sqlite"))))
        return fail(ExitOther,
                    QCoreApplication::translate("poskoctl", "No replica in %1; run sync first.")
                        .arg(QDir::toNativeSeparators(dataDir)));
    const auto replica = Replica::open(dataDir, &error);
    if (!replica)
        return fail(ExitOther, error);

    if (isList)
        return listReports(*replica, format);
    if (isAssign)
        return assign(*replica, args.at(1), args.at(2));
    if (isStats)
        return printStats(*replica, statsArgs, format);
    if (isWeekly)
        return writeWeekly(*replica, weeklyArgs);
    if (isExport) {
        // Every report this user's replica holds, with its lifecycle timestamps.
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(ExitOther, QCoreApplication::translate("poskoctl", "Cannot write stdout."));
        if (!stats::writeReportsCsv(replica->databasePath(), stdoutFile, std::nullopt, &error))
            return fail(ExitOther, error);
        return ExitOk;
    }

    // sync: options win, the data folder remembers; a replica never mixes users or hubs,
    // because it may hold reports (covert ones) that another user must not see.
    const QString knownHub = replica->hubUrl();
    const QString knownUser = replica->user();
    if (hub.isEmpty() && !knownHub.isEmpty())
        hub = QUrl(knownHub);
    QString user = parser.value(userOpt);
    if (user.isEmpty())
        user = knownUser;
    if (hub.isEmpty() || user.isEmpty())
        return fail(ExitUsage, QCoreApplication::translate(
                                   "poskoctl", "sync needs --hub and --user the first time."));
    const QString hubKey = hub.adjusted(QUrl::StripTrailingSlash).toString();
    if ((!knownHub.isEmpty() && knownHub != hubKey) || (!knownUser.isEmpty() && knownUser != user))
        return fail(ExitUsage,
                    QCoreApplication::translate(
                        "poskoctl",
                        "The data folder %1 belongs to %2 on %3; use another --data for %4 on %5.")
                        .arg(QDir::toNativeSeparators(dataDir), knownUser, knownHub, user, hubKey));
    return sync(app, *replica, hub, user, password);
}
