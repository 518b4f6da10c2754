using System.Net;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Bot.Host.Documents;

/// <summary>
/// `GET /read/{token}` (inline) and `GET /download/{token}` (attachment): the stamped PDF of a
/// delivery behind a signed link. An altered token is 403. A link expires Documents:LinkMinutes
/// after its delivery (410, with a page that says how to ask again) and serves
/// Documents:MaxOpensPerLink opens (then 410). `HEAD` answers the same checks without stamping
/// and without counting an open.
/// </summary>
internal static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/read/{token}", [HttpMethods.Get, HttpMethods.Head], (string token, HttpContext http, CancellationToken ct) =>
            ServeAsync(DocumentLinks.ReadPurpose, token, inline: true, http, ct)).RequireRateLimiting(Limits.AbuseLimits.Links);
        app.MapMethods("/download/{token}", [HttpMethods.Get, HttpMethods.Head], (string token, HttpContext http, CancellationToken ct) =>
            ServeAsync(DocumentLinks.DownloadPurpose, token, inline: false, http, ct)).RequireRateLimiting(Limits.AbuseLimits.Links);
        return app;
    }

    private static async Task<IResult> ServeAsync(string purpose, string token, bool inline, HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var check = services.GetRequiredService<SignedLinks>().Verify(purpose, token);
        if (check.State == LinkState.Invalid)
        {
            return LinkPages.Invalid();
        }

        var db = services.GetRequiredService<BotDbContext>();
        var record = await db.Set<DeliveryRecord>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == check.Id, cancellationToken);
        if (record?.UserId is null)
        {
            return LinkPages.Unavailable();
        }

        // The delivery's own moment decides, whatever end a token was signed with.
        var options = services.GetRequiredService<IOptions<DocumentOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (check.State == LinkState.Expired || now > record.CreatedAt.AddMinutes(options.LinkMinutes))
        {
            return LinkPages.Expired(record, options.LinkMinutes);
        }

        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(record.FileName);
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return record.Opens >= options.MaxOpensPerLink ? LinkPages.UsedUp(record, options.MaxOpensPerLink) : new PdfHeadResult(disposition.ToString());
        }

        if (!await CountOpenAsync(services, db, record.Id, options.MaxOpensPerLink, cancellationToken))
        {
            DocumentMetrics.OpensRefused.Inc();
            return LinkPages.UsedUp(record, options.MaxOpensPerLink);
        }

        var document = await services.GetRequiredService<IDocumentStore>().OpenAsync(record.Id, cancellationToken);
        return document.Succeeded ? new PdfResult(document.Content!, disposition.ToString()) : LinkPages.Unavailable();
    }

    /// <summary>
    /// One open more, if the link has any left: a single conditional UPDATE, so concurrent opens
    /// cannot pass the cap together (SQLite's write gate orders them; PostgreSQL re-checks the row).
    /// </summary>
    private static async Task<bool> CountOpenAsync(IServiceProvider services, BotDbContext db, string deliveryId, int max, CancellationToken cancellationToken)
    {
        var gate = services.GetRequiredService<WriteGate>();
        var counted = await gate.RunAsync(
            () => db.Set<DeliveryRecord>().Where(d => d.Id == deliveryId && d.Opens < max).ExecuteUpdateAsync(s => s.SetProperty(d => d.Opens, d => d.Opens + 1), cancellationToken),
            cancellationToken,
            urgent: true);
        return counted == 1;
    }

    private static void PdfHeaders(HttpResponse response, string disposition)
    {
        response.ContentType = "application/pdf";
        response.Headers.ContentDisposition = disposition;
        response.Headers.CacheControl = "private, no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
    }

    /// <summary>Streams the PDF with its disposition; the links are personal, so nothing caches them.</summary>
    private sealed class PdfResult(Stream content, string disposition) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await using var _ = content;
            var response = httpContext.Response;
            PdfHeaders(response, disposition);
            response.ContentLength = content.Length;
            await content.CopyToAsync(response.Body, httpContext.RequestAborted);
        }
    }

    /// <summary>What a GET would be, without stamping: a checker (or a prefetching client) costs nothing.</summary>
    private sealed class PdfHeadResult(string disposition) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = (int)HttpStatusCode.OK;
            PdfHeaders(httpContext.Response, disposition);
            return Task.CompletedTask;
        }
    }
}
