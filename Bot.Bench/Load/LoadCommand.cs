using System.Globalization;
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
        usage: bench load [--chats 200] [--updates 1000] [--seconds 30] [--nodes 1]
                          [--provider sqlite|postgres] [--postgres "Host=127.0.0.1;Port=55432;Username=postgres"]
                          [--kills 0] [--signal kill|term] [--seed 1] [--parallel 32]
          --updates   updates per chat (upper bound); --seconds stops starting new ones after that long
          --kills     stop the last node this many times at random moments (then restart it)
          --signal    kill: SIGKILL (a crash); term: SIGTERM (graceful shutdown, must exit 0)
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

    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken)
    {
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
            settings["Worker:MaxParallelConversations"] = options.Parallel.ToString(CultureInfo.InvariantCulture);
            settings["Worker:PollIntervalMs"] = "200";
            settings["Worker:LeaseSeconds"] = "5";
            // The simulated users write several messages a second each, far over a person's pace.
            settings["Limits:InboundPerWindow"] = "1000000";
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

            // Warm-up (JIT, pools, first-contact rows) on chats of their own, not measured.
            await new ChatRun(new WebChatChannel(http, nodes, "warm"), new RunPlan(options.Chats, 2)).RunAsync([], cancellationToken);

            var channel = new WebChatChannel(http, nodes, "load");
            var run = new ChatRun(channel, new RunPlan(options.Chats, options.Updates, options.Seconds is { } s ? TimeSpan.FromSeconds(s) : null));
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
                new ExpectedChat("webchat", channel.ConversationId(chat), Enumerable.Range(0, exchanges.Count).Select(n => channel.ExternalId(chat, n)).ToList())).ToList();
            var delivery = await DeliveryReport.CheckAsync(store, chats, cancellationToken);
            var report = new LoadReport(options, result, delivery, hosts.Select(h => h.PeakRssBytes).ToList(), hosts.Sum(h => h.Starts) - hosts.Count, cpu) { ExitCodes = exitCodes };
            await log.WriteLineAsync(report.ToString());
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
