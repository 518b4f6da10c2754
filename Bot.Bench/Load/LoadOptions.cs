using System.Globalization;

namespace Bot.Bench.Load;

/// <summary>The load driver's settings; see <see cref="LoadCommand"/> for their meaning.</summary>
public sealed record LoadOptions
{
    public int Chats { get; init; } = 200;

    public int Updates { get; init; } = 1000;

    public double? Seconds { get; init; } = 30;

    public int Nodes { get; init; } = 1;

    /// <summary>
    /// Seconds of the same load on chats of their own before the measured run, so the figures describe a host that
    /// has been serving for a while (the runtime recompiles hot code for the first 30–40 s under this load). The command
    /// line defaults to 40 (90 on PostgreSQL); code (the crash tests) to none beyond two updates per chat.
    /// </summary>
    public int WarmupSeconds { get; init; }

    public string Provider { get; init; } = "sqlite";

    /// <summary>Paced runs: updates a second over all chats (see <see cref="RunPlan.Rate"/>); null: as fast as the host answers.</summary>
    public int? Rate { get; init; }

    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("PSTBOT_TEST_POSTGRES");

    public int Kills { get; init; }

    /// <summary>How a node is stopped at each of the <see cref="Kills"/>: "kill" (SIGKILL) or "term" (SIGTERM, graceful).</summary>
    public string Signal { get; init; } = "kill";

    public int Seed { get; init; } = 1;

    /// <summary>
    /// Worker:MaxParallelConversations of the hosts; 0 picks per provider. SQLite runs a turn's
    /// statements on the turn's own thread, so on two cores more than a few turns at once only
    /// add switching (8 measured best: 2 and 4 leave the cores idle between statements, 16 and
    /// 32 cost more CPU per turn); PostgreSQL turns wait on the network and take 32.
    /// </summary>
    public int Parallel { get; init; }

    public int HostParallel => Parallel > 0 ? Parallel : Provider == "postgres" ? 32 : 8;

    /// <summary>
    /// "webchat" (POST /api/webchat) or "telegram" (webhook + Bot API double). Webchat when built
    /// in code (the crash tests); the `load` command line defaults to telegram, whose acknowledge
    /// and end-to-end latencies are the ones issue #9 sets targets for.
    /// </summary>
    public string Channel { get; init; } = "webchat";

    /// <summary>
    /// Telegram runs: whether the host keeps Telegram's limits (its defaults: 1 s per chat, 30 a
    /// second overall) and the Bot API double enforces 30 a second with 429s, as Telegram does.
    /// Off measures the host's capacity (the command line's <c>--limits off</c>; code's default).
    /// </summary>
    public bool TelegramLimits { get; init; }

    /// <summary>Round trip (ms) the Bot API double adds to every call, as the link to Telegram does (150 from Tarakan).</summary>
    public int RoundTripMs { get; init; }

    /// <summary>Seconds a simulated person reads a reply before typing again (not paced runs).</summary>
    public double ThinkSeconds { get; init; }

    /// <summary>Worker:MaxInFlightSends of the hosts (the host's default, 12): a kill may repeat at most this many replies.</summary>
    public int MaxInFlightSends { get; init; } = 12;

    /// <summary>
    /// Backlog run: each chat posts this many updates at once (no waiting for replies), and the
    /// run measures how long the replies take to drain at the channel's pace. Null: a normal run.
    /// </summary>
    public int? Backlog { get; init; }

    /// <summary>Extra host settings (tests use it; not on the command line).</summary>
    public IReadOnlyDictionary<string, string> HostSettings { get; init; } = new Dictionary<string, string>();

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions { Channel = "telegram", WarmupSeconds = 40, TelegramLimits = true };
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--chats" => options with { Chats = Positive(args[i], value, 10_000) },
                "--updates" => options with { Updates = Positive(args[i], value, 1_000_000) },
                "--seconds" => options with { Seconds = Positive(args[i], value, 3600) },
                "--nodes" => options with { Nodes = Positive(args[i], value, 4) },
                "--warmup" => options with { WarmupSeconds = value == "0" ? 0 : Positive(args[i], value, 600) },
                "--provider" => options with { Provider = value is "sqlite" or "postgres" ? value : throw new ArgumentException("--provider is sqlite or postgres.") },
                "--postgres" => options with { Postgres = value },
                "--kills" => options with { Kills = int.TryParse(value, out var k) && k is >= 0 and <= 20 ? k : throw new ArgumentException("--kills is 0..20.") },
                "--signal" => options with { Signal = value is "kill" or "term" ? value : throw new ArgumentException("--signal is kill or term.") },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--channel" => options with { Channel = value is "webchat" or "telegram" ? value : throw new ArgumentException("--channel is webchat or telegram.") },
                "--parallel" => options with { Parallel = Positive(args[i], value, 256) },
                "--rate" => options with { Rate = Positive(args[i], value, 100_000) },
                "--limits" => options with { TelegramLimits = value is "on" or "off" ? value == "on" : throw new ArgumentException("--limits is on or off.") },
                "--rtt" => options with { RoundTripMs = value == "0" ? 0 : Positive(args[i], value, 5000) },
                "--think" => options with { ThinkSeconds = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t is >= 0 and <= 600 ? t : throw new ArgumentException("--think is 0..600 seconds.") },
                "--in-flight" => options with { MaxInFlightSends = Positive(args[i], value, 64) },
                "--backlog" => options with { Backlog = Positive(args[i], value, 1000) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        // Real-world (the default): 40 people reading 2 s, Telegram 150 ms away, its limits on.
        // --limits off: the host's capacity, as fast as it answers (the earlier rounds' runs).
        if (options.Channel == "telegram" && options.TelegramLimits)
        {
            options = options with
            {
                Chats = args.Contains("--chats") ? options.Chats : 40,
                RoundTripMs = args.Contains("--rtt") ? options.RoundTripMs : 150,
                ThinkSeconds = args.Contains("--think") ? options.ThinkSeconds : 2,
            };
        }
        else if (!args.Contains("--limits"))
        {
            options = options with { TelegramLimits = false };
        }

        if (options.Provider == "postgres" && !args.Contains("--warmup"))
        {
            // A host on PostgreSQL makes fewer turns a second, and its tier-up took about 65 s
            // under this load: with 40 s the measured window (of two nodes twice over) holds JIT work.
            options = options with { WarmupSeconds = 90 };
        }

        if (options.Nodes > 1 && options.Provider != "postgres")
        {
            throw new ArgumentException("Several nodes need --provider postgres (SQLite is a single-node store).");
        }

        if (options.Provider == "postgres" && string.IsNullOrWhiteSpace(options.Postgres))
        {
            throw new ArgumentException("--provider postgres needs --postgres \"Host=…;Username=…\" or PSTBOT_TEST_POSTGRES (bash scripts/test-postgres.sh prints one).");
        }

        return options;
    }

    private static int Positive(string name, string value, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from 1 to {max}.");
}
