namespace Bot.Dialogs.Understanding;

/// <summary>
/// The intent model trained from the shipped training.tsv, embedded beside it with the hash of
/// the examples it was trained from. Loading it takes a fraction of training's two seconds on
/// the office's two cores; when the training file changes, the hash no longer matches, the
/// host trains instead, and a test fails until the model is made again with
/// <c>dotnet run --project Bot.Host -- understanding train</c>.
/// </summary>
public static class ShippedModel
{
    public const string ModelResource = "Bot.Dialogs.Understanding.intent-model.zip";
    public const string HashResource = "Bot.Dialogs.Understanding.intent-model.sha256";

    /// <summary>Where the files live in the source tree, relative to the repository root.</summary>
    public const string SourceFolder = "Bot.Dialogs/Understanding";
    public const string ModelFileName = "intent-model.zip";
    public const string HashFileName = "intent-model.sha256";

    /// <summary>The hash of the examples the shipped model was trained from, or null when none is shipped.</summary>
    public static string? TrainedFrom()
    {
        using var stream = typeof(ShippedModel).Assembly.GetManifestResourceStream(HashResource);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }

    /// <summary>The shipped model's bytes when it was trained from examples with this hash; otherwise null.</summary>
    public static Stream? TryOpen(string trainingHash) =>
        string.Equals(TrainedFrom(), trainingHash, StringComparison.OrdinalIgnoreCase)
            ? typeof(ShippedModel).Assembly.GetManifestResourceStream(ModelResource)
            : null;
}
