namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// Makes a channel's HTTP call blocking when the dispatcher says so: only with
/// <see cref="Configuration.WorkerOptions.MaxInFlightSends"/> = 1, where sends go one at a time
/// and the answer's wait is the whole message path's wait. Awaited, the answer's continuation
/// queues in the thread pool behind every turn in progress; a thread blocked on the socket is
/// woken by the answer itself. With several sends in flight they are awaited: as many blocked
/// threads starve the pool the channel's own answers (and a test double's) need.
/// Every other call (startup, answers to button presses) stays asynchronous.
/// </summary>
public sealed class SlotBlockingHandler : DelegatingHandler
{
    private static readonly AsyncLocal<bool> s_underSlot = new();

    /// <summary>Whether the current flow sends under the slot; set by the dispatcher around a send.</summary>
    public static bool UnderSlot
    {
        get => s_underSlot.Value;
        set => s_underSlot.Value = value;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!UnderSlot)
        {
            return base.SendAsync(request, cancellationToken);
        }

        try
        {
            return Task.FromResult(Send(request, cancellationToken));
        }
        catch (Exception e)
        {
            return Task.FromException<HttpResponseMessage>(e);
        }
    }
}
