namespace Bot.Host.Channels.Telegram;

/// <summary>`Telegram` section. An empty <see cref="BotToken"/> turns the channel off.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token from @BotFather ("123456:ABC-DEF…"); empty = the channel is off.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Polling (default), Webhook or Off. Kept as text so a typo gets a clear message.</summary>
    public string Mode { get; set; } = nameof(TelegramMode.Polling);

    /// <summary>The public HTTPS URL of /webhooks/telegram; registered with setWebhook on start when set.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token; required in Webhook mode.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The Bot API server: the public one, a local Bot API server, or a test double.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    /// <summary>The staff group's chat id (negative). Its messages go to the ticket desk, not the dialogs.</summary>
    public long? StaffChatId { get; set; }

    /// <summary>How long one getUpdates call may wait for updates (long polling).</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>Seconds between two messages to one private chat (Telegram allows about one per second).</summary>
    public double PerChatIntervalSeconds { get; set; } = 1;

    /// <summary>Seconds between two messages to one group (Telegram allows about 20 per minute).</summary>
    public double GroupIntervalSeconds { get; set; } = 3;

    /// <summary>Messages per second over all chats (Telegram allows about 30); 0 spaces nothing (a test double, a server of one's own).</summary>
    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>The mode in effect: Off whenever there is no token.</summary>
    public TelegramMode EffectiveMode =>
        string.IsNullOrWhiteSpace(BotToken) ? TelegramMode.Off
        : Enum.TryParse<TelegramMode>(Mode, ignoreCase: true, out var mode) ? mode
        : TelegramMode.Off;

    public bool Enabled => EffectiveMode != TelegramMode.Off;
}

public enum TelegramMode
{
    Off,
    Polling,
    Webhook,
}
