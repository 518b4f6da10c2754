using System.ComponentModel.DataAnnotations;
using Bot.Catalog.Search;
using Bot.Catalog.Sync;
using Bot.Host.Catalog;
using Spectre.Console;

namespace Bot.Host.Cli;

/// <summary>
/// <c>catalog sync</c>: one sync from BPS's WebAPI into the data folder's catalogue. Exit codes: 0 all synced,
/// 3 finished with problems (each on stderr: id, title, why), 1 nothing could be done (no or wrong key,
/// WebAPI unreachable, bad settings).
/// </summary>
internal static class CatalogSyncCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, string dataDir, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(BpsSyncOptions.Section).Get<BpsSyncOptions>() ?? new BpsSyncOptions();
        if (!options.Enabled)
        {
            await error.WriteLineAsync($"{BpsSyncOptions.Section}:ApiKey is not set. Get a free key at https://webapi.bps.go.id/developer/ (see README, \"Catalogue from BPS\").").ConfigureAwait(false);
            return 1;
        }

        var problems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem.ErrorMessage).ConfigureAwait(false);
            }

            return 1;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddSingleton(_ => CatalogService.Open(dataDir));
        services.AddBpsWebApi();
        services.AddSingleton<BpsSyncRunner>();
        await using var provider = services.BuildServiceProvider();
        var runner = provider.GetRequiredService<BpsSyncRunner>();
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        var report = interactive
            ? await WithProgressBarAsync(runner, cancellationToken).ConfigureAwait(false)
            : await runner.RunAsync(new LineProgress(output), cancellationToken).ConfigureAwait(false);

        foreach (var problem in report.Problems)
        {
            await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        var catalog = provider.GetRequiredService<CatalogService>();
        await (report.Fatal is null ? output : error).WriteLineAsync(
            report.Fatal is null ? $"{report.Summary} Catalogue now holds {catalog.Index.Count} in {catalog.DataDir}." : report.Summary).ConfigureAwait(false);
        return report.ExitCode;
    }

    private static Task<SyncReport> WithProgressBarAsync(BpsSyncRunner runner, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Listing", maxValue: 1);
                return await runner.RunAsync(new BarProgress(task), cancellationToken).ConfigureAwait(false);
            });

    /// <summary>Reported synchronously: <see cref="Progress{T}"/> would post to the thread pool and scramble the lines.</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) =>
            output.WriteLine(value.Total == 0 ? value.Step : $"[{Math.Min(value.Done + 1, value.Total)}/{value.Total}] {value.Step}");
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value)
        {
            task.Description = Markup.Escape(value.Step.Length > 40 ? value.Step[..40] + "…" : value.Step);
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Total == 0 ? 0 : value.Done;
        }
    }
}
