using Bot.Catalog.Publications;

namespace Bot.Catalog.Demo;

/// <summary>
/// Writes plausible body pages for a demo publication: the topic (prices, population, economy...) is
/// inferred from title and subjects, and numbers come from a generator seeded by the id, so every run
/// produces the same PDFs.
/// </summary>
internal static class DemoContent
{
    private static readonly string[] Kecamatan = ["Tarakan Timur", "Tarakan Tengah", "Tarakan Barat", "Tarakan Utara"];
    private static readonly double[] KecamatanArea = [67.05, 55.54, 27.88, 100.10];
    private static readonly double[] KecamatanShare = [0.2855, 0.2790, 0.3095, 0.1260];
    private static readonly string[] Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static IReadOnlyList<DemoSection> Sections(Publication p)
    {
        var n = new DemoNumbers(p.Id);
        var topic = (p.Title + " " + string.Join(' ', p.Subjects) + " " + p.Abstract).ToLowerInvariant();
        var english = p.Language == "en";
        var sections = new List<DemoSection> { Foreword(p, english) };

        if (topic.Contains("inflasi") || topic.Contains("harga konsumen"))
        {
            sections.Add(Inflation(p, n));
        }

        if (topic.Contains("kemiskinan") || topic.Contains("poverty"))
        {
            sections.Add(Poverty(p, n));
        }

        if (topic.Contains("pembangunan manusia"))
        {
            sections.Add(HumanDevelopment(p, n));
        }

        if (topic.Contains("pdrb") || topic.Contains("lapangan usaha") || topic.Contains("economy"))
        {
            sections.Add(Economy(p, n));
        }

        if (topic.Contains("angkatan kerja") || topic.Contains("ketenagakerjaan") || topic.Contains("labour"))
        {
            sections.Add(Labour(p, n));
        }

        if (topic.Contains("perikanan") || topic.Contains("fisheries"))
        {
            sections.Add(Fisheries(p, n));
        }

        if (topic.Contains("pertanian") || topic.Contains("nilai tukar petani"))
        {
            sections.Add(Agriculture(p, n));
        }

        if (topic.Contains("penduduk") || topic.Contains("population") || topic.Contains("kecamatan") || sections.Count < 3)
        {
            sections.Add(Population(p, n));
        }

        if (sections.Count < 3)
        {
            sections.Add(Welfare(p, n));
        }

        // Two to six body pages, varying per publication.
        var wanted = Math.Clamp(2 + n.Int(0, 4), sections.Count, 6);
        var fillers = new Func<Publication, DemoNumbers, DemoSection>[] { Population, Welfare, Economy, Inflation };
        for (var i = 0; sections.Count < wanted && i < fillers.Length; i++)
        {
            var section = fillers[i](p, n);
            if (sections.All(s => s.Heading != section.Heading))
            {
                sections.Add(section);
            }
        }

        return sections.Take(6).ToList();
    }

    private static string Place(Publication p) => p.CatalogNumber?.EndsWith("6500", StringComparison.Ordinal) == true || p.Title.Contains("Kalimantan Utara", StringComparison.Ordinal)
        ? "Provinsi Kalimantan Utara"
        : "Kota Tarakan";

    private static DemoSection Foreword(Publication p, bool english) => english
        ? new DemoSection("Foreword", [
            p.Abstract ?? p.Title,
            $"This publication is issued by BPS-Statistics of {(Place(p) == "Kota Tarakan" ? "Tarakan Municipality" : "Kalimantan Utara Province")} to support planning and evaluation of development. Data are compiled from censuses, surveys and administrative records of government agencies.",
            "We thank all parties who contributed to this publication. Suggestions for improvement are welcome."], null)
        : new DemoSection("Kata Pengantar", [
            p.Abstract ?? p.Title,
            $"Publikasi {p.Title} diterbitkan oleh Badan Pusat Statistik {Place(p)} untuk memenuhi kebutuhan data bagi perencanaan dan evaluasi pembangunan. Data bersumber dari sensus, survei serta catatan administrasi instansi pemerintah.",
            "Kami mengucapkan terima kasih kepada semua pihak yang telah membantu penyusunan publikasi ini. Kritik dan saran untuk perbaikan publikasi mendatang sangat kami harapkan."], null);

