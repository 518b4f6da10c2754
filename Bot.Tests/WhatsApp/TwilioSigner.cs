using System.Security.Cryptography;
using System.Text;

namespace Bot.Tests.WhatsApp;

/// <summary>
/// Signs a webhook as Twilio documents it, independently of Twilio's library: HMAC-SHA1 keyed
/// with the auth token over the full URL followed by each POST parameter's name and value,
/// sorted by name, then base64.
/// </summary>
public static class TwilioSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
