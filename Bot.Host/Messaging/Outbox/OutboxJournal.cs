using System.Globalization;
using Bot.Host.Configuration;

namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// A store of one node (SQLite) only: the outcome of each send is appended to a local file in the data folder
/// (<c>outbox-sends-{generation}.journal</c>) instead of waiting for SQLite's single writer,
/// which turn commits keep busy. A record is one write to the operating system, so it survives
/// a kill of the process as SQLite's own WAL does with synchronous=NORMAL (a power cut may lose
/// the last records, as it may lose the last commits). The flusher applies the records to the
/// outbox table in batches, one transaction each, then deletes the file; at start the files
/// left are applied before anything is sent (<see cref="ReplayAsync"/>).
/// While a record is not applied, the row still reads as it was before the send: the
/// dispatcher keeps such rows out of its reads (<see cref="OutboxQueues"/>), and the few writers
/// that change outbox rows by hand call <see cref="FlushAsync"/> first, so a record never lands
/// on top of a later change.
/// A store shared by several nodes (PostgreSQL, rows leased) records each send directly: <see cref="Enabled"/> is false.
/// </summary>
public sealed partial class OutboxJournal(
    DataDirectory dataDir,
    IOutboxStore store,
    OutboxQueues queues,
    ILogger<OutboxJournal> logger) : IDisposable
{
    private const string Prefix = "outbox-sends-";
    private const string Suffix = ".journal";

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly List<OutboxJournalFile> _sealed = [];
    private OutboxJournalFile? _active;
    private long _generation;
    private bool _replayed;

    public bool Enabled { get; } = !store.SharedByNodes;

    /// <summary>Woken by every append; the flusher waits on it.</summary>
    public WorkSignal Appended { get; } = new();

    /// <summary>Records written but not yet applied to the database.</summary>
    public int Unapplied
    {
        get
        {
            lock (_lock)
            {
                return (_active?.Records.Count ?? 0) + _sealed.Sum(f => f.Records.Count);
            }
        }
    }

    /// <summary>
    /// Writes the record to the journal; when this returns, a kill of the process cannot lose it.
    /// Throws if the file cannot be written (the caller then records the send directly).
    /// </summary>
    public void Append(SendRecord record)
    {
        var encoded = SendRecordCodec.Encode(record);
        lock (_lock)
        {
            if (!_replayed)
            {
                throw new InvalidOperationException("The send journal is written before it was replayed.");
            }

            _active ??= new OutboxJournalFile(PathOf(++_generation), _generation);
            _active.Append(encoded, record);
        }

        Appended.Wake();
    }

    /// <summary>
    /// Applies every record written so far to the outbox table (one transaction), deletes their
    /// files and only then lets the dispatcher read those rows again. One flush at a time; a
    /// caller that finds one running waits for it and then flushes what is left.
    /// </summary>
    /// <param name="urgent">A request is waiting on it (a webhook): the batch goes before waiting turn commits.</param>
    /// <param name="cancellationToken">Cancels the wait for a flush already running, never a flush halfway.</param>
    public async Task FlushAsync(bool urgent = false, CancellationToken cancellationToken = default)
    {
        if (!Enabled || Unapplied == 0)
        {
            return;
        }

        await _flushing.WaitAsync(cancellationToken);
        try
        {
            List<OutboxJournalFile> files;
            lock (_lock)
            {
                // Later records go to a new file, so this batch's files can be deleted whole.
                if (_active is not null)
                {
                    _sealed.Add(_active);
                    _active = null;
                }

                files = [.. _sealed];
            }

            var records = files.SelectMany(f => f.Records).ToList();
            if (records.Count == 0)
            {
                return;
            }

            // Not cancelled halfway: the batch is applied whole or not at all (then kept for the next flush).
            await ApplyAsync(records, urgent, CancellationToken.None);
            queues.MarkFlushed(records.Select(r => r.OutboxId));
            foreach (var file in files)
            {
                Delete(file);
            }

            // Counted as unapplied until here, so a caller that must see the records applied
            // (and the dispatcher free to read their rows) waits for the whole flush.
            lock (_lock)
            {
                _sealed.RemoveRange(0, files.Count);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>
    /// Applies the journal files a previous run left (in the order they were written; a torn last
    /// record is ignored) and deletes them. Runs at start, before the dispatcher reads the outbox.
    /// </summary>
    public async Task ReplayAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return;
        }

        var files = Directory.EnumerateFiles(dataDir.Path, Prefix + "*" + Suffix)
            .Select(path => (Path: path, Generation: GenerationOf(path)))
            .Where(f => f.Generation is not null)
            .OrderBy(f => f.Generation)
            .ToList();
        var records = new List<SendRecord>();
        foreach (var (path, _) in files)
        {
            var data = await File.ReadAllBytesAsync(path, cancellationToken);
            records.AddRange(SendRecordCodec.DecodeAll(data, out var valid));
            if (valid < data.Length)
            {
                LogTornTail(logger, Path.GetFileName(path), data.Length - valid);
            }
        }

        if (records.Count > 0)
        {
            await ApplyAsync(records, urgent: false, cancellationToken);
            LogReplayed(logger, records.Count, files.Count);
        }

        foreach (var (path, _) in files)
        {
            File.Delete(path);
        }

        lock (_lock)
        {
            _generation = files.Count == 0 ? 0 : files[^1].Generation!.Value;
            _replayed = true;
        }
    }

    // One transaction; the cancellation token only cancels the wait for the writer.
    private Task ApplyAsync(List<SendRecord> records, bool urgent, CancellationToken cancellationToken) =>
        store.RecordAsync(records, urgent, cancellationToken);

    private void Delete(OutboxJournalFile file)
    {
        file.Dispose();
        try
        {
            File.Delete(file.Path);
        }
        catch (IOException e)
        {
            // Its records are applied; replaying them at the next start writes the same values.
            LogDeleteFailed(logger, file.Path, e);
        }
    }

    private string PathOf(long generation) => dataDir.Combine(Prefix + generation.ToString("D12", CultureInfo.InvariantCulture) + Suffix);

    private static long? GenerationOf(string path)
    {
        var name = Path.GetFileName(path);
        var digits = name[Prefix.Length..^Suffix.Length];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var generation) ? generation : null;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _active?.Dispose();
            foreach (var file in _sealed)
            {
                file.Dispose();
            }
        }

        _flushing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The send journal {File} ends with {Bytes} bytes that are not a whole record (the process stopped mid-write); they are ignored.")]
    private static partial void LogTornTail(ILogger logger, string file, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Records} send records from {Files} journal files left by the previous run.")]
    private static partial void LogReplayed(ILogger logger, int records, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The applied send journal {File} could not be deleted.")]
    private static partial void LogDeleteFailed(ILogger logger, string file, Exception exception);
}
