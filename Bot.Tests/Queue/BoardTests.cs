using System.Text.Json.Nodes;
using Bot.Tests.Telegram;

namespace Bot.Tests.Queue;

/// <summary>The public board: JSON and Server-Sent Events with numbers and counters only.</summary>
public sealed class BoardTests
{
    // Every key the board may publish; anything else (a chat id, a channel, a name) fails the test.
    private static readonly HashSet<string> s_allowedKeys =
        ["office", "day", "latest", "serving", "recent", "waiting", "number", "counter", "service", "calls", "at", "name", "count"];

    [Fact]
    public async Task TheBoardJsonShowsCallsAndWaitingCountsAndNothingPersonal()
    {
        await using var host = await QueueHost.StartAsync();
        await host.UserSaysOnTelegramAsync("antri");
        await host.UserSaysOnTelegramAsync(null, button: "q:s:P");
        var web = host.NewChat();
        await QueueHost.TakeOnWebChatAsync(web);
        await QueueHost.CallAsync(host, "3");

        var raw = await host.Factory.CreateClient().GetStringAsync("/api/board");
        var board = JsonNode.Parse(raw)!.AsObject();

        Assert.Equal("P-001", (string?)board["latest"]!["number"]);
        Assert.Equal("3", (string?)board["latest"]!["counter"]);
        Assert.Equal("P-001", (string?)board["serving"]![0]!["number"]);
        Assert.Equal(1, (int?)board["waiting"]![0]!["count"]);
        AssertNothingPersonal(raw, board, web.ConversationId);
    }

    [Fact]
    public async Task TheBoardEventsCarryEachCallAsItHappensAndNothingPersonal()
    {
        await using var host = await QueueHost.StartAsync();
        var web = host.NewChat();
        await QueueHost.TakeOnWebChatAsync(web);
        using var client = host.Factory.CreateClient();
        using var response = await client.GetAsync("/api/board/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var before = await NextBoardEventAsync(reader);
        await QueueHost.CallAsync(host, "1");
        var after = await NextBoardEventAsync(reader);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(before["latest"]);
        Assert.Equal(1, (int?)before["waiting"]![0]!["count"]);
        Assert.Equal("P-001", (string?)after["latest"]!["number"]);
        Assert.Equal("1", (string?)after["latest"]!["counter"]);
        AssertNothingPersonal(after.ToJsonString(), after, web.ConversationId);
    }

    [Fact]
    public async Task ACallFromTheStaffGroupReachesAnOpenBoardOnceItsTurnCommitted()
    {
        await using var host = await QueueHost.StartAsync();
        await QueueHost.TakeOnWebChatAsync(host.NewChat(), "Konsultasi");
        using var client = host.Factory.CreateClient();
        using var response = await client.GetAsync("/api/board/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await NextBoardEventAsync(reader);

        // The fake clock stands still, so the board's periodic refresh cannot be what wakes it.
        await host.StaffSaysAsync("/panggil 4");
        var after = await NextBoardEventAsync(reader);

        Assert.Equal("K-001", (string?)after["latest"]!["number"]);
        Assert.Equal("4", (string?)after["latest"]!["counter"]);
    }

    /// <summary>Reads lines up to the next "board" event's data (the read's timeout only stops a broken test from hanging).</summary>
    private static async Task<JsonObject> NextBoardEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var isBoard = false;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: board")
            {
                isBoard = true;
            }
            else if (isBoard && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonNode.Parse(line["data: ".Length..])!.AsObject();
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }

    private static void AssertNothingPersonal(string raw, JsonNode board, string webConversation)
    {
        Assert.DoesNotContain(TelegramUpdates.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), raw);
        Assert.DoesNotContain(webConversation, raw);
        Assert.DoesNotContain("telegram", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("webchat", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Siti", raw);
        Assert.All(Keys(board), key => Assert.Contains(key, s_allowedKeys));
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keys),
        _ => [],
    };
}
