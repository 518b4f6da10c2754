using Bot.Dialogs.Model;
using Bot.Host.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace Bot.Host.Documents;

/// <summary>
/// Signed links to a delivery: `/read/{token}` opens the stamped PDF in the browser,
/// `/download/{token}` saves it. The web chat uses host-relative links.
/// </summary>
public sealed class DocumentLinks(SignedLinks links, IOptions<DocumentOptions> options) : IDocumentLinks
{
    public const string ReadPurpose = "read";
    public const string DownloadPurpose = "download";

    public string CreateUrl(DocumentRef document) => Relative(links, document, TimeSpan.FromMinutes(options.Value.LinkMinutes));

    public string CreateAbsoluteUrl(DocumentRef document) => Absolute(options.Value, links, document, TimeSpan.FromMinutes(options.Value.LinkMinutes));

    public static string Relative(SignedLinks links, DocumentRef document, TimeSpan lifetime)
    {
        var purpose = document.Mode == DocumentMode.Read ? ReadPurpose : DownloadPurpose;
        return $"/{purpose}/{links.Create(purpose, document.DeliveryId, lifetime)}";
    }

    public static string Absolute(DocumentOptions options, SignedLinks links, DocumentRef document, TimeSpan lifetime) =>
        options.PublicBaseUrl.TrimEnd('/') + Relative(links, document, lifetime);
}