    private static DemoSection Population(Publication p, DemoNumbers n)
    {
        var total = 242_786 * Math.Pow(1.0137, Math.Max(0, p.Year - 2020)) * n.Between(0.99, 1.01);
        var rows = new List<string[]>();
        for (var i = 0; i < Kecamatan.Length; i++)
        {
            var people = total * KecamatanShare[i];
            rows.Add([Kecamatan[i], DemoNumbers.Decimal(KecamatanArea[i]), DemoNumbers.Whole(people), DemoNumbers.Whole(people / KecamatanArea[i])]);
        }

        rows.Add(["Kota Tarakan", DemoNumbers.Decimal(250.57), DemoNumbers.Whole(total), DemoNumbers.Whole(total / 250.57)]);
        return new DemoSection("Penduduk", [
            $"Jumlah penduduk Kota Tarakan tahun {p.Year} sebanyak {DemoNumbers.Whole(total)} jiwa. Kecamatan Tarakan Barat merupakan kecamatan terpadat, sedangkan Kecamatan Tarakan Utara memiliki wilayah terluas.",
            $"Rasio jenis kelamin penduduk sebesar {DemoNumbers.Decimal(n.Between(106, 110), 1)}, artinya terdapat lebih banyak penduduk laki-laki daripada perempuan."],
            new DemoTable($"Luas Wilayah, Jumlah dan Kepadatan Penduduk menurut Kecamatan di Kota Tarakan, {p.Year}",
                ["Kecamatan", "Luas (km2)", "Penduduk (jiwa)", "Kepadatan (jiwa/km2)"], rows));
    }

    private static DemoSection Inflation(Publication p, DemoNumbers n)
    {
        var rows = new List<string[]>();
        var index = n.Between(103, 106);
        var yearly = 0.0;
        foreach (var month in Months)
        {
            var mtm = n.Between(-0.45, 0.9);
            index *= 1 + (mtm / 100);
            yearly += mtm;
            rows.Add([month, DemoNumbers.Decimal(index), DemoNumbers.Decimal(mtm), DemoNumbers.Decimal(yearly)]);
        }

        return new DemoSection("Indeks Harga Konsumen dan Inflasi", [
            $"Selama tahun {p.Year} inflasi tahun kalender Kota Tarakan tercatat {DemoNumbers.Decimal(yearly)} persen. Inflasi terutama didorong oleh kenaikan harga ikan bandeng, beras, cabai rawit dan tarif angkutan udara.",
            "Indeks Harga Konsumen (IHK) menggunakan tahun dasar 2022=100 berdasarkan Survei Biaya Hidup."],
            new DemoTable($"Indeks Harga Konsumen (IHK) dan Inflasi Kota Tarakan menurut Bulan, {p.Year}",
                ["Bulan", "IHK", "Inflasi m-to-m (%)", "Inflasi kalender (%)"], rows));
    }

    private static DemoSection Poverty(Publication p, DemoNumbers n)
    {
        var rows = new List<string[]>();
        for (var year = p.Year - 4; year <= p.Year; year++)
        {
            var poor = n.Between(15.5, 18.5);
            rows.Add([year.ToString(System.Globalization.CultureInfo.InvariantCulture), DemoNumbers.Decimal(poor), DemoNumbers.Decimal(poor / 2.55), DemoNumbers.Whole(n.Between(640_000, 820_000)), DemoNumbers.Decimal(n.Between(0.7, 1.2))]);
        }

        return new DemoSection("Kemiskinan", [
            "Penduduk miskin adalah penduduk yang memiliki rata-rata pengeluaran per kapita per bulan di bawah garis kemiskinan. Data kemiskinan bersumber dari Susenas bulan Maret.",
            "Garis kemiskinan makanan memberikan sumbangan terbesar terhadap garis kemiskinan, terutama beras, rokok kretek filter, ikan dan telur ayam ras."],
            new DemoTable("Jumlah dan Persentase Penduduk Miskin, Garis Kemiskinan dan Indeks Kedalaman Kemiskinan (P1)",
                ["Tahun", "Penduduk Miskin (ribu)", "Persentase (%)", "Garis Kemiskinan (Rp/kapita/bulan)", "P1"], rows));
    }

