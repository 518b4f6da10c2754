namespace Bot.Dialogs.Ports;

/// <summary>
/// The guest book (buku tamu): one entry per registered user per day (WITA). Reading,
/// downloading and asking staff need today's entry; the "guestbook" dialog makes it.
/// </summary>
public interface IGuestBook
{
    Task<bool> HasSignedTodayAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Stages today's entry for the user on the conversation's channel (saved with the turn).
    /// A second call on the same day changes nothing.
    /// </summary>
    /// <param name="userId">The registered account.</param>
    /// <param name="purpose">One of <see cref="VisitPurposes"/>.</param>
    /// <param name="lookingFor">What data the visitor looks for, if they said.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task SignAsync(string userId, string purpose, string? lookingFor, CancellationToken cancellationToken);
}
