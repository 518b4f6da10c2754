using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// Meta signs each webhook body: `X-Hub-Signature-256: sha256={hex HMAC-SHA256 of the raw body
/// keyed with the app secret}`. Checked on the raw bytes, in constant time, before any parsing.
/// </summary>
internal sealed class CloudSignature(IOptions<CloudOptions> options)
{
    public const string Header = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.AppSecret);

    public bool IsValid(ReadOnlySpan<byte> body, string? header)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(header.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_key, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
