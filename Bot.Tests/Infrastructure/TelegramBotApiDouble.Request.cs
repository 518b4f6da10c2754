using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// A Bot API request's parameters, read the four ways the Bot API accepts them: query string,
/// application/json, application/x-www-form-urlencoded and multipart/form-data.
/// </summary>
internal sealed class BotApiRequest
{
    public required Dictionary<string, JsonNode?> Parameters { get; init; }

    public BotApiFile? File { get; init; }

    public string? Get(string name) => Parameters.TryGetValue(name, out var value) && value is not null
        ? value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString()
        : null;

    public static async Task<BotApiRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = FormValue(value.ToString());
        }

        BotApiFile? file = null;
        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is JsonObject body)
            {
                foreach (var (key, value) in body)
                {
                    parameters[key] = value?.DeepClone();
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                parameters[key] = FormValue(value.ToString());
            }

            if (form.Files.FirstOrDefault() is { } upload)
            {
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, cancellationToken);
                file = new BotApiFile(upload.Name, upload.FileName, upload.ContentType, buffer.ToArray());
                parameters[upload.Name] = "attach://" + upload.FileName;
            }
        }

        return new BotApiRequest { Parameters = parameters, File = file };
    }

    /// <summary>Form fields carry JSON-serialized objects and arrays (reply_markup, allowed_updates).</summary>
    private static JsonNode? FormValue(string value)
    {
        if (value.Length > 0 && value[0] is '{' or '[')
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                // Not JSON after all: keep the text.
            }
        }

        return JsonValue.Create(value);
    }
}
