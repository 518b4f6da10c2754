namespace Bot.Dialogs.Understanding;

/// <summary>
/// Reads the office's training file: one example a line, <c>intent&lt;TAB&gt;utterance</c>;
/// blank lines and lines starting with <c>#</c> are ignored. A malformed line is an error
/// that names the line, so a typo in the file fails at start-up and not in a conversation.
/// </summary>
public static class TrainingFile
{
    public const string ResourceName = "Bot.Dialogs.Understanding.training.tsv";

    /// <summary>The training file shipped inside Bot.Dialogs.</summary>
    public static IReadOnlyList<TrainingExample> LoadDefault()
    {
        using var stream = typeof(TrainingFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded training.tsv is missing from Bot.Dialogs.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "embedded training.tsv");
    }

    /// <summary>Loads a training file from disk (Understanding:TrainingPath).</summary>
    public static IReadOnlyList<TrainingExample> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Training file '{path}' does not exist (Understanding:TrainingPath).");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static IReadOnlyList<TrainingExample> Parse(string text, string source)
    {
        var examples = new List<TrainingExample>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var intent = tab < 0 ? "" : line[..tab].Trim();
            var utterance = tab < 0 ? "" : line[(tab + 1)..].Trim();
            if (intent.Length == 0 || utterance.Length == 0 || intent.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"{source} line {i + 1}: expected 'intent<TAB>utterance', e.g. 'info.cost\tberapa biayanya'.");
            }

            examples.Add(new TrainingExample(intent, utterance, i + 1));
        }

        if (examples.Select(e => e.Intent).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new InvalidOperationException($"{source}: needs examples of at least two intents.");
        }

        return examples;
    }
}
