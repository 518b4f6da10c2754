using Bot.Catalog.Search;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Bot.Host.Users;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Documents;

/// <summary>Source PDFs from the catalogue; names and masked emails from the (encrypted) user accounts.</summary>
internal sealed class DeliverySources(CatalogService catalog, BotDbContext db, PersonalData personalData) : IDeliverySources
{
    public string? GetSourcePath(string publicationId) => catalog.GetPdfPath(publicationId);

    public async Task<(string Name, string MaskedEmail)?> GetRecipientAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Set<UserAccount>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null ? null : (personalData.Unprotect(user.FullName), Mask.Email(personalData.Unprotect(user.Email)));
    }
}
