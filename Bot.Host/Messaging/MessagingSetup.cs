using Bot.Host.Configuration;
using Bot.Host.Health;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Messaging.Worker;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Messaging;

internal static class MessagingSetup
{
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HealthState>();
        services.AddSingleton<WorkSignals>();
        services.AddSingleton<TurnCompletions>();
        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<OutboxQueues>();
        services.AddSingleton<OutboxJournal>();
        services.AddScoped<InboxWriter>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<TurnScope>();
        services.AddScoped<TurnProcessor>();
        services.AddHostedService<ConversationWorker>();
        services.AddHostedService<OutboxJournalFlusher>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<RemoteCompletionWatcher>();
        return services;
    }
}
