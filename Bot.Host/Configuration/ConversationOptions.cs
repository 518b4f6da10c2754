using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Configuration;

/// <summary>`Conversation` section.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>Minutes of silence after which a conversation starts again from the menu.</summary>
    [Range(1, 24 * 60, ErrorMessage = "Conversation:IdleMinutes must be between 1 and 1440.")]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>Optional path of a service-information content file replacing the built-in one.</summary>
    public string? ServiceInfoPath { get; set; }
}
