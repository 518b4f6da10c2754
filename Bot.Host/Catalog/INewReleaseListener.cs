using Bot.Catalog.Search;

namespace Bot.Host.Catalog;

/// <summary>Told about items a sync added to the catalogue (new-release notices listen).</summary>
internal interface INewReleaseListener
{
    Task OnReleasedAsync(IReadOnlyList<CatalogEntry> added, CancellationToken cancellationToken);
}
