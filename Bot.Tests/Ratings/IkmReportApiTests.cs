using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Ratings;
using Bot.Tests.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ratings;

public sealed class IkmReportApiTests : IAsyncLifetime
{
    private const string Url = "/api/staff/reports/ikm?from=2026-03-01&to=2026-03-31";
    private StaffDeskHost _host = null!;

    public async Task InitializeAsync() => _host = await StaffDeskHost.StartAsync();

    [Fact]
    public async Task TheReportOfTheHandComputedExampleMatchesTheArithmetic()
    {
        await SeedHandExampleAsync();

        var report = await _host.StaffApi().GetFromJsonAsync<JsonElement>(Url);

        Assert.Equal(4, report.GetProperty("responses").GetInt32());
        Assert.Equal(84.03m, report.GetProperty("ikm").GetDecimal());
        Assert.Equal("B", report.GetProperty("category").GetString());
        Assert.Equal("Baik", report.GetProperty("label").GetString());
        var u2 = report.GetProperty("elements")[1];
        Assert.Equal(("U2", 3.5m), (u2.GetProperty("code").GetString(), u2.GetProperty("nrr").GetDecimal()));
        Assert.Equal(5, report.GetProperty("quick").GetProperty("responses").GetInt32());
        Assert.Equal(2.6m, report.GetProperty("quick").GetProperty("average").GetDecimal());
    }

    [Fact]
    public async Task RatingsOutsideThePeriodInWitaAreLeftOut()
    {
        await SeedHandExampleAsync();

        // The seeded ratings are on 2026-03-02 WITA; the day before has none.
        var report = await _host.StaffApi().GetFromJsonAsync<JsonElement>("/api/staff/reports/ikm?from=2026-03-01&to=2026-03-01");

        Assert.Equal(0, report.GetProperty("responses").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("ikm").ValueKind);
    }

    [Fact]
    public async Task AcceptTextCsvGivesTheReportAsCsv()
    {
        await SeedHandExampleAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _host.StaffApi().SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("code,name,value\r\nU1,Persyaratan,3.00\r\nU2,\"Sistem, Mekanisme, dan Prosedur\",3.50\r\n", csv);
        Assert.Contains("IKM,Indeks Kepuasan Masyarakat,84.03\r\n", csv);
        Assert.Contains("CATEGORY,Mutu pelayanan,B (Baik)\r\n", csv);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("test-staff-key")]
    public async Task RequestsWithoutTheStaffKeyGet401(string? authorization)
    {
        var client = _host.Factory.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/staff/reports/ikm")]
    [InlineData("/api/staff/reports/ikm?from=2026-3-1&to=2026-03-31")]
    [InlineData("/api/staff/reports/ikm?from=2026-04-01&to=2026-03-31")]
    public async Task AMissingOrWrongPeriodIsABadRequestThatSaysHowToAsk(string url)
    {
        var response = await _host.StaffApi().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The four surveys of <see cref="IkmCalculatorTests.HandExample"/> plus one quick-only rating (quick 4, 3, 3, 2, 1).</summary>
    private async Task SeedHandExampleAsync()
    {
        int[] quick = [4, 3, 3, 2, 1];
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bot.Host.Storage.BotDbContext>();
        for (var i = 0; i < quick.Length; i++)
        {
            var rating = new ServiceRating { SubjectKey = $"c:webchat:seed{i}", EventKey = "menu:2026-03-02", Quick = quick[i], CreatedAt = _host.Factory.Clock.GetUtcNow() };
            if (i < IkmCalculatorTests.HandExample.Count)
            {
                var a = IkmCalculatorTests.HandExample[i];
                (rating.U1, rating.U2, rating.U3, rating.U4, rating.U5, rating.U6, rating.U7, rating.U8, rating.U9) = (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
                rating.SurveyAt = rating.CreatedAt;
            }

            db.Add(rating);
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
