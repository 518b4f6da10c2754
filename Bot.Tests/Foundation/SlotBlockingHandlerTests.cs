using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;

namespace Bot.Tests.Foundation;

public class SlotBlockingHandlerTests
{
    [Fact]
    public async Task ASendUnderTheSlotBlocksAndEveryOtherCallStaysAsynchronous()
    {
        var inner = new RecordingHandler();
        using var client = new HttpClient(new SlotBlockingHandler { InnerHandler = inner });

        await client.GetAsync(new Uri("http://127.0.0.1/outside"));
        await SendUnderSlotAsync(client);
        await client.GetAsync(new Uri("http://127.0.0.1/after"));

        Assert.Equal(["async /outside", "sync /under", "async /after"], inner.Calls);
    }

    // The dispatcher sets the flag in its own async flow; it does not leak into the caller's.
    private static async Task SendUnderSlotAsync(HttpClient client)
    {
        SlotBlockingHandler.UnderSlot = true;
        await client.GetAsync(new Uri("http://127.0.0.1/under"));
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> Calls { get; } = [];

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls.Add($"sync {request.RequestUri!.AbsolutePath}");
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Calls.Add($"async {request.RequestUri!.AbsolutePath}");
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }
    }
}
