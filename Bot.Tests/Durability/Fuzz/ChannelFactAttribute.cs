namespace Bot.Tests.Durability.Fuzz;

/// <summary>
/// A test of a channel's webhook that runs once the channel is in the host (its code in
/// Bot.Host.Channels.{Channel}); until then it shows as skipped with the reason.
/// </summary>
public sealed class ChannelFactAttribute : FactAttribute
{
    public ChannelFactAttribute(string channel)
    {
        var present = typeof(Program).Assembly.GetTypes().Any(t => t.Namespace == $"Bot.Host.Channels.{channel}");
        if (!present)
        {
            Skip = $"The {channel} channel is not in this build of Bot.Host (no Bot.Host.Channels.{channel} namespace).";
        }
    }
}
