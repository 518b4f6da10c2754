using Bot.Host.Documents;
using Microsoft.Net.Http.Headers;

namespace Bot.Host.Media;

/// <summary>
/// `GET /media/{token}`: the document behind a signed, short-lived token, produced when fetched
/// (Twilio fetches it for a WhatsApp document). The token names a delivery id, never a path.
/// </summary>
internal static partial class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/media/{token}", [HttpMethods.Get, HttpMethods.Head], GetAsync).RequireRateLimiting(Limits.AbuseLimits.Links);
        return app;
    }

    private static async Task<IResult> GetAsync(string token, SignedLinks links, IServiceProvider services, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var check = links.Verify(MediaLinks.Purpose, token);
        if (check.State == LinkState.Expired)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Link expired", detail: "This link has expired. Ask the bot for the document again.");
        }

        if (check.State != LinkState.Valid)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid link", detail: "This link is not valid.");
        }

        var logger = loggers.CreateLogger(typeof(MediaEndpoints));
        if (services.GetService<IDocumentStore>() is not { } store)
        {
            LogNoStore(logger);
            return NotFound();
        }

        DocumentOpenResult opened;
        try
        {
            opened = await store.OpenAsync(check.Id!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Twilio (or the user) gets a clear 404; the cause is in the log, not in the response.
            LogOpenFailed(logger, check.Id!, e);
            return NotFound();
        }

        if (!opened.Succeeded)
        {
            LogOpenRefused(logger, check.Id!, opened.Error ?? "");
            return NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = opened.FileName }.ToString();
        if (!opened.Content!.CanSeek && opened.Length > 0)
        {
            http.Response.ContentLength = opened.Length;
        }

        return Results.Stream(opened.Content!, "application/pdf");
    }

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not available", detail: "The document for this link cannot be produced now. Ask the bot for it again.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "A media link was fetched but no document store is registered.")]
    private static partial void LogNoStore(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Producing document {DeliveryId} for a media link failed.")]
    private static partial void LogOpenFailed(ILogger logger, string deliveryId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DeliveryId} for a media link is not available: {Error}")]
    private static partial void LogOpenRefused(ILogger logger, string deliveryId, string error);
}
