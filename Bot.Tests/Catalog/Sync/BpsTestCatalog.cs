using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Catalog.Demo;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Catalog.Sync;

/// <summary>Kota Tarakan's catalogue as the WebAPI double serves it: 12 publications and 6 press releases.</summary>
internal static class BpsTestCatalog
{
    public const string DalamAngka = "5f0d8c3a9b7e4a1c2d3e4f50";
    public const string TarakanBarat = "5f0d8c3a9b7e4a1c2d3e4f51";
    public const string Kemiskinan = "5f0d8c3a9b7e4a1c2d3e4f52";
    public const string InflasiNovember = "24101";
    public const string IhkOktober = "24087";

    public const string DalamAngkaHtmlAbstract = "<p>Publikasi <b>Kota Tarakan Dalam Angka 2024</b> menyajikan data pokok&nbsp;daerah.<br>Data mencakup penduduk, pendidikan &amp; ekonomi.</p>";

    /// <summary>As BPS sends it: HTML whose tags are themselves entity-escaped, with raw CRLF line breaks.</summary>
    public const string InflasiEscapedAbstract = "&lt;p&gt;&lt;b&gt;Pada November 2024 terjadi inflasi year on year (y-on-y) Kota Tarakan sebesar 1,52 persen&lt;/b&gt;&lt;/p&gt;\r\n&lt;ul&gt;&lt;li&gt;Indeks Harga Konsumen (IHK) sebesar 106,87.&lt;/li&gt;\r\n&lt;li&gt;Inflasi month to month (m-to-m) sebesar 0,31 persen.&lt;/li&gt;&lt;/ul&gt;";

    private static readonly (string Id, string Title, string Date, string Issn, string KatNo, string Abstract)[] PublicationRows =
    [
        (DalamAngka, "Kota Tarakan Dalam Angka 2024", "2024-02-28", "2088-3781", "1102001.6571", DalamAngkaHtmlAbstract),
        (TarakanBarat, "Kecamatan Tarakan Barat Dalam Angka 2024", "2024-09-26", "-", "1102001.6571010", "Gambaran umum Kecamatan Tarakan Barat: geografi, penduduk, sosial dan ekonomi."),
        (Kemiskinan, "Profil Kemiskinan Kota Tarakan 2023", "2023-11-30", "978-602-438-123-4", "3205011.6571", "Garis kemiskinan, jumlah dan persentase penduduk miskin Kota Tarakan."),
        ("5f0d8c3a9b7e4a1c2d3e4f53", "Indeks Pembangunan Manusia Kota Tarakan 2023", "2024-05-15", "2302-4578", "4102002.6571", "Capaian IPM: umur harapan hidup, harapan lama sekolah, pengeluaran per kapita."),
        ("5f0d8c3a9b7e4a1c2d3e4f54", "Statistik Daerah Kota Tarakan 2024", "2024-09-30", "2089-1717", "1101002.6571", "Ringkasan perkembangan pembangunan Kota Tarakan."),
        ("5f0d8c3a9b7e4a1c2d3e4f55", "Produk Domestik Regional Bruto Kota Tarakan Menurut Lapangan Usaha 2019-2023", "2024-04-30", "2088-8260", "9302008.6571", "PDRB atas dasar harga berlaku dan konstan menurut lapangan usaha."),
        ("5f0d8c3a9b7e4a1c2d3e4f56", "Keadaan Angkatan Kerja Kota Tarakan Agustus 2023", "2024-03-20", "-", "2303003.6571", "Tingkat partisipasi angkatan kerja dan tingkat pengangguran terbuka hasil Sakernas."),
        ("5f0d8c3a9b7e4a1c2d3e4f57", "Statistik Kesejahteraan Rakyat Kota Tarakan 2023", "2023-12-20", "-", "4101002.6571", "Indikator kesejahteraan rakyat dari Susenas: pendidikan, kesehatan, perumahan."),
        ("5f0d8c3a9b7e4a1c2d3e4f58", "Kota Tarakan Dalam Angka 2023", "2023-02-28", "2088-3781", "1102001.6571", "Data pokok Kota Tarakan tahun 2022."),
        ("5f0d8c3a9b7e4a1c2d3e4f59", "Statistik Perikanan Tangkap Kota Tarakan 2023", "2024-06-14", "-", "5402003.6571", "Produksi dan nilai produksi perikanan tangkap laut."),
        ("5f0d8c3a9b7e4a1c2d3e4f5a", "Hasil Sensus Penduduk 2020 Kota Tarakan", "2021-12-01", "-", "2102002.6571", "Jumlah, sebaran dan karakteristik penduduk hasil SP2020."),
        ("5f0d8c3a9b7e4a1c2d3e4f5b", "Indikator Ekonomi Kota Tarakan 2024", "2024-11-29", "-", "9201001.6571", "Ringkasan indikator ekonomi makro Kota Tarakan."),
    ];

