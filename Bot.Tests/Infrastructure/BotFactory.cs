using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// The real host over a real SQLite file in a fresh temporary data folder (or a PostgreSQL
/// database it owns). Settings can be added per test; the clock is a FakeTimeProvider the test
/// moves. Made directly for the plain SQLite case, otherwise through <see cref="TestHostBuilder"/>.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    // A data folder handed in is shared with another factory (a restart test): leave it.
    private readonly bool _ownsDataDir;

    // The PostgreSQL database this host runs on, dropped with it (see TestHostBuilder).
    private readonly PostgresDatabase? _database;

    public BotFactory(IDictionary<string, string?>? settings = null, string? dataDir = null)
        : this(settings, dataDir, database: null)
    {
    }

    internal BotFactory(IDictionary<string, string?>? settings, string? dataDir, PostgresDatabase? database)
    {
        _database = database;
        _ownsDataDir = dataDir is null;
        DataDir = dataDir ?? Path.Combine(Path.GetTempPath(), "pstbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDir);
        _settings = new Dictionary<string, string?>
        {
            ["DataDir"] = DataDir,
            ["Worker:PollIntervalMs"] = "100",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",

            // Many tests move the clock by days within one web chat conversation; the session
            // tests set the real idle limit themselves.
            ["WebChat:SessionIdleMinutes"] = "10080",

            // How long a web chat POST waits for its turn's replies before answering 202: a bound
            // for a slow shared machine (a PostgreSQL turn with a document), not a timing claim.
            ["WebChat:ReplyWaitSeconds"] = "60",

            // Every test client shares one address; the limit tests set their own.
            ["RateLimits:SessionsPerMinute"] = "100000",
            ["RateLimits:WebChatPerMinute"] = "100000",
            ["RateLimits:LinksPerMinute"] = "100000",
            ["RateLimits:SearchPerMinute"] = "100000",
            ["RateLimits:FailedStaffKeysPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDir { get; }

    /// <summary>Starts at a fixed Monday morning in WITA, 2026-03-02 09:00 (01:00 UTC).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    /// <summary>The service changes chosen with <see cref="TestHostBuilder.Services"/>.</summary>
    internal Action<IServiceCollection>? ConfigureServicesHook { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings go in as command-line style configuration so they win over everything and
        // are visible to code that reads configuration while services are registered.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureServicesHook?.Invoke(services);
        });
    }

    /// <summary>A database context on the host's store, for assertions.</summary>
    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    /// <summary>Waits until no inbox row is pending.</summary>
    public Task DrainAsync() =>
        WaitUntil.ReadAsync(
            () => QueryAsync(db => db.Inbox.CountAsync(m => m.Status == InboxStatus.Pending)),
            pending => pending == 0,
            "the inbox to drain",
            pending => $"{pending} messages are still pending.");

    /// <summary>Waits until an outbox row reaches a state, and returns it.</summary>
    /// <param name="between">Run after each read that was not done (e.g. moving the clock on, or flushing the send journal).</param>
    /// <param name="poll">How often to read again (a wait that moves the clock keeps its pace of fake time per real time).</param>
    public Task<OutboxMessage> WaitForOutboxAsync(long id, Func<OutboxMessage, bool> done, Func<Task>? between = null, TimeSpan? poll = null) =>
        WaitUntil.ReadAsync(
            () => QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id)),
            done,
            $"outbox row {id}",
            row => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"It is {row.Status} after {row.Attempts} attempts: {row.Error}"),
            between,
            poll: poll);

    /// <summary>Waits until the demo catalogue, which loads in the background on first start, answers a search.</summary>
    public async Task WaitForDemoCatalogueAsync()
    {
        using var http = CreateClient();
        await WaitUntil.TrueAsync(
            async () => (await http.GetFromJsonAsync<JsonElement>("/api/catalog/search?q=tarakan")).GetProperty("total").GetInt32() > 30,
            "the demo catalogue to load");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database?.Dispose();
        }

        if (disposing && _ownsDataDir)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine; the temp folder is cleaned eventually.
            }
        }
    }
}
