namespace Bot.Dialogs.Rating;

/// <summary>The event keys ratings are started with, so every caller spells them alike.</summary>
public static class RatingEvents
{
    public static string Ticket(string ticketNumber) => $"ticket:{ticketNumber}";

    /// <summary>A read or download (the publication dialog starts the rating with this key).</summary>
    public static string Delivery(string deliveryId) => $"delivery:{deliveryId}";
}