    private static readonly (string Id, int SubjId, string Subj, string Title, string Date, string Abstract)[] PressReleaseRows =
    [
        (InflasiNovember, 3, "Inflasi", "Inflasi Year on Year (y-on-y) Kota Tarakan November 2024 sebesar 1,52 Persen", "2024-12-02", InflasiEscapedAbstract),
        (IhkOktober, 3, "Inflasi", "Perkembangan Indeks Harga Konsumen Kota Tarakan Oktober 2024", "2024-11-01", "&lt;p&gt;Pada Oktober 2024 terjadi inflasi y-on-y sebesar 1,38 persen.&lt;/p&gt;\r\n"),
        ("24066", 3, "Inflasi", "Perkembangan Indeks Harga Konsumen Kota Tarakan September 2024", "2024-10-01", "&lt;p&gt;Pada September 2024 terjadi inflasi y-on-y sebesar 1,20 persen.&lt;/p&gt;"),
        ("24030", 23, "Kemiskinan dan Ketimpangan", "Profil Kemiskinan Kota Tarakan Maret 2024", "2024-07-15", "&lt;p&gt;Persentase penduduk miskin Maret 2024 sebesar 5,83 persen.&lt;/p&gt;"),
        ("24095", 6, "Tenaga Kerja", "Keadaan Ketenagakerjaan Kota Tarakan Agustus 2024", "2024-11-06", "&lt;p&gt;Tingkat Pengangguran Terbuka (TPT) Agustus 2024 sebesar 5,67 persen.&lt;/p&gt;"),
        ("24099", 16, "Pariwisata", "Perkembangan Pariwisata Kota Tarakan Oktober 2024", "2024-12-02", "&lt;p&gt;Tingkat penghunian kamar hotel bintang Oktober 2024.&lt;/p&gt;"),
    ];

    public static int PublicationCount => PublicationRows.Length;

    public static int PressReleaseCount => PressReleaseRows.Length;

    public static void Fill(BpsWebApiDouble api)
    {
        var sample = DemoCatalog.Publications()[0] with { Subjects = ["uji"], Abstract = null };
        foreach (var row in PublicationRows)
        {
            var file = row.Id + ".pdf";
            api.Files[file] = DemoCatalog.RenderPdf(sample with { Id = "bps-pub-" + row.Id, Title = row.Title });
            api.Publications.Add(new JsonObject
            {
                ["pub_id"] = row.Id,
                ["title"] = row.Title,
                ["abstract"] = row.Abstract,
                ["issn"] = row.Issn,
                ["sch_date"] = row.Date,
                ["rl_date"] = row.Date,
                ["updt_date"] = null,
                ["cover"] = $"{api.Address}/files/{row.Id}.jpg?tokenuser=",
                ["pdf"] = api.FileUrl(file),
                ["size"] = Size(api.Files[file].Length),
            });
            api.Views[row.Id] = new JsonObject { ["kat_no"] = row.KatNo, ["pub_no"] = "65710." + row.Id[^4..], ["related"] = new JsonArray() };
        }

        foreach (var row in PressReleaseRows)
        {
            var file = "brs-" + row.Id + ".pdf";
            api.Files[file] = DemoCatalog.RenderPdf(sample with { Id = "bps-brs-" + row.Id, Title = row.Title });
            api.PressReleases.Add(new JsonObject
            {
                ["brs_id"] = int.Parse(row.Id, CultureInfo.InvariantCulture),
                ["subj_id"] = row.SubjId,
                ["subj"] = row.Subj,
                ["title"] = row.Title,
                ["abstract"] = row.Abstract,
                ["rl_date"] = row.Date,
                ["updt_date"] = row.Date + " 11:00:00",
                ["pdf"] = api.FileUrl(file),
                ["size"] = Size(api.Files[file].Length),
                ["slide"] = "",
                ["thumbnail"] = $"{api.Address}/files/brs-{row.Id}.png",
            });
        }
    }

    public static string Size(long bytes) => (bytes / (1024d * 1024d)).ToString("0.00", CultureInfo.InvariantCulture) + " MB";
}
