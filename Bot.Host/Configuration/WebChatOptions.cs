using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Configuration;

/// <summary>`WebChat` section.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    public bool Enabled { get; set; } = true;

    /// <summary>How long a POST waits for its turn before answering 202.</summary>
    [Range(0, 60, ErrorMessage = "WebChat:ReplyWaitSeconds must be between 0 and 60.")]
    public int ReplyWaitSeconds { get; set; } = 10;

    /// <summary>A session without a message from the visitor for this long is over.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "WebChat:SessionIdleMinutes must be between 1 and 10080 (a week).")]
    public int SessionIdleMinutes { get; set; } = 60;
}
