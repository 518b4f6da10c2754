namespace Bot.Tests.Catalog;

[CollectionDefinition(Name)]
public sealed class DemoCatalogCollection : ICollectionFixture<DemoCatalogFixture>
{
    public const string Name = "Demo catalogue";
}
