using Bot.Host.Channels.WhatsApp;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Privacy;
using Bot.Host.Storage;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// The outbox's one sender for the "whatsapp" channel. A person is one conversation whichever
/// provider they write through; each reply goes back through the provider its address names
/// (the one the user last wrote through): "whatsapp-cloud:" the Cloud API, "whatsapp:" Twilio.
/// </summary>
internal sealed class WhatsAppProviders(IServiceProvider services, PersonalData personal) : IChannelSender
{
    private readonly WhatsAppSender? _twilio = services.GetService<WhatsAppSender>();
    private readonly CloudSender? _cloud = services.GetService<CloudSender>();

    public string Channel => ChannelNames.WhatsApp;

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        For(message) is { } sender ? sender.SendAsync(message, cancellationToken) : Task.FromResult(Unavailable(message));

    public Task<IPreparedSend> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        For(message) is { } sender ? sender.PrepareAsync(message, cancellationToken) : Task.FromResult<IPreparedSend>(new DecidedSend(Unavailable(message)));

    public DateTimeOffset? NotBefore(OutboxMessage message) => For(message)?.NotBefore(message);

    private IChannelSender? For(OutboxMessage message) =>
        IsCloud(message.Recipient) ? _cloud : _twilio;

    private bool IsCloud(string recipient)
    {
        try
        {
            var address = recipient.StartsWith("v1:", StringComparison.Ordinal) ? personal.Unprotect(recipient) : recipient;
            return address.StartsWith(CloudAddress.Prefix, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            // Unreadable: the Twilio sender (or the failure below) reports it.
            return false;
        }
    }

    private SendResult Unavailable(OutboxMessage message) =>
        SendResult.Failed(IsCloud(message.Recipient)
            ? "This reply goes through the Cloud API, which is not configured on this host (MetaWhatsApp:AccessToken)."
            : "This reply goes through Twilio, which is not configured on this host (Twilio:AccountSid, Twilio:AuthToken).");
}
