using System.Globalization;
using System.Security.Cryptography;
using Bot.Host.Configuration;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Bot.Host.Channels.Mail;

/// <summary>
/// The "mail" channel: delivers outbox emails through SMTP (MailKit), or, when no SMTP host is
/// configured, writes each one as an .eml file to {DataDir}/mail/ and logs that it was not sent.
/// The recipient in the row is encrypted (PersonalData) and only decrypted here.
/// </summary>
public sealed partial class MailChannelSender(
    IOptions<MailOptions> options,
    PersonalData personal,
    DataDirectory dataDir,
    TimeProvider clock,
    ILogger<MailChannelSender> logger) : IChannelSender
{
    private readonly MailOptions _options = options.Value;

    public string Channel => ChannelNames.Mail;

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        MimeMessage mail;
        string recipient;
        try
        {
            recipient = message.Recipient.StartsWith("v1:", StringComparison.Ordinal) ? personal.Unprotect(message.Recipient) : message.Recipient;
            var payload = MessageJson.Deserialize<MailPayload>(message.Payload);
            mail = new MimeMessage();
            mail.From.Add(MailboxAddress.Parse(_options.From));
            mail.To.Add(MailboxAddress.Parse(recipient));
            mail.Subject = payload.Subject;
            mail.Body = new TextPart("plain") { Text = payload.TextBody };
            mail.Date = clock.GetUtcNow();
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ParseException or System.Text.Json.JsonException)
        {
            return SendResult.Failed($"The mail row cannot be read: {e.GetType().Name}.");
        }

        var host = _options.Smtp.Host;
        if (string.IsNullOrWhiteSpace(host))
        {
            var path = await WriteFileAsync(mail, message.Id, cancellationToken);
            LogWrittenToFile(logger, Mask.Email(recipient), path);
            return SendResult.Sent("file:" + Path.GetFileName(path));
        }

        return await SendSmtpAsync(mail, host, recipient, cancellationToken);
    }

    private async Task<SendResult> SendSmtpAsync(MimeMessage mail, string host, string recipient, CancellationToken cancellationToken)
    {
        var smtp = _options.Smtp;
        using var client = new SmtpClient();
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }

            var response = await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            LogSent(logger, Mask.Email(recipient), host);
            return SendResult.Sent(mail.MessageId ?? response);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            // A permanent refusal (unknown mailbox, policy): retrying will not help.
            var error = Hide(e.Message, recipient);
            LogRefused(logger, Mask.Email(recipient), (int)e.StatusCode, error);
            return SendResult.Failed($"SMTP refused the message: {(int)e.StatusCode} {error}");
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException or SslHandshakeException)
        {
            return SendResult.Retry($"SMTP {host}:{smtp.Port}: {e.GetType().Name}: {Hide(e.Message, recipient)}");
        }
    }

    // Server replies often quote the mailbox; the error is stored and logged, so mask it.
    private static string Hide(string message, string recipient) =>
        message.Replace(recipient, Mask.Email(recipient), StringComparison.OrdinalIgnoreCase);

    private async Task<string> WriteFileAsync(MimeMessage mail, long rowId, CancellationToken cancellationToken)
    {
        var folder = dataDir.Combine("mail");
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{rowId}.eml";
        var path = Path.Combine(folder, name);

        // Written aside and moved, so a reader never sees half a message.
        var temp = path + ".tmp";
        await mail.WriteToAsync(temp, cancellationToken);
        File.Move(temp, path, overwrite: true);
        return path;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {Recipient} was NOT sent: Mail:Smtp:Host is not set, so it was written to {Path}.")]
    private static partial void LogWrittenToFile(ILogger logger, string recipient, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail to {Recipient} sent through {Host}.")]
    private static partial void LogSent(ILogger logger, string recipient, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP refused mail to {Recipient}: {StatusCode} {Error}")]
    private static partial void LogRefused(ILogger logger, string recipient, int statusCode, string error);
}
