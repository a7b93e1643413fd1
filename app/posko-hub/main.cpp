// SPDX-License-Identifier: GPL-3.0-or-later
// posko-hub: the composition root of the hub (docs/api.md "Command line"). Builds the
// database, policy, clock and server and hands them to each other; no logic of its own.
#include "core/domain/clock.h"
#include "core/domain/labelpolicy.h"
#include "core/hub/demoseeder.h"
#include "core/hub/hubdatabase.h"
#include "core/hub/hubserver.h"
#include "core/hub/open311import.h"
#include "core/hub/requestguard.h"
#include "core/hub/tileroutes.h"

#include "core/i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

enum Exit
{
    Ok = 0,
    RuntimeError = 1,
    UsageError = 2,
    SomeRefused = 3 // --import-open311: imported, but some records were refused
};

// Context for this file's messages, declared so lupdate and the runtime agree on it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PoskoHub)
};

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("posko-hub: ") + message + QLatin1Char('\n')), stderr);
    return code;
}

void err(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

std::optional<posko::LabelPolicy> loadPolicy(const QString &path, int *exitCode)
{
    QByteArray policyJson = posko::LabelPolicy::builtInJson();
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *exitCode = fail(
                RuntimeError,
                Tr::tr("cannot read the policy file %1: %2").arg(f.fileName(), f.errorString()));
            return std::nullopt;
        }
        policyJson = f.readAll();
    }
    auto loaded = posko::LabelPolicy::fromJson(policyJson);
    if (!loaded.policy)
        *exitCode = fail(RuntimeError, Tr::tr("the policy file is invalid:\n  %1")
                                           .arg(loaded.errors.join(QStringLiteral("\n  "))));
    return loaded.policy;
}

// A bad import configuration is a usage error: the hub does not start with it.
std::optional<posko::ImportConfig> loadImportConfig(const QString &path,
                                                    const posko::LabelPolicy &policy, int *exitCode)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *exitCode =
            fail(UsageError,
                 Tr::tr("cannot read the import configuration %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    QStringList errors;
    auto config = posko::parseImportConfig(f.readAll(), policy, &errors);
    if (!config)
        *exitCode = fail(UsageError, Tr::tr("the import configuration %1 is invalid:\n  %2")
                                         .arg(path, errors.join(QStringLiteral("\n  "))));
    return config;
}

// posko-hub --database FILE --import-open311 URL: one import, then exit. 0 when every list was
// fetched and every record imported, 1 when a list could not be fetched or read (what was
// imported before stays), 3 when some records were refused (each reported).
int importOpen311(const QString &dbPath, const QString &urlText, const QString &configPath,
                  const QString &policyPath)
{
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")))
        return fail(UsageError, Tr::tr("--import-open311 must be an http or https URL"));
    int exitCode = Ok;
    const auto policy = loadPolicy(policyPath, &exitCode);
    if (!policy)
        return exitCode;
    posko::ImportSource source = posko::defaultImportSource(url);
    if (!configPath.isEmpty()) {
        const auto config = loadImportConfig(configPath, *policy, &exitCode);
        if (!config)
            return exitCode;
        bool listed = false;
        for (const posko::ImportSource &s : config->sources)
            if (s.endpoint() == source.endpoint()) {
                source = s;
                listed = true;
            }
        if (!listed)
            err(QStringLiteral("posko-hub: ") +
                Tr::tr("%1 is not a source in %2; importing with the default settings")
                    .arg(url.toString(QUrl::RemoveUserInfo), configPath));
    }
    posko::HubDatabase db;
    QString error;
    if (!db.open(dbPath, &error))
        return fail(RuntimeError, Tr::tr("cannot open the database %1: %2").arg(dbPath, error));
    posko::SystemClock clock;
    posko::Open311Importer importer(db, *policy, clock);
    posko::ImportSummary summary;
    QObject::connect(&importer, &posko::Open311Importer::finished, &importer,
                     [&summary](const QString &, const posko::ImportSummary &s) {
                         summary = s;
                         QCoreApplication::quit();
                     });
    importer.run(source);
    QCoreApplication::exec();
    for (const QString &p : posko::importProblemLines(summary))
        err(QStringLiteral("posko-hub: ") + p);
    out(QStringLiteral("posko-hub: ") + posko::importSummaryLine(source.endpoint(), summary));
    if (summary.fetchFailed)
        return RuntimeError;
    return summary.refused > 0 ? SomeRefused : Ok;
}

// SIGTERM/SIGINT reach the event loop through a socket pair: the handler only writes a byte
// (async-signal-safe); the notifier then quits the loop, so the database closes cleanly.
int signalFd[2] = {-1, -1};
void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(signalFd[0], &b, 1);
}

