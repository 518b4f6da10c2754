namespace Bot.Tests.Durability.Fuzz;

/// <summary>One generated request body and what was done to it (for failure messages).</summary>
public sealed record FuzzBody(byte[] Content, string ContentType, string Description)
{
    public string Preview => System.Text.Encoding.UTF8.GetString(Content, 0, Math.Min(Content.Length, 200));
}
