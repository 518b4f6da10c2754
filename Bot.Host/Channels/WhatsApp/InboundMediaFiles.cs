using System.Text.RegularExpressions;
using Bot.Host.Configuration;
using Bot.Host.Privacy;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// The host's copies of files users sent ({DataDir}/media/inbound/{id}). An
/// <see cref="Bot.Dialogs.Model.InboundAttachment"/> refers to one by its StoredId; an empty
/// StoredId means the file could not be fetched and only its type is known.
/// A photo of an identity card is personal data: each file is sealed (AES-GCM, bound to its id)
/// and only opened in memory when staff view it.
/// </summary>
public sealed partial class InboundMediaFiles(DataDirectory dataDir, PersonalData personal)
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

    /// <summary>Writes the file's bytes sealed; the clear bytes never reach the disk.</summary>
    internal async Task WriteAsync(string id, string path, byte[] content, CancellationToken cancellationToken) =>
        await File.WriteAllBytesAsync(path, personal.SealBytes(content, Bind(id)), cancellationToken);

    /// <summary>The stored file (opened), or null for an unknown or malformed id (never a path outside the folder).</summary>
    public Stream? Open(string storedId)
    {
        if (!IdPattern().IsMatch(storedId))
        {
            return null;
        }

        var path = System.IO.Path.Combine(Folder, storedId);
        return File.Exists(path) ? new MemoryStream(personal.OpenBytes(File.ReadAllBytes(path), Bind(storedId)), writable: false) : null;
    }

    /// <summary>Deletes the stored file, if any (erasure, retention).</summary>
    public void Delete(string storedId)
    {
        if (IdPattern().IsMatch(storedId))
        {
            File.Delete(System.IO.Path.Combine(Folder, storedId));
        }
    }

    private static string Bind(string id) => "pstbot/media/inbound/" + id;
}
