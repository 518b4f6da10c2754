using System.Text.RegularExpressions;
using Bot.Host.Configuration;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// The host's copies of files users sent ({DataDir}/media/inbound/{id}). An
/// <see cref="Bot.Dialogs.Model.InboundAttachment"/> refers to one by its StoredId; an empty
/// StoredId means the file could not be fetched and only its type is known.
/// </summary>
public sealed partial class InboundMediaFiles(DataDirectory dataDir)
{
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();

    public string Folder => dataDir.Combine("media", "inbound");

    /// <summary>A fresh id and the path to write it to.</summary>
    internal (string Id, string Path) NewFile()
    {
        Directory.CreateDirectory(Folder);
        var id = Guid.NewGuid().ToString("N");
        return (id, System.IO.Path.Combine(Folder, id));
    }

    /// <summary>The stored file, or null for an unknown or malformed id (never a path outside the folder).</summary>
    public Stream? Open(string storedId)
    {
        if (!IdPattern().IsMatch(storedId))
        {
            return null;
        }

        var path = System.IO.Path.Combine(Folder, storedId);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }
}
