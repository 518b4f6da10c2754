using System.Text.Json.Nodes;
using Bot.Catalog.Demo;
using Bot.Tests.Catalog.Sync;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Subscriptions;

/// <summary>What BPS releases after the first sync in these tests: one inflation press release, one publication.</summary>
internal static class NewReleaseReleases
{
    public const string InflasiDesember = "25004";
    public const string StatistikDaerah = "5f0d8c3a9b7e4a1c2d3e4f60";

    public static void Publish(BpsWebApiDouble api)
    {
        var sample = DemoCatalog.Publications()[0] with { Subjects = ["uji"], Abstract = null };
        var brsFile = "brs-" + InflasiDesember + ".pdf";
        api.Files[brsFile] = DemoCatalog.RenderPdf(sample with { Id = "bps-brs-" + InflasiDesember, Title = "Inflasi Kota Tarakan Desember 2024" });
        api.PressReleases.Insert(0, new JsonObject
        {
            ["brs_id"] = int.Parse(InflasiDesember, System.Globalization.CultureInfo.InvariantCulture),
            ["subj_id"] = 3,
            ["subj"] = "Inflasi",
            ["title"] = "Inflasi Year on Year (y-on-y) Kota Tarakan Desember 2024 sebesar 1,61 Persen",
            ["abstract"] = "&lt;p&gt;Pada Desember 2024 terjadi inflasi y-on-y sebesar 1,61 persen.&lt;/p&gt;\r\n",
            ["rl_date"] = "2025-01-02",
            ["updt_date"] = null,
            ["pdf"] = api.FileUrl(brsFile),
            ["size"] = BpsTestCatalog.Size(api.Files[brsFile].Length),
            ["slide"] = "",
            ["thumbnail"] = "",
        });
        var pubFile = StatistikDaerah + ".pdf";
        api.Files[pubFile] = DemoCatalog.RenderPdf(sample with { Id = "bps-pub-" + StatistikDaerah, Title = "Statistik Daerah Kota Tarakan 2025" });
        api.Publications.Insert(0, new JsonObject
        {
            ["pub_id"] = StatistikDaerah,
            ["title"] = "Statistik Daerah Kota Tarakan 2025",
            ["abstract"] = "Ringkasan pembangunan Kota Tarakan.",
            ["issn"] = "2089-1717",
            ["sch_date"] = "2025-01-10",
            ["rl_date"] = "2025-01-10",
            ["updt_date"] = null,
            ["pdf"] = api.FileUrl(pubFile),
            ["size"] = BpsTestCatalog.Size(api.Files[pubFile].Length),
        });
        api.Views[StatistikDaerah] = new JsonObject { ["kat_no"] = "1101002.6571", ["pub_no"] = "65710.2501" };
    }
}
