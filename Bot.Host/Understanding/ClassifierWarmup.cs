using Bot.Dialogs.Understanding;

namespace Bot.Host.Understanding;

/// <summary>Makes the classifier ready (the shipped model, or one trained from the office's file) in the background as the host starts, and logs how long it took.</summary>
internal sealed partial class ClassifierWarmup(IServiceProvider services, ILogger<ClassifierWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            if (services.GetRequiredService<IIntentClassifier>() is MlIntentClassifier trained)
            {
                LogTrained(logger, trained.Labels.Count, trained.TrainingTime.TotalMilliseconds, trained.FromShippedModel ? "shipped model" : "trained from the file");
            }
        },
        stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent classifier ready: {Intents} intents in {Milliseconds:F0} ms ({Source})")]
    private static partial void LogTrained(ILogger logger, int intents, double milliseconds, string source);
}
