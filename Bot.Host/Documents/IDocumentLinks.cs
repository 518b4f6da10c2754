using Bot.Dialogs.Model;

namespace Bot.Host.Documents;

/// <summary>Makes the signed URL a channel gives the user for a document reply.</summary>
public interface IDocumentLinks
{
    /// <summary>A link relative to this host, for the web chat page served by it.</summary>
    string CreateUrl(DocumentRef document);

    /// <summary>A full link on the host's public address, for texts sent through other channels.</summary>
    string CreateAbsoluteUrl(DocumentRef document);
}
