using Bot.Host.Configuration;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Messaging.Worker;
using Bot.Host.Storage.Postgres;
using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Storage;

internal static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var dataDir = DataDirectory.From(configuration);
        services.AddSingleton(dataDir);
        var provider = ReadProvider(configuration);
        if (provider == StorageProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Bot");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Storage:Provider is Postgres but ConnectionStrings:Bot is empty. Set it, e.g. ConnectionStrings__Bot=\"Host=localhost;Database=pstbot;Username=pstbot;Password=...\".");
            }

            services.AddDbContextPool<PostgresBotDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(StoredTextInterceptor.Shared).ConfigureWarnings(QuietExpectedFailures));
            services.AddSingleton(new WriteGate(enabled: false));
            services.AddSingleton(_ => new PostgresSendMarks(connectionString));
            services.AddScoped<BotDbContext>(sp => sp.GetRequiredService<PostgresBotDbContext>());
            services.AddScoped<IInboxStore, PostgresInboxStore>();
            services.AddScoped<ITurnStore, PostgresTurnStore>();
            services.AddSingleton<IWorkStore, PostgresWorkStore>();
            services.AddSingleton<IOutboxStore, PostgresOutboxStore>();
        }
        else
        {
            Directory.CreateDirectory(dataDir.Path);
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = dataDir.Combine("pstbot.db"),
                DefaultTimeout = 30,
                Pooling = true,
            }.ToString();
            services.AddDbContextPool<SqliteBotDbContext>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(), StoredTextInterceptor.Shared).ConfigureWarnings(QuietExpectedFailures));
            services.AddSingleton(new WriteGate(enabled: true));
            services.AddSingleton(_ => new SqliteWriteConnection(connectionString));
            services.AddSingleton(sp => new SqliteTurnReads(connectionString, sp.GetRequiredService<StoredText>()));
            var checkpointMs = configuration.GetValue($"{StorageOptions.Section}:CheckpointIntervalMs", 200);
            if (checkpointMs is < 0 or > 60_000)
            {
                throw new InvalidOperationException($"Storage:CheckpointIntervalMs must be 0 (SQLite's own checkpoints only) to 60000; it is {checkpointMs}.");
            }

            if (checkpointMs > 0)
            {
                services.AddHostedService(sp => new SqliteCheckpointer(
                    new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString(),
                    TimeSpan.FromMilliseconds(checkpointMs),
                    sp.GetRequiredService<WriteGate>(),
                    sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
            }
            services.AddScoped<BotDbContext>(sp => sp.GetRequiredService<SqliteBotDbContext>());
            services.AddScoped<IInboxStore, SqliteInboxStore>();
            services.AddScoped<ITurnStore, SqliteTurnStore>();
            services.AddSingleton<IWorkStore, SqliteWorkStore>();
            services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        }

        // The unit of work new outbox rows join: the scope's context, whichever the provider.
        services.AddScoped<IOutboxRows>(sp => sp.GetRequiredService<BotDbContext>());

        services.AddSingleton(new StorageOptions { Provider = provider });
        return services;
    }

    /// <summary>
    /// A failed command or save is logged by EF as an error, but two of them are expected and
    /// handled: a turn that loses a write race (a version conflict, the same day's next ticket
    /// number) runs again, and only if it keeps failing does the worker log an error. So EF's
    /// own report is a warning; an exception nobody handles is still logged as an error where it
    /// surfaces.
    /// </summary>
    /// The StoredTextInterceptor is a materialization interceptor, which EF keys its internal
    /// service provider on: one per host. A process running many hosts (the tests) makes many,
    /// which is expected, not a leak.
    private static void QuietExpectedFailures(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.ManyServiceProvidersCreatedWarning).Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Warning),
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Warning),
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.OptimisticConcurrencyException, LogLevel.Warning));

    private static StorageProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[$"{StorageOptions.Section}:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        return Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Storage:Provider '{value}' is not known. Use Sqlite (default) or Postgres.");
    }

    /// <summary>Applies pending migrations; the host is not ready before this has run.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (web chat polling, reports) run beside the single writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Send outcomes a killed run journaled but had not applied: before anything reads the outbox.
        if (scope.ServiceProvider.GetService<OutboxJournal>() is { } journal)
        {
            await journal.ReplayAsync(cancellationToken);
        }

        scope.ServiceProvider.GetRequiredService<Health.HealthState>().StorageReady = true;
    }
}
