using System.Text.Json;
using Bot.Dialogs.Model;

namespace Bot.Dialogs.Content;

/// <summary>
/// The office's own content: its name and the service-standard topics. Kept in a JSON file so
/// another BPS office can change it without touching code.
/// </summary>
public sealed record ServiceContent(OfficeInfo Office, IReadOnlyList<InfoTopic> Topics, QueueContent? Queue = null)
{
    /// <summary>The office's queue services; the library alone when the file names none.</summary>
    public QueueContent QueueServices => Queue ?? QueueContent.Default;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>The content shipped with PstBot (PST BPS Kota Tarakan).</summary>
    public static ServiceContent LoadDefault()
    {
        using var stream = typeof(ServiceContent).Assembly.GetManifestResourceStream("Bot.Dialogs.Content.service-info.json")
            ?? throw new InvalidOperationException("The embedded service-info.json is missing from Bot.Dialogs.");
        return Parse(stream, "embedded service-info.json");
    }

    /// <summary>Loads and validates a content file, with a message that names the problem.</summary>
    public static ServiceContent Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Content file '{path}' does not exist (Content:ServiceInfoPath).");
        }

        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    private static ServiceContent Parse(Stream stream, string source)
    {
        ServiceContent? content;
        try
        {
            content = JsonSerializer.Deserialize<ServiceContent>(stream, s_json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Content file {source} is not valid JSON: {e.Message}", e);
        }

        if (content?.Office is null || string.IsNullOrWhiteSpace(content.Office.Name))
        {
            throw new InvalidOperationException($"Content file {source} needs office.name.");
        }

        if (content.Topics is not { Count: > 0 })
        {
            throw new InvalidOperationException($"Content file {source} needs at least one topic.");
        }

        foreach (var topic in content.Topics)
        {
            if (string.IsNullOrWhiteSpace(topic.Id) || topic.Title is null || topic.Body is null || topic.Keywords is null)
            {
                throw new InvalidOperationException($"Content file {source}: every topic needs id, title, body and keywords.");
            }
        }

        if (content.Queue?.Problem() is { } problem)
        {
            throw new InvalidOperationException($"Content file {source}: {problem}.");
        }

        return content;
    }
}

public sealed record OfficeInfo(string Name, string FullName, string? Website);

public sealed record InfoTopic(string Id, Bilingual Title, IReadOnlyList<string> Keywords, Bilingual Body);
