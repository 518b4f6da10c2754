using System.Security.Cryptography;

namespace Bot.Host.Documents;

/// <summary>Delivery ids: the WITA date plus six random characters that cannot be guessed or mistyped easily.</summary>
internal static class DeliveryIds
{
    // No 0/O, 1/I/L: the id is read off a printed page.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New(DateTimeOffset now)
    {
        var wita = Bot.Dialogs.Model.Wita.ToWita(now);
        return $"DL-{wita:yyyyMMdd}-{RandomNumberGenerator.GetString(Alphabet, 6)}";
    }
}
