using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;

namespace Bot.Tests.Durability;

/// <summary>Which rows handed over in memory the dispatcher queues: a late turn hand-over never, a release always.</summary>
public sealed class OutboxQueuesTests
{
    [Fact]
    public void ARowSentBeforeItsHandOverArrivedIsNotQueuedAgain()
    {
        var queues = new OutboxQueues();
        var row = Row(1);

        queues.MarkDone(row, OutboxStatus.Sent);

        Assert.True(queues.RecordedSinceStored(row.Id));
    }

    [Fact]
    public void AHeldRowHandedOverOnItsReleaseIsQueued()
    {
        var queues = new OutboxQueues();
        var row = Row(2);

        queues.MarkJournaled(row, OutboxStatus.Held);
        queues.MarkFlushed([row.Id]);

        Assert.False(queues.RecordedSinceStored(row.Id));
        Assert.True(queues.Add(row));
    }

    [Fact]
    public void AReleasedRowSentByAReadOfStorageIsNotQueuedByTheLateRelease()
    {
        var queues = new OutboxQueues();
        var row = Row(3);
        queues.MarkDone(row, OutboxStatus.Held);

        // Released, found by a read of storage and sent before the release's hand-over arrived.
        queues.MarkDone(row, OutboxStatus.Sent);

        Assert.True(queues.RecordedSinceStored(row.Id));
    }

    [Fact]
    public void ARowHandedOverWithoutAnyRecordIsQueued() =>
        Assert.False(new OutboxQueues().RecordedSinceStored(4));

    private static OutboxMessage Row(long id) => new()
    {
        Id = id,
        Channel = ChannelNames.WhatsApp,
        ConversationId = "whatsapp:abc",
        Recipient = "sealed",
        Payload = "{}",
        Seq = id,
    };
}
