using Bot.Catalog.Pdf;
using Bot.Dialogs.Model;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Documents;

/// <summary>
/// Stamps a delivery's PDF once for many opens: concurrent opens of one delivery wait for the
/// same stamping, the copy is kept for Documents:StampCacheSeconds within
/// Documents:StampCacheMegabytes in all, and at most Documents:MaxConcurrentStamps stampings run
/// at once (PDFsharp is CPU-bound). A copy is the same for every open of its delivery (name,
/// masked email, delivery id and time are the delivery's), so sharing it changes nothing a user
/// sees. Callers check the delivery is still the user's before asking (erasure clears it).
/// </summary>
public sealed partial class StampedCopies : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly PdfWatermarker _watermarker;
    private readonly WriteGate _gate;
    private readonly TimeProvider _clock;
    private readonly DocumentOptions _options;
    private readonly ILogger<StampedCopies> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Copy> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<Stamped>> _stamping = new(StringComparer.Ordinal);
    private long _keptBytes;

    public StampedCopies(IServiceScopeFactory scopes, PdfWatermarker watermarker, WriteGate gate, TimeProvider clock, IOptions<DocumentOptions> options, ILogger<StampedCopies> logger)
    {
        _scopes = scopes;
        _watermarker = watermarker;
        _gate = gate;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxConcurrentStamps, _options.MaxConcurrentStamps);
    }

    /// <summary>The stamped copy of the delivery: kept, being stamped by another open, or stamped now.</summary>
    public async Task<DocumentOpenResult> OpenAsync(string deliveryId, CancellationToken cancellationToken)
    {
        Task<Stamped> stamping;
        lock (_lock)
        {
            if (_kept.TryGetValue(deliveryId, out var copy) && copy.Until > _clock.GetUtcNow())
            {
                DocumentMetrics.CopiesShared.Inc();
                return copy.Open();
            }

            if (!_stamping.TryGetValue(deliveryId, out stamping!))
            {
                // Not tied to the first caller's request: the others wait on it too.
                stamping = Task.Run(() => StampAndKeepAsync(deliveryId), CancellationToken.None);
                _stamping[deliveryId] = stamping;
            }
            else
            {
                DocumentMetrics.CopiesShared.Inc();
            }
        }

        var stamped = await stamping.WaitAsync(cancellationToken);
        return stamped.Copy?.Open() ?? DocumentOpenResult.Fail(stamped.Error!);
    }

    /// <summary>Drops kept copies (the user erased their data, so their name must not be served again).</summary>
    public void Forget(IEnumerable<string> deliveryIds)
    {
        lock (_lock)
        {
            foreach (var id in deliveryIds)
            {
                if (_kept.Remove(id, out var copy))
                {
                    _keptBytes -= copy.Bytes.Length;
                }
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<Stamped> StampAndKeepAsync(string deliveryId)
    {
        try
        {
            var stamped = await StampAsync(deliveryId);
            if (stamped.Copy is { } copy)
            {
                Keep(deliveryId, copy);
            }

            return stamped;
        }
        finally
        {
            lock (_lock)
            {
                _stamping.Remove(deliveryId);
            }
        }
    }

    private async Task<Stamped> StampAsync(string deliveryId)
    {
        await _slots.WaitAsync();
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var sources = scope.ServiceProvider.GetRequiredService<IDeliverySources>();
            var record = await db.Set<DeliveryRecord>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId);
            if (record?.UserId is null)
            {
                return new Stamped(null, "The delivery does not exist or its user deleted their data.");
            }

            var recipient = await sources.GetRecipientAsync(record.UserId, CancellationToken.None);
            var path = sources.GetSourcePath(record.PublicationId);
            if (recipient is null || path is null || !File.Exists(path))
            {
                return new Stamped(null, "The user or the source PDF is gone.");
            }

            var output = new MemoryStream();
            try
            {
                await using var source = File.OpenRead(path);
                _watermarker.Stamp(source, output, new WatermarkInfo(recipient.Value.Name, recipient.Value.MaskedEmail, record.Id, record.CreatedAt) { PrintedAt = Formats.Moment(record.CreatedAt, Language.Id) }, CancellationToken.None);
            }
            catch (PdfStampException e)
            {
                LogStampFailed(_logger, record.Id, record.PublicationId, e.Reason.ToString());
                return new Stamped(null, $"The source PDF cannot be stamped ({e.Reason}).");
            }

            DocumentMetrics.Stampings.Inc();
            await _gate.RunAsync(
                () => db.Set<DeliveryRecord>().Where(d => d.Id == deliveryId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Served, d => d.Served + 1)),
                CancellationToken.None,
                urgent: true);
            return new Stamped(new Copy(output.ToArray(), record.FileName, _clock.GetUtcNow().AddSeconds(_options.StampCacheSeconds)), null);
        }
        finally
        {
            _slots.Release();
        }
    }

    private void Keep(string deliveryId, Copy copy)
    {
        var bytes = copy.Bytes;
        var limit = (long)_options.StampCacheMegabytes * 1024 * 1024;
        if (_options.StampCacheSeconds == 0 || bytes.Length > limit)
        {
            return;
        }

        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            foreach (var stale in _kept.Where(k => k.Value.Until <= now).Select(k => k.Key).ToList())
            {
                _keptBytes -= _kept[stale].Bytes.Length;
                _kept.Remove(stale);
            }

            // Oldest first make room: memory stays bounded whatever the traffic.
            while (_keptBytes + bytes.Length > limit && _kept.Count > 0)
            {
                var oldest = _kept.MinBy(k => k.Value.Until).Key;
                _keptBytes -= _kept[oldest].Bytes.Length;
                _kept.Remove(oldest);
            }

            if (_kept.Remove(deliveryId, out var previous))
            {
                _keptBytes -= previous.Bytes.Length;
            }

            _kept[deliveryId] = copy with { Until = now.AddSeconds(_options.StampCacheSeconds) };
            _keptBytes += bytes.Length;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stamping delivery {DeliveryId} of {PublicationId} failed: {Reason}")]
    private static partial void LogStampFailed(ILogger logger, string deliveryId, string publicationId, string reason);

    /// <summary>A kept copy; every open gets its own read-only stream over the same bytes.</summary>
    private sealed record Copy(byte[] Bytes, string FileName, DateTimeOffset Until)
    {
        public DocumentOpenResult Open() => DocumentOpenResult.Ok(new MemoryStream(Bytes, writable: false), FileName, Bytes.Length);
    }

    /// <summary>The outcome of one stamping, shared by every open that waited for it.</summary>
    private sealed record Stamped(Copy? Copy, string? Error);
}
