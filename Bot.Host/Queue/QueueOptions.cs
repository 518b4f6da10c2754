using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Queue;

/// <summary>`Queue` section: the office's queue numbers, the board and the poster.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";

    /// <summary>Minutes after a call before staff may skip the number as a no-show.</summary>
    [Range(0, 120, ErrorMessage = "Queue:NoShowMinutes must be between 0 and 120.")]
    public int NoShowMinutes { get; set; } = 5;

    /// <summary>The service standard's promise: served within this many minutes of the guest book.</summary>
    [Range(1, 120, ErrorMessage = "Queue:PromiseMinutes must be between 1 and 120.")]
    public int PromiseMinutes { get; set; } = 5;

    /// <summary>The service time assumed for the estimate until some visits were served.</summary>
    [Range(1, 120, ErrorMessage = "Queue:DefaultServiceMinutes must be between 1 and 120.")]
    public int DefaultServiceMinutes { get; set; } = 5;

    /// <summary>How often waiting visitors are checked against the promise (supervisor notice); 0 = off (tests call it).</summary>
    [Range(0, 3600, ErrorMessage = "Queue:CheckSeconds must be between 0 (off) and 3600.")]
    public int CheckSeconds { get; set; } = 30;

    /// <summary>How often an open board re-reads the queue, for calls made on another node.</summary>
    [Range(1, 300, ErrorMessage = "Queue:BoardRefreshSeconds must be between 1 and 300.")]
    public int BoardRefreshSeconds { get; set; } = 3;

    /// <summary>The office's WhatsApp number for the poster's QR code (digits, country code first).</summary>
    [RegularExpression(@"^\d{8,15}$", ErrorMessage = "Queue:WhatsAppNumber must be digits only with the country code, e.g. 6285183106571.")]
    public string WhatsAppNumber { get; set; } = "6285183106571";

    /// <summary>The Telegram bot's user name (without @) for the poster's t.me link; empty leaves that QR code out.</summary>
    public string? TelegramBotUserName { get; set; }

    /// <summary>The public address of this host (https://…) for the web chat's QR code; empty = the address the poster was opened on.</summary>
    public string? PublicBaseUrl { get; set; }
}
