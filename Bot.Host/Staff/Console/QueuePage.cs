using System.Text.RegularExpressions;
using Bot.Dialogs.Model;
using Bot.Host.Queue;
using Bot.Host.Staff.Accounts;
using static Bot.Host.Staff.Console.ConsoleHtml;

namespace Bot.Host.Staff.Console;

/// <summary>
/// Antrean: the waiting and serving lists (refreshed by console.js from /api/staff/queue) and the
/// buttons Panggil (with the officer's counter, remembered in a cookie on this browser), Ulang,
/// Lewati and Selesai. The actions run the same queue operations as the API and the Telegram group.
/// </summary>
internal static partial class QueuePage
{
    private const string CounterCookie = "pstbot.staff.counter";

    // Outside the interpolated page: its braces would be read as a placeholder.
    private const string CounterHtmlPattern = "[A-Za-z0-9]{1,16}";

    public static IResult Show(HttpContext context)
    {
        var counter = context.Request.Cookies[CounterCookie] is { } remembered && CounterPattern().IsMatch(remembered) ? remembered : "";
        var body = $"""
            <div id="queue">
            <div class="panel">
            <form method="post" action="/staff/antrean/panggil" class="filters">
            {Antiforgery(context)}
            <label>Meja <input id="counter" name="counter" value="{E(counter)}" required pattern="{CounterHtmlPattern}" size="6"></label>
            <button type="submit" id="call">Panggil berikutnya</button>
            <span class="muted">Menunggu: <strong id="waiting-count">…</strong></span>
            </form>
            </div>
            <div class="columns">
            <div class="panel"><h2>Sedang dilayani</h2>
            <table id="serving"><thead><tr><th>Nomor</th><th>Meja</th><th>Dipanggil</th><th>Kali</th><th></th></tr></thead><tbody></tbody></table></div>
            <div class="panel"><h2>Menunggu</h2>
            <table id="waiting"><thead><tr><th>Nomor</th><th>Kanal</th><th>Ambil</th><th>Buku tamu</th><th>Tunggu</th></tr></thead><tbody></tbody></table></div>
            </div>
            </div>
            """;
        return Page(context, "Antrean", "/staff/antrean", body);
    }

    public static async Task<IResult> CallAsync(HttpContext context, IFormCollection form, QueueWrites writes, CancellationToken cancellationToken)
    {
        var counter = form["counter"].ToString().Trim();
        if (!CounterPattern().IsMatch(counter))
        {
            return Back("/staff/antrean", error: "Isi nomor meja: 1–16 huruf atau angka.");
        }

        context.Response.Cookies.Append(CounterCookie, counter, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), Path = "/staff" });
        var actor = StaffClaims.Actor(context.User);
        var called = await writes.RunAsync(sp => sp.GetRequiredService<QueueCalls>().CallNextAsync(counter, null, actor.Id, cancellationToken), cancellationToken);
        return called is null
            ? Back("/staff/antrean", error: "Tidak ada pengunjung yang menunggu.")
            : Back("/staff/antrean", notice: $"{called.Number} dipanggil ke meja {called.Counter}." + (called.GuestBookAt is null ? " Pengunjung belum mengisi buku tamu." : ""));
    }

    public static async Task<IResult> ActAsync(HttpContext context, string number, string action, IFormCollection form, QueueWrites writes, CancellationToken cancellationToken)
    {
        if (action is not ("recall" or "skip" or "done") || QueueCalls.Parse(number) is null)
        {
            return Back("/staff/antrean", error: "Tindakan tidak dikenal.");
        }

        var actorId = StaffClaims.Actor(context.User).Id;
        return await writes.RunAsync(async sp =>
        {
            var calls = sp.GetRequiredService<QueueCalls>();
            if (await calls.FindAsync(number, cancellationToken) is not { } ticket)
            {
                return Back("/staff/antrean", error: $"Nomor {number.ToUpperInvariant()} tidak ada hari ini.");
            }

            var outcome = action switch
            {
                "recall" => await calls.RecallAsync(ticket, actorId, cancellationToken),
                "skip" => await calls.SkipAsync(ticket, actorId, cancellationToken),
                _ => await calls.DoneAsync(ticket, actorId, cancellationToken),
            };
            return outcome switch
            {
                QueueOutcome.Ok => Back("/staff/antrean", notice: action switch
                {
                    "recall" => $"{ticket.Number} dipanggil ulang.",
                    "skip" => $"{ticket.Number} dilewati.",
                    _ => $"{ticket.Number} selesai dilayani.",
                }),
                QueueOutcome.TooEarly => Back("/staff/antrean", error: $"{ticket.Number} baru dipanggil pukul {Formats.Time(ticket.LastCalledAt!.Value, Language.Id)}; bisa dilewati mulai {Formats.Time(calls.NoShowFrom(ticket), Language.Id)}. Panggil ulang dulu."),
                _ => Back("/staff/antrean", error: $"{ticket.Number} sedang tidak dilayani."),
            };
        }, cancellationToken);
    }

    [GeneratedRegex(@"^[A-Za-z0-9]{1,16}$")]
    private static partial Regex CounterPattern();
}
