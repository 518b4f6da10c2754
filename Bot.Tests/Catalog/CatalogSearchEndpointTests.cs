using Bot.Host.Catalog;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.Tests.Catalog;

[Collection(DemoCatalogCollection.Name)]
public sealed class CatalogSearchEndpointTests(DemoCatalogFixture fixture)
{
    [Theory]
    [InlineData(null, null, "q")]
    [InlineData("   ", null, "q")]
    [InlineData("inflasi", "0", "page")]
    [InlineData("inflasi", "1001", "page")]
    [InlineData("inflasi", "dua", "page")]
    public void Invalid_parameters_give_a_400_problem(string? q, string? page, string field)
    {
        // Act
        var result = CatalogSearchEndpoint.Handle(q, page, fixture.Catalog);

        // Assert
        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.True(((Microsoft.AspNetCore.Http.HttpValidationProblemDetails)problem.ProblemDetails).Errors.ContainsKey(field));
    }

    [Fact]
    public void A_query_over_500_characters_is_rejected()
    {
        // Act
        var result = CatalogSearchEndpoint.Handle(new string('a', 501), null, fixture.Catalog);

        // Assert
        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<ProblemHttpResult>(result).StatusCode);
    }

    [Fact]
    public void A_valid_query_returns_total_and_a_page_of_ten_hits()
    {
        // Act
        var result = CatalogSearchEndpoint.Handle("tarakan", "1", fixture.Catalog);

        // Assert
        var body = Assert.IsType<Ok<CatalogSearchResponse>>(result).Value!;
        Assert.True(body.Total > 10);
        Assert.Equal(10, body.Hits.Count);
        Assert.All(body.Hits, h => Assert.False(string.IsNullOrEmpty(h.Id)));
    }
}
