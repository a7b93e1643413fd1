// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/demotext.h"

#include <QHash>
#include <QStringList>

namespace posko::demo {

namespace {

template <std::size_t N> QString pick(const char *const (&items)[N], QRandomGenerator &rng)
{
    return QString::fromUtf8(items[rng.bounded(int(N))]);
}

const char *const roads[] = {"Jl. Raya Trenggalek-Ponorogo",
                             "Jl. Soekarno-Hatta",
                             "Jl. Panglima Sudirman",
                             "Jl. Ahmad Yani",
                             "Jl. Brigjen Sutran",
                             "Jl. Kanjeng Jimat",
                             "Jl. Mayjend Sungkono",
                             "Jl. Raya Prigi",
                             "Jl. Raya Panggul",
                             "Jl. Raya Durenan",
                             "jalan desa",
                             "jalan poros desa",
                             "gang dekat musholla",
                             "jalan menuju SDN",
                             "Jl. Dr. Sutomo",
                             "jalan lingkar selatan",
                             "Jl. Pahlawan",
                             "jalan makadam ke ladang"};
const char *const landmarks[] = {
    "depan balai desa",  "dekat pasar",          "sebelah masjid",
    "depan SD Negeri",   "dekat pertigaan",      "samping pos kamling",
    "dekat jembatan",    "depan puskesmas",      "di belakang kantor kecamatan",
    "dekat lapangan",    "depan toko kelontong", "dekat makam desa",
    "di tikungan tajam", "dekat pangkalan ojek"};
const char *const closers[] = {"Mohon segera ditindaklanjuti.",
                               "Terima kasih.",
                               "Mohon bantuannya, Pak/Bu.",
                               "Warga sudah resah.",
                               "Sudah lebih dari seminggu belum ada penanganan.",
                               "Mohon dicek ke lokasi.",
                               "",
                               "",
                               "Matur nuwun.",
                               "Tolong segera ya."};

const QHash<QString, QStringList> &templates()
{
    static const QHash<QString, QStringList> t{
        {QStringLiteral("sampah"),
         {QStringLiteral("Tumpukan sampah di %L %P, sudah %N hari tidak diangkut dan mulai bau."),
          QStringLiteral("Warga membuang sampah sembarangan di %P %L. Banyak lalat."),
          QStringLiteral("TPS %P penuh, sampah meluber ke badan jalan %L."),
          QStringLiteral("Sampah plastik menumpuk di pinggir sungai %P, Desa %D.")}},
        {QStringLiteral("saluran_tersumbat"),
         {QStringLiteral("Saluran air di %L %P tersumbat sampah, kalau hujan air meluap ke jalan."),
          QStringLiteral("Gorong-gorong %P buntu, air menggenang sekitar %N cm."),
          QStringLiteral("Drainase %L mampet, bau tidak sedap dan jadi sarang nyamuk.")}},
        {QStringLiteral("jalan_rusak"),
         {QStringLiteral(
              "Jalan berlubang di %L %P, lubang sekitar %N cm, sudah ada pengendara jatuh."),
          QStringLiteral("Aspal %L rusak parah sepanjang kurang lebih %M meter, %P."),
          QStringLiteral("Jalan %P ambles, membahayakan pengendara motor terutama malam hari."),
          QStringLiteral("Banyak lubang di %L arah Desa %D, mohon ditambal.")}},
        {QStringLiteral("jembatan_rusak"),
         {QStringLiteral("Jembatan %P di Desa %D retak dan pagar pengamannya hilang."),
          QStringLiteral("Papan jembatan gantung %P lapuk, anak sekolah tiap hari lewat."),
          QStringLiteral("Pondasi jembatan %L tergerus arus sungai.")}},
        {QStringLiteral("tanah_longsor"),
         {QStringLiteral("Longsor menutup %L %P, kendaraan tidak bisa lewat."),
          QStringLiteral("Tebing di Desa %D longsor setelah hujan deras, dua rumah terancam."),
          QStringLiteral("Tanah longsor di %L menuju %K, material menutup separuh jalan.")}},
        {QStringLiteral("banjir"),
         {QStringLiteral("Banjir setinggi %N cm di %P, Desa %D. Warga mulai mengungsi."),
          QStringLiteral("Air sungai meluap ke permukiman %P, %L tergenang."),
          QStringLiteral("Genangan banjir di %L belum surut sejak semalam.")}},
        {QStringLiteral("pohon_tumbang"),
         {QStringLiteral("Pohon besar tumbang menutup %L %P."),
          QStringLiteral("Pohon tumbang menimpa kabel listrik di %P, Desa %D."),
          QStringLiteral("Pohon mahoni di %L roboh setelah angin kencang, lalu lintas macet.")}},
        {QStringLiteral("lampu_jalan_mati"),
         {QStringLiteral("Lampu PJU di %L %P mati sudah %N hari, jalan gelap sekali."),
          QStringLiteral("Beberapa lampu jalan mati di %L, rawan kecelakaan dan kejahatan."),
          QStringLiteral("Lampu penerangan %P berkedip lalu padam tiap malam.")}},
        {QStringLiteral("kebakaran"),
         {QStringLiteral("Kebakaran rumah warga di %P, Desa %D. Mohon kirim damkar."),
          QStringLiteral("Lahan kering terbakar di dekat %L, asap tebal."),
          QStringLiteral("Api muncul dari gudang %P, warga berusaha memadamkan.")}},
        {QStringLiteral("layanan_kesehatan"),
         {QStringLiteral("Antrean di puskesmas %K sangat panjang, petugas hanya satu."),
          QStringLiteral("Ambulans desa %D tidak bisa dihubungi saat ada warga sakit."),
          QStringLiteral("Obat di pustu %P sering kosong.")}},
        {QStringLiteral("wabah_dbd"),
         {QStringLiteral("Ada %N warga %P kena DBD dalam seminggu, mohon fogging."),
          QStringLiteral("Banyak jentik nyamuk di genangan %P, Desa %D. Khawatir demam berdarah."),
          QStringLiteral("Anak tetangga dirawat karena DBD, lingkungan %P perlu PSN.")}},
        {QStringLiteral("orang_terlantar"),
         {QStringLiteral("Ada orang dengan gangguan jiwa berkeliaran di %P, tidak terurus."),
          QStringLiteral("Lansia tinggal sendiri di Desa %D, kondisinya memprihatinkan."),
          QStringLiteral("Seorang pria tidur di emperan %P beberapa malam, tampak sakit.")}},
        {QStringLiteral("pengemis_anak_jalanan"),
         {QStringLiteral("Anak-anak mengemis di lampu merah %L saat jam sekolah."),
          QStringLiteral("Pengemis berkelompok di %P setiap hari pasar."),
          QStringLiteral("Ada pengamen anak di %L sampai larut malam.")}},
        {QStringLiteral("ketertiban_umum"),
         {QStringLiteral("PKL berjualan di trotoar %L, pejalan kaki harus turun ke jalan."),
          QStringLiteral("Balap liar tiap malam Minggu di %L, sangat mengganggu."),
          QStringLiteral("Suara sound system hajatan %P sampai dini hari.")}},
        {QStringLiteral("parkir_liar"),
         {QStringLiteral("Parkir liar di %L %P bikin macet, juru parkir menarik tarif tinggi."),
          QStringLiteral("Mobil parkir di bahu jalan %L menutup akses warga."),
          QStringLiteral("Truk parkir sembarangan %P tiap malam.")}},
        {QStringLiteral("kriminalitas"),
         {QStringLiteral("Ada pencurian motor di %P semalam, mohon patroli ditingkatkan."),
          QStringLiteral("Sering terjadi penjambretan di %L menjelang magrib."),
          QStringLiteral("Warga Desa %D resah dengan maraknya pencurian ternak.")}},
        {QStringLiteral("ktp_kk_akta"),
         {QStringLiteral("Sudah %N minggu mengurus KTP-el di kecamatan %K belum jadi."),
          QStringLiteral("Blangko KK di Desa %D katanya habis, mohon kejelasan."),
          QStringLiteral("Akta kelahiran anak belum terbit padahal berkas sudah lengkap.")}},
        {QStringLiteral("perizinan"),
         {QStringLiteral("Pengurusan izin usaha mikro di %K berbelit, harus bolak-balik."),
          QStringLiteral("Toko modern baru di %L diduga belum berizin."),
          QStringLiteral("PBG rumah saya tertahan %N minggu tanpa penjelasan.")}},
        {QStringLiteral("pungutan_liar"),
         {QStringLiteral("Ada oknum meminta uang tambahan saat mengurus surat di Desa %D."),
          QStringLiteral("Pedagang pasar %K dimintai iuran tanpa karcis resmi."),
          QStringLiteral("Diminta uang Rp %N0.000 agar berkas cepat diproses.")}},
        {QStringLiteral("proyek_bermasalah"),
         {QStringLiteral("Proyek pengaspalan %L baru %N bulan sudah mengelupas."),
          QStringLiteral("Papan proyek di Desa %D tidak mencantumkan nilai anggaran."),
          QStringLiteral("Pembangunan talud %P mangkrak, material ditinggal begitu saja.")}},
    };
    return t;
}

} // namespace

QString description(const QString &label, const QString &desa, const QString &kecamatan,
                    QRandomGenerator &rng)
{
    const QStringList list =
        templates().value(label, {QStringLiteral("Mohon ditindaklanjuti, lokasi %P.")});
    QString text = list.at(rng.bounded(int(list.size())));
    text.replace(QStringLiteral("%L"), pick(roads, rng));
    text.replace(QStringLiteral("%P"), pick(landmarks, rng));
    text.replace(QStringLiteral("%D"), desa);
    text.replace(QStringLiteral("%K"), kecamatan);
    text.replace(QStringLiteral("%N"), QString::number(2 + rng.bounded(28)));
    text.replace(QStringLiteral("%M"), QString::number(50 + 50 * rng.bounded(10)));
    const QString closer = pick(closers, rng);
    return closer.isEmpty() ? text : text + QLatin1Char(' ') + closer;
}

QString address(const QString &desa, const QString &kecamatan, QRandomGenerator &rng)
{
    return QStringLiteral("%1, RT %2/RW %3, Desa %4, Kec. %5")
        .arg(pick(roads, rng))
        .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
        .arg(1 + rng.bounded(6), 2, 10, QLatin1Char('0'))
        .arg(desa, kecamatan);
}

QString rejectReason(QRandomGenerator &rng)
{
    const char *const reasons[] = {"Foto tidak sesuai dengan laporan.",
                                   "Lokasi di luar wilayah Kabupaten Trenggalek.",
                                   "Laporan tidak dapat ditindaklanjuti, informasi kurang lengkap.",
                                   "Laporan berisi spam / uji coba.",
                                   "Bukan kewenangan pemerintah kabupaten (jalan nasional)."};
    return pick(reasons, rng);
}

QString workNote(const QString &label, QRandomGenerator &rng)
{
    Q_UNUSED(label);
    const char *const notes[] = {"Tim sudah menuju lokasi.",
                                 "Sedang koordinasi dengan pihak desa.",
                                 "Material sudah disiapkan, pengerjaan besok pagi.",
                                 "Petugas sudah cek lokasi.",
                                 "Menunggu alat berat.",
                                 "Sudah dikoordinasikan dengan dinas terkait."};
    return pick(notes, rng);
}

QString doneNote(QRandomGenerator &rng)
{
    const char *const notes[] = {"Selesai ditangani, foto sesudah terlampir.", "Sudah dibersihkan.",
                                 "Sudah diperbaiki sementara.",
                                 "Penanganan selesai bersama warga."};
    return pick(notes, rng);
}

QString disputeReason(QRandomGenerator &rng)
{
    const char *const notes[] = {"Warga: belum diperbaiki, foto bukti bukan lokasi yang sama.",
                                 "Warga: masalah muncul lagi.",
                                 "Warga: penanganan hanya setengah."};
    return pick(notes, rng);
}

} // namespace posko::demo