    private static DemoSection HumanDevelopment(Publication p, DemoNumbers n)
    {
        var rows = new List<string[]>();
        for (var year = p.Year - 4; year <= p.Year; year++)
        {
            var step = year - p.Year + 4;
            rows.Add([year.ToString(System.Globalization.CultureInfo.InvariantCulture), DemoNumbers.Decimal(73.9 + (0.2 * step)), DemoNumbers.Decimal(13.4 + (0.05 * step)), DemoNumbers.Decimal(9.8 + (0.08 * step)), DemoNumbers.Whole(12_400 + (250 * step) + n.Int(0, 90)), DemoNumbers.Decimal(76.2 + (0.55 * step))]);
        }

        return new DemoSection("Indeks Pembangunan Manusia", [
            "IPM mengukur capaian pembangunan manusia dari tiga dimensi dasar: umur panjang dan hidup sehat, pengetahuan, serta standar hidup layak.",
            "IPM Kota Tarakan termasuk kategori tinggi dan berada di atas rata-rata Provinsi Kalimantan Utara."],
            new DemoTable("Komponen Indeks Pembangunan Manusia Kota Tarakan",
                ["Tahun", "UHH (tahun)", "HLS (tahun)", "RLS (tahun)", "Pengeluaran (ribu Rp)", "IPM"], rows));
    }

    private static DemoSection Economy(Publication p, DemoNumbers n)
    {
        string[] sectors = ["Pertanian, Kehutanan dan Perikanan", "Pertambangan dan Penggalian", "Industri Pengolahan", "Konstruksi", "Perdagangan Besar dan Eceran", "Transportasi dan Pergudangan", "Akomodasi dan Makan Minum", "Jasa Keuangan dan Asuransi", "Administrasi Pemerintahan"];
        double[] weights = [0.12, 0.09, 0.14, 0.17, 0.2, 0.07, 0.04, 0.05, 0.06];
        var total = n.Between(24_000, 31_000) * Math.Pow(1.05, Math.Max(0, p.Year - 2020));
        var rows = sectors.Select((s, i) => new[] { s, DemoNumbers.Decimal(total * weights[i]), DemoNumbers.Decimal(weights[i] * 100), DemoNumbers.Decimal(n.Between(-1.5, 8.5)) }).ToList();
        rows.Add(["PDRB", DemoNumbers.Decimal(total), "100,00", DemoNumbers.Decimal(n.Between(4.2, 5.8))]);
        return new DemoSection("Produk Domestik Regional Bruto", [
            $"Perekonomian {Place(p)} tahun {p.Year} tumbuh positif. Lapangan usaha perdagangan besar dan eceran serta konstruksi memberikan kontribusi terbesar terhadap PDRB atas dasar harga berlaku.",
            "Pertumbuhan ekonomi dihitung dari PDRB atas dasar harga konstan 2010."],
            new DemoTable($"PDRB Atas Dasar Harga Berlaku menurut Lapangan Usaha (miliar rupiah), {p.Year}",
                ["Lapangan Usaha", "Nilai", "Distribusi (%)", "Laju Pertumbuhan (%)"], rows));
    }

    private static DemoSection Labour(Publication p, DemoNumbers n)
    {
        var workforce = n.Between(118_000, 130_000);
        var tpt = n.Between(5.2, 7.1);
        var rows = new List<string[]>
        {
            new[] { "Angkatan kerja", DemoNumbers.Whole(workforce) },
            new[] { "- Bekerja", DemoNumbers.Whole(workforce * (1 - (tpt / 100))) },
            new[] { "- Pengangguran", DemoNumbers.Whole(workforce * tpt / 100) },
            new[] { "Bukan angkatan kerja", DemoNumbers.Whole(n.Between(60_000, 70_000)) },
            new[] { "Tingkat Partisipasi Angkatan Kerja (%)", DemoNumbers.Decimal(n.Between(63, 67)) },
            new[] { "Tingkat Pengangguran Terbuka (%)", DemoNumbers.Decimal(tpt) },
        };
        return new DemoSection("Ketenagakerjaan", [
            $"Hasil Sakernas Agustus {p.Year} menunjukkan tingkat pengangguran terbuka (TPT) Kota Tarakan sebesar {DemoNumbers.Decimal(tpt)} persen.",
            "Penduduk bekerja paling banyak berada pada lapangan pekerjaan perdagangan, jasa kemasyarakatan dan perikanan."],
            new DemoTable($"Penduduk Berumur 15 Tahun ke Atas menurut Jenis Kegiatan, Agustus {p.Year}", ["Jenis Kegiatan", "Jumlah"], rows));
    }

