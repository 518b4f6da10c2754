using System.Globalization;
using System.Text;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Understanding;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Understanding;

/// <summary>
/// The classifier against a held-out file written separately from the training file: overall
/// and per-intent accuracy floors, and the confusion matrix for docs/understanding.md
/// (rewritten with PSTBOT_WRITE_DOCS=1).
/// </summary>
public sealed class IntentAccuracyTests
{
    private const double OverallFloor = 0.9;
    private const double PerIntentFloor = 0.8;

    private static readonly IReadOnlyList<TrainingExample> s_training = TrainingFile.LoadDefault();
    private static readonly IReadOnlyList<TrainingExample> s_heldOut =
        TrainingFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Understanding", "heldout.tsv")), "heldout.tsv");

    private static MlIntentClassifier Classifier => MlIntentClassifier.Shared(s_training);

    [Fact]
    public void NoHeldOutUtteranceIsInTheTrainingFile()
    {
        var trained = s_training.Select(e => MlIntentClassifier.Prepare(e.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(s_heldOut.Where(h => trained.Contains(MlIntentClassifier.Prepare(h.Text))).Select(h => h.Text));
    }

    [Fact]
    public void EveryIntentHasAtLeastFortyExamplesAndARoute()
    {
        var counts = s_training.GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Count());
        var routes = IntentRoutes.LoadDefault();

        Assert.All(counts, c => Assert.True(c.Value >= 40, $"{c.Key} has {c.Value} examples"));
        routes.CheckCovers(counts.Keys);
        Assert.Equal(counts.Keys.Order(), routes.All.Select(r => r.Intent).Order());
        Assert.All(s_heldOut, h => Assert.Contains(h.Intent, counts.Keys));
    }

    [Fact]
    public void HeldOutAccuracyIsAtLeastNinetyPercentOverallAndEightyPerIntent()
    {
        var results = s_heldOut.Select(h => (h.Intent, Guess: Classifier.Classify(h.Text), h.Text)).ToList();
        var overall = results.Count(r => r.Guess.Intent == r.Intent) / (double)results.Count;
        var perIntent = results.GroupBy(r => r.Intent)
            .ToDictionary(g => g.Key, g => g.Count(r => r.Guess.Intent == g.Key) / (double)g.Count());

        if (Environment.GetEnvironmentVariable("PSTBOT_WRITE_DOCS") == "1")
        {
            WriteReport(results, overall, perIntent);
        }

        var misses = string.Join("; ", results.Where(r => r.Guess.Intent != r.Intent).Select(r => $"'{r.Text}' {r.Intent}→{r.Guess.Intent}"));
        Assert.True(overall >= OverallFloor, $"Overall accuracy {overall:P1} < {OverallFloor:P0}. Misses: {misses}");
        Assert.All(perIntent, p => Assert.True(p.Value >= PerIntentFloor, $"{p.Key}: {p.Value:P0}. Misses: {misses}"));
    }

    [Fact]
    public void SureReadingsAreRarelyWrong()
    {
        var threshold = new UnderstandingOptions().Threshold;
        var sure = s_heldOut.Select(h => (h.Intent, Guess: Classifier.Classify(h.Text))).Where(r => r.Guess.Confidence >= threshold).ToList();

        // Most held-out questions are answered at once, and almost none wrongly.
        Assert.True(sure.Count >= s_heldOut.Count * 0.85, $"only {sure.Count} of {s_heldOut.Count} above the threshold");
        Assert.True(sure.Count(r => r.Guess.Intent != r.Intent) <= 2);
    }

    [Theory]
    [InlineData("asdf qwer")]
    [InlineData("blah blah blah")]
    [InlineData("xqzt vbnm")]
    public void GibberishIsNotReadWithConfidence(string text) =>
        Assert.True(Classifier.Classify(text).Confidence < new UnderstandingOptions().Threshold);

    [Fact]
    public void TheShippedModelWasTrainedFromTheShippedFile() =>
        Assert.True(
            ShippedModel.TrainedFrom() == MlIntentClassifier.TrainingHash(s_training),
            "training.tsv changed since the model beside it was trained: run `dotnet run --project Bot.Host -- understanding train` from the repository root and commit both files.");

    [Fact]
    public void TheServiceUsesTheShippedModelForTheShippedFile() => Assert.True(Classifier.FromShippedModel);

    [Fact]
    public void TheShippedModelAnswersAsTrainingFromTheFileDoes()
    {
        var trainedNow = MlIntentClassifier.Train(s_training);

        Assert.All(s_heldOut, h =>
        {
            var shipped = Classifier.Classify(h.Text);
            var fresh = trainedNow.Classify(h.Text);
            Assert.Equal(fresh.Intent, shipped.Intent);
            Assert.Equal(fresh.Confidence, shipped.Confidence, 5);
        });
    }

    [Fact]
    public void AnotherTrainingFileIsTrainedNotServedTheShippedModel()
    {
        var officeFile = s_training.Append(new TrainingExample(Intents.Greeting, "punten kak", 0)).ToList();

        var classifier = MlIntentClassifier.Shared(officeFile);

        Assert.False(classifier.FromShippedModel);
        Assert.Equal(Intents.Greeting, classifier.Classify("punten kak").Intent);
    }

    private static void WriteReport(List<(string Intent, IntentGuess Guess, string Text)> results, double overall, Dictionary<string, double> perIntent)
    {
        var intents = perIntent.Keys.Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Held-out utterances: {results.Count}; overall accuracy **{overall:P1}**; training examples: {s_training.Count}.");
        text.AppendLine();
        text.AppendLine("| intent | held-out | accuracy |");
        text.AppendLine("|---|---|---|");
        foreach (var intent in intents)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {intent} | {results.Count(r => r.Intent == intent)} | {perIntent[intent]:P0} |");
        }

        text.AppendLine();
        text.AppendLine("Confusion matrix (rows: true intent; columns: predicted; numbered as in the table above):");
        text.AppendLine();
        text.AppendLine("| true \\ predicted | " + string.Join(" | ", intents.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture))) + " |");
        text.AppendLine("|---|" + string.Concat(intents.Select(_ => "---|")));
        for (var i = 0; i < intents.Count; i++)
        {
            var row = intents.Select(p => results.Count(r => r.Intent == intents[i] && r.Guess.Intent == p)).Select(n => n == 0 ? "·" : n.ToString(CultureInfo.InvariantCulture));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} {intents[i]} | {string.Join(" | ", row)} |");
        }

        text.AppendLine();
        text.AppendLine("Misses:");
        text.AppendLine();
        foreach (var miss in results.Where(r => r.Guess.Intent != r.Intent))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{miss.Text}`: {miss.Intent} read as {miss.Guess.Intent} ({miss.Guess.Confidence:F2})");
        }

        var docs = Path.Combine(RepositoryRoot.Path, "docs", "understanding-accuracy.md");
        File.WriteAllText(docs, "# Intent classifier: held-out accuracy\n\nGenerated by `IntentAccuracyTests` (`PSTBOT_WRITE_DOCS=1`).\n\n" + text);
    }
}
