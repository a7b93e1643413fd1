<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>posko::DispatchService</name>
        <message>
            <source>Report %1 is not in the replica.</source>
            <translation>Report %1 is not in the replica.</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>The change could not be saved: %1</translation>
        </message>
    </context>
    <context>
        <name>posko::Replica</name>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation>Cannot create the data folder %1.</translation>
        </message>
        <message>
            <source>Cannot open the replica %1: %2</source>
            <translation>Cannot open the replica %1: %2</translation>
        </message>
        <message>
            <source>Cannot prepare the replica %1: %2</source>
            <translation>Cannot prepare the replica %1: %2</translation>
        </message>
        <message>
            <source>No longer applies to the hub's state: %1</source>
            <translation>No longer applies to the hub's state: %1</translation>
        </message>
        <message>
            <source>An earlier change to this report was not accepted: %1</source>
            <translation>An earlier change to this report was not accepted: %1</translation>
        </message>
        <message>
            <source>The replica is busy; the purge will finish on the next sync.</source>
            <translation>The replica is busy; the purge will finish on the next sync.</translation>
        </message>
        <message>
            <source>The replica cannot use WAL journaling.</source>
            <translation>The replica cannot use WAL journaling.</translation>
        </message>
        <message>
            <source>The replica's schema version cannot be read.</source>
            <translation>The replica's schema version cannot be read.</translation>
        </message>
        <message>
            <source>The replica was written by a newer Posko (schema %1; this one knows %2).</source>
            <translation>The replica was written by a newer Posko (schema %1; this one knows %2).</translation>
        </message>
    </context>
    <context>
        <name>posko::SyncClient</name>
        <message>
            <source>The hub answered %1 %2.</source>
            <translation>The hub answered %1 %2.</translation>
        </message>
        <message>
            <source>The hub at %1 cannot be reached: %2</source>
            <translation>The hub at %1 cannot be reached: %2</translation>
        </message>
        <message>
            <source>No network access.</source>
            <translation>No network access.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>The server at %1 answered, but not like a Posko hub.</source>
            <translation>The server at %1 answered, but not like a Posko hub.</translation>
        </message>
        <message>
            <source>Log in to the hub before syncing.</source>
            <translation>Log in to the hub before syncing.</translation>
        </message>
        <message>
            <source>The session has expired; log in again. Pending changes are kept.</source>
            <translation>The session has expired; log in again. Pending changes are kept.</translation>
        </message>
        <message>
            <source>The hub's answer to an action cannot be read: %1</source>
            <translation>The hub's answer to an action cannot be read: %1</translation>
        </message>
        <message>
            <source>changed by %1 at %2: %3</source>
            <translation>changed by %1 at %2: %3</translation>
        </message>
        <message>
            <source>The hub's changes feed cannot be read.</source>
            <translation>The hub's changes feed cannot be read.</translation>
        </message>
        <message>
            <source>The hub's changes feed cannot be read: %1</source>
            <translation>The hub's changes feed cannot be read: %1</translation>
        </message>
        <message>
            <source>The hub's changes feed does not advance.</source>
            <translation>The hub's changes feed does not advance.</translation>
        </message>
        <message>
            <source>The report has no photo.</source>
            <translation>The report has no photo.</translation>
        </message>
        <message>
            <source>The photo address is not valid.</source>
            <translation>The photo address is not valid.</translation>
        </message>
        <message>
            <source>The hub has no photo for this report.</source>
            <translation>The hub has no photo for this report.</translation>
        </message>
        <message>
            <source>The photo the hub sent is not usable.</source>
            <translation>The photo the hub sent is not usable.</translation>
        </message>
        <message>
            <source>The report is no longer available.</source>
            <translation>The report is no longer available.</translation>
        </message>
        <message>
            <source>The photo cannot be saved: %1</source>
            <translation>The photo cannot be saved: %1</translation>
        </message>
    </context>
    <context>
        <name>poskoctl</name>
        <message>
            <source>Exit codes:
  0  ok
  1  other error (e.g. the data folder cannot be used)
  2  usage error (bad option or argument, unknown squad)
  3  not found (unknown report)
  4  refused by the lifecycle rules (locally, or by the hub during sync)
  5  hub unreachable or network error
  6  authentication failed</source>
            <translation>Exit codes:
  0  ok
  1  other error (e.g. the data folder cannot be used)
  2  usage error (bad option or argument, unknown squad)
  3  not found (unknown report)
  4  refused by the lifecycle rules (locally, or by the hub during sync)
  5  hub unreachable or network error
  6  authentication failed</translation>
        </message>
        <message>
            <source>REPORT must be a report number (service_request_id), not "%1".</source>
            <translation>REPORT must be a report number (service_request_id), not "%1".</translation>
        </message>
        <message>
            <source>Unknown squad "%1"; use one of: %2.</source>
            <translation>Unknown squad "%1"; use one of: %2.</translation>
        </message>
        <message>
            <source>Report %1 is not in the replica; run sync first.</source>
            <translation>Report %1 is not in the replica; run sync first.</translation>
        </message>
        <message>
            <source>Cannot write to the replica.</source>
            <translation>Cannot write to the replica.</translation>
        </message>
        <message>
            <source>Report %1: %2</source>
            <translation>Report %1: %2</translation>
        </message>
        <message>
            <source>Posko workstation on the command line: sync with a hub, list and assign reports.

