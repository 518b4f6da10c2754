using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bot.Catalog.Bps;

namespace Bot.Host.Catalog;

/// <summary>
/// <c>Catalog:Bps</c>: the office's catalogue synced from BPS's WebAPI. Off while <see cref="ApiKey"/> is empty
/// (the demo catalogue is then the fallback).
/// </summary>
internal sealed class BpsSyncOptions : IValidatableObject
{
    public const string Section = "Catalog:Bps";

    /// <summary>The office's WebAPI key (free, from https://webapi.bps.go.id/developer/).</summary>
    public string? ApiKey { get; set; }

    /// <summary>BPS domain code; 6571 is Kota Tarakan.</summary>
    public string Domain { get; set; } = BpsApiSettings.DefaultDomain;

    /// <summary>API root.</summary>
    public string BaseUrl { get; set; } = BpsApiSettings.OfficialBaseUrl;

    /// <summary>Daily sync time in WITA, "HH:mm".</summary>
    public string SyncAt { get; set; } = "02:30";

    /// <summary>Largest PDF downloaded, in megabytes.</summary>
    [Range(1, 2048)]
    public int MaxFileMegabytes { get; set; } = 200;

    /// <summary>Minimum time between two requests, in milliseconds (about 2 a second by default).</summary>
    [Range(0, 60_000)]
    public int RequestIntervalMilliseconds { get; set; } = 500;

    /// <summary>First retry delay after a 429 or 5xx, in milliseconds; doubles per retry (with jitter).</summary>
    [Range(1, 600_000)]
    public int RetryDelayMilliseconds { get; set; } = 2_000;

    /// <summary>Retries after a 429 or 5xx.</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 4;

    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>The parsed <see cref="SyncAt"/>.</summary>
    public TimeOnly SyncTime => TimeOnly.ParseExact(SyncAt, "HH:mm", CultureInfo.InvariantCulture);

    public BpsApiSettings ToSettings() =>
        new(BaseUrl, Domain, ApiKey ?? string.Empty, TimeSpan.FromMilliseconds(RequestIntervalMilliseconds));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeOnly.TryParseExact(SyncAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return new ValidationResult($"{Section}:SyncAt \"{SyncAt}\" must be a WITA time such as 02:30.", [nameof(SyncAt)]);
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult($"{Section}:BaseUrl \"{BaseUrl}\" must be an http(s) address such as {BpsApiSettings.OfficialBaseUrl}.", [nameof(BaseUrl)]);
        }

        if (string.IsNullOrWhiteSpace(Domain) || !Domain.All(char.IsAsciiDigit))
        {
            yield return new ValidationResult($"{Section}:Domain \"{Domain}\" must be a BPS domain code such as 6571.", [nameof(Domain)]);
        }
    }
}
