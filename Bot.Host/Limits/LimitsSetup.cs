using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Bot.Host.Limits;

internal static class LimitsSetup
{
    public static IServiceCollection AddLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InboundRateLimiter>();
        return services;
    }

    /// <summary>
    /// Caps every request body: the endpoint's own [RequestSizeLimit] if it has one, else
    /// Limits:MaxRequestBodyBytes. A declared length over the cap is refused before reading; a
    /// chunked body that grows past it is refused when read. Either way the client gets a 413
    /// problem, never a 500.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        var defaultLimit = app.Services.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxRequestBodyBytes;
        app.UseRouting();
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
            if (context.Request.ContentLength > limit)
            {
                await TooLargeAsync(context, limit);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await TooLargeAsync(context, limit);
            }
        });
        return app;
    }

    private static Task TooLargeAsync(HttpContext context, long? limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: $"The body must be at most {limit} bytes.")
            .ExecuteAsync(context);
}
