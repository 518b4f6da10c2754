using System.Text.RegularExpressions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Host.Messaging;

namespace Bot.Host.Queue;

/// <summary>
/// The queue's commands in the staff Telegram group: /panggil 1 [K], /ulang [P-007 | meja],
/// /lewati [P-007 | meja], /selesai_antrean [P-007 | meja]. Without a number they act on the
/// number called most recently. Changes commit with the staff group's turn.
/// </summary>
internal sealed partial class QueueStaffCommands(QueueCalls calls, ServiceContent content, TurnScope turn, TurnCompletions completions, BoardSignal board)
{
    /// <summary>True when the message was a queue command (answered in the group).</summary>
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var match = CommandPattern().Match(context.Inbound.Text ?? "");
        if (!match.Success)
        {
            return false;
        }

        var args = match.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (match.Groups["cmd"].Value.ToLowerInvariant())
        {
            case "panggil":
                await CallAsync(context, args, cancellationToken);
                break;
            case "ulang":
                await ActAsync(context, args, calls.RecallAsync, QueueStaffTexts.Recalled, cancellationToken);
                break;
            case "lewati":
                await ActAsync(context, args, calls.SkipAsync, QueueStaffTexts.Skipped, cancellationToken);
                break;
            default:
                await ActAsync(context, args, calls.DoneAsync, QueueStaffTexts.Done, cancellationToken);
                break;
        }

        // The change commits with this turn: open boards on this node are woken once it has
        // (the worker completes a turn after its commit); other nodes' boards see it at their
        // next refresh (Queue:BoardRefreshSeconds).
        _ = completions.Register(turn.Message.Id).ContinueWith(_ => board.Changed(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return true;
    }

    private async Task CallAsync(TurnContext context, string[] args, CancellationToken cancellationToken)
    {
        var service = args.Length > 1 ? content.QueueServices.Find(args[1]) : null;
        if (args.Length is 0 or > 2 || args[0].Length > 16 || !args[0].All(char.IsAsciiLetterOrDigit) || (args.Length == 2 && service is null))
        {
            context.Say(QueueStaffTexts.CallUsage);
            return;
        }

        var ticket = await calls.CallNextAsync(args[0], service?.Letter, Tickets.StaffActor.FromTelegram(context.Inbound.Sender).Id, cancellationToken);
        if (ticket is null)
        {
            context.Say(QueueStaffTexts.NobodyWaiting, service is null ? "" : QueueStaffTexts.ForService.In(Language.Id, service.Letter));
            return;
        }

        context.Say(QueueStaffTexts.Called, ticket.Number, ticket.Counter, ticket.GuestBookAt is null ? QueueStaffTexts.GuestBookMissing.In(Language.Id) : "");
    }

    private async Task ActAsync(TurnContext context, string[] args, Func<QueueTicket, string, CancellationToken, Task<QueueOutcome>> act, Bilingual doneText, CancellationToken cancellationToken)
    {
        var ticket = args.Length == 0 ? await calls.LatestCalledAsync(cancellationToken) : await calls.FindAsync(args[0], cancellationToken);
        if (ticket is null)
        {
            context.Say(args.Length == 0 ? QueueStaffTexts.NoneCalled : QueueStaffTexts.Unknown, args.FirstOrDefault());
            return;
        }

        switch (await act(ticket, Tickets.StaffActor.FromTelegram(context.Inbound.Sender).Id, cancellationToken))
        {
            case QueueOutcome.Ok:
                context.Say(doneText, ticket.Number, ticket.Counter);
                break;
            case QueueOutcome.TooEarly:
                context.Say(QueueStaffTexts.TooEarly, ticket.Number, Formats.Time(ticket.LastCalledAt!.Value, Language.Id), Formats.Time(calls.NoShowFrom(ticket), Language.Id));
                break;
            default:
                context.Say(QueueStaffTexts.NotCalled, ticket.Number);
                break;
        }
    }

    // "/panggil@PstBot 1 K" — Telegram adds the bot's name in groups.
    [GeneratedRegex(@"^\s*/(?<cmd>panggil|ulang|lewati|selesai_antrean)(@\w+)?(?<args>(\s+\S+)*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
