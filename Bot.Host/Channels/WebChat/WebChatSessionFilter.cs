namespace Bot.Host.Channels.WebChat;

/// <summary>
/// Lets a web chat request through only with the bearer token of the conversation's live session.
/// A missing token, a wrong one, an id no session made and an expired or ended session all get
/// the very same 401, so the answer reveals nothing about which ids exist.
/// </summary>
internal sealed class WebChatSessionFilter(WebChatSessions sessions) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var conversationId = http.Request.RouteValues["conversationId"] as string ?? "";
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;

        // Only what the visitor sends keeps a session alive; the page's polling does not.
        var touch = HttpMethods.IsPost(http.Request.Method);
        if (!await sessions.AuthenticateAsync(conversationId, token, touch, http.RequestAborted))
        {
            return Unauthorized(http);
        }

        return await next(context);
    }

    public static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Web chat session required",
            detail: "Start a session with POST /api/webchat/sessions and send its token as `Authorization: Bearer <token>`. Sessions end after a while without messages.");
    }
}