    private static DemoSection Fisheries(Publication p, DemoNumbers n)
    {
        string[] kinds = ["Ikan bandeng", "Udang windu", "Kepiting bakau", "Ikan layang", "Ikan tongkol", "Rumput laut"];
        var rows = kinds.Select(k => new[] { k, DemoNumbers.Whole(n.Between(300, 9_000)), DemoNumbers.Whole(n.Between(5_000, 120_000)) }).ToList();
        return new DemoSection("Perikanan", [
            "Sektor perikanan merupakan andalan Kota Tarakan. Produksi budidaya tambak didominasi udang windu dan bandeng, sedangkan perikanan tangkap laut didominasi ikan pelagis kecil.",
            $"Jumlah rumah tangga nelayan tahun {p.Year} tercatat {DemoNumbers.Whole(n.Between(1_800, 2_600))} rumah tangga."],
            new DemoTable($"Produksi dan Nilai Produksi Perikanan menurut Jenis, {p.Year}", ["Jenis", "Produksi (ton)", "Nilai (juta Rp)"], rows));
    }

    private static DemoSection Agriculture(Publication p, DemoNumbers n)
    {
        string[] crops = ["Padi ladang", "Jagung", "Ubi kayu", "Kacang tanah", "Cabai rawit", "Pisang"];
        var rows = crops.Select(c => new[] { c, DemoNumbers.Whole(n.Between(10, 600)), DemoNumbers.Whole(n.Between(30, 4_000)) }).ToList();
        return new DemoSection("Pertanian", [
            $"Luas panen tanaman pangan di {Place(p)} relatif kecil karena sebagian besar wilayah berupa permukiman, hutan mangrove dan tambak.",
            $"Nilai Tukar Petani (NTP) tahun {p.Year} berada di atas 100, menandakan daya beli petani membaik."],
            new DemoTable($"Luas Panen dan Produksi Tanaman menurut Komoditas, {p.Year}", ["Komoditas", "Luas Panen (ha)", "Produksi (ton)"], rows));
    }

    private static DemoSection Welfare(Publication p, DemoNumbers n)
    {
        var rows = new List<string[]>
        {
            new[] { "Angka Partisipasi Sekolah 7-12 tahun (%)", DemoNumbers.Decimal(n.Between(98.5, 99.9)) },
            new[] { "Angka Partisipasi Sekolah 13-15 tahun (%)", DemoNumbers.Decimal(n.Between(95, 99)) },
            new[] { "Rata-rata Lama Sekolah (tahun)", DemoNumbers.Decimal(n.Between(9.6, 10.4)) },
            new[] { "Rumah tangga dengan air minum layak (%)", DemoNumbers.Decimal(n.Between(88, 97)) },
            new[] { "Penduduk dengan jaminan kesehatan (%)", DemoNumbers.Decimal(n.Between(70, 88)) },
            new[] { "Penduduk yang mengakses internet (%)", DemoNumbers.Decimal(n.Between(72, 86)) },
        };
        return new DemoSection("Kesejahteraan Rakyat", [
            $"Indikator kesejahteraan rakyat {Place(p)} tahun {p.Year} menunjukkan perbaikan pada akses pendidikan, kesehatan dan perumahan layak.",
            "Data bersumber dari Survei Sosial Ekonomi Nasional (Susenas) Maret."],
            new DemoTable($"Indikator Kesejahteraan Rakyat, {p.Year}", ["Indikator", "Nilai"], rows));
    }
}
