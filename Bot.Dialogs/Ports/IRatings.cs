namespace Bot.Dialogs.Ports;

/// <summary>
/// Stores service ratings: one per user (or, for guests, per conversation) and service event.
/// The event key names what is rated ("download:{id}", "ticket:{number}", "menu:{date}").
/// </summary>
public interface IRatings
{
    /// <summary>True when the user of the current turn already rated this event.</summary>
    Task<bool> HasRatedAsync(string eventKey, CancellationToken cancellationToken);

    /// <summary>Stores the quick answer (1–4) as the rating of the event, in the turn's unit of work.</summary>
    Task SaveQuickAsync(string eventKey, int score, CancellationToken cancellationToken);

    /// <summary>Adds the optional comment to the event's rating.</summary>
    Task SaveCommentAsync(string eventKey, string comment, CancellationToken cancellationToken);

    /// <summary>Adds the nine SKM answers (U1..U9, each 1–4) to the event's rating.</summary>
    Task SaveSurveyAsync(string eventKey, IReadOnlyList<int> answers, CancellationToken cancellationToken);
}
