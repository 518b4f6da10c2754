using Bot.Dialogs.Understanding;

namespace Bot.Host.Understanding;

/// <summary>Trains the classifier in the background as the host starts, and logs how long it took.</summary>
internal sealed partial class ClassifierWarmup(IServiceProvider services, ILogger<ClassifierWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            if (services.GetRequiredService<IIntentClassifier>() is MlIntentClassifier trained)
            {
                LogTrained(logger, trained.Labels.Count, trained.TrainingTime.TotalMilliseconds);
            }
        },
        stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent classifier trained: {Intents} intents in {Milliseconds:F0} ms")]
    private static partial void LogTrained(ILogger logger, int intents, double milliseconds);
}
