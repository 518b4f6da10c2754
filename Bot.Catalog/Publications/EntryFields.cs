using System.Text.Json;

namespace Bot.Catalog.Publications;

/// <summary>Typed access to one manifest entry's properties that records type errors instead of throwing.</summary>
internal sealed class EntryFields(JsonElement element, int index, List<ManifestError> errors)
{
    public JsonElement Element { get; } = element;

    /// <summary>The entry's id once read, so later errors can name it.</summary>
    public string? Id { get; set; }

    public void Error(string field, string reason) => errors.Add(new ManifestError(index, Id, field, reason));

    /// <summary>Returns the string value of <paramref name="name"/>, null when absent; records an error for other JSON types.</summary>
    public string? String(string name)
    {
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        return value.GetString();
    }
}
