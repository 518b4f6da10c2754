using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>
/// 100,000 random inputs to the real router and dialogs (from the host's container) in
/// whatever state earlier random inputs left 300 conversations: every input gets a reply, none
/// throws, and every state survives its JSON round trip as between turns.
/// </summary>
public sealed class DialogFuzzTests(ITestOutputHelper output)
{
    private const int Inputs = 100_000;
    private const int Conversations = 300;

    [Fact]
    public async Task OneHundredThousandRandomInputsAtRandomStatesEachGetAReplyAndNeverThrow()
    {
        using var factory = new BotFactory();
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var states = Enumerable.Range(0, Conversations).Select(i => MessageJson.Serialize(new Conversation { Channel = ChannelNames.WebChat, Key = $"fz{i}" })).ToArray();
        var now = factory.Clock.GetUtcNow();
        var silent = new List<string>();
        var scope = factory.Services.CreateAsyncScope();
        try
        {
            for (var n = 0; n < Inputs; n++)
            {
                if (n % 2000 == 0)
                {
                    // Dialogs are scoped like in a turn; a fresh scope keeps tracked rows from piling up.
                    await scope.DisposeAsync();
                    scope = factory.Services.CreateAsyncScope();
                }

                // Mostly seconds apart, sometimes past the idle expiry.
                now += random.Next(50) == 0 ? TimeSpan.FromHours(random.Next(1, 48)) : TimeSpan.FromSeconds(random.Next(1, 30));
                var index = random.Next(Conversations);
                var conversation = MessageJson.Deserialize<Conversation>(states[index]);
                // As the host does before storing and routing (see InboundText).
                var inbound = InboundText.Clean(NextInbound(random, conversation, n, now));
                var context = new TurnContext(conversation, inbound, now);
                var record = new ConversationRecord { Id = ConversationRecord.MakeId(conversation.Channel, conversation.Key), Channel = conversation.Channel, Key = conversation.Key };
                var row = new InboxMessage { Channel = record.Channel, ExternalId = inbound.ExternalId, ConversationId = record.Id, Payload = MessageJson.Serialize(inbound) };
                scope.ServiceProvider.GetRequiredService<TurnScope>().Begin(record, context, row);

                await scope.ServiceProvider.GetRequiredService<Router>().HandleAsync(context, CancellationToken.None);

                if (context.Replies.Count == 0 || context.Replies.Any(r => string.IsNullOrWhiteSpace(r.Text)))
                {
                    silent.Add($"#{n} '{inbound.Text}' / {inbound.ChoiceId} at {string.Join(">", conversation.Stack.Select(f => f.Dialog))}");
                }

                states[index] = MessageJson.Serialize(conversation);
            }
        }
        finally
        {
            await scope.DisposeAsync();
        }

        Assert.True(silent.Count == 0, $"{silent.Count} inputs got no reply, e.g.:\n{string.Join("\n", silent.Take(10))}");
    }

    private static Inbound NextInbound(Random random, Conversation conversation, int n, DateTimeOffset now)
    {
        var inbound = new Inbound(conversation.Channel, conversation.Key, $"fz-{n}", now);
        return random.Next(10) switch
        {
            // A button from the last offer, as most users do.
            < 4 when conversation.LastChoices.Count > 0 => inbound with { ChoiceId = conversation.LastChoices[random.Next(conversation.LastChoices.Count)].Id },

            // A stale or forged button.
            4 => inbound with { ChoiceId = random.Next(2) == 0 ? "m:search" : $"x:{random.Next(1000)}" },

            // A message with neither text nor choice (a sticker, a photo without caption).
            5 when random.Next(5) == 0 => inbound,
            _ => inbound with { Text = DialogInputs.Text(random) },
        };
    }
}
