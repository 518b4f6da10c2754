namespace Bot.Host.Web;

/// <summary>
/// Headers on every response: no referrer (a signed link must not leak to another site), no
/// MIME sniffing, and on HTML pages a Content-Security-Policy that allows only this host's own
/// scripts and styles and no framing (the chat cannot be overlaid by another site).
/// PDFs and API answers get no CSP: browsers' PDF viewers do not all cope with one.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["Referrer-Policy"] = "no-referrer";
                headers.XContentTypeOptions = "nosniff";
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }
}
