using System.Globalization;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bot.Bench.Load;

/// <summary>
/// `bench load`: starts Bot.Host process(es) on loopback with a fresh store, plays N chats of
/// users through a channel, optionally SIGKILLs a node at random moments and restarts it, then
/// drains and checks storage. Bounded by update count and time; talks to 127.0.0.1 only.
/// </summary>
public static class LoadCommand
{
    private const string Usage = """
        usage: bench load [--chats 200] [--updates 1000] [--seconds 30] [--warmup 40] [--nodes 1]
                          [--provider sqlite|postgres] [--postgres "Host=127.0.0.1;Port=55432;Username=postgres"]
                          [--kills 0] [--signal kill|term] [--seed 1] [--parallel N] [--channel telegram|webchat] [--rate N]
                          [--limits on|off] [--rtt 150] [--think 2] [--in-flight 12] [--backlog N]
          real-world (default, Telegram): --limits on, 40 chats, --rtt 150, --think 2: the host on its default limits,
                      the Bot API double 150 ms away and answering 429 above 30 messages a second, as Telegram does
          --limits off  host capacity: no Telegram limits on either side, 200 chats, no round trip, no reading time
          --rtt       ms the Bot API double adds to every call;  --think  seconds a person reads before typing again
          --in-flight the hosts' Worker:MaxInFlightSends (default 12); a kill may repeat at most this many replies
          --backlog   each chat posts N updates at once; reports how long their replies take to drain
          --updates   updates per chat (upper bound); --seconds stops starting new ones after that long
          --warmup    seconds of the same load on other chats first, not measured (0: two updates per chat);
                      default 40, 90 on PostgreSQL
          --kills     stop the last node this many times at random moments (then restart it)
          --signal    kill: SIGKILL (a crash); term: SIGTERM (graceful shutdown, must exit 0)
          --parallel  turns at once per host (Worker:MaxParallelConversations); default 8 on SQLite, 32 on PostgreSQL
          --rate      paced: N updates a second over all chats on a fixed timetable (late updates count their delay
                      in end-to-end); without it, each chat sends again as soon as it is answered (the most turns/s)
          --channel   telegram (default): webhook updates + a Bot API double; webchat: POST /api/webchat
          --postgres  server connection string (default $PSTBOT_TEST_POSTGRES); a fresh database is made and dropped
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n{Usage}");
            return 2;
        }

        var report = await RunAsync(options, Console.Out, CancellationToken.None);
        return report.Ok ? 0 : 1;
    }

    private const string BotToken = "900000001:LOADTEST_token";
    private const string WebhookSecret = "load-driver-secret-0123456789abcdef";

    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        // Telegram: the driver plays both Telegram's webhook caller and the Bot API server.
        await using var botApi = options.Channel == "telegram"
            ? await BotApiDouble.StartAsync(BotToken, cancellationToken, TimeSpan.FromMilliseconds(options.RoundTripMs), options.TelegramLimits ? 30 : 0)
            : null;
        var root = Path.Combine(Path.GetTempPath(), "pstbot-load", Guid.NewGuid().ToString("N")[..12]);
        string? database = null;
        Store store;
        if (options.Provider == "postgres")
        {
            var server = options.Postgres ?? throw new ArgumentException("--provider postgres needs --postgres or PSTBOT_TEST_POSTGRES.");
            database = "pstbot_load_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
            store = Store.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 60 }.ConnectionString);
        }
        else
        {
            store = Store.Sqlite(Path.Combine(root, "node0"));
        }

        var hosts = Enumerable.Range(0, options.Nodes).Select(i =>
        {
            var settings = store.HostSettings();
            settings["DataDir"] = Path.Combine(root, $"node{i}");
            settings["Logging:LogLevel:Default"] = "Warning";
            settings["Worker:MaxParallelConversations"] = options.HostParallel.ToString(CultureInfo.InvariantCulture);
            settings["Worker:PollIntervalMs"] = "200";
            settings["Worker:LeaseSeconds"] = "5";
            settings["Worker:MaxInFlightSends"] = options.MaxInFlightSends.ToString(CultureInfo.InvariantCulture);
            // The simulated users write several messages a second each, far over a person's pace.
            settings["Limits:InboundPerWindow"] = "1000000";
            // All simulated visitors come from this one address.
            settings["RateLimits:SessionsPerMinute"] = "100000";
            settings["RateLimits:WebChatPerMinute"] = "100000";
            if (botApi is not null)
            {
                settings["Telegram:BotToken"] = BotToken;
                settings["Telegram:Mode"] = "Webhook";
                settings["Telegram:WebhookSecret"] = WebhookSecret;
                settings["Telegram:ApiBaseUrl"] = botApi.BaseUrl;
                if (!options.TelegramLimits)
                {
                    // Host capacity: Telegram's limits (1 message/s per chat, 30/s overall) would
                    // measure the pace, not the path; the double has none, so neither does the host.
                    settings["Telegram:PerChatIntervalSeconds"] = "0";
                    settings["Telegram:GlobalMessagesPerSecond"] = "0";
                }
            }

            foreach (var (key, value) in options.HostSettings)
            {
                settings[key] = value;
            }

            return new HostProcess(settings);
        }).ToList();

        try
        {
            await Task.WhenAll(hosts.Select((h, i) => i == 0 ? h.StartAsync(cancellationToken) : Task.Delay(1500, cancellationToken).ContinueWith(_ => h.StartAsync(cancellationToken), cancellationToken).Unwrap()));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };
            var nodes = hosts.Select(h => h.BaseAddress).ToList();

            // A fresh data folder gets the demo catalogue generated in the background; that is
            // first-start work, not message handling, so it is not measured.
            await WaitForCatalogueAsync(http, nodes[0], cancellationToken);

            // Warm-up (JIT, pools, first-contact rows) on chats of their own, not measured.
            IChatChannel Channel(string prefix, long firstChatId) => botApi is null
                ? new WebChatChannel(http, nodes, prefix)
                : new TelegramChannel(http, nodes, botApi, WebhookSecret, firstChatId);
            var think = TimeSpan.FromSeconds(options.ThinkSeconds);
            var warmup = options.WarmupSeconds > 0
                ? new RunPlan(options.Chats, 1_000_000, TimeSpan.FromSeconds(options.WarmupSeconds), options.Rate, think)
                : new RunPlan(options.Chats, 2);
            await new ChatRun(Channel("warm", 1_000_000), warmup).RunAsync([], cancellationToken);
            var refusedBefore = botApi?.TooManyRequests ?? 0;
            var sentBefore = botApi?.MessagesSent ?? 0;

            var channel = Channel("load", 2_000_000);
            var plan = options.Backlog is { } backlog
                ? new RunPlan(options.Chats, backlog, Backlog: true)
                : new RunPlan(options.Chats, options.Updates, options.Seconds is { } s ? TimeSpan.FromSeconds(s) : null, options.Rate, think);
            var run = new ChatRun(channel, plan);
            var random = new Random(options.Seed);
            var expected = options.Chats * options.Updates;
            var victim = hosts[^1];
            // Spread over the run (a kill in each stretch, at a random point of it), so a slow
            // restart does not let the run end before the last kill.
            var restarting = Task.CompletedTask;
            var exitCodes = new List<int>();
            var kills = Enumerable.Range(0, options.Kills)
                .Select(i => (int)(expected * (0.08 + (0.6 * i / Math.Max(1, options.Kills)) + (random.NextDouble() * 0.12))))
                .Select(at => (at, (Func<Task>)(async () =>
                {
                    await restarting;
                    if (options.Signal == "term")
                    {
                        var code = await victim.TerminateAsync(TimeSpan.FromSeconds(60));
                        exitCodes.Add(code);
                        await log.WriteLineAsync($"SIGTERM to node {hosts.Count - 1} after {at} updates: exited with {code}");
                    }
                    else
                    {
                        victim.Kill();
                        await log.WriteLineAsync($"killed node {hosts.Count - 1} after {at} updates");
                    }

                    restarting = victim.StartAsync(cancellationToken);
                })))
                .ToList();
            foreach (var host in hosts)
            {
                host.SampleMemory();
            }

            var hostCpuBefore = hosts.Sum(h => h.CpuSeconds);
            var driverCpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            using var sampling = new CancellationTokenSource();
            var sampler = SampleMemoryAsync(hosts, sampling.Token);
            var result = await run.RunAsync(kills, cancellationToken);
            await restarting;
            await sampling.CancelAsync();
            await sampler;
            foreach (var host in hosts)
            {
                host.SampleMemory();
            }

            var cpu = new CpuUse(hosts.Sum(h => h.CpuSeconds) - hostCpuBefore, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - driverCpuBefore).TotalSeconds);

            await store.WaitDrainedAsync(TimeSpan.FromSeconds(120), cancellationToken);
            var chats = result.Chats.Select((exchanges, chat) =>
                new ExpectedChat(channel.Name, channel.ConversationId(chat), Enumerable.Range(0, exchanges.Count).Select(n => channel.ExternalId(chat, n)).ToList())).ToList();
            var delivery = await DeliveryReport.CheckAsync(store, chats, cancellationToken);
            var duplicates = channel is TelegramChannel telegram ? await DuplicateSendsAsync(store, telegram, botApi!, options.Chats, cancellationToken) : null;
            var report = new LoadReport(options, result, delivery, hosts.Select(h => h.PeakRssBytes).ToList(), hosts.Sum(h => h.Starts) - hosts.Count, cpu)
            {
                ExitCodes = exitCodes,
                Duplicates = duplicates,
                TooManyRequests = botApi is null ? null : botApi.TooManyRequests - refusedBefore,
                MessagesSent = botApi is null ? null : botApi.MessagesSent - sentBefore,
            };
            await log.WriteLineAsync(report.ToString());
            if (!report.Ok)
            {
                foreach (var host in hosts)
                {
                    await log.WriteLineAsync("host output (last lines):\n" + host.RecentOutput);
                }
            }

            return report;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(options.Postgres!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder.
            }
        }
    }

    /// <summary>
    /// Messages the Bot API double got per chat beyond the chat's sent outbox rows (each row of
    /// the load script is one message: short texts, no documents): the total and the most in one chat.
    /// </summary>
    private static async Task<DuplicateSends> DuplicateSendsAsync(Store store, TelegramChannel channel, BotApiDouble api, int chats, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, chats).Select(channel.ConversationId).ToList();
        await using var db = store.Open();
        var rows = (await db.Outbox.AsNoTracking()
                .Where(m => ids.Contains(m.ConversationId) && m.Status == OutboxStatus.Sent)
                .Select(m => m.ConversationId)
                .ToListAsync(cancellationToken))
            .CountBy(id => id)
            .ToDictionary(p => p.Key, p => p.Value);
        var extra = Enumerable.Range(0, chats).Select(chat => Math.Max(0, api.Chat(channel.ChatId(chat)).Count - rows.GetValueOrDefault(channel.ConversationId(chat)))).ToList();
        return new DuplicateSends(extra.Sum(), extra.DefaultIfEmpty().Max());
    }

    private static async Task WaitForCatalogueAsync(HttpClient http, Uri node, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(new Uri(node, "/api/catalog/search?q=tarakan"), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode && !body.Contains("\"total\":0", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException("The demo catalogue was not ready within 180 s.");
    }

    private static async Task SampleMemoryAsync(IReadOnlyList<HostProcess> hosts, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                foreach (var host in hosts)
                {
                    host.SampleMemory();
                }

                await Task.Delay(250, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Run over.
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
