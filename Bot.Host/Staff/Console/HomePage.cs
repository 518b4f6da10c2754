using Bot.Dialogs.Complaint;
using Bot.Dialogs.Model;
using Bot.Host.Queue;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Bot.Host.Users;
using Microsoft.EntityFrameworkCore;
using static Bot.Host.Staff.Console.ConsoleHtml;

namespace Bot.Host.Staff.Console;

/// <summary>Beranda: today at a glance (waiting, served, open tickets, guest book, the month's IKM).</summary>
internal static class HomePage
{
    public static async Task<IResult> ShowAsync(HttpContext context, BotDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = Wita.Today(clock.GetUtcNow());
        var queue = db.Set<QueueTicket>().AsNoTracking().Where(t => t.Day == today);
        var waiting = await queue.CountAsync(t => t.Status == QueueTicketStatus.Waiting, cancellationToken);
        var served = await queue.CountAsync(t => t.Status == QueueTicketStatus.Done, cancellationToken);
        var openTickets = await db.Set<Ticket>().CountAsync(t => t.Status == TicketStatus.Open, cancellationToken);
        var guests = await db.Set<GuestBookEntry>().CountAsync(e => e.Day == today, cancellationToken);
        var ikm = await ReportsApi.ComputeIkmAsync(db, new DateOnly(today.Year, today.Month, 1), today, cancellationToken);
        var body = $"""
            <p class="muted">{E(Formats.Moment(clock.GetUtcNow(), Language.Id))}</p>
            <div class="cards">
            {Card("waiting", waiting.ToString(System.Globalization.CultureInfo.InvariantCulture), "menunggu sekarang", "/staff/antrean")}
            {Card("served", served.ToString(System.Globalization.CultureInfo.InvariantCulture), "dilayani hari ini", "/staff/antrean")}
            {Card("tickets", openTickets.ToString(System.Globalization.CultureInfo.InvariantCulture), "tiket terbuka", "/staff/tiket")}
            {Card("guests", guests.ToString(System.Globalization.CultureInfo.InvariantCulture), "buku tamu hari ini", "/staff/bukutamu")}
            {Card("ikm", ikm.Ikm is { } value ? value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("id-ID")) + " (" + ikm.Category + ")" : "–", $"IKM bulan ini ({ikm.Responses} survei)", "/staff/laporan")}
            </div>
            """;
        return Page(context, "Beranda", "/staff", body);
    }

    private static string Card(string id, string value, string label, string link) =>
        $"<a class=\"card\" id=\"card-{id}\" href=\"{link}\"><div class=\"value\">{E(value)}</div><div class=\"label\">{E(label)}</div></a>";
}
