namespace Bot.Catalog.Bps;

/// <summary>Where and how to reach BPS's WebAPI for one regional office.</summary>
/// <param name="BaseUrl">API root, e.g. <c>https://webapi.bps.go.id/v1/api</c> (no trailing slash needed).</param>
/// <param name="Domain">BPS domain code of the office, e.g. <c>6571</c> for Kota Tarakan.</param>
/// <param name="ApiKey">The office's WebAPI key.</param>
/// <param name="RequestInterval">Minimum time between two requests (BPS publishes no limit; 0.5 s keeps near 2 a second).</param>
public sealed record BpsApiSettings(string BaseUrl, string Domain, string ApiKey, TimeSpan RequestInterval)
{
    /// <summary>The official API root.</summary>
    public const string OfficialBaseUrl = "https://webapi.bps.go.id/v1/api";

    /// <summary>Kota Tarakan.</summary>
    public const string DefaultDomain = "6571";

    /// <summary>About two requests a second.</summary>
    public static readonly TimeSpan DefaultRequestInterval = TimeSpan.FromMilliseconds(500);
}
