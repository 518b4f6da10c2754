namespace Bot.Host.Messaging;

/// <summary>
/// Makes a channel's HTTP call blocking when it is made under the dispatcher's send slot. Sends
/// under the slot go one at a time (at most <see cref="Configuration.WorkerOptions.MaxInFlightSends"/>),
/// and the slot is held until the answer is recorded, so the answer's wait is the whole
/// message path's wait. Awaited, the answer's continuation queues in the thread pool behind
/// every turn in progress; a thread blocked on the socket is woken by the answer itself. That
/// costs one blocked thread per send under way, which the slot bounds.
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
