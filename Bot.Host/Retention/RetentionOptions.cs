using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Retention;

/// <summary>`Retention` section: how long message bodies and sent files are kept.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Messages (both ways) and the files users sent are deleted this many days after they were received or made.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:MessageDays must be between 1 and 3650.")]
    public int MessageDays { get; set; } = 90;

    /// <summary>How often the job looks for what is due.</summary>
    [Range(1, 24 * 60, ErrorMessage = "Retention:CheckMinutes must be between 1 and 1440.")]
    public int CheckMinutes { get; set; } = 60;
}
