using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Dialogs.Routing;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// ML.NET multiclass text classification (L-BFGS maximum entropy) over word uni/bigrams and character trigrams (the
/// character grams carry typos and informal spellings such as "gmn", "brp", "dmn"), trained
/// from the training file. The model trained from the shipped file ships beside it
/// (<see cref="ShippedModel"/>) so start-up does not wait for training; a test keeps the two
/// in step, and an office's own file (Understanding:TrainingPath) is trained at start-up.
/// </summary>
public sealed partial class MlIntentClassifier : IIntentClassifier
{
    // Fixed seed and one thread: the same file always gives the same model, so tests and
    // production agree.
    private const int Seed = 16;

    // One model per distinct training set in the process: every test host (and a host
    // restarted in-process) shares it instead of training again.
    private static readonly ConcurrentDictionary<string, Lazy<MlIntentClassifier>> s_trained = new(StringComparer.Ordinal);

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PredictionEngine<Row, Prediction> _engine;
    private readonly string[] _labels;
    private readonly Lock _gate = new();

    private MlIntentClassifier(MLContext ml, ITransformer model, TimeSpan preparation, bool fromShippedModel)
    {
        _ml = ml;
        _model = model;
        _engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);

        VBuffer<ReadOnlyMemory<char>> names = default;
        _engine.OutputSchema["Score"].Annotations.GetValue("SlotNames", ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        TrainingTime = preparation;
        FromShippedModel = fromShippedModel;
    }

    /// <summary>Trains a model from these examples (a second or two; see docs/understanding.md).</summary>
    public static MlIntentClassifier Train(IReadOnlyList<TrainingExample> examples)
    {
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.Intent, Text = Prepare(e.Text) }));
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(Row.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                // Strong L2 keeps the probabilities honest (a wrong guess rarely looks sure),
                // and with it the optimiser converges in a few dozen steps.
                L2Regularization = 0.2f,
                L1Regularization = 0,
                MaximumNumberOfIterations = 30,
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(data);
        return new MlIntentClassifier(ml, model, watch.Elapsed, fromShippedModel: false);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static MlIntentClassifier Load(Stream zip)
    {
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(Seed);
        var model = ml.Model.Load(zip, out _);
        return new MlIntentClassifier(ml, model, watch.Elapsed, fromShippedModel: true);
    }

    /// <summary>Writes the model (ML.NET's zip format) for <see cref="ShippedModel"/>.</summary>
    public void Save(Stream zip)
    {
        lock (_gate)
        {
            _ml.Model.Save(_model, null, zip);
        }
    }

    /// <summary>
    /// The model for these examples, made on first use and then shared: the model shipped
    /// beside the training file when it was trained from exactly these examples (start-up
    /// stays fast), otherwise trained now (the office's own training file).
    /// </summary>
    public static MlIntentClassifier Shared(IReadOnlyList<TrainingExample> examples)
    {
        var hash = TrainingHash(examples);
        return s_trained.GetOrAdd(hash, _ => new Lazy<MlIntentClassifier>(() =>
            ShippedModel.TryOpen(hash) is { } zip ? LoadAndClose(zip) : Train(examples))).Value;
    }

    /// <summary>What identifies a training set: its intents and texts in order, line numbers and comments aside.</summary>
    public static string TrainingHash(IReadOnlyList<TrainingExample> examples) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', examples.Select(e => e.Intent + "\t" + e.Text)))));

    private static MlIntentClassifier LoadAndClose(Stream zip)
    {
        using (zip)
        {
            return Load(zip);
        }
    }

    /// <summary>How long training (or loading the shipped model) took; logged at start-up.</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>Whether this is the model shipped beside the training file rather than one trained here.</summary>
    public bool FromShippedModel { get; }

    /// <summary>Every intent of the training file.</summary>
    public IReadOnlyList<string> Labels => _labels;

    public IntentGuess Classify(string text)
    {
        float[] scores;
        lock (_gate)
        {
            scores = _engine.Predict(new Row { Text = Prepare(text) }).Score;
        }

        int best = 0, second = -1;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }

        return new IntentGuess(_labels[best], scores[best], second < 0 ? null : _labels[second], second < 0 ? 0 : scores[second]);
    }

    /// <summary>
    /// The classifier sees folded text with every number as one token: "ipm 2022" and
    /// "ipm 2019" are the same question, and a year must not look like a menu number.
    /// </summary>
    public static string Prepare(string text) => Digits().Replace(TextNormalizer.Normalize(text), "0");

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    private sealed class Row
    {
        public string Label { get; set; } = "";

        public string Text { get; set; } = "";
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
