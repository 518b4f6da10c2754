namespace Bot.Dialogs.Routing;

/// <summary>Router settings the host binds from configuration.</summary>
public sealed class RouterOptions
{
    /// <summary>A conversation idle this long starts again from the menu.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
