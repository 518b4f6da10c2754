namespace Bot.Host.Documents;

/// <summary>
/// Produces the document behind a delivery record at the moment it is sent: the publication
/// stamped for that user. Channels call it; they never see a file path.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The stamped document, or a failure the channel turns into an apology.</summary>
    Task<DocumentOpenResult> OpenAsync(string deliveryId, CancellationToken cancellationToken);
}

/// <summary>A produced document (the caller disposes the stream) or the reason there is none.</summary>
public sealed record DocumentOpenResult(Stream? Content, string FileName, long Length, string? Error)
{
    public bool Succeeded => Content is not null;

    public static DocumentOpenResult Ok(Stream content, string fileName, long length) => new(content, fileName, length, null);

    public static DocumentOpenResult Fail(string error) => new(null, "", 0, error);
}
