using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Limits;

/// <summary>`Limits` section: request sizes and how fast one user may write.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body any endpoint accepts unless it declares its own (webhooks are a few KB).</summary>
    [Range(1024, 100 * 1024 * 1024, ErrorMessage = "Limits:MaxRequestBodyBytes must be between 1024 and 104857600.")]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Messages one conversation may send per window before it is asked to slow down.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Limits:InboundPerWindow must be between 1 and 1000000.")]
    public int InboundPerWindow { get; set; } = 60;

    /// <summary>The window's length in seconds.</summary>
    [Range(1, 3600, ErrorMessage = "Limits:InboundWindowSeconds must be between 1 and 3600.")]
    public int InboundWindowSeconds { get; set; } = 60;
}
