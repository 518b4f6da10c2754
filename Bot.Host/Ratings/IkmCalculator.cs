using Bot.Dialogs.Rating;

namespace Bot.Host.Ratings;

/// <summary>
/// The IKM of PermenPANRB 14/2017: NRR per element = sum / responses; IKM = Σ NRR × (1/9) × 25,
/// two decimals; quality A 88.31–100 (Sangat Baik), B 76.61–88.30 (Baik), C 65.00–76.60 (Kurang
/// Baik), D 25.00–64.99 (Tidak Baik). Pure arithmetic, in decimal so the boundaries are exact.
/// </summary>
public static class IkmCalculator
{
    /// <param name="surveys">Each complete survey's nine answers (U1..U9, 1–4).</param>
    /// <param name="quickScores">The quick ratings (1–4).</param>
    public static IkmReport Compute(IReadOnlyList<IReadOnlyList<int>> surveys, IReadOnlyList<int> quickScores)
    {
        var elements = SkmElements.All;
        var count = surveys.Count;
        var sums = new decimal[elements.Count];
        foreach (var answers in surveys)
        {
            if (answers.Count != elements.Count)
            {
                throw new ArgumentException($"A survey has {answers.Count} answers; expected {elements.Count}.", nameof(surveys));
            }

            for (var i = 0; i < elements.Count; i++)
            {
                sums[i] += answers[i];
            }
        }

        var quick = new QuickSummary(
            quickScores.Count,
            quickScores.Count == 0 ? null : Round((decimal)quickScores.Sum() / quickScores.Count));
        if (count == 0)
        {
            return new IkmReport(0, [.. elements.Select(e => new IkmElement(e.Code, e.Name, null))], null, null, null, quick);
        }

        // IKM from the exact NRRs (Σ sums / n), not from the rounded ones shown per element,
        // so rounding happens once.
        var ikm = Round(sums.Sum() / count / elements.Count * 25m);
        var (category, label) = Categorize(ikm);
        return new IkmReport(
            count,
            [.. elements.Select((e, i) => new IkmElement(e.Code, e.Name, Round(sums[i] / count)))],
            ikm,
            category,
            label,
            quick);
    }

    /// <summary>The quality category of a (two-decimal) IKM.</summary>
    public static (string Category, string Label) Categorize(decimal ikm) => ikm switch
    {
        >= 88.31m => ("A", "Sangat Baik"),
        >= 76.61m => ("B", "Baik"),
        >= 65.00m => ("C", "Kurang Baik"),
        _ => ("D", "Tidak Baik"),
    };

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
