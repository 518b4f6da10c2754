using Bot.Dialogs.Model;
using Bot.Host.Queue;
using Bot.Host.Staff.Accounts;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;
using static Bot.Host.Staff.Console.ConsoleHtml;

namespace Bot.Host.Staff.Console;

/// <summary>
/// Tiket: the list with its filters, one ticket's whole thread, and reply, take and close, done by
/// <see cref="TicketActions"/> exactly as from the Telegram group (the group sees them too).
/// </summary>
internal static class TicketPages
{
    private const int MaxListed = 200;

    private static readonly (string Key, string Label)[] s_filters =
        [("open", "Terbuka"), ("taken", "Diambil"), ("escalated", "Dieskalasi"), ("closed", "Selesai"), ("all", "Semua")];

    public static async Task<IResult> ListAsync(HttpContext context, string? status, BotDbContext db, CancellationToken cancellationToken)
    {
        var filter = s_filters.Any(f => f.Key == status) ? status! : "open";
        var query = db.Set<Ticket>().AsNoTracking();
        query = filter switch
        {
            "open" => query.Where(t => t.Status == TicketStatus.Open && t.TakenBy == null),
            "taken" => query.Where(t => t.Status == TicketStatus.Open && t.TakenBy != null),
            "escalated" => query.Where(t => t.EscalatedAt != null),
            "closed" => query.Where(t => t.Status == TicketStatus.Closed),
            _ => query,
        };
        // Whole entities: the description is sealed and opened as EF loads the row.
        var tickets = await query.OrderByDescending(t => t.Id).Take(MaxListed).ToListAsync(cancellationToken);
        var links = string.Join(" ", s_filters.Select(f => $"<a class=\"button{(f.Key == filter ? "" : " secondary")}\" href=\"/staff/tiket?status={f.Key}\">{E(f.Label)}</a>"));
        var rows = string.Concat(tickets.Select(t => $"""
            <tr><td><a href="/staff/tiket/{E(t.Number)}">{E(t.Number)}</a></td><td>{E(TicketPoster.KindLabel(t.Kind))}</td><td>{E(TicketPoster.CategoryLabel(t.Category))}</td>
            <td>{E(t.Channel)}</td><td>{E(Formats.Moment(t.CreatedAt, Language.Id))}</td><td>{E(StatusLabel(t))}</td><td>{E(Short(t.Description))}</td></tr>
            """));
        var body = $"""
            <div class="filters">{links}</div>
            <div class="panel"><table id="tickets"><thead><tr><th>Nomor</th><th>Jenis</th><th>Kategori</th><th>Kanal</th><th>Dibuat</th><th>Status</th><th>Isi</th></tr></thead>
            <tbody>{(rows.Length == 0 ? "<tr><td colspan=\"7\" class=\"muted\">Tidak ada tiket.</td></tr>" : rows)}</tbody></table></div>
            """;
        return Page(context, "Tiket", "/staff/tiket", body);
    }

