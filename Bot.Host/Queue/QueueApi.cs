using System.Text.RegularExpressions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Host.Staff;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Queue;

/// <summary>
/// The staff side of the queue (the staff API's policy: console cookie or bearer Staff:ApiKey):
/// GET /api/staff/queue, POST /api/staff/queue/call {"counter":"1","service":"P"?},
/// POST /api/staff/queue/{number}/recall|skip|done.
/// </summary>
internal static partial class QueueApi
{
    public static RouteGroupBuilder MapStaffQueue(this RouteGroupBuilder staff)
    {
        var group = staff.MapGroup("/queue");
        group.MapGet("", ListAsync);
        group.MapPost("/call", CallAsync);
        group.MapPost("/{number}/{action}", ActAsync);
        return staff;
    }

    public sealed record CallRequest(string? Counter, string? Service);

    private static async Task<IResult> ListAsync(QueueBook book, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = book.Today;
        var now = clock.GetUtcNow();
        var tickets = await book.Tickets.AsNoTracking().Where(t => t.Day == today).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        await book.FillGuestBookAsync(tickets, cancellationToken);
        return Results.Ok(new
        {
            day = today,
            waiting = QueueBook.CallOrder(tickets.Where(t => t.Status == QueueTicketStatus.Waiting)).Select(t => new
            {
                t.Number,
                t.Service,
                t.Channel,
                t.TakenAt,
                guestBookDone = t.GuestBookAt is not null,
                t.GuestBookAt,
                waitedMinutes = Math.Round((now - (t.ClockStart ?? t.TakenAt)).TotalMinutes, 1),
            }),
            serving = tickets.Where(t => t.Status == QueueTicketStatus.Called).Select(t => new { t.Number, t.Service, t.Counter, t.FirstCalledAt, t.LastCalledAt, t.Calls }),
            done = tickets.Where(t => t.Status == QueueTicketStatus.Done).Select(t => new { t.Number, t.Service, t.Counter, t.FirstCalledAt, t.DoneAt }),
            skipped = tickets.Where(t => t.Status == QueueTicketStatus.Skipped).Select(t => new { t.Number, t.Service, t.Counter, t.ClosedAt }),
            cancelled = tickets.Count(t => t.Status == QueueTicketStatus.Cancelled),
        });
    }

    private static async Task<IResult> CallAsync(CallRequest? request, System.Security.Claims.ClaimsPrincipal user, QueueWrites writes, ServiceContent content, CancellationToken cancellationToken)
    {
        var counter = request?.Counter?.Trim();
        if (counter is null || !CounterPattern().IsMatch(counter))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid request", "Give the counter (meja) as {\"counter\":\"1\"}: 1–16 letters or digits; optionally \"service\":\"P\".");
        }

        var service = string.IsNullOrWhiteSpace(request!.Service) ? null : content.QueueServices.Find(request.Service.Trim())?.Letter;
        if (!string.IsNullOrWhiteSpace(request.Service) && service is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid request", $"Unknown service '{request.Service}'. Services: {string.Join(", ", content.QueueServices.Services.Select(s => s.Letter))}.");
        }

        var called = await writes.RunAsync(sp => sp.GetRequiredService<QueueCalls>().CallNextAsync(counter, service, Staff.Accounts.StaffClaims.Actor(user).Id, cancellationToken), cancellationToken);
        return called is null
            ? Problem(StatusCodes.Status404NotFound, "Nobody waiting", service is null ? "No visitor is waiting today." : $"No visitor is waiting for service {service} today.")
            : Results.Ok(Summary(called));
    }

    private static async Task<IResult> ActAsync(string number, string action, System.Security.Claims.ClaimsPrincipal user, QueueWrites writes, CancellationToken cancellationToken)
    {
        if (action is not ("recall" or "skip" or "done"))
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", "Use /api/staff/queue/{number}/recall, /skip or /done.");
        }

        if (QueueCalls.Parse(number) is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid request", $"'{number}' is not a queue number; use the form P-007.");
        }

        var actorId = Staff.Accounts.StaffClaims.Actor(user).Id;
        return await writes.RunAsync<IResult>(async sp =>
        {
            var calls = sp.GetRequiredService<QueueCalls>();
            if (await calls.FindAsync(number, cancellationToken) is not { } ticket)
            {
                return Problem(StatusCodes.Status404NotFound, "Not found", $"No queue number {number.ToUpperInvariant()} today.");
            }

            var outcome = action switch
            {
                "recall" => await calls.RecallAsync(ticket, actorId, cancellationToken),
                "skip" => await calls.SkipAsync(ticket, actorId, cancellationToken),
                _ => await calls.DoneAsync(ticket, actorId, cancellationToken),
            };
            return outcome switch
            {
                QueueOutcome.Ok => Results.Ok(Summary(ticket)),
                QueueOutcome.TooEarly => Problem(StatusCodes.Status409Conflict, "Too early for a no-show", $"{ticket.Number} was called at {Formats.Time(ticket.LastCalledAt!.Value, Language.En)}; it can be skipped from {Formats.Time(calls.NoShowFrom(ticket), Language.En)} (Queue:NoShowMinutes). Recall it meanwhile."),
                _ => Problem(StatusCodes.Status409Conflict, "Not being served", $"{ticket.Number} is {ticket.Status.ToString().ToLowerInvariant()}, not called; only a called number can be recalled, skipped or done."),
            };
        }, cancellationToken);
    }

    internal static object Summary(QueueTicket t) => new
    {
        t.Number,
        t.Service,
        status = t.Status.ToString().ToLowerInvariant(),
        t.Counter,
        t.TakenAt,
        guestBookDone = t.GuestBookAt is not null,
        t.FirstCalledAt,
        t.LastCalledAt,
        t.Calls,
        t.DoneAt,
    };

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);

    [GeneratedRegex(@"^[A-Za-z0-9]{1,16}$")]
    private static partial Regex CounterPattern();
}
