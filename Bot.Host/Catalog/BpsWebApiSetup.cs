using System.Net.Http.Headers;
using Bot.Catalog.Bps;
using Bot.Catalog.Search;
using Bot.Catalog.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Bot.Host.Catalog;

/// <summary>The WebAPI client with its retry pipeline, shared by the host's scheduled sync and <c>catalog sync</c>.</summary>
internal static class BpsWebApiSetup
{
    public const string HttpClientName = "bps-webapi";

    /// <summary>A normal, honest User-Agent: BPS's servers refuse some empty or library-default ones.</summary>
    public const string UserAgent = "Mozilla/5.0 (compatible; PstBot/1.0; PST BPS Kota Tarakan library catalogue sync)";

    public static IServiceCollection AddBpsWebApi(this IServiceCollection services)
    {
        services.AddOptions<BpsSyncOptions>().BindConfiguration(BpsSyncOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, client =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("id"));
                // Large PDFs on a slow line: the body is streamed, this bounds one whole request.
                client.Timeout = TimeSpan.FromMinutes(15);
            })
            .AddResilienceHandler("bps-retry", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<BpsSyncOptions>>().Value;
                // Default ShouldHandle: 5xx, 408, 429 and network errors; a Retry-After header is honoured.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                });
            });
        services.AddSingleton(sp => new BpsWebApiClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<BpsSyncOptions>>().Value.ToSettings(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CatalogSync(
            sp.GetRequiredService<BpsWebApiClient>(),
            sp.GetRequiredService<CatalogService>(),
            sp.GetRequiredService<IOptions<BpsSyncOptions>>().Value.MaxFileMegabytes * 1024L * 1024L));
        return services;
    }
}