Commands:
  sync                  log in (password from stdin) and run one sync
  reports list          print the replica (--format csv|json)
  assign REPORT SQUAD   queue an assignment for the next sync
                        (SQUAD: pink white orange blue yellow red covert)

</source>
            <translation>Posko workstation on the command line: sync with a hub, list and assign reports.

Commands:
  sync                  log in (password from stdin) and run one sync
  reports list          print the replica (--format csv|json)
  assign REPORT SQUAD   queue an assignment for the next sync
                        (SQUAD: pink white orange blue yellow red covert)

</translation>
        </message>
        <message>
            <source>Hub address, e.g. http://127.0.0.1:8080 (remembered).</source>
            <translation>Hub address, e.g. http://127.0.0.1:8080 (remembered).</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>User name on the hub (remembered).</source>
            <translation>User name on the hub (remembered).</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>USER</translation>
        </message>
        <message>
            <source>Read the password from the first line of stdin.</source>
            <translation>Read the password from the first line of stdin.</translation>
        </message>
        <message>
            <source>Workstation data folder (replica and photo cache).</source>
            <translation>Workstation data folder (replica and photo cache).</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <source>Output format: csv or json.</source>
            <translation>Output format: csv or json.</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>sync | reports list | assign REPORT SQUAD</source>
            <translation>sync | reports list | assign REPORT SQUAD</translation>
        </message>
        <message>
            <source>No command given; see poskoctl --help.</source>
            <translation>No command given; see poskoctl --help.</translation>
        </message>
        <message>
            <source>Unknown command "%1"; see poskoctl --help.</source>
            <translation>Unknown command "%1"; see poskoctl --help.</translation>
        </message>
        <message>
            <source>Unknown format "%1"; use csv or json.</source>
            <translation>Unknown format "%1"; use csv or json.</translation>
        </message>
        <message>
            <source>"%1" is not an http(s) hub address.</source>
            <translation>"%1" is not an http(s) hub address.</translation>
        </message>
        <message>
            <source>sync needs --password-stdin (the password is never an argument).</source>
            <translation>sync needs --password-stdin (the password is never an argument).</translation>
        </message>
        <message>
            <source>Cannot read stdin.</source>
            <translation>Cannot read stdin.</translation>
        </message>
        <message>
            <source>No password on stdin.</source>
            <translation>No password on stdin.</translation>
        </message>
        <message>
            <source>sync needs --hub and --user the first time.</source>
            <translation>sync needs --hub and --user the first time.</translation>
        </message>
        <message>
            <source>The data folder %1 belongs to %2 on %3; use another --data for %4 on %5.</source>
            <translation>The data folder %1 belongs to %2 on %3; use another --data for %4 on %5.</translation>
        </message>
        <message>
            <source>Report %1 assigned to %2; the next sync sends it to the hub.</source>
            <translation>Report %1 assigned to %2; the next sync sends it to the hub.</translation>
        </message>
    </context>
</TS>
