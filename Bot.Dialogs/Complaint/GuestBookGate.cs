using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;

namespace Bot.Dialogs.Complaint;

/// <summary>
/// Asking staff needs today's guest-book entry from a registered user (the service standard's
/// "mengisi buku tamu"). Guests are not stopped: a complaint must always be possible.
/// </summary>
internal static class GuestBookGate
{
    public static async Task<bool> MustSignAsync(TurnContext context, IGuestBook? guestBook, CancellationToken cancellationToken) =>
        guestBook is not null
        && context.Conversation.UserId is { } userId
        && !await guestBook.HasSignedTodayAsync(userId, cancellationToken);
}
