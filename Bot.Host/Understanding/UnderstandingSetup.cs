using Bot.Dialogs.Ports;
using Bot.Dialogs.Understanding;

namespace Bot.Host.Understanding;

/// <summary>The intent classifier (trained from the training file at start-up), its routes and the unanswered log.</summary>
internal static class UnderstandingSetup
{
    public static IServiceCollection AddUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(UnderstandingOptions.Section).Get<UnderstandingOptions>() ?? new UnderstandingOptions();
        if (options.Threshold is <= 0 or >= 1)
        {
            throw new InvalidOperationException("Understanding:Threshold must be between 0 and 1 (e.g. 0.4).");
        }

        var examples = string.IsNullOrWhiteSpace(options.TrainingPath) ? TrainingFile.LoadDefault() : TrainingFile.Load(options.TrainingPath);
        var routes = IntentRoutes.LoadDefault();
        routes.CheckCovers(examples.Select(e => e.Intent));
        services.AddSingleton(options);
        services.AddSingleton(routes);

        // Trained once per process, on first use; the warm-up service starts it with the host so
        // the first visitor does not wait.
        services.AddSingleton<IIntentClassifier>(_ => MlIntentClassifier.Shared(examples));
        services.AddSingleton<TextUnderstanding>();
        services.AddHostedService<ClassifierWarmup>();
        services.AddScoped<IUnansweredLog, UnansweredLog>();
        return services;
    }
}
