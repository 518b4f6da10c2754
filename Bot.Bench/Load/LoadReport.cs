using System.Globalization;
using System.Text;

namespace Bot.Bench.Load;

/// <summary>The figures of one load run and the storage check after it.</summary>
/// <summary>CPU seconds the host(s) and the driver used during the measured run.</summary>
public sealed record CpuUse(double HostSeconds, double DriverSeconds);

/// <summary>Messages delivered twice (Telegram runs): in all, and the most in one chat.</summary>
public sealed record DuplicateSends(int Total, int MaxPerChat);

public sealed record LoadReport(LoadOptions Options, RunResult Run, DeliveryReport Delivery, IReadOnlyList<long> PeakRssBytes, int Kills, CpuUse Cpu)
{
    /// <summary>Exit codes of the nodes stopped with SIGTERM.</summary>
    public IReadOnlyList<int> ExitCodes { get; init; } = [];

    /// <summary>
    /// Telegram only: messages the Bot API double received beyond the outbox rows sent (a row
    /// re-sent after a kill between its send and its record). The dispatcher has at most
    /// Worker:MaxInFlightSends sends under way and records each the moment it is answered, so a
    /// kill may repeat at most that many messages: allowed is that many per kill in all (none
    /// without kills or with SIGTERM).
    /// </summary>
    public DuplicateSends? Duplicates { get; init; }

    /// <summary>Telegram only: messages the Bot API double refused with 429 during the measured run (real-world runs: must be 0).</summary>
    public int? TooManyRequests { get; init; }

    /// <summary>Telegram only: messages the Bot API double accepted during the measured run (a turn may answer with several).</summary>
    public int? MessagesSent { get; init; }

    public int AllowedDuplicates => Options.Signal == "kill" ? Kills * Options.MaxInFlightSends : 0;

    public bool Ok => Delivery.Ok && Run.ChatsOutOfOrder == 0 && Run.UpdatesWithoutReply == 0 && ExitCodes.All(c => c == 0)
        && (Duplicates?.Total ?? 0) <= AllowedDuplicates && (TooManyRequests ?? 0) == 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"load: {Options.Channel}, {Options.Provider}, {Options.Nodes} node(s), {Options.Chats} chats, {Run.Updates} updates in {Run.Elapsed.TotalSeconds:F1} s after {Options.WarmupSeconds} s of warm-up, {Kills} {(Options.Signal == "term" ? "SIGTERM(s)" : "kill(s)")}");
        if (Options.Channel == "telegram")
        {
            text.AppendLine(Options.TelegramLimits
                ? string.Create(inv, $"  mode              real world: host on Telegram's limits, Bot API round trip {Options.RoundTripMs} ms, the double answers 429 above 30/s, reading {Options.ThinkSeconds:0.#} s, {Options.MaxInFlightSends} sends in flight")
                : string.Create(inv, $"  mode              host capacity: no Telegram limits, round trip {Options.RoundTripMs} ms, reading {Options.ThinkSeconds:0.#} s, {Options.MaxInFlightSends} sends in flight"));
        }

        if (Options.Backlog is { } backlog)
        {
            text.AppendLine(inv, $"  backlog           {Options.Chats} chats x {backlog} updates posted at once: all {Run.Updates} answered in {Run.Elapsed.TotalSeconds:F1} s");
        }
        text.AppendLine(inv, $"  turns/s           {Run.TurnsPerSecond:F0}{(Options.Rate is { } rate ? $" (paced: {rate} offered a second; end-to-end counts from each update's due time)" : " (each chat sends again once answered)")}");
        text.AppendLine(inv, $"  acknowledge       {Run.Acknowledge}   ({(Options.Channel == "telegram" ? "webhook POST until its 200" : "web chat: the POST's 200 carries the replies")})");
        text.AppendLine(inv, $"  end-to-end        {Run.EndToEnd}   (p95 {Run.EndToEnd.Percentile(95):F1} ms)");
        if (MessagesSent is { } sent)
        {
            text.AppendLine(inv, $"  messages          {sent} sent, {sent / (double)Math.Max(1, Run.Updates):F2} per turn");
        }

        if (TooManyRequests is { } refused)
        {
            text.AppendLine(inv, $"  429 provoked      {refused}");
        }
        // On a shared machine wall-clock rates depend on the neighbours; CPU per turn does not.
        var hostMs = Cpu.HostSeconds * 1000 / Math.Max(1, Run.Updates);
        var driverMs = Cpu.DriverSeconds * 1000 / Math.Max(1, Run.Updates);
        text.AppendLine(inv, $"  CPU per turn      host {hostMs:F2} ms, driver {driverMs:F2} ms  (2 cores => at most {2000 / (hostMs + driverMs):F0} turns/s with the driver, {2000 / hostMs:F0} without)");
        text.AppendLine(inv, $"  peak RSS (MB)     {string.Join(", ", PeakRssBytes.Select(b => (b / 1024.0 / 1024).ToString("F0", inv)))}");
        text.AppendLine(inv, $"  client view       chats out of order {Run.ChatsOutOfOrder}, updates without reply {Run.UpdatesWithoutReply}, posts retried {Run.Chats.Sum(c => c.Sum(e => e.Posts - 1))}");
        text.AppendLine(inv, $"  storage           {Delivery}");
        if (Duplicates is { } duplicates)
        {
            text.AppendLine(inv, $"  sent twice        {duplicates.Total} in all, at most {duplicates.MaxPerChat} in one chat (Bot API double messages beyond the outbox rows; allowed in all: {AllowedDuplicates}, {Options.MaxInFlightSends} per kill)");
        }

        text.Append(Ok ? "  result            OK" : "  result            FAILED");
        return text.ToString();
    }
}
