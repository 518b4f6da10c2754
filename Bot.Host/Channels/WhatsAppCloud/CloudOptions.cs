namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// `MetaWhatsApp` section: WhatsApp through Meta's Cloud API, without Twilio in between. An
/// empty AccessToken turns the channel off.
/// </summary>
public sealed class CloudOptions
{
    public const string Section = "MetaWhatsApp";

    /// <summary>The Graph API version this code was written against.</summary>
    public const string DefaultGraphBaseUrl = "https://graph.facebook.com/v23.0";

    /// <summary>A system user's access token with whatsapp_business_messaging permission.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The business phone number's id (not the number itself) from the WhatsApp Manager.</summary>
    public string PhoneNumberId { get; set; } = "";

    /// <summary>The Meta app's secret; signs every webhook (X-Hub-Signature-256).</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The token typed into the app's webhook settings, echoed by Meta's verification request.</summary>
    public string VerifyToken { get; set; } = "";

    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>The approved template sent when the user's 24-hour window is closed.</summary>
    public CloudTemplateOptions OutOfWindowTemplate { get; set; } = new();

    /// <summary>Messages per second for the business number (Meta's default throughput is 80).</summary>
    public int MessagesPerSecond { get; set; } = 80;

    public bool Enabled => !string.IsNullOrWhiteSpace(AccessToken);

    public string GraphBase => GraphBaseUrl.TrimEnd('/');

    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(AccessToken)}"]);
}

/// <summary>An approved message template: its name and language code (e.g. "id").</summary>
public sealed class CloudTemplateOptions
{
    public string Name { get; set; } = "";

    public string Language { get; set; } = "id";
}
