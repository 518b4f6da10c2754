using System.Net;
using System.Net.Http.Json;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Catalog;

/// <summary>The search API through the real host pipeline (routing, binding, problem details, JSON).</summary>
public sealed class CatalogApiTests : IDisposable
{
    private readonly BotFactory factory = new TestHostBuilder().With("Catalog:LoadDemo", "false").Build();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/api/catalog/search")]
    [InlineData("/api/catalog/search?q=%20")]
    [InlineData("/api/catalog/search?q=inflasi&page=0")]
    [InlineData("/api/catalog/search?q=inflasi&page=1001")]
    public async Task Invalid_requests_get_400_problem_details(string url)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_search_returns_total_and_hits_as_camel_case_json()
    {
        // Arrange
        using (var catalog = Bot.Catalog.Search.CatalogService.Open(factory.DataDir))
        {
            catalog.Index.Upsert(TestPublications.Doc("ihk-2024", "Indeks Harga Konsumen Kota Tarakan 2024", 2024, "Inflasi bulanan Kota Tarakan."));
        }

        using var client = factory.CreateClient();

        // Act
        var body = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/catalog/search?q=inflasi&page=1");

        // Assert
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        var hit = body.GetProperty("hits")[0];
        Assert.Equal("ihk-2024", hit.GetProperty("id").GetString());
        Assert.Equal(2024, hit.GetProperty("year").GetInt32());
        Assert.Contains("*Inflasi*", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(hit.GetProperty("score").GetSingle() > 0);
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("title").GetString()));
    }
}
