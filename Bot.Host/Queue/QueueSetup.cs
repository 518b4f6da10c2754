using Bot.Dialogs.Ports;
using Bot.Host.Staff;

namespace Bot.Host.Queue;

internal static class QueueSetup
{
    /// <summary>Queue numbers: the visitor's port, the staff operations, the board's signal and the promise check.</summary>
    public static IServiceCollection AddQueue(this IServiceCollection services)
    {
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QueueNumbers>();
        services.AddSingleton<QueueWrites>();
        services.AddSingleton<BoardSignal>();
        services.AddScoped<QueueBook>();
        services.AddScoped<QueueCalls>();
        services.AddScoped<IQueueDesk, QueueDesk>();
        services.AddScoped<QueueStaffCommands>();
        services.AddScoped<Users.IUserDataEraser, QueueEraser>();
        services.AddScoped<PromiseCheck>();
        services.AddHostedService<PromiseCheckService>();
        return services;
    }

    /// <summary>The public board and its events, the poster and the kiosk (the staff API is mapped with the other staff endpoints).</summary>
    public static WebApplication MapQueue(this WebApplication app)
    {
        app.MapBoard();
        app.MapPoster();
        return app;
    }
}
