using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Host.Configuration;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WebChat;

/// <summary>
/// The web chat channel: the page posts a message, the message takes the same durable path as
/// every channel, and the request waits (briefly) for its turn's replies.
/// </summary>
internal static class WebChatEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;
    private const int MaxRepliesPerPage = 100;

    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<WebChatSessions>();
        return services;
    }

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled)
        {
            return app;
        }

        var sessions = app.MapGroup("/api/webchat/sessions");
        sessions.MapPost("", CreateSessionAsync).RequireRateLimiting(Limits.AbuseLimits.Sessions);
        sessions.MapDelete("/{conversationId}", EndSessionAsync).AddEndpointFilter<WebChatSessionFilter>();

        var group = app.MapGroup("/api/webchat/{conversationId}/messages").AddEndpointFilter<WebChatSessionFilter>().RequireRateLimiting(Limits.AbuseLimits.WebChat);
        group.MapPost("", PostAsync).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        group.MapGet("", GetAsync);
        return app;
    }

    private static async Task<IResult> CreateSessionAsync(WebChatSessions sessions, CancellationToken cancellationToken)
    {
        var created = await sessions.CreateAsync(cancellationToken);
        return Results.Created($"/api/webchat/{created.ConversationId}/messages", created);
    }

    private static async Task<IResult> EndSessionAsync(string conversationId, WebChatSessions sessions, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(conversationId, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> PostAsync(
        string conversationId,
        HttpRequest request,
        InboxWriter inbox,
        TurnCompletions completions,
        BotDbContext db,
        IOptions<WebChatOptions> options,
        TimeProvider clock,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        if (WebChatRequestValidator.ValidateConversationId(conversationId) is { } idError)
        {
            return BadRequest(idError);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Message too large", detail: $"The body must be at most {MaxBodyBytes} bytes.");
        }

        WebChatPost? post;
        try
        {
            post = await JsonSerializer.DeserializeAsync<WebChatPost>(request.Body, MessageJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return BadRequest("The body is not valid JSON. Send {\"text\": \"...\"} or {\"choice\": \"...\"}.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Message too large", detail: $"The body must be at most {MaxBodyBytes} bytes.");
        }

        if (WebChatRequestValidator.Validate(post) is { } error)
        {
            return BadRequest(error);
        }

        // The client's message id is only unique within its own conversation: prefixed, one visitor's
        // ids can never collide with (and so swallow as "duplicates") another visitor's messages.
        var externalId = conversationId + ":" + (post!.ClientMessageId ?? Guid.NewGuid().ToString("N"));
        var inbound = new Inbound(ChannelNames.WebChat, conversationId, externalId, clock.GetUtcNow())
        {
            Text = post.Text,
            ChoiceId = post.Choice,
        };
        var stored = await inbox.WriteAsync(inbound, cancellationToken: cancellationToken);

        var done = completions.Register(stored.InboxId);
        try
        {
            if (!await IsProcessedAsync(db, stored.InboxId, cancellationToken))
            {
                var wait = TimeSpan.FromSeconds(options.Value.ReplyWaitSeconds);
                if (await Task.WhenAny(done, Task.Delay(wait, cancellationToken)) != done)
                {
                    return Results.Accepted(value: new { status = "accepted", message = "Replies will appear at GET .../messages?after=" });
                }
            }
        }
        finally
        {
            completions.Forget(stored.InboxId);
        }

        var rows = await db.Outbox.AsNoTracking()
            .Where(m => m.InboxId == stored.InboxId && m.ConversationId == ConversationRecord.MakeId(ChannelNames.WebChat, conversationId))
            .OrderBy(m => m.Seq)
            .ToListAsync(cancellationToken);
        return Results.Ok(new WebChatReplies(rows.Select(r => ToReply(r, services)).ToList()));
    }

    private static async Task<IResult> GetAsync(string conversationId, long? after, BotDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (WebChatRequestValidator.ValidateConversationId(conversationId) is { } idError)
        {
            return BadRequest(idError);
        }

        var from = after ?? 0;
        var id = ConversationRecord.MakeId(ChannelNames.WebChat, conversationId);
        var rows = await db.Outbox.AsNoTracking()
            .Where(m => m.ConversationId == id && m.Seq > from)
            .OrderBy(m => m.Seq)
            .Take(MaxRepliesPerPage)
            .ToListAsync(cancellationToken);
        return Results.Ok(new WebChatReplies(rows.Select(r => ToReply(r, services)).ToList()));
    }

    private static async Task<bool> IsProcessedAsync(BotDbContext db, long inboxId, CancellationToken cancellationToken) =>
        await db.Inbox.AsNoTracking().AnyAsync(m => m.Id == inboxId && m.Status != InboxStatus.Pending, cancellationToken);

    private static WebChatReply ToReply(OutboxMessage row, IServiceProvider services)
    {
        var reply = MessageJson.Deserialize<Outbound>(row.Payload);
        WebChatDocument? document = null;
        if (reply.Document is { } doc && services.GetService<IDocumentLinks>() is { } links)
        {
            document = new WebChatDocument(links.CreateUrl(doc), doc.FileName, doc.SizeBytes, Formats.Size(doc.SizeBytes, reply.Language ?? Language.Id));
        }

        return new WebChatReply(row.Seq, reply.Text, reply.Choices.Select(c => new WebChatChoice(c.Id, c.Label)).ToList(), document);
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}
