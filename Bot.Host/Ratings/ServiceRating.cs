namespace Bot.Host.Ratings;

/// <summary>
/// One rating of one service event: the quick answer, an optional comment, and the nine SKM
/// answers when the user took the full survey. Only ids point at the user; deleting the user's
/// data nulls them and the rating stays, anonymous, in the statistics.
/// </summary>
public sealed class ServiceRating
{
    public long Id { get; set; }

    /// <summary>"u:{userId}", "c:{conversationId}" for guests, or "anon:{id}" once anonymised.</summary>
    public required string SubjectKey { get; set; }

    /// <summary>What was rated: "download:{id}", "ticket:{number}", "menu:{date}".</summary>
    public required string EventKey { get; set; }

    public string? UserId { get; set; }

    public string? ConversationId { get; set; }

    /// <summary>1 Tidak puas … 4 Sangat puas.</summary>
    public int Quick { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SurveyAt { get; set; }

    public int? U1 { get; set; }

    public int? U2 { get; set; }

    public int? U3 { get; set; }

    public int? U4 { get; set; }

    public int? U5 { get; set; }

    public int? U6 { get; set; }

    public int? U7 { get; set; }

    public int? U8 { get; set; }

    public int? U9 { get; set; }
}
