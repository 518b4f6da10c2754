using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;

namespace Bot.Tests.Durability;

public sealed class SendRecordCodecTests
{
    private static readonly SendRecord s_sent = new(41, OutboxStatus.Sent, 1, null, "123", new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 1, 0, 1, TimeSpan.Zero));
    private static readonly SendRecord s_retry = new(42, OutboxStatus.Pending, 2, "Telegram 429: ü 😀", null, null, new DateTimeOffset(2026, 3, 2, 1, 0, 5, TimeSpan.Zero));

    [Fact]
    public void RecordsReadBackAsTheyWereWritten()
    {
        var data = SendRecordCodec.Encode(s_sent).Concat(SendRecordCodec.Encode(s_retry)).ToArray();

        var records = SendRecordCodec.DecodeAll(data, out var valid);

        Assert.Equal([s_sent, s_retry], records);
        Assert.Equal(data.Length, valid);
    }

    [Fact]
    public void AJournalCutAtAnyByteGivesExactlyTheWholeRecordsBeforeTheCut()
    {
        var first = SendRecordCodec.Encode(s_sent);
        var data = first.Concat(SendRecordCodec.Encode(s_retry)).ToArray();

        for (var cut = 0; cut < data.Length; cut++)
        {
            var records = SendRecordCodec.DecodeAll(data.AsSpan(0, cut), out var valid);

            var expected = cut >= first.Length ? 1 : 0;
            Assert.Equal(expected, records.Count);
            Assert.Equal(expected == 1 ? first.Length : 0, valid);
        }
    }

    [Fact]
    public void ARecordWithAnyByteChangedIsRefusedAndEndsTheReading()
    {
        var first = SendRecordCodec.Encode(s_sent);
        var second = SendRecordCodec.Encode(s_retry);

        for (var i = 0; i < second.Length; i++)
        {
            var damaged = (byte[])second.Clone();
            damaged[i] ^= 0x5A;
            var data = first.Concat(damaged).Concat(SendRecordCodec.Encode(s_sent)).ToArray();

            var records = SendRecordCodec.DecodeAll(data, out var valid);

            Assert.Equal([s_sent], records);
            Assert.Equal(first.Length, valid);
        }
    }

    [Fact]
    public void ATailOfZerosIsNotARecord()
    {
        var data = SendRecordCodec.Encode(s_sent).Concat(new byte[64]).ToArray();

        var records = SendRecordCodec.DecodeAll(data, out var valid);

        Assert.Single(records);
        Assert.Equal(data.Length - 64, valid);
    }
}
