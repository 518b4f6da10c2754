using Bot.Host.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Infrastructure;

/// <summary>The store a test host runs on.</summary>
public enum TestStore
{
    /// <summary>A SQLite file in the host's temporary data folder.</summary>
    Sqlite,

    /// <summary>A fresh database on the server named by PSTBOT_TEST_POSTGRES, dropped with the host.</summary>
    Postgres,
}

/// <summary>
/// The one way a test makes a real host (<see cref="BotFactory"/>): the store, settings over the
/// test defaults, service changes and channel doubles are chosen here; the host owns the temporary
/// data folder, the fake clock and (on PostgreSQL) its database. Harnesses (Telegram, WhatsApp,
/// staff desk) are thin wrappers that add their double's wiring and helpers.
/// </summary>
public sealed class TestHostBuilder(TestStore store = TestStore.Sqlite)
{
    private readonly Dictionary<string, string?> _settings = [];
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly List<Action<BotFactory>> _built = [];
    private string? _dataDir;

    /// <summary>One setting over the test defaults (a later one wins).</summary>
    public TestHostBuilder With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Settings over the test defaults (a later one wins); null adds none.</summary>
    public TestHostBuilder With(IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        return this;
    }

    /// <summary>A service change (e.g. a double in place of a real part); changes run in the order given.</summary>
    public TestHostBuilder Services(Action<IServiceCollection>? configure)
    {
        if (configure is not null)
        {
            _services.Add(configure);
        }

        return this;
    }

    /// <summary>Shares another host's data folder (a restart test); the folder is then left to its owner.</summary>
    public TestHostBuilder InDataDir(string dataDir)
    {
        _dataDir = dataDir;
        return this;
    }

    /// <summary>Wires the host to a Telegram Bot API double (webhook mode) and the double to the host's clock.</summary>
    public TestHostBuilder WithTelegram(TelegramBotApiDouble api, string webhookSecret)
    {
        With("Telegram:BotToken", api.Token);
        With("Telegram:Mode", "Webhook");
        With("Telegram:WebhookSecret", webhookSecret);
        With("Telegram:ApiBaseUrl", api.BaseUrl);
        _built.Add(factory => api.Clock = factory.Clock);
        return this;
    }

    /// <summary>Puts a channel double (e.g. a <see cref="LoopbackChannel"/>) among the host's senders.</summary>
    public TestHostBuilder WithChannel(IChannelSender channel) => Services(services => services.AddSingleton(channel));

    public BotFactory Build()
    {
        var database = store == TestStore.Postgres ? PostgresServer.CreateDatabase() : null;
        try
        {
            // The store's settings first, so a test can still override one of them.
            var settings = new Dictionary<string, string?>(database?.HostSettings() ?? []);
            foreach (var (key, value) in _settings)
            {
                settings[key] = value;
            }

            var services = _services.ToList();
            var factory = new BotFactory(settings, _dataDir, database)
            {
                ConfigureServicesHook = all => services.ForEach(configure => configure(all)),
            };
            _built.ForEach(then => then(factory));
            return factory;
        }
        catch
        {
            database?.Dispose();
            throw;
        }
    }
}
