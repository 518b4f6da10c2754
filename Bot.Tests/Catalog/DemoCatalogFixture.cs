using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

/// <summary>The demo catalogue loaded once into an in-memory index, shared by the tests of <see cref="DemoCatalogCollection"/>.</summary>
public sealed class DemoCatalogFixture : IAsyncLifetime
{
    private readonly TempDirectory dataDir = new();

    public CatalogService Catalog { get; private set; } = null!;

    public string DataDir => dataDir.Path;

    public async Task InitializeAsync()
    {
        Catalog = new CatalogService(CatalogIndex.CreateInMemory(), dataDir.Path);
        await Catalog.EnsureDemoLoadedAsync();
    }

    public Task DisposeAsync()
    {
        Catalog.Dispose();
        dataDir.Dispose();
        return Task.CompletedTask;
    }
}
