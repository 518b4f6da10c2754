using Microsoft.Win32.SafeHandles;

namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// One generation of the send journal: a file appended to with one positioned write per record
/// (no user-space buffer, so a record is in the operating system's hands when the write returns)
/// and the records it holds, for the flush.
/// </summary>
internal sealed class OutboxJournalFile(string path, long generation) : IDisposable
{
    private readonly SafeFileHandle _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
    private long _length;

    public string Path { get; } = path;

    public long Generation { get; } = generation;

    public List<SendRecord> Records { get; } = [];

    /// <summary>Writes the encoded record in a single write; it counts only once the write returned.</summary>
    public void Append(byte[] encoded, SendRecord record)
    {
        RandomAccess.Write(_handle, encoded, _length);
        _length += encoded.Length;
        Records.Add(record);
    }

    public void Dispose() => _handle.Dispose();
}
