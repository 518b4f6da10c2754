using Bot.Catalog.Publications;
using Bot.Catalog.Search;

namespace Bot.Bench;

/// <summary>Deterministic synthetic publications with realistic BPS-style titles and abstracts (no PDFs).</summary>
internal static class SyntheticCatalog
{
    private static readonly string[] Regions =
    [
        "Kota Tarakan", "Kabupaten Nunukan", "Kabupaten Bulungan", "Kabupaten Malinau", "Kabupaten Tana Tidung",
        "Provinsi Kalimantan Utara", "Kecamatan Tarakan Barat", "Kecamatan Tarakan Tengah", "Kecamatan Tarakan Timur",
        "Kecamatan Tarakan Utara", "Kota Samarinda", "Kota Balikpapan", "Kota Bontang", "Kabupaten Berau",
        "Kabupaten Kutai Kartanegara", "Kabupaten Paser", "Kabupaten Kutai Timur", "Kabupaten Kutai Barat",
        "Kecamatan Sebatik", "Kecamatan Krayan", "Kecamatan Tanjung Selor", "Kecamatan Sesayap",
    ];

    private static readonly (string Title, string Catalog, string[] Subjects, string Abstract)[] Series =
    [
        ("{r} Dalam Angka {y}", "1102001", ["umum", "penduduk", "ekonomi"], "Publikasi {r} Dalam Angka {y} menyajikan data geografi, pemerintahan, penduduk, ketenagakerjaan, pendidikan, kesehatan, pertanian, industri dan perekonomian."),
        ("Statistik Daerah {r} {y}", "1101002", ["indikator strategis"], "Ringkasan indikator strategis {r} tahun {y}: penduduk, kemiskinan, IPM, inflasi dan pertumbuhan ekonomi."),
        ("Indeks Harga Konsumen {r} {y}", "7203001", ["harga", "inflasi"], "Indeks Harga Konsumen dan inflasi bulanan {r} {y} menurut kelompok pengeluaran dan komoditas penyumbang inflasi."),
        ("Berita Resmi Statistik: Inflasi {r} {m} {y}", "", ["inflasi", "berita resmi statistik"], "Pada {m} {y} {r} mengalami inflasi year on year; kelompok makanan, minuman dan tembakau memberi andil terbesar."),
        ("Profil Kemiskinan {r} Maret {y}", "3205009", ["kemiskinan"], "Jumlah dan persentase penduduk miskin, garis kemiskinan serta indeks kedalaman dan keparahan kemiskinan {r} {y} hasil Susenas."),
        ("Indeks Pembangunan Manusia {r} {y}", "4102002", ["pembangunan manusia"], "Capaian IPM {r} {y}: umur harapan hidup, harapan lama sekolah, rata-rata lama sekolah dan pengeluaran per kapita."),
        ("Produk Domestik Regional Bruto {r} menurut Lapangan Usaha {y}", "9302008", ["pdrb", "ekonomi"], "PDRB {r} atas dasar harga berlaku dan konstan menurut lapangan usaha, laju pertumbuhan ekonomi dan struktur perekonomian {y}."),
        ("Produk Domestik Regional Bruto {r} menurut Pengeluaran {y}", "9302009", ["pdrb", "pengeluaran"], "PDRB {r} menurut komponen pengeluaran: konsumsi rumah tangga, konsumsi pemerintah, investasi, ekspor dan impor {y}."),
        ("Keadaan Angkatan Kerja {r} Agustus {y}", "2303003", ["ketenagakerjaan", "sakernas"], "Hasil Sakernas Agustus {y}: tingkat partisipasi angkatan kerja dan tingkat pengangguran terbuka {r}."),
        ("Statistik Kesejahteraan Rakyat {r} {y}", "4101002", ["kesejahteraan", "susenas"], "Indikator kesejahteraan rakyat {r} {y}: kependudukan, kesehatan, pendidikan, perumahan dan konsumsi."),
        ("Statistik Pertanian {r} {y}", "5101002", ["pertanian"], "Luas panen dan produksi tanaman pangan, hortikultura dan peternakan di {r} tahun {y}."),
        ("Statistik Perikanan Tangkap {r} {y}", "5402003", ["perikanan"], "Produksi perikanan tangkap menurut jenis ikan dan alat tangkap, rumah tangga nelayan dan armada di {r} {y}."),
        ("Statistik Pendidikan {r} {y}", "4301003", ["pendidikan"], "Jumlah sekolah, guru, murid dan angka partisipasi sekolah di {r} tahun {y}."),
        ("Statistik Hotel dan Pariwisata {r} {y}", "8401003", ["pariwisata", "hotel"], "Tingkat penghunian kamar hotel dan jumlah tamu menginap di {r} {y}."),
        ("Statistik Transportasi {r} {y}", "8301001", ["transportasi"], "Arus penumpang dan barang angkutan laut, udara dan darat di {r} tahun {y}."),
        ("Statistik Keuangan Pemerintah Daerah {r} {y}", "7101001", ["keuangan daerah"], "Realisasi pendapatan dan belanja pemerintah daerah {r} tahun anggaran {y}."),
        ("Indikator Ekonomi {r} {y}", "9199001", ["ekonomi"], "Perkembangan indikator ekonomi makro {r} {y}: inflasi, ekspor impor, perbankan dan pertumbuhan ekonomi."),
        ("Statistik Nilai Tukar Petani {r} {y}", "7102007", ["nilai tukar petani"], "Nilai Tukar Petani per subsektor dan indeks harga yang diterima dan dibayar petani di {r} {y}."),
        ("Proyeksi Penduduk {r} {y}", "2101020", ["penduduk", "proyeksi"], "Proyeksi jumlah penduduk {r} menurut umur dan jenis kelamin hasil SP2020, tahun {y}."),
        ("Statistik Kesehatan {r} {y}", "4201002", ["kesehatan"], "Fasilitas dan tenaga kesehatan, keluhan kesehatan serta jaminan kesehatan penduduk {r} {y}."),
    ];

