using System.Net;
using System.Security.Claims;
using System.Text;
using Bot.Host.Staff.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Bot.Host.Staff.Console;

/// <summary>
/// The console's page frame and the small pieces every page uses. Pages are server-rendered
/// strings: every value from data goes through <see cref="E"/>; the page's CSP allows only this
/// host's own scripts and styles (no inline ones), so the frame loads /staff/assets/*.
/// </summary>
internal static class ConsoleHtml
{
    private static readonly (string Path, string Label, bool Supervisor)[] s_nav =
    [
        ("/staff", "Beranda", false),
        ("/staff/antrean", "Antrean", false),
        ("/staff/tiket", "Tiket", false),
        ("/staff/bukutamu", "Buku tamu", false),
        ("/staff/laporan", "Laporan", false),
        ("/staff/katalog", "Katalog", true),
    ];

    /// <summary>HTML-encodes a value (null is empty).</summary>
    public static string E(object? value) => WebUtility.HtmlEncode(value?.ToString() ?? "");

    /// <summary>The hidden antiforgery field every form carries.</summary>
    public static string Antiforgery(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }

    public static IResult Page(HttpContext context, string title, string active, string body, bool charts = false)
    {
        var user = context.User;
        var html = new StringBuilder();
        var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken;
        html.Append($"""
            <!doctype html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="af" content="{E(token)}">
            <title>{E(title)} · Konsol Petugas PST</title>
            <link rel="stylesheet" href="/staff/assets/console.css">
            {(charts ? "<script src=\"/staff/vendor/chartjs/chart.umd.min.js\"></script>" : "")}
            <script src="/staff/assets/console.js"></script>
            </head>
            <body>
            <header>
            <span class="brand">Konsol Petugas PST</span>
            <nav>
            """);
        foreach (var (path, label, supervisor) in s_nav)
        {
            if (!supervisor || user.IsInRole(StaffRoles.Supervisor))
            {
                html.Append($"<a href=\"{path}\"{(path == active ? " class=\"active\"" : "")}>{E(label)}</a>");
            }
        }

        html.Append($"""
            </nav>
            <form method="post" action="/staff/keluar">{Antiforgery(context)}<span class="muted">{E(user.FindFirstValue(StaffClaims.DisplayName))}</span> <button type="submit" class="secondary">Keluar</button></form>
            </header>
            <main>
            <h1>{E(title)}</h1>
            {Flash(context)}
            {body}
            </main>
            </body>
            </html>
            """);
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>A short message after an action (?pesan=… or ?galat=…), redirected back to the page.</summary>
    public static string Flash(HttpContext context) =>
        context.Request.Query["pesan"].ToString() is { Length: > 0 } notice ? $"<div class=\"notice\" role=\"status\">{E(notice)}</div>"
        : context.Request.Query["galat"].ToString() is { Length: > 0 } error ? $"<div class=\"error\" role=\"alert\">{E(error)}</div>"
        : "";

    public static IResult Back(string path, string? notice = null, string? error = null) =>
        Results.Redirect(path + (notice is not null ? "?pesan=" + Uri.EscapeDataString(notice) : error is not null ? "?galat=" + Uri.EscapeDataString(error) : ""));
}
