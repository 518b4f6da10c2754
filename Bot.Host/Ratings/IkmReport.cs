namespace Bot.Host.Ratings;

/// <summary>
/// The community satisfaction index (IKM) over a period, as GET /api/staff/reports/ikm returns
/// it. Ikm, Category and Label are null when nobody took the full survey in the period.
/// </summary>
public sealed record IkmReport(
    int Responses,
    IReadOnlyList<IkmElement> Elements,
    decimal? Ikm,
    string? Category,
    string? Label,
    QuickSummary Quick);

/// <summary>One SKM element's average value (NRR = sum of answers / responses), two decimals.</summary>
public sealed record IkmElement(string Code, string Name, decimal? Nrr);

/// <summary>The quick ratings (1–4) in the period.</summary>
public sealed record QuickSummary(int Responses, decimal? Average);
