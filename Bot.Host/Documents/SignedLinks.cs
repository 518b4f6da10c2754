using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Host.Documents;

/// <summary>
/// Short-lived links for documents and media: the token carries a purpose, an id and an expiry,
/// signed with HMAC-SHA256. Nothing in a token ever becomes a file path; the id is looked up.
/// </summary>
public sealed class SignedLinks(byte[] key, TimeProvider clock)
{
    /// <summary>Makes a token for the purpose (e.g. "media", "read", "download") and id.</summary>
    public string Create(string purpose, string id, TimeSpan lifetime) => CreateUntil(purpose, id, clock.GetUtcNow().Add(lifetime));

    /// <summary>
    /// Makes a token that expires at a fixed moment: the same purpose, id and moment give the
    /// same token, so a link shown again is the same link with the same end.
    /// </summary>
    public string CreateUntil(string purpose, string id, DateTimeOffset expiresAt)
    {
        var expires = expiresAt.ToUnixTimeSeconds();
        var body = $"{purpose}|{id}|{expires}";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(body)) + "." + Base64Url.EncodeToString(Sign(body));
    }

    /// <summary>Checks a token for the expected purpose; the id when valid.</summary>
    public LinkCheck Verify(string purpose, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return LinkCheck.Invalid;
        }

        var dot = token.IndexOf('.');
        if (dot <= 0)
        {
            return LinkCheck.Invalid;
        }

        byte[] bodyBytes;
        byte[] signature;
        try
        {
            bodyBytes = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return LinkCheck.Invalid;
        }

        var body = Encoding.UTF8.GetString(bodyBytes);
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(body)))
        {
            return LinkCheck.Invalid;
        }

        var parts = body.Split('|');
        if (parts.Length != 3 || parts[0] != purpose || !long.TryParse(parts[2], out var expires))
        {
            return LinkCheck.Invalid;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() > expires ? LinkCheck.ExpiredFor(parts[1]) : LinkCheck.Valid(parts[1]);
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body));
}

/// <summary>The outcome of checking a link: valid with its id, altered, or expired (with its signed id, to say what it was).</summary>
public sealed record LinkCheck(LinkState State, string? Id)
{
    public static LinkCheck Invalid { get; } = new(LinkState.Invalid, null);

    public static LinkCheck ExpiredFor(string id) => new(LinkState.Expired, id);

    public static LinkCheck Valid(string id) => new(LinkState.Valid, id);
}

public enum LinkState
{
    Valid,
    Invalid,
    Expired,
}
