namespace Bot.Dialogs.Ports;

/// <summary>
/// Keeps the texts the bot could not place (a low-confidence reading, or a search without
/// result), already scrubbed of personal data, so the office can add them to the training file.
/// </summary>
public interface IUnansweredLog
{
    /// <summary>Stages one occurrence in the turn's unit of work.</summary>
    Task RecordAsync(string scrubbedText, CancellationToken cancellationToken);
}
