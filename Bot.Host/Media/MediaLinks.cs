using Bot.Host.Documents;

namespace Bot.Host.Media;

/// <summary>Short-lived signed URLs on this host for a document delivery, served by <c>GET /media/{token}</c>.</summary>
public static class MediaLinks
{
    public const string Purpose = "media";

    /// <summary>Long enough for Twilio to fetch the file, short enough that a leaked link soon dies.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(15);

    public static string Create(SignedLinks links, string publicBaseUrl, string deliveryId, TimeSpan lifetime) =>
        $"{publicBaseUrl.TrimEnd('/')}/media/{links.Create(Purpose, deliveryId, lifetime)}";
}
