using System.Security.Cryptography;
using System.Text;

namespace Bot.Host.Privacy;

/// <summary>
/// Encrypts personal data at rest (identity numbers, phone numbers, emails) with AES-GCM, and
/// makes keyed hashes so such values can be looked up without being stored in clear.
/// </summary>
public sealed class PersonalData
{
    private const string Prefix = "v1:";
    private const string SealedPrefix = "v2:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _masterKey;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    // One cipher per thread: making one imports the key each time, which on the message path
    // (several seals and opens a turn) cost more than the encryption itself. AesGcm is not
    // thread-safe, hence per thread.
    private readonly ThreadLocal<AesGcm> _cipher;

    public PersonalData(byte[] masterKey)
    {
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("The personal-data key must be 32 bytes.", nameof(masterKey));
        }

        _masterKey = masterKey;

        // Separate keys per purpose, so a hash can never help decrypt.
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "pstbot-encrypt"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "pstbot-lookup"u8.ToArray());
        var encryptionKey = _encryptionKey;
        _cipher = new ThreadLocal<AesGcm>(() => new AesGcm(encryptionKey, TagSize));
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceSize + plain.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var aes = _cipher.Value!;
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize, plain.Length), buffer.AsSpan(NonceSize + plain.Length));
        return Prefix + Convert.ToBase64String(buffer);
    }

    public string Unprotect(string protectedValue)
    {
        if (!protectedValue.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not a protected value.");
        }

        var buffer = Convert.FromBase64String(protectedValue[Prefix.Length..]);
        var cipherLength = buffer.Length - NonceSize - TagSize;
        if (cipherLength < 0)
        {
            throw new CryptographicException("Protected value is too short.");
        }

        var plain = new byte[cipherLength];
        var aes = _cipher.Value!;
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, cipherLength), buffer.AsSpan(NonceSize + cipherLength), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// Encrypts with associated data (e.g. "table/column/row"): the result only opens with the same
    /// associated data, so a stored value copied to another row or column does not decrypt.
    /// </summary>
    public string Seal(string plaintext, string associatedData)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceSize + plain.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var aes = _cipher.Value!;
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize, plain.Length), buffer.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(associatedData));
        return SealedPrefix + Convert.ToBase64String(buffer);
    }

    public static bool IsSealed(string? value) => value is not null && value.StartsWith(SealedPrefix, StringComparison.Ordinal);

    /// <summary>Opens a <see cref="Seal"/>ed value; throws <see cref="CryptographicException"/> if it was sealed for other associated data.</summary>
    public string Open(string sealedValue, string associatedData)
    {
        if (!IsSealed(sealedValue))
        {
            throw new CryptographicException("Not a sealed value.");
        }

        var buffer = Convert.FromBase64String(sealedValue[SealedPrefix.Length..]);
        var cipherLength = buffer.Length - NonceSize - TagSize;
        if (cipherLength < 0)
        {
            throw new CryptographicException("Sealed value is too short.");
        }

        var plain = new byte[cipherLength];
        var aes = _cipher.Value!;
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, cipherLength), buffer.AsSpan(NonceSize + cipherLength), plain, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Encrypts a file's bytes (inbound media) bound to <paramref name="associatedData"/>.</summary>
    public byte[] SealBytes(ReadOnlySpan<byte> plain, string associatedData)
    {
        var buffer = new byte[NonceSize + plain.Length + TagSize];
        RandomNumberGenerator.Fill(buffer.AsSpan(0, NonceSize));
        var aes = _cipher.Value!;
        aes.Encrypt(buffer.AsSpan(0, NonceSize), plain, buffer.AsSpan(NonceSize, plain.Length), buffer.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(associatedData));
        return buffer;
    }

    public byte[] OpenBytes(ReadOnlySpan<byte> sealedBytes, string associatedData)
    {
        var cipherLength = sealedBytes.Length - NonceSize - TagSize;
        if (cipherLength < 0)
        {
            throw new CryptographicException("Sealed file is too short.");
        }

        var plain = new byte[cipherLength];
        var aes = _cipher.Value!;
        aes.Decrypt(sealedBytes[..NonceSize], sealedBytes.Slice(NonceSize, cipherLength), sealedBytes[(NonceSize + cipherLength)..], plain, Encoding.UTF8.GetBytes(associatedData));
        return plain;
    }

    /// <summary>A stable keyed hash (hex, 32 chars) for lookups by a personal value.</summary>
    public string Hash(string value)
    {
        var mac = HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    /// <summary>A key for another purpose (e.g. signing links), derived so it reveals nothing of this one's.</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, 32, info: Encoding.UTF8.GetBytes("pstbot-" + purpose));
}
