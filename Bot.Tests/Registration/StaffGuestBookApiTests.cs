using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Registration;

/// <summary>The staff API: bearer Staff:ApiKey, the guest book as JSON or CSV, and the user count.</summary>
public sealed class StaffGuestBookApiTests : IDisposable
{
    private const string Key = "test-staff-key-0123456789abcdefghijkl";
    private readonly BotFactory _factory = new(new Dictionary<string, string?> { ["Staff:ApiKey"] = Key });

    [Fact]
    public async Task WithoutTheKeyTheApiAnswers401WithProblemDetails()
    {
        var http = _factory.CreateClient();

        var missing = await http.GetAsync("/api/staff/users/count");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-key-wrong-key-wrong");
        var wrong = await http.GetAsync("/api/staff/guestbook");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("not valid", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithNoKeyConfiguredTheStaffApiTakesNoKeyOnlyTheConsoleSignIn()
    {
        using var factory = new BotFactory();
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var response = await http.GetAsync("/api/staff/users/count");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("No Staff:ApiKey is set", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheGuestBookComesAsJsonOrCsvAndTheUserCountAsJson()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));
        await user.RegisterAsync();
        var menu = await user.Chat.ChooseAsync("m:account");
        var purposes = await user.Chat.ChooseAsync(menu, "buku tamu");
        var lookingFor = await user.Chat.ChooseAsync(purposes, "Tugas sekolah");
        await user.Chat.SayAsync("PDRB, \"harga\" 2024");
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var json = await http.GetFromJsonAsync<JsonElement>("/api/staff/guestbook?from=2026-03-01&to=2026-03-02");
        var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/staff/guestbook?from=2026-03-02&to=2026-03-02");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var csv = await http.SendAsync(csvRequest);
        var csvText = await csv.Content.ReadAsStringAsync();
        var empty = await http.GetFromJsonAsync<JsonElement>("/api/staff/guestbook?from=2026-03-03&to=2026-03-03");
        var count = await http.GetFromJsonAsync<JsonElement>("/api/staff/users/count");

        Assert.NotEmpty(lookingFor);
        Assert.Equal(1, json.GetProperty("count").GetInt32());
        var visit = json.GetProperty("visits")[0];
        Assert.Equal("2026-03-02", visit.GetProperty("day").GetString());
        Assert.Equal("2026-03-02T09:00:00+08:00", visit.GetProperty("time").GetString());
        Assert.Equal("assignment", visit.GetProperty("purpose").GetString());
        Assert.Equal("Siti Rahmawati", visit.GetProperty("name").GetString());
        Assert.DoesNotContain(Registrant.Nik, json.GetRawText());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = csvText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("day,time,channel,purpose,looking_for,occupation,name,institution", lines[0]);
        Assert.Equal("2026-03-02,2026-03-02T09:00:00+08:00,webchat,assignment,\"PDRB, \"\"harga\"\" 2024\",researcher,Siti Rahmawati,Universitas Borneo Tarakan", lines[1]);
        Assert.Equal(0, empty.GetProperty("count").GetInt32());
        Assert.Equal(1, count.GetProperty("registered").GetInt32());
    }

    [Fact]
    public async Task BadDatesAreRefusedWithAClearMessage()
    {
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var badFormat = await http.GetAsync("/api/staff/guestbook?from=02-03-2026");
        var reversed = await http.GetAsync("/api/staff/guestbook?from=2026-03-05&to=2026-03-01");

        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("YYYY-MM-DD", await badFormat.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
