using System.Globalization;
using System.Text.Json;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>One message from a Cloud API webhook, as far as the bot needs it.</summary>
internal sealed record CloudInboundMessage(string Id, string From, string Type, string? ProfileName, JsonElement Message);

/// <summary>One delivery status from a Cloud API webhook (sent, delivered, read, failed).</summary>
internal sealed record CloudStatus(string Id, string Status, int? ErrorCode, string? ErrorTitle);

/// <summary>
/// Reads the webhook body (`entry[].changes[].value.messages[]` and `.statuses[]`). Tolerant:
/// anything not shaped as Meta documents it is skipped, never thrown on, so a malformed but
/// signed body gets a 200 and stores nothing it cannot read.
/// </summary>
internal static class CloudPayload
{
    public static (List<CloudInboundMessage> Messages, List<CloudStatus> Statuses) Read(JsonElement root)
    {
        var messages = new List<CloudInboundMessage>();
        var statuses = new List<CloudStatus>();
        foreach (var change in Array(root, "entry").SelectMany(e => Array(e, "changes")))
        {
            if (Object(change, "value") is not { } value)
            {
                continue;
            }

            var names = Array(value, "contacts")
                .Select(c => (WaId: String(c, "wa_id"), Name: Object(c, "profile") is { } p ? String(p, "name") : null))
                .Where(c => c.WaId is not null)
                .GroupBy(c => c.WaId!)
                .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            foreach (var message in Array(value, "messages"))
            {
                if (String(message, "id") is { } id && String(message, "from") is { } from)
                {
                    var type = String(message, "type") ?? "unknown";
                    messages.Add(new CloudInboundMessage(id, from, type, names.GetValueOrDefault(from), message));
                }
            }

            foreach (var status in Array(value, "statuses"))
            {
                if (String(status, "id") is { } id && String(status, "status") is { } state)
                {
                    var error = Array(status, "errors").FirstOrDefault();
                    statuses.Add(new CloudStatus(id, state.ToLowerInvariant(), error.ValueKind == JsonValueKind.Object ? Int(error, "code") : null, error.ValueKind == JsonValueKind.Object ? String(error, "title") : null));
                }
            }
        }

        return (messages, statuses);
    }

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static string? String(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate: not text anyone typed.
            return null;
        }
    }

    public static int? Int(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    public static double? Double(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var n) && double.IsFinite(n) => n,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) => n,
            _ => null,
        };
    }
}
