using Bot.Catalog.Import;
using Bot.Catalog.Search;
using Bot.Host.Catalog;
using Bot.Host.Staff.Accounts;
using static Bot.Host.Staff.Console.ConsoleHtml;

namespace Bot.Host.Staff.Console;

/// <summary>
/// Katalog (supervisors): list and search, upload a manifest (every entry's problems shown, nothing
/// imported unless all are valid, as `catalog import`), sync from BPS's WebAPI when a key is set,
/// and remove. Removals are logged with the supervisor's account.
/// </summary>
internal static partial class CatalogPage
{
    private const int MaxListed = 300;

    public static IResult Show(HttpContext context, string? q, CatalogService catalog, IConfiguration configuration)
    {
        var entries = catalog.Index.List()
            .Where(e => string.IsNullOrWhiteSpace(q) || e.Title.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) || e.Id.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .Take(MaxListed).ToList();
        var af = Antiforgery(context);
        var rows = string.Concat(entries.Select(e => $"""
            <tr><td>{E(e.Id)}</td><td>{E(e.Year)}</td><td>{E(e.Title)}</td>
            <td><form method="post" class="inline" action="/staff/katalog/hapus">{af}<input type="hidden" name="id" value="{E(e.Id)}"><button type="submit" class="danger">Hapus</button></form></td></tr>
            """));
        var syncable = new BpsSyncOptions { ApiKey = configuration[$"{BpsSyncOptions.Section}:ApiKey"] }.Enabled;
        var body = $"""
            <div class="columns">
            <div class="panel"><h2>Unggah manifest</h2>
            <form method="post" action="/staff/katalog/unggah" enctype="multipart/form-data">{af}
            <input type="file" name="manifest" accept=".json,application/json" required> <button type="submit">Unggah</button></form></div>
            <div class="panel"><h2>Sinkron dari WebAPI BPS</h2>
            {(syncable ? $"<form method=\"post\" action=\"/staff/katalog/sinkron\">{af}<button type=\"submit\">Sinkronkan sekarang</button></form>" : "<p class=\"muted\">Belum diatur (Catalog:Bps:ApiKey).</p>")}</div>
            </div>
            <form method="get" action="/staff/katalog" class="filters"><label>Cari <input name="q" value="{E(q)}"></label><button type="submit">Cari</button></form>
            <div class="panel"><p>{catalog.Index.Count} publikasi.</p>
            <table id="catalog"><thead><tr><th>Id</th><th>Tahun</th><th>Judul</th><th></th></tr></thead><tbody>{rows}</tbody></table></div>
            """;
        return Page(context, "Katalog", "/staff/katalog", body);
    }

    public static async Task<IResult> UploadAsync(HttpContext context, IFormCollection form, CatalogService catalog, ILogger<CatalogService> logger, CancellationToken cancellationToken)
    {
        if (form.Files.GetFile("manifest") is not { Length: > 0 } file)
        {
            return Back("/staff/katalog", error: "Pilih berkas manifest (JSON).");
        }

        // The validator reads a path (PDF paths in the manifest are relative to it): a temporary copy.
        var path = Path.Combine(Path.GetTempPath(), $"pstbot-manifest-{Guid.NewGuid():N}.json");
        try
        {
            await using (var stream = File.Create(path))
            {
                await file.CopyToAsync(stream, cancellationToken);
            }

            var validation = await Task.Run(() => ManifestValidator.Validate(path, cancellationToken), cancellationToken);
            if (!validation.IsValid)
            {
                var problems = string.Concat(validation.Errors.Select(p => $"<li>{E(p.ToString())}</li>"));
                return Page(context, "Katalog", "/staff/katalog", $"<div class=\"error\" role=\"alert\">{validation.Errors.Count} masalah; tidak ada yang diimpor.<ul id=\"problems\">{problems}</ul></div><p><a href=\"/staff/katalog\">Kembali</a></p>");
            }

            var result = catalog.Importer.Import(validation, cancellationToken);
            LogImported(logger, StaffClaims.Actor(context.User).Id, result.Imported);
            return Back("/staff/katalog", notice: $"{result.Imported} publikasi diimpor ({result.Added.Count} baru, {result.Updated.Count} diperbarui).");
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<IResult> SyncAsync(HttpContext context, IFormCollection form, BpsSyncRunner runner, CancellationToken cancellationToken)
    {
        var report = await runner.RunAsync(null, cancellationToken);
        return report.Fatal is null ? Back("/staff/katalog", notice: report.Summary) : Back("/staff/katalog", error: report.Summary);
    }

    public static IResult Remove(HttpContext context, IFormCollection form, CatalogService catalog, ILogger<CatalogService> logger)
    {
        var id = form["id"].ToString();
        if (!catalog.Importer.Remove(id))
        {
            return Back("/staff/katalog", error: $"Tidak ada publikasi \"{id}\".");
        }

        LogRemoved(logger, id, StaffClaims.Actor(context.User).Id);
        return Back("/staff/katalog", notice: $"\"{id}\" dihapus dari katalog.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue: {Id} removed by {Actor} from the staff console.")]
    private static partial void LogRemoved(ILogger logger, string id, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue: {Actor} imported {Count} publication(s) from the staff console.")]
    private static partial void LogImported(ILogger logger, string actor, int count);
}
