using System.Runtime.CompilerServices;
using Bot.Dialogs.Understanding;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// Trains the intent classifier once, before any test runs. Every test host shares the model
/// (one per distinct training file), so no host's first turn waits for training while dozens
/// of hosts start at once and the web chat's reply wait runs out.
/// </summary>
internal static class ClassifierWarmup
{
    [ModuleInitializer]
    internal static void TrainOnce() => MlIntentClassifier.Shared(TrainingFile.LoadDefault());
}
