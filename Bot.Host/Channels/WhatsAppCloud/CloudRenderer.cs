using System.Text.Json.Nodes;
using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// One Graph API message of an outbox row. <see cref="Upload"/> is set for a document: it is
/// produced and uploaded when the part is sent, and its media id goes into the message.
/// </summary>
internal sealed record CloudPart(JsonObject Message, DocumentRef? Upload = null);

/// <summary>
/// Turns an <see cref="Outbound"/> into Cloud API messages: up to 3 short choices as reply
/// buttons, 4–10 as a list, anything else as numbered lines like Twilio; texts split at 4,096.
/// </summary>
internal static class CloudRenderer
{
    public const int MaxTextLength = 4096;
    public const int MaxInteractiveBody = 1024;
    public const int MaxCaption = 1024;
    public const int MaxButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxRows = 10;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;
    public const int MaxListButton = 20;

    /// <summary>The Cloud API's limit for an uploaded document; larger ones go as a link.</summary>
    public const long MaxDocumentBytes = 100L * 1024 * 1024;

    public static List<CloudPart> Build(Outbound reply, Language language, Func<DocumentRef, string?> downloadLink)
    {
        if (reply.Document is { } document)
        {
            return BuildDocument(reply, document, language, downloadLink);
        }

        if (Interactive(reply.Choices, language) is { } action)
        {
            var text = reply.Text.Trim().Length == 0 ? CloudTexts.ChooseBody.In(language) : reply.Text;
            var (before, body) = SplitForBody(text, MaxInteractiveBody);
            var parts = before.Select(TextPart).ToList();
            action["body"] = new JsonObject { ["text"] = body };
            parts.Add(new CloudPart(new JsonObject { ["type"] = "interactive", ["interactive"] = action }));
            return parts;
        }

        return WhatsAppRenderer.Split(WhatsAppRenderer.Render(reply, language), MaxTextLength).Select(TextPart).ToList();
    }

    /// <summary>The interactive object (without its body) for the choices, or null when numbers must do.</summary>
    public static JsonObject? Interactive(IReadOnlyList<ChoiceOption> choices, Language language)
    {
        if (choices.Count == 0 || choices.Count > MaxRows || choices.Any(c => c.Id.Length is 0 or > 200 || c.Label.Trim().Length == 0))
        {
            return null;
        }

        var labels = choices.Select(c => c.Label.Trim()).ToList();
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count)
        {
            // WhatsApp refuses two buttons or rows with the same title.
            return null;
        }

        if (choices.Count <= MaxButtons && labels.All(l => l.Length <= MaxButtonTitle))
        {
            var buttons = new JsonArray();
            for (var i = 0; i < choices.Count; i++)
            {
                buttons.Add(new JsonObject { ["type"] = "reply", ["reply"] = new JsonObject { ["id"] = choices[i].Id, ["title"] = labels[i] } });
            }

            return new JsonObject { ["type"] = "button", ["action"] = new JsonObject { ["buttons"] = buttons } };
        }

        if (labels.Any(l => l.Length > MaxRowDescription))
        {
            return null;
        }

        var rows = new JsonArray();
        for (var i = 0; i < choices.Count; i++)
        {
            // A label too long for a row title is shown whole as the description, under a shortened title.
            var row = new JsonObject { ["id"] = choices[i].Id, ["title"] = labels[i].Length <= MaxRowTitle ? labels[i] : Shorten(labels[i], MaxRowTitle) };
            if (labels[i].Length > MaxRowTitle)
            {
                row["description"] = labels[i];
            }

            rows.Add(row);
        }

        if (rows.Select(r => (string)r!["title"]!).Distinct(StringComparer.Ordinal).Count() != rows.Count)
        {
            return null;
        }

        var button = CloudTexts.ListButton.In(language);
        return new JsonObject
        {
            ["type"] = "list",
            ["action"] = new JsonObject
            {
                ["button"] = button.Length <= MaxListButton ? button : button[..MaxListButton],
                ["sections"] = new JsonArray(new JsonObject { ["rows"] = rows }),
            },
        };
    }

    private static List<CloudPart> BuildDocument(Outbound reply, DocumentRef document, Language language, Func<DocumentRef, string?> downloadLink)
    {
        var text = WhatsAppRenderer.Render(reply, language);
        if (document.SizeBytes > MaxDocumentBytes)
        {
            var url = downloadLink(document) ?? throw new InvalidOperationException("No download link can be made for a document over 100 MB (set Documents:PublicBaseUrl).");
            var withLink = text.TrimEnd() + "\n\n" + WhatsAppTexts.DownloadLink.In(language, document.FileName, url);
            return WhatsAppRenderer.Split(withLink, MaxTextLength).Select(TextPart).ToList();
        }

        // The caption is the reply's text when it fits, otherwise the text goes first and the
        // file is captioned with its name.
        var (before, caption) = text.Trim().Length == 0 ? ([], document.FileName) : SplitForBody(text, MaxCaption);
        var parts = before.Select(TextPart).ToList();
        parts.Add(new CloudPart(
            new JsonObject { ["type"] = "document", ["document"] = new JsonObject { ["filename"] = document.FileName, ["caption"] = caption } },
            document));
        return parts;
    }

    /// <summary>Splits at 4,096 and makes the last piece short enough for an interactive body or caption.</summary>
    private static (List<string> Before, string Last) SplitForBody(string text, int maxLast)
    {
        var parts = WhatsAppRenderer.Split(text, MaxTextLength).ToList();
        if (parts[^1].Length > maxLast)
        {
            var last = WhatsAppRenderer.Split(parts[^1], maxLast);
            parts.RemoveAt(parts.Count - 1);
            parts.AddRange(last);
        }

        return (parts[..^1], parts[^1]);
    }

    private static string Shorten(string label, int max)
    {
        var cut = label.LastIndexOf(' ', max - 1);
        return (cut >= max / 2 ? label[..cut] : label[..(max - 1)]).TrimEnd() + "…";
    }

    private static CloudPart TextPart(string body) =>
        new(new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["body"] = body, ["preview_url"] = false } });
}