void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char b;
        [[maybe_unused]] const auto n = ::read(signalFd[1], &b, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

int userAdd(posko::HubDatabase &db, const QStringList &args, const QString &role, bool clearance)
{
    if (args.size() != 3)
        return fail(
            UsageError,
            Tr::tr(
                "usage: posko-hub --database FILE user add NAME --role ROLE [--covert-clearance]"));
    const QString name = args.at(2).trimmed();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!valid.match(name).hasMatch())
        return fail(UsageError, Tr::tr("user names are 1-64 letters, digits, '.', '_' or '-'"));
    if (role != QStringLiteral("operator") && role != QStringLiteral("supervisor") &&
        role != QStringLiteral("admin"))
        return fail(UsageError, Tr::tr("--role must be operator, supervisor or admin"));
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty())
        return fail(UsageError, Tr::tr("the password (one line on stdin) must not be empty"));
    if (db.findUser(name))
        return fail(RuntimeError, Tr::tr("user \"%1\" already exists").arg(name));
    if (!db.addUser(name, role, clearance, posko::hashPassword(password)))
        return fail(RuntimeError, Tr::tr("cannot add the user: %1").arg(db.lastError()));
    out(Tr::tr("posko-hub: user %1 added (%2%3)")
            .arg(name, role, clearance ? Tr::tr(", covert clearance") : QString()));
    return Ok;
}