    private static readonly string[] Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] ExtraSentences =
    [
        "Data bersumber dari sensus, survei dan catatan administrasi.",
        "Publikasi ini diharapkan bermanfaat bagi perencanaan pembangunan daerah.",
        "Tabel disajikan menurut kecamatan dan kelurahan.",
        "Analisis dilengkapi grafik perkembangan lima tahun terakhir.",
        "Angka tahun terakhir bersifat sementara.",
        "Metodologi mengikuti standar nasional dan internasional.",
    ];

    public static IEnumerable<CatalogDocument> Generate(int count)
    {
        var random = new Random(65710);
        for (var i = 0; i < count; i++)
        {
            var series = Series[random.Next(Series.Length)];
            var region = Regions[random.Next(Regions.Length)];
            var year = random.Next(1995, 2026);
            var month = Months[random.Next(Months.Length)];
            string Fill(string template) => template.Replace("{r}", region, StringComparison.Ordinal).Replace("{y}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{m}", month, StringComparison.Ordinal);
            var id = $"syn-{i:D6}";
            var abstractText = Fill(series.Abstract) + " " + ExtraSentences[random.Next(ExtraSentences.Length)] + " " + ExtraSentences[random.Next(ExtraSentences.Length)];
            var publication = new Publication
            {
                Id = id,
                Title = Fill(series.Title),
                Year = year,
                CatalogNumber = series.Catalog.Length == 0 ? null : series.Catalog + (region.Contains("Provinsi", StringComparison.Ordinal) ? ".6500" : ".6571"),
                PublicationNumber = $"65710.{year % 100:D2}{i % 1000:D3}",
                ReleaseDate = new DateOnly(year, random.Next(1, 13), random.Next(1, 29)),
                Subjects = series.Subjects,
                Abstract = abstractText,
                File = id + ".pdf",
            };
            yield return new CatalogDocument(publication, id + ".pdf", random.Next(20, 400), random.Next(400_000, 40_000_000), null);
        }
    }
}
