using Bot.Dialogs.Model;
using Microsoft.Extensions.Options;

namespace Bot.Host.Documents;

/// <summary>
/// Signed links to a delivery: `/read/{token}` opens the stamped PDF in the browser,
/// `/download/{token}` saves it. The web chat uses host-relative links. A link expires
/// Documents:LinkMinutes after its delivery, not after it was last shown: the web chat's history
/// signs the same link with the same end on every fetch.
/// </summary>
public sealed class DocumentLinks(SignedLinks links, IOptions<DocumentOptions> options, TimeProvider clock) : IDocumentLinks
{
    public const string ReadPurpose = "read";
    public const string DownloadPurpose = "download";

    public string CreateUrl(DocumentRef document) => Relative(links, document, ExpiresAt(options.Value, document, clock));

    public string CreateAbsoluteUrl(DocumentRef document) => Absolute(options.Value, links, document, ExpiresAt(options.Value, document, clock));

    /// <summary>The delivery's moment plus the link lifetime (now, for a reply stored before deliveries carried their moment).</summary>
    public static DateTimeOffset ExpiresAt(DocumentOptions options, DocumentRef document, TimeProvider clock) =>
        (document.DeliveredAt ?? clock.GetUtcNow()).AddMinutes(options.LinkMinutes);

    public static string Relative(SignedLinks links, DocumentRef document, DateTimeOffset expiresAt)
    {
        var purpose = document.Mode == DocumentMode.Read ? ReadPurpose : DownloadPurpose;
        return $"/{purpose}/{links.CreateUntil(purpose, document.DeliveryId, expiresAt)}";
    }

    public static string Absolute(DocumentOptions options, SignedLinks links, DocumentRef document, DateTimeOffset expiresAt) =>
        options.PublicBaseUrl.TrimEnd('/') + Relative(links, document, expiresAt);
}
