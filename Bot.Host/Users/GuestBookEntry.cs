namespace Bot.Host.Users;

/// <summary>
/// One visit in the guest book: one per user per day (WITA). When the user deletes their data
/// the entry stays for statistics with <see cref="UserId"/> and <see cref="LookingFor"/> removed.
/// </summary>
public sealed class GuestBookEntry
{
    public long Id { get; set; }

    public string? UserId { get; set; }

    /// <summary>The day in WITA.</summary>
    public DateOnly Day { get; set; }

    public DateTimeOffset VisitedAt { get; set; }

    public required string Channel { get; set; }

    /// <summary>A purpose code (Bot.Dialogs.Ports.VisitPurposes).</summary>
    public required string Purpose { get; set; }

    public string? LookingFor { get; set; }

    /// <summary>The visitor's occupation code at the time, kept for anonymous statistics.</summary>
    public string? Occupation { get; set; }
}
