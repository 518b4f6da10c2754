using System.Security.Cryptography;
using System.Text;
using Bot.Host.Configuration;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WebChat;

/// <summary>The conversation key and the bearer token a new session hands to the page (once).</summary>
public sealed record WebChatSessionCreated(string ConversationId, string Token);

/// <summary>
/// Issues and checks web chat sessions. The server picks both the conversation key and the token
/// (128 and 256 random bits); only the token's hash is stored, so a copy of the database cannot
/// act as a visitor. A session idle for WebChat:SessionIdleMinutes is over.
/// </summary>
public sealed class WebChatSessions(BotDbContext db, WriteGate gate, TimeProvider clock, IOptions<WebChatOptions> options)
{
    // Writing the activity stamp on every message would double the writes of a chat; a minute's
    // precision is plenty for an idle limit counted in tens of minutes.
    private static readonly TimeSpan TouchGranularity = TimeSpan.FromMinutes(1);

    private TimeSpan IdleLimit => TimeSpan.FromMinutes(options.Value.SessionIdleMinutes);

    public async Task<WebChatSessionCreated> CreateAsync(CancellationToken cancellationToken)
    {
        var key = RandomText(16);
        var token = RandomText(32);
        var now = clock.GetUtcNow();
        db.Set<WebChatSession>().Add(new WebChatSession { ConversationKey = key, TokenHash = HashToken(token), CreatedAt = now, LastActiveAt = now });
        await gate.RunAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken, urgent: true);
        return new WebChatSessionCreated(key, token);
    }

    /// <summary>
    /// True when <paramref name="token"/> is the live session of <paramref name="conversationKey"/>.
    /// With <paramref name="touch"/> the session's idle time starts again.
    /// </summary>
    public async Task<bool> AuthenticateAsync(string conversationKey, string? token, bool touch, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || conversationKey.Length > 64)
        {
            return false;
        }

        var session = await db.Set<WebChatSession>().AsNoTracking().FirstOrDefaultAsync(s => s.ConversationKey == conversationKey, cancellationToken);
        var expected = session?.TokenHash ?? new string('0', 64);

        // Compared in constant time whether or not the session exists, so timing tells nothing.
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(HashToken(token)));
        if (session is null || !matches)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (now - session.LastActiveAt >= IdleLimit)
        {
            return false;
        }

        if (touch && now - session.LastActiveAt >= TouchGranularity)
        {
            await gate.RunAsync(() => db.Set<WebChatSession>()
                .Where(s => s.ConversationKey == conversationKey)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastActiveAt, now), cancellationToken), cancellationToken, urgent: true);
        }

        return true;
    }

    public async Task EndAsync(string conversationKey, CancellationToken cancellationToken) =>
        await gate.RunAsync(() => db.Set<WebChatSession>().Where(s => s.ConversationKey == conversationKey).ExecuteDeleteAsync(cancellationToken), cancellationToken, urgent: true);

    /// <summary>Deletes sessions idle past the limit; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - IdleLimit;
        return await gate.RunAsync(() => db.Set<WebChatSession>().Where(s => s.LastActiveAt <= cutoff).ExecuteDeleteAsync(cancellationToken), cancellationToken);
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string RandomText(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
