namespace Bot.Host.Cli;

/// <summary>`catalog import|list|remove`: owned by the catalogue work (issue 6).</summary>
internal static class CatalogCommand
{
    public static Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        error.WriteLine("catalog commands are not available yet.");
        return Task.FromResult(2);
    }
}
