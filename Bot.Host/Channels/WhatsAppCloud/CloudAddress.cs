using System.Security.Cryptography;
using System.Text;
using Bot.Host.Channels.WhatsApp;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// A user reached through the Cloud API is the same WhatsApp conversation as through Twilio (the
/// key is the hashed E.164 number); only the reply address says which provider answers:
/// "whatsapp-cloud:+62…" here, "whatsapp:+62…" for Twilio.
/// </summary>
internal static class CloudAddress
{
    public const string Prefix = "whatsapp-cloud:";

    public static string For(string e164) => Prefix + e164;

    /// <summary>The E.164 number of a Cloud address, or null.</summary>
    public static string? ToE164(string address) =>
        address.StartsWith(Prefix, StringComparison.Ordinal) ? PhoneNumbers.ToE164(address[Prefix.Length..]) : null;

    /// <summary>The Graph API's "to": the number's digits without "+".</summary>
    public static string GraphTo(string e164) => e164.TrimStart('+');

    /// <summary>
    /// WhatsAppDelivery.MessageSid holds 64 characters; a longer wamid is kept as its hash, the
    /// same mapping the status webhook uses to find it.
    /// </summary>
    public static string DeliveryKey(string wamid) =>
        wamid.Length <= 64 ? wamid : "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(wamid)))[..62];
}
