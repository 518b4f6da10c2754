using System.Net;
using System.Net.Http.Json;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>10,000 generated malformed or odd web chat bodies against the real host.</summary>
public sealed class WebChatFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TenThousandMalformedOrOddBodiesNeverGetA5xxNorThrowAndTheHostStaysHealthy()
    {
        var errors = new ErrorLogCapture();
        using var factory = new TestHostBuilder().With("WebChat:ReplyWaitSeconds", "0").Services(s => s.AddSingleton<ILoggerProvider>(errors)).Build();
        var http = factory.CreateClient();
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var randoms = new ThreadLocal<Random>(() => new Random(seed + Environment.CurrentManagedThreadId));
        var sessions = new List<Bot.Host.Channels.WebChat.WebChatSessionCreated>();
        for (var i = 0; i < 30; i++)
        {
            sessions.Add(await WebChatClient.CreateSessionAsync(http));
        }

        var tokens = sessions.ToDictionary(s => $"/api/webchat/{s.ConversationId}/messages", s => s.Token);
        var outcome = await FuzzRunner.PostAllAsync(
            http,
            10_000,
            i =>
            {
                var random = randoms.Value!;
                var id = random.Next(50) == 0 ? Uri.EscapeDataString(DialogInputs.Text(random)) : sessions[random.Next(sessions.Count)].ConversationId;
                return ($"/api/webchat/{id}/messages", ChannelBodies.WebChat(random));
            },
            request =>
            {
                if (tokens.TryGetValue(request.RequestUri!.OriginalString, out var token))
                {
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                }
            });
        await factory.DrainAsync();
        output.WriteLine(outcome.ToString());

        Assert.Empty(outcome.ServerErrors);
        Assert.True(errors.Errors.IsEmpty, string.Join("\n\n", errors.Errors));
        Assert.True(outcome.Statuses.GetValueOrDefault(400) > 5000, "most bodies should have been refused as bad requests");
        Assert.True(outcome.Statuses.GetValueOrDefault(202) + outcome.Statuses.GetValueOrDefault(200) > 500, "the valid ones should have been taken");
        Assert.Equal(0, await factory.QueryAsync(db => db.Inbox.CountAsync(m => m.Status != InboxStatus.Done)));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var after = new WebChatClient(http);
        var stored = await after.PostRawAsync(new { text = "halo" });
        await factory.DrainAsync();
        Assert.True(stored.IsSuccessStatusCode, $"a normal message after the fuzz got {(int)stored.StatusCode}");
        Assert.Contains("PST BPS Kota Tarakan", (await after.GetAsync()).AllText());
    }
}
