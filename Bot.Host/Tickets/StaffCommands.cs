using System.Text.RegularExpressions;

namespace Bot.Host.Tickets;

/// <summary>The staff group's words: button payloads and slash commands.</summary>
internal static partial class StaffCommands
{
    public const string TakePrefix = "tk:";
    public const string ClosePrefix = "tc:";

    /// <summary>A staff message parsed: the command (balas, ambil, selesai), the ticket number, and the rest.</summary>
    public static (string? Command, string? Ticket, string Remainder) Parse(string? text)
    {
        var match = CommandPattern().Match(text ?? "");
        if (!match.Success)
        {
            return (null, null, text?.Trim() ?? "");
        }

        var command = match.Groups["cmd"].Value.ToLowerInvariant() switch
        {
            "balas" or "reply" => "balas",
            "ambil" or "take" => "ambil",
            "selesai" or "close" or "tutup" => "selesai",
            _ => null,
        };
        var ticket = match.Groups["ticket"].Success ? match.Groups["ticket"].Value.ToUpperInvariant() : null;
        return (command, ticket, match.Groups["rest"].Value.Trim());
    }

    // "/balas@PstBot ADU-20260302-001 teks" — Telegram adds the bot's name in groups.
    [GeneratedRegex(@"^\s*/(?<cmd>[A-Za-z]+)(@\w+)?(\s+(?<ticket>ADU-\d{8}-\d{3,}))?(?<rest>[\s\S]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
