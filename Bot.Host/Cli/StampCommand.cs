namespace Bot.Host.Cli;

/// <summary>`catalog stamp in.pdf out.pdf --name .. --email ..`: owned by the watermark work (issue 7).</summary>
internal static class StampCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        error.WriteLine("catalog stamp is not available yet.");
        return Task.FromResult(2);
    }
}
