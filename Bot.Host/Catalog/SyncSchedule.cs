using Bot.Dialogs.Model;

namespace Bot.Host.Catalog;

/// <summary>When the daily sync runs next: the next moment the WITA clock shows the configured time.</summary>
internal static class SyncSchedule
{
    /// <summary>The first moment strictly after <paramref name="now"/> at <paramref name="at"/> WITA.</summary>
    public static DateTimeOffset Next(DateTimeOffset now, TimeOnly at)
    {
        var today = Wita.Today(now);
        // WITA has no daylight saving time: one fixed offset.
        var candidate = new DateTimeOffset(today.ToDateTime(at), Wita.Zone.BaseUtcOffset);
        return candidate > now ? candidate.ToUniversalTime() : candidate.AddDays(1).ToUniversalTime();
    }
}
