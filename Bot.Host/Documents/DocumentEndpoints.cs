using System.Net;
using Microsoft.Net.Http.Headers;

namespace Bot.Host.Documents;

/// <summary>
/// `GET /read/{token}` (inline) and `GET /download/{token}` (attachment): the stamped PDF of a
/// delivery behind a signed, expiring link. An altered token is 403, an expired one 410.
/// </summary>
internal static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/read/{token}", (string token, SignedLinks links, IDocumentStore store, CancellationToken ct) =>
            ServeAsync(DocumentLinks.ReadPurpose, token, inline: true, links, store, ct)).RequireRateLimiting(Limits.AbuseLimits.Links);
        app.MapGet("/download/{token}", (string token, SignedLinks links, IDocumentStore store, CancellationToken ct) =>
            ServeAsync(DocumentLinks.DownloadPurpose, token, inline: false, links, store, ct)).RequireRateLimiting(Limits.AbuseLimits.Links);
        return app;
    }

    private static async Task<IResult> ServeAsync(string purpose, string token, bool inline, SignedLinks links, IDocumentStore store, CancellationToken cancellationToken)
    {
        var check = links.Verify(purpose, token);
        switch (check.State)
        {
            case LinkState.Invalid:
                return Page(HttpStatusCode.Forbidden, "Tautan tidak sah", "Tautan ini tidak sah. Minta tautan baru lewat chat.", "This link is not valid. Ask for a new one in the chat.");
            case LinkState.Expired:
                return Page(HttpStatusCode.Gone, "Tautan kedaluwarsa", "Tautan ini sudah kedaluwarsa. Minta tautan baru lewat chat.", "This link has expired. Ask for a new one in the chat.");
        }

        var document = await store.OpenAsync(check.Id!, cancellationToken);
        if (!document.Succeeded)
        {
            // Nobody is told from here (StaffNotices covers a broken source found in the chat), so the page promises nothing.
            return Page(
                HttpStatusCode.NotFound,
                "Dokumen tidak tersedia",
                "Maaf, dokumen ini sedang tidak dapat dibuka. Silakan coba lagi nanti, atau beri tahu kami lewat chat: ketik \"pengaduan\".",
                "Sorry, this document cannot be opened right now. Please try again later, or tell us in the chat: type \"complaint\".");
        }

        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(document.FileName);
        return new PdfResult(document.Content!, disposition.ToString());
    }

    private static IResult Page(HttpStatusCode status, string title, string indonesian, string english) =>
        Results.Content(
            $"<!doctype html><html lang=\"id\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title>" +
            // Styled from the page's own stylesheet: the Content-Security-Policy allows no inline style.
            "<link rel=\"stylesheet\" href=\"/page.css\">" +
            $"<body class=\"notice-page\"><h1>{title}</h1><p>{indonesian}</p><p lang=\"en\" class=\"en\">{english}</p><p><a href=\"/\">Buka chat · Open the chat</a></p></body></html>",
            "text/html; charset=utf-8",
            statusCode: (int)status);

    /// <summary>Streams the PDF with its disposition; the links are personal, so nothing caches them.</summary>
    private sealed class PdfResult(Stream content, string disposition) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await using var _ = content;
            var response = httpContext.Response;
            response.ContentType = "application/pdf";
            response.ContentLength = content.Length;
            response.Headers.ContentDisposition = disposition;
            response.Headers.CacheControl = "private, no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            await content.CopyToAsync(response.Body, httpContext.RequestAborted);
        }
    }
}
