using System.Buffers.Binary;

namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// The journal's record format: [length: int32][body][FNV-1a 64 of the body: uint64], little
/// endian. A record cut short by a kill or a power cut, or a tail of garbage, fails the length or
/// the checksum and ends the reading of its file: nothing after a bad record is trusted.
/// </summary>
internal static class SendRecordCodec
{
    private const byte Version = 1;
    private const int MaxBody = 64 * 1024;

    public static byte[] Encode(SendRecord record)
    {
        using var body = new MemoryStream(128);
        using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(record.OutboxId);
            writer.Write((byte)record.Status);
            writer.Write(record.Attempts);
            writer.Write(record.NextAttemptAt.UtcTicks);
            writer.Write(record.SentAt?.UtcTicks ?? -1L);
            WriteNullable(writer, record.Error);
            WriteNullable(writer, record.ExternalId);
        }

        var bodyBytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var bytes = new byte[4 + bodyBytes.Length + 8];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, bodyBytes.Length);
        bodyBytes.CopyTo(bytes.AsSpan(4));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(4 + bodyBytes.Length), Hash(bodyBytes));
        return bytes;
    }

    /// <summary>Reads records from the start of <paramref name="data"/>; <paramref name="validLength"/> is where the good ones end.</summary>
    public static List<SendRecord> DecodeAll(ReadOnlySpan<byte> data, out int validLength)
    {
        var records = new List<SendRecord>();
        var offset = 0;
        while (TryDecode(data[offset..], out var record, out var used))
        {
            records.Add(record);
            offset += used;
        }

        validLength = offset;
        return records;
    }

    private static bool TryDecode(ReadOnlySpan<byte> data, out SendRecord record, out int used)
    {
        record = null!;
        used = 0;
        if (data.Length < 4)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (length is <= 0 or > MaxBody || data.Length < 4 + length + 8)
        {
            return false;
        }

        var body = data.Slice(4, length);
        if (BinaryPrimitives.ReadUInt64LittleEndian(data[(4 + length)..]) != Hash(body))
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(body.ToArray()), System.Text.Encoding.UTF8);
            if (reader.ReadByte() != Version)
            {
                return false;
            }

            var id = reader.ReadInt64();
            var status = (OutboxStatus)reader.ReadByte();
            var attempts = reader.ReadInt32();
            var next = reader.ReadInt64();
            var sent = reader.ReadInt64();
            var error = ReadNullable(reader);
            var external = ReadNullable(reader);
            if (!Enum.IsDefined(status) || next < 0 || next > DateTimeOffset.MaxValue.UtcTicks || sent > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            record = new SendRecord(id, status, attempts, error, external,
                sent < 0 ? null : new DateTimeOffset(sent, TimeSpan.Zero), new DateTimeOffset(next, TimeSpan.Zero));
            used = 4 + length + 8;
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return false;
        }
    }

    private static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>FNV-1a, 64 bits: enough to tell a whole record from a torn or zeroed one.</summary>
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
