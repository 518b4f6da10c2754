using Bot.Dialogs.Model;

namespace Bot.Host.Channels.WebChat;

/// <summary>Makes the signed URL a channel gives the user for a document reply.</summary>
public interface IDocumentLinks
{
    string CreateUrl(DocumentRef document);
}
