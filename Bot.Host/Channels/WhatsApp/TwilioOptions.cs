namespace Bot.Host.Channels.WhatsApp;

/// <summary>`Twilio` section: the WhatsApp channel. Empty AccountSid or AuthToken turns the channel off.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    /// <summary>Twilio's REST API, unless a test double or a regional endpoint is configured.</summary>
    public const string DefaultApiBaseUrl = "https://api.twilio.com";

    public string AccountSid { get; set; } = "";

    public string AuthToken { get; set; } = "";

    /// <summary>The WhatsApp sender, e.g. "whatsapp:+6285183106571".</summary>
    public string WhatsAppFrom { get; set; } = "";

    /// <summary>This host's public base URL as Twilio sees it; signatures and media links are built on it.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The approved template (Content SID, "HX…") sent when the 24-hour window is closed.</summary>
    public string OutOfWindowContentSid { get; set; } = "";

    /// <summary>
    /// The approved template ("HX…") announcing a new release to a subscriber outside the 24-hour window
    /// ({{1}} the user's name, {{2}} the newest title). Empty: the notice waits for the user's next message.
    /// </summary>
    public string NewReleaseContentSid { get; set; } = "";

    /// <summary>Messages per second per sender; Twilio allows 80.</summary>
    public int MessagesPerSecond { get; set; } = 80;

    public bool Enabled => !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken);

    /// <summary>PublicBaseUrl without a trailing slash.</summary>
    public string PublicBase => PublicBaseUrl.TrimEnd('/');

    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(AccountSid)}"])
        && !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(AuthToken)}"]);
}