int apiKeyAdd(posko::HubDatabase &db, const QStringList &args)
{
    if (args.size() != 3 || args.at(2).trimmed().isEmpty())
        return fail(UsageError, Tr::tr("usage: posko-hub --database FILE apikey add NAME"));
    const QByteArray key = posko::randomSecret(24);
    if (!db.addApiKey(args.at(2).trimmed(), posko::secretDigest(key)))
        return fail(RuntimeError, Tr::tr("cannot add the API key: %1").arg(db.lastError()));
    out(Tr::tr("posko-hub: API key for %1 (shown once, store it now):").arg(args.at(2).trimmed()));
    out(QString::fromLatin1(key));
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("posko-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSKO_VERSION));
    posko::installTranslations(app, {}); // the administrator's locale: id or en

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Posko hub: Open311 intake and the operator API for Posko workstations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"),
        Tr::tr("Address to serve on, e.g. 127.0.0.1:8080 (port 0: any free port)."),
        Tr::tr("HOST:PORT"));
    const QCommandLineOption dbOpt(
        QStringLiteral("database"),
        Tr::tr("SQLite database file (created and migrated when needed)."), Tr::tr("FILE"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     Tr::tr("Seed an empty database with demo data and accounts."));
    const QCommandLineOption policyOpt(
        QStringLiteral("policy"),
        Tr::tr("Label and SLA policy JSON (default: the built-in policy)."), Tr::tr("FILE"));
    const QCommandLineOption publicOpt(
        QStringLiteral("public-url"),
        Tr::tr("Base URL of the hub as clients reach it (for photo links)."), Tr::tr("URL"));
    const QCommandLineOption roleOpt(QStringLiteral("role"),
                                     Tr::tr("Role for 'user add': operator, supervisor or admin."),
                                     Tr::tr("ROLE"));
    const QCommandLineOption clearanceOpt(
        QStringLiteral("covert-clearance"),
        Tr::tr("For 'user add': the user may see covert reports."));
    const QCommandLineOption tilesOpt(
        QStringLiteral("tiles"),
        Tr::tr("Serve base-map tiles at /tiles/NAME/{z}/{x}/{y} from an MBTiles file, or as a "
               "caching proxy of an XYZ server URL template (repeatable)."),
        Tr::tr("NAME=FILE|URL"));
    const QCommandLineOption tilesContactOpt(
        QStringLiteral("tiles-contact"),
        Tr::tr("Contact (URL or e-mail) in the User-Agent the tile proxy sends upstream."),
        Tr::tr("CONTACT"));
    const QCommandLineOption importOpt(
        QStringLiteral("import-open311"),
        Tr::tr("Import the service requests of an Open311 GeoReport v2 server once and exit "
               "(settings from --import-config when it lists that URL)."),
        Tr::tr("URL"));
    const QCommandLineOption importConfigOpt(
        QStringLiteral("import-config"),
        Tr::tr("Open311 servers to import from (JSON, docs/import.md); polled while serving."),
        Tr::tr("FILE"));
    parser.addOptions({listenOpt, dbOpt, demoOpt, policyOpt, publicOpt, roleOpt, clearanceOpt,
                       tilesOpt, tilesContactOpt, importOpt, importConfigOpt});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("Optional: 'user add NAME' or 'apikey add NAME'."),
                                 Tr::tr("[command]"));
    if (!parser.parse(app.arguments()))
        return fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("posko-hub ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    if (!parser.isSet(dbOpt))
        return fail(UsageError, Tr::tr("--database FILE is required"));

    const QStringList args = parser.positionalArguments();
    const bool adminCommand = !args.isEmpty();
    if (adminCommand) {
        const bool isUser = args.size() >= 2 && args[0] == QStringLiteral("user") &&
                            args[1] == QStringLiteral("add");
        const bool isKey = args.size() >= 2 && args[0] == QStringLiteral("apikey") &&
                           args[1] == QStringLiteral("add");
        if (!isUser && !isKey)
            return fail(UsageError, Tr::tr("unknown command \"%1\"; use 'user add' or 'apikey add'")
                                        .arg(args.join(QLatin1Char(' '))));
        if (isUser && !parser.isSet(roleOpt))
            return fail(UsageError, Tr::tr("user add needs --role operator|supervisor|admin"));
        if (isUser && args.size() == 3) {
            const QString role = parser.value(roleOpt);
            if (role != QStringLiteral("operator") && role != QStringLiteral("supervisor") &&
                role != QStringLiteral("admin"))
                return fail(UsageError, Tr::tr("--role must be operator, supervisor or admin"));
        }
        posko::HubDatabase db;
        QString error;
        if (!db.open(parser.value(dbOpt), &error))
            return fail(RuntimeError,
                        Tr::tr("cannot open the database %1: %2").arg(parser.value(dbOpt), error));
        return isUser ? userAdd(db, args, parser.value(roleOpt), parser.isSet(clearanceOpt))
                      : apiKeyAdd(db, args);
    }

    const bool importOnce = parser.isSet(importOpt);
    if (importOnce && parser.isSet(listenOpt))
        return fail(UsageError, Tr::tr("--import-open311 imports once and exits; to poll while "
                                       "serving, list the server in --import-config instead"));
    if (importOnce)
        return importOpen311(parser.value(dbOpt), parser.value(importOpt),
                             parser.isSet(importConfigOpt) ? parser.value(importConfigOpt)
                                                           : QString(),
                             parser.isSet(policyOpt) ? parser.value(policyOpt) : QString());
    if (!parser.isSet(listenOpt))
        return fail(UsageError, Tr::tr("--listen HOST:PORT is required to serve"));
    const QString listen = parser.value(listenOpt);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    const QHostAddress host(colon > 0 ? listen.left(colon) : QString());
    if (!portOk || port < 0 || port > 65535 || host.isNull())
        return fail(
            UsageError,
            Tr::tr("--listen must be HOST:PORT with a numeric IP address, e.g. 127.0.0.1:8080"));
    QUrl publicUrl;
    if (parser.isSet(publicOpt)) {
        publicUrl = QUrl(parser.value(publicOpt), QUrl::StrictMode);
        if (!publicUrl.isValid() || !publicUrl.scheme().startsWith(QStringLiteral("http")))
            return fail(UsageError, Tr::tr("--public-url must be an http(s) URL"));
    }

    // Tile sources are checked before anything is opened or seeded: a typo exits at once.
    posko::TileRoutes tiles;
    tiles.setContact(parser.value(tilesContactOpt));
    for (const QString &spec : parser.values(tilesOpt)) {
        QString tilesError;
        const auto added = tiles.add(spec, parser.value(dbOpt), &tilesError);
        if (added != posko::TileRoutes::AddResult::Ok)
            return fail(added == posko::TileRoutes::AddResult::UsageError ? UsageError
                                                                          : RuntimeError,
                        tilesError);
    }

    int policyExit = Ok;
    const auto loaded =
        loadPolicy(parser.isSet(policyOpt) ? parser.value(policyOpt) : QString(), &policyExit);
    if (!loaded)
        return policyExit;
    std::optional<posko::ImportConfig> importConfig;
    if (parser.isSet(importConfigOpt)) {
        int configExit = Ok;
        importConfig = loadImportConfig(parser.value(importConfigOpt), *loaded, &configExit);
        if (!importConfig)
            return configExit;
    }

    posko::HubDatabase db;
    QString error;
    if (!db.open(parser.value(dbOpt), &error))
        return fail(RuntimeError,
                    Tr::tr("cannot open the database %1: %2").arg(parser.value(dbOpt), error));

    posko::SystemClock clock;
    if (parser.isSet(demoOpt)) {
        QElapsedTimer timer;
        timer.start();
        posko::DemoSeeder seeder(db, *loaded, clock);
        const auto result = seeder.run(posko::DemoSeeder::defaultReportCount, &error);
        if (!result)
            return fail(RuntimeError, Tr::tr("demo seeding failed: %1").arg(error));
        if (!result->seeded) {
            out(Tr::tr("posko-hub: the database already has reports; demo data not seeded"));
        } else {
            out(Tr::tr("posko-hub: demo data: %1 reports (%2 covert), %3 photos in %4 s")
                    .arg(result->reports)
                    .arg(result->covert)
                    .arg(result->photos)
                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            // These lines and "listening on" are read by scripts and tests: never translated.
            for (const QString &a : result->accounts)
                out(QStringLiteral("posko-hub: demo account: %1").arg(a));
            out(QStringLiteral("posko-hub: demo api key: %1").arg(result->apiKey));
        }
    }

    posko::HubServer server(db, *loaded, clock);
    server.setTileRoutes(&tiles);
    // Refuses oversized requests before QAbstractHttpServer buffers them (requestguard.h).
    auto *tcp = new posko::RequestGuardServer(&server);
    if (!tcp->listen(host, quint16(port)))
        return fail(RuntimeError,
                    Tr::tr("cannot listen on %1: %2").arg(listen, tcp->errorString()));
    server.bind(tcp);
    const QString base = QStringLiteral("http://%1:%2").arg(host.toString()).arg(tcp->serverPort());
    server.setPublicUrl(publicUrl.isValid() ? publicUrl : QUrl(base));

    installSignalHandlers(app);
    out(QStringLiteral("posko-hub: listening on %1").arg(base));
    // Imports run on this thread between requests; a failing source is logged, never fatal.
    posko::Open311Importer importer(db, *loaded, clock);
    std::unique_ptr<posko::ImportScheduler> scheduler;
    if (importConfig && !importConfig->sources.isEmpty()) {
        scheduler = std::make_unique<posko::ImportScheduler>(
            importer, *importConfig,
            [](const QString &line) { err(QStringLiteral("posko-hub: ") + line); });
        scheduler->start();
    }
    return app.exec();
}
