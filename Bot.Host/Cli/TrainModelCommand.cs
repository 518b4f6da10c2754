using Bot.Dialogs.Understanding;

namespace Bot.Host.Cli;

/// <summary>
/// <c>understanding train [--out DIR]</c>: trains the intent model from the shipped training
/// file and writes it with the hash of its examples into DIR (default: the source folder of
/// the training file, run from the repository root), to be embedded by the next build.
/// Exit codes: 0 written, 2 usage error or unwritable folder.
/// </summary>
internal static class TrainModelCommand
{
    private const int Success = 0;
    private const int Usage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string folder;
        switch (args)
        {
            case []:
                folder = ShippedModel.SourceFolder;
                break;
            case ["--out", var given]:
                folder = given;
                break;
            default:
                error.WriteLine("usage: understanding train [--out DIR]");
                return Usage;
        }

        if (!Directory.Exists(folder))
        {
            error.WriteLine($"understanding train: folder '{folder}' does not exist (run from the repository root or pass --out).");
            return Usage;
        }

        var examples = TrainingFile.LoadDefault();
        var classifier = MlIntentClassifier.Train(examples);
        var modelPath = Path.Combine(folder, ShippedModel.ModelFileName);
        using (var file = File.Create(modelPath))
        {
            classifier.Save(file);
        }

        File.WriteAllText(Path.Combine(folder, ShippedModel.HashFileName), MlIntentClassifier.TrainingHash(examples) + "\n");
        output.WriteLine($"Trained {classifier.Labels.Count} intents from {examples.Count} examples in {classifier.TrainingTime.TotalSeconds:F1} s: {modelPath}");
        return Success;
    }
}
