using Bot.Catalog.Search;
using Bot.Host.Cli;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Catalog.Sync;

/// <summary>The WebAPI double filled with the test catalogue, a data folder, and <c>catalog sync</c> run against them.</summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    private SyncHarness(BpsWebApiDouble api) => Api = api;

    public BpsWebApiDouble Api { get; }

    public TempDirectory Data { get; } = new();

    public static async Task<SyncHarness> StartAsync()
    {
        var api = await BpsWebApiDouble.StartAsync();
        BpsTestCatalog.Fill(api);
        return new SyncHarness(api);
    }

    public Dictionary<string, string?> Settings(string key = BpsWebApiDouble.Key, string? baseUrl = null) => new()
    {
        ["DataDir"] = Data.Path,
        ["Catalog:Bps:ApiKey"] = key,
        ["Catalog:Bps:BaseUrl"] = baseUrl ?? Api.BaseUrl,
        ["Catalog:Bps:RequestIntervalMilliseconds"] = "0",
        ["Catalog:Bps:RetryDelayMilliseconds"] = "1",
        ["Catalog:Bps:MaxRetries"] = "2",
    };

    /// <summary>Runs <c>catalog sync</c> as the operator would (output not a terminal: plain lines).</summary>
    public async Task<(int Code, string Output, string Error)> SyncAsync(string key = BpsWebApiDouble.Key, string? baseUrl = null, CancellationToken cancellationToken = default)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(key, baseUrl)).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CatalogCommand.RunAsync(["sync"], configuration, output, error, cancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    public CatalogService OpenCatalog() => CatalogService.Open(Data.Path);

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        Data.Dispose();
    }
}
