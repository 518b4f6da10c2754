using Bot.Host.Ratings;

namespace Bot.Tests.Ratings;

public sealed class IkmCalculatorTests
{
    /// <summary>
    /// Four respondents (U1..U9):
    ///   R1 4 4 4 4 4 4 4 4 4   R2 3 3 3 4 3 3 3 3 3   R3 3 4 3 4 3 4 3 3 2   R4 2 3 3 4 3 3 4 3 3
    /// Element sums 12 14 13 16 13 14 14 13 12 → NRR (÷4) 3.00 3.50 3.25 4.00 3.25 3.50 3.50 3.25 3.00.
    /// Σ NRR = 30.25; IKM = 30.25 × (1/9) × 25 = 84.0277… → 84.03, category B (76.61–88.30), "Baik".
    /// Quick ratings 4, 3, 3, 2, 1 → 13 / 5 = 2.60.
    /// </summary>
    internal static readonly IReadOnlyList<IReadOnlyList<int>> HandExample =
    [
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [3, 3, 3, 4, 3, 3, 3, 3, 3],
        [3, 4, 3, 4, 3, 4, 3, 3, 2],
        [2, 3, 3, 4, 3, 3, 4, 3, 3],
    ];

    [Fact]
    public void TheHandComputedExampleGivesIkm8403CategoryB()
    {
        var report = IkmCalculator.Compute(HandExample, [4, 3, 3, 2, 1]);

        Assert.Equal(4, report.Responses);
        Assert.Equal([3.00m, 3.50m, 3.25m, 4.00m, 3.25m, 3.50m, 3.50m, 3.25m, 3.00m], report.Elements.Select(e => e.Nrr!.Value));
        Assert.Equal(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"], report.Elements.Select(e => e.Code));
        Assert.Equal("Biaya/Tarif", report.Elements[3].Name);
        Assert.Equal(84.03m, report.Ikm);
        Assert.Equal(("B", "Baik"), (report.Category, report.Label));
        Assert.Equal(new QuickSummary(5, 2.60m), report.Quick);
    }

    [Theory]
    [InlineData("100.00", "A", "Sangat Baik")]
    [InlineData("88.31", "A", "Sangat Baik")]
    [InlineData("88.30", "B", "Baik")]
    [InlineData("76.61", "B", "Baik")]
    [InlineData("76.60", "C", "Kurang Baik")]
    [InlineData("65.00", "C", "Kurang Baik")]
    [InlineData("64.99", "D", "Tidak Baik")]
    [InlineData("25.00", "D", "Tidak Baik")]
    public void EachCategoryBoundaryFallsOnTheSideTheRegulationGives(string ikm, string category, string label) =>
        Assert.Equal((category, label), IkmCalculator.Categorize(decimal.Parse(ikm, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AllBestAnswersGiveOneHundredAndAllWorstGiveTwentyFive()
    {
        var best = IkmCalculator.Compute([Enumerable.Repeat(4, 9).ToList()], []);
        var worst = IkmCalculator.Compute([Enumerable.Repeat(1, 9).ToList()], []);

        Assert.Equal((100m, "A"), (best.Ikm!.Value, best.Category));
        Assert.Equal((25m, "D"), (worst.Ikm!.Value, worst.Category));
    }

    [Fact]
    public void AnIkmJustUnderABoundaryAfterRoundingStaysInTheLowerCategory()
    {
        // One respondent, sum 27 of 36 → 27 × 25 / 9 = 75.00 (C); sum 28 → 77.777… → 77.78 (B).
        var c = IkmCalculator.Compute([[3, 3, 3, 3, 3, 3, 3, 3, 3]], []);
        var b = IkmCalculator.Compute([[4, 3, 3, 3, 3, 3, 3, 3, 3]], []);

        Assert.Equal((75.00m, "C"), (c.Ikm!.Value, c.Category));
        Assert.Equal((77.78m, "B"), (b.Ikm!.Value, b.Category));
    }

    [Fact]
    public void APeriodWithoutSurveysHasNoIndexButKeepsTheQuickRatings()
    {
        var report = IkmCalculator.Compute([], [3]);

        Assert.Equal(0, report.Responses);
        Assert.Null(report.Ikm);
        Assert.Null(report.Category);
        Assert.All(report.Elements, e => Assert.Null(e.Nrr));
        Assert.Equal(new QuickSummary(1, 3.00m), report.Quick);
    }
}
