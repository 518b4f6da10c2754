using Prometheus;

namespace Bot.Host.Documents;

/// <summary>How often PDFs are stamped and how often a stamped copy served another open.</summary>
public static class DocumentMetrics
{
    public static readonly Counter Stampings = Prometheus.Metrics.CreateCounter(
        "pstbot_document_stampings_total", "PDFs stamped for a delivery (CPU-heavy; opens of the same link share one).");

    public static readonly Counter CopiesShared = Prometheus.Metrics.CreateCounter(
        "pstbot_document_copies_shared_total", "Opens served from a stamped copy kept or being made for the same delivery.");

    public static readonly Counter OpensRefused = Prometheus.Metrics.CreateCounter(
        "pstbot_document_opens_refused_total", "Link opens refused because the link was opened Documents:MaxOpensPerLink times.");
}
