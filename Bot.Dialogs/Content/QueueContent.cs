using Bot.Dialogs.Model;

namespace Bot.Dialogs.Content;

/// <summary>
/// The services a visitor at the office can take a queue number for, from the content file's
/// "queue" section. Each has a one-letter code that starts its numbers (P-007).
/// </summary>
public sealed record QueueContent(IReadOnlyList<QueueService> Services)
{
    /// <summary>Used when the content file has no "queue" section: the library only.</summary>
    public static QueueContent Default { get; } = new([new QueueService("P", new Bilingual("Perpustakaan", "Library"))]);

    public QueueService? Find(string? letter) =>
        Services.FirstOrDefault(s => string.Equals(s.Letter, letter, StringComparison.OrdinalIgnoreCase));

    /// <summary>A message naming the problem, or null when the section is usable.</summary>
    public string? Problem()
    {
        if (Services is not { Count: > 0 })
        {
            return "queue.services needs at least one service";
        }

        foreach (var service in Services)
        {
            if (service.Letter is not { Length: 1 } letter || letter[0] is < 'A' or > 'Z' || service.Name is null)
            {
                return "every queue service needs a letter (one capital A–Z) and a name";
            }
        }

        return Services.Select(s => s.Letter).Distinct().Count() == Services.Count ? null : "queue service letters must differ";
    }
}

/// <summary>One queue: "P" for Perpustakaan.</summary>
public sealed record QueueService(string Letter, Bilingual Name);
