namespace Bot.Host.Users;

/// <summary>
/// A feature that keeps rows about a user (guest book, ratings, tickets, downloads) and must
/// anonymise them when the user deletes their data ("hapus data saya"). Every registered
/// eraser runs in the deleting turn's unit of work: stage changes on the scoped BotDbContext,
/// do not save. Keep anonymous counts; remove the user id and any free text that may identify.
/// </summary>
public interface IUserDataEraser
{
    Task EraseAsync(string userId, CancellationToken cancellationToken);
}
