namespace Bot.Dialogs.Ports;

/// <summary>
/// The guest book (buku tamu): one entry per registered user per day (WITA). Reading,
/// downloading and asking staff need today's entry; the "guestbook" dialog makes it.
/// </summary>
public interface IGuestBook
{
    Task<bool> HasSignedTodayAsync(string userId, CancellationToken cancellationToken);
}
