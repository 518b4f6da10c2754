using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Catalog.Sync;

/// <summary>
/// What the last syncs stored, per catalogue id: the upstream change key and whether upstream withdrew it.
/// Kept as JSON beside the index (<c>{dataDir}/catalog/bps/state.json</c>), written after each item so an
/// interrupted run loses nothing it finished.
/// </summary>
internal sealed class SyncState
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [JsonPropertyName("items")]
    public Dictionary<string, SyncedItem> Items { get; init; } = new(StringComparer.Ordinal);

    public static SyncState Load(string path)
    {
        if (!File.Exists(path))
        {
            return new SyncState();
        }

        try
        {
            return JsonSerializer.Deserialize<SyncState>(File.ReadAllText(path), Json) ?? new SyncState();
        }
        catch (JsonException)
        {
            // A damaged state only costs a full re-download; never a reason to stop syncing.
            return new SyncState();
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>One synced item.</summary>
internal sealed record SyncedItem
{
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    [JsonPropertyName("changeKey")]
    public required string ChangeKey { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("withdrawn")]
    public bool Withdrawn { get; init; }
}
