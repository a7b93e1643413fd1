<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
            <source>No longer applies to the hub's state: %1</source>
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
            <source>The replica's schema version cannot be read.</source>
            <translation>Versi skema replika tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>The replica was written by a newer Posko (schema %1; this one knows %2).</source>
            <translation>Replika ditulis oleh Posko yang lebih baru (skema %1; versi ini mengenal %2).</translation>
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
            <source>The hub's answer to an action cannot be read: %1</source>
            <translation>Jawaban hub atas tindakan tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>changed by %1 at %2: %3</source>
            <translation>diubah oleh %1 pada %2: %3</translation>
        </message>
        <message>
            <source>The hub's changes feed cannot be read.</source>
            <translation>Umpan perubahan dari hub tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>The hub's changes feed cannot be read: %1</source>
            <translation>Umpan perubahan dari hub tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>The hub's changes feed does not advance.</source>
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
            <source>REPORT must be a report number (service_request_id), not "%1".</source>
            <translation>REPORT harus nomor laporan (service_request_id), bukan "%1".</translation>
        </message>
        <message>
            <source>Unknown squad "%1"; use one of: %2.</source>
            <translation>Pasukan "%1" tidak dikenal; gunakan salah satu dari: %2.</translation>
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
            <source>Posko workstation on the command line: sync with a hub, list and assign reports.

Commands:
  sync                  log in (password from stdin) and run one sync
  reports list          print the replica (--format csv|json)
  assign REPORT SQUAD   queue an assignment for the next sync
                        (SQUAD: pink white orange blue yellow red covert)

</source>
            <translation>Stasiun kerja Posko di baris perintah: sinkronisasi dengan hub, daftar dan penugasan laporan.

Perintah:
  sync                  masuk (kata sandi dari stdin) dan jalankan satu sinkronisasi
  reports list          cetak isi replika (--format csv|json)
  assign REPORT SQUAD   antrekan penugasan untuk sinkronisasi berikutnya
                        (SQUAD: pink white orange blue yellow red covert)

</translation>
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
            <source>sync | reports list | assign REPORT SQUAD</source>
            <translation>sync | reports list | assign REPORT SQUAD</translation>
        </message>
        <message>
            <source>No command given; see poskoctl --help.</source>
            <translation>Tidak ada perintah; lihat poskoctl --help.</translation>
        </message>
        <message>
            <source>Unknown command "%1"; see poskoctl --help.</source>
            <translation>Perintah "%1" tidak dikenal; lihat poskoctl --help.</translation>
        </message>
        <message>
            <source>Unknown format "%1"; use csv or json.</source>
            <translation>Format "%1" tidak dikenal; gunakan csv atau json.</translation>
        </message>
        <message>
            <source>"%1" is not an http(s) hub address.</source>
            <translation>"%1" bukan alamat hub http(s).</translation>
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
    </context>
</TS>
