namespace Bot.Tests.Infrastructure;

/// <summary>The checkout the tests run from: docs and sources the tests read or regenerate live there.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "PstBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PstBot.sln not found above the test folder.");
    }
}
