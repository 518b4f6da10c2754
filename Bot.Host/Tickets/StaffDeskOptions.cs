using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Tickets;

/// <summary>
/// `Staff` section as the ticket desk reads it (the API key is read by the staff API's auth).
/// <see cref="StaffChatId"/> comes from `Telegram:StaffChatId`, where the Telegram settings live.
/// </summary>
public sealed class StaffDeskOptions
{
    public const string Section = "Staff";

    /// <summary>The Telegram staff group; filled from `Telegram:StaffChatId`.</summary>
    public string? StaffChatId { get; set; }

    /// <summary>Where unanswered tickets are escalated; the staff group when empty.</summary>
    public string? SupervisorChatId { get; set; }

    /// <summary>Addresses that receive every new and escalated ticket by email.</summary>
    public List<string> Emails { get; set; } = [];

    /// <summary>Office minutes a ticket may wait for a staff member to take it before escalation.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Staff:EscalateAfterMinutes must be between 1 and 10080 (office minutes).")]
    public int EscalateAfterMinutes { get; set; } = 30;

    /// <summary>How often the escalation check runs; 0 turns the background check off (tests call it).</summary>
    [Range(0, 3600, ErrorMessage = "Staff:EscalationCheckSeconds must be between 0 (off) and 3600.")]
    public int EscalationCheckSeconds { get; set; } = 60;

    public OfficeHoursOptions OfficeHours { get; set; } = new();

    /// <summary>
    /// `Staff:TelegramUserIds`: when set, only these Telegram user ids may act from the staff group
    /// (answer, take, close, call); others get a polite refusal. Empty: every member may act.
    /// </summary>
    public List<string> TelegramUserIds { get; set; } = [];
}
