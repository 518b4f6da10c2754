using Prometheus;

namespace Bot.Host.Metrics;

/// <summary>The message path's counters and histograms (process-wide, as Prometheus expects).</summary>
public static class MessagingMetrics
{
    public static readonly Counter Turns = Prometheus.Metrics.CreateCounter(
        "pstbot_turns_total", "Turns committed (rate() gives turns per second).");

    public static readonly Counter TurnFailures = Prometheus.Metrics.CreateCounter(
        "pstbot_turn_failures_total", "Turn attempts that threw and were rolled back.");

    public static readonly Histogram TurnDuration = Prometheus.Metrics.CreateHistogram(
        "pstbot_turn_duration_seconds", "Time to run and commit one turn.",
        new HistogramConfiguration { Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    public static readonly Counter OutboxSends = Prometheus.Metrics.CreateCounter(
        "pstbot_outbox_send_total", "Delivery attempts of outbox rows by channel and result (sent, retry, failed, held).",
        new CounterConfiguration { LabelNames = ["channel", "result"] });

    public static readonly Counter InboundStored = Prometheus.Metrics.CreateCounter(
        "pstbot_inbound_stored_total", "Inbound messages stored, by channel; duplicates (a channel's retry) are counted apart.",
        new CounterConfiguration { LabelNames = ["channel", "duplicate"] });

    public static readonly Gauge InboxBacklog = Prometheus.Metrics.CreateGauge(
        "pstbot_inbox_backlog", "Inbox messages waiting for their turn (read from storage at scrape).");

    public static readonly Gauge InboxOldestAge = Prometheus.Metrics.CreateGauge(
        "pstbot_inbox_backlog_age_seconds", "Age of the oldest inbox message waiting for its turn (0 when none).");

    public static readonly Gauge OutboxBacklog = Prometheus.Metrics.CreateGauge(
        "pstbot_outbox_backlog", "Outbox rows waiting to be sent, by channel (read from storage at scrape).",
        new GaugeConfiguration { LabelNames = ["channel"] });

    public static readonly Gauge SqliteLogPages = Prometheus.Metrics.CreateGauge(
        "pstbot_sqlite_log_pages", "SQLite only: pages in the write-ahead log at the last checkpoint pass (a complete pass lets the next write start the log afresh).");
}
