namespace Bot.Dialogs.Rating;

/// <summary>The event keys ratings are started with, so every caller spells them alike.</summary>
public static class RatingEvents
{
    public static string Ticket(string ticketNumber) => $"ticket:{ticketNumber}";

    public static string Download(string deliveryId) => $"download:{deliveryId}";
}
