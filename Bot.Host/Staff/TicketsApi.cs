using Bot.Host.Storage;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Staff;

/// <summary>GET /api/staff/tickets?status=open|closed and GET /api/staff/tickets/{number or id} with the thread.</summary>
internal static class TicketsApi
{
    private const int MaxTickets = 500;

    public static RouteGroupBuilder MapStaffTickets(this RouteGroupBuilder staff)
    {
        var group = staff.MapGroup("/tickets");
        group.MapGet("", ListAsync);
        group.MapGet("/{id}", GetAsync);
        return staff;
    }

    private static async Task<IResult> ListAsync(string? status, BotDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Set<Ticket>().AsNoTracking();
        switch (status?.ToLowerInvariant())
        {
            case null or "":
                break;
            case "open":
                query = query.Where(t => t.Status == TicketStatus.Open);
                break;
            case "closed":
                query = query.Where(t => t.Status == TicketStatus.Closed);
                break;
            default:
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: "status must be 'open' or 'closed' (or left out for all).");
        }

        var tickets = await query.OrderByDescending(t => t.Id).Take(MaxTickets).ToListAsync(cancellationToken);
        return Results.Ok(new { tickets = tickets.Select(Summary).ToList() });
    }

    private static async Task<IResult> GetAsync(string id, BotDbContext db, CancellationToken cancellationToken)
    {
        var number = id.ToUpperInvariant();
        var ticket = long.TryParse(id, out var numeric)
            ? await db.Set<Ticket>().AsNoTracking().Include(t => t.Entries).FirstOrDefaultAsync(t => t.Id == numeric, cancellationToken)
            : await db.Set<Ticket>().AsNoTracking().Include(t => t.Entries).FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No ticket '{id}'. Use the ticket number (ADU-YYYYMMDD-NNN) or its id.");
        }

        return Results.Ok(new
        {
            ticket = Summary(ticket),
            ticket.Description,
            thread = ticket.Entries.OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new { e.At, kind = e.Kind.ToString(), e.Author, e.Text })
                .ToList(),
        });
    }

    private static object Summary(Ticket t) => new
    {
        t.Id,
        t.Number,
        kind = t.Kind.ToString(),
        t.Category,
        status = t.Status.ToString().ToLowerInvariant(),
        t.Channel,
        registered = t.UserId != null,
        t.CreatedAt,
        t.EscalateDueAt,
        t.EscalatedAt,
        t.TakenBy,
        t.TakenAt,
        t.FirstAnsweredAt,
        t.ClosedBy,
        t.ClosedAt,
    };
}
