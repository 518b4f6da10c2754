using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;
using Bot.Tests.Telegram;

namespace Bot.Tests.Queue;

/// <summary>
/// The staff desk host (real host, Telegram Bot API double, staff API key) set up for the queue:
/// no spacing between Telegram messages (the clock is fake and moved only by the tests) and the
/// promise check's loop off (tests run it).
/// </summary>
internal static class QueueHost
{
    public static readonly string UserChat = TelegramUpdates.UserId.ToString(CultureInfo.InvariantCulture);

    public static Task<StaffDeskHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Telegram:PerChatIntervalSeconds"] = "0",
            ["Telegram:GroupIntervalSeconds"] = "0",
            ["Telegram:GlobalMessagesPerSecond"] = "0",
            ["Queue:CheckSeconds"] = "0",
            ["Queue:NoShowMinutes"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return StaffDeskHost.StartAsync(all);
    }

    /// <summary>"antri" in the web chat, then the service by its label.</summary>
    public static async Task<string> TakeOnWebChatAsync(WebChatClient chat, string service = "Perpustakaan")
    {
        var asked = await chat.SayAsync("antri");
        return (await chat.ChooseAsync(asked, service)).AllText();
    }

    public static async Task<HttpResponseMessage> CallAsync(StaffDeskHost host, string counter, string? service = null) =>
        await host.StaffApi().PostAsJsonAsync("/api/staff/queue/call", service is null ? new { counter } : (object)new { counter, service });

    public static async Task<HttpResponseMessage> ActAsync(StaffDeskHost host, string number, string action) =>
        await host.StaffApi().PostAsync($"/api/staff/queue/{number}/{action}", null);

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)!;

    /// <summary>Everything the bot sent to the web chat so far.</summary>
    public static async Task<string> HistoryAsync(WebChatClient chat) => (await chat.GetAsync()).AllText();
}
