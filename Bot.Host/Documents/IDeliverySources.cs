namespace Bot.Host.Documents;

/// <summary>Where a publication's source PDF is, and whom a copy is stamped for.</summary>
public interface IDeliverySources
{
    /// <summary>The catalogue's copy of the source PDF, or null when the publication is gone.</summary>
    string? GetSourcePath(string publicationId);

    /// <summary>The name and the masked email to stamp on the user's copy, or null for a deleted user.</summary>
    Task<(string Name, string MaskedEmail)?> GetRecipientAsync(string userId, CancellationToken cancellationToken);
}