    public static async Task<IResult> ShowAsync(HttpContext context, string number, BotDbContext db, CancellationToken cancellationToken)
    {
        var ticket = await db.Set<Ticket>().AsNoTracking().Include(t => t.Entries).FirstOrDefaultAsync(t => t.Number == number.ToUpperInvariant(), cancellationToken);
        if (ticket is null)
        {
            return Back("/staff/tiket", error: $"Tiket {number} tidak ditemukan.");
        }

        var thread = string.Concat(ticket.Entries.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => $"""
            <div class="entry{(e.Kind == TicketEntryKind.StaffReply ? " staff" : "")}"><div class="meta">{E(Formats.Moment(e.At, Language.Id))} · {E(EntryLabel(e.Kind))} · {E(e.Author == TicketDesk.UserAuthor ? "pengguna" : e.Author)}</div>{E(e.Text)}</div>
            """));
        var af = Antiforgery(context);
        var actions = ticket.Status != TicketStatus.Open ? "<p class=\"muted\">Tiket ini sudah selesai.</p>" : $"""
            <form method="post" action="/staff/tiket/{E(ticket.Number)}/balas" id="reply">
            {af}
            <label for="text">Balasan untuk pengguna</label>
            <textarea id="text" name="text" required maxlength="4000"></textarea>
            <p><button type="submit">Kirim balasan</button></p>
            </form>
            <p>
            {(ticket.TakenBy is null ? $"<form method=\"post\" class=\"inline\" action=\"/staff/tiket/{E(ticket.Number)}/ambil\">{af}<button type=\"submit\" class=\"secondary\">Ambil</button></form>" : "")}
            <form method="post" class="inline" action="/staff/tiket/{E(ticket.Number)}/selesai">{af}<button type="submit" class="danger">Selesai</button></form>
            </p>
            """;
        var body = $"""
            <p><a href="/staff/tiket">← Semua tiket</a></p>
            <div class="panel">
            <p><strong>{E(TicketPoster.KindLabel(ticket.Kind))}</strong> · {E(TicketPoster.CategoryLabel(ticket.Category))} · {E(ticket.Channel)} · {E(StatusLabel(ticket))}</p>
            <div class="thread">{thread}</div>
            </div>
            <div class="panel">{actions}</div>
            """;
        return Page(context, $"Tiket {ticket.Number}", "/staff/tiket", body);
    }

    public static async Task<IResult> ActAsync(HttpContext context, string number, string action, IFormCollection form, QueueWrites writes, CancellationToken cancellationToken)
    {
        number = number.ToUpperInvariant();
        var page = $"/staff/tiket/{Uri.EscapeDataString(number)}";
        var text = form["text"].ToString().Trim();
        if (action == "balas" && text.Length is 0 or > 4000)
        {
            return Back(page, error: "Tulis balasan (paling banyak 4000 karakter).");
        }

        if (action is not ("balas" or "ambil" or "selesai"))
        {
            return Back(page, error: "Tindakan tidak dikenal.");
        }

        var actor = StaffClaims.Actor(context.User);
        // The same unit of work as the queue's staff actions: its own transaction, the outbox woken after it.
        var result = await writes.RunAsync(sp =>
        {
            var actions = sp.GetRequiredService<TicketActions>();
            return action switch
            {
                "balas" => actions.ReplyAsync(number, text, actor, cancellationToken),
                "ambil" => actions.TakeAsync(number, actor, cancellationToken),
                _ => actions.CloseAsync(number, actor, cancellationToken),
            };
        }, cancellationToken);
        return result.Outcome switch
        {
            TicketActionOutcome.Done => Back(page, notice: action switch { "balas" => "Balasan terkirim ke pengguna.", "ambil" => "Tiket Anda ambil.", _ => "Tiket ditutup; pengguna diminta menilai penanganannya." }),
            TicketActionOutcome.Unknown => Back("/staff/tiket", error: $"Tiket {number} tidak ditemukan."),
            TicketActionOutcome.Closed => Back(page, error: "Tiket ini sudah selesai."),
            TicketActionOutcome.AlreadyTaken => Back(page, error: $"Tiket ini sudah diambil oleh {result.Ticket!.TakenBy}."),
            _ => Back(page, error: "Pengguna sudah menghapus datanya; balasan tidak dapat dikirim."),
        };
    }

    private static string StatusLabel(Ticket t) =>
        t.Status == TicketStatus.Closed ? "selesai"
        : t.TakenBy is { } who ? $"diambil {who}"
        : t.EscalatedAt is not null ? "dieskalasi"
        : "terbuka";

    private static string EntryLabel(TicketEntryKind kind) => kind switch
    {
        TicketEntryKind.Opened => "dibuka",
        TicketEntryKind.UserMessage => "pesan pengguna",
        TicketEntryKind.StaffReply => "balasan petugas",
        TicketEntryKind.Taken => "diambil",
        TicketEntryKind.Escalated => "eskalasi",
        _ => "ditutup",
    };

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
