using Bot.Dialogs.Model;
using Bot.Host.Messaging;

namespace Bot.Host.Documents;

/// <summary>
/// Tells staff about a problem they must fix (a broken source PDF): a post in the staff group
/// (`Telegram:StaffChatId`) and a mail to `Staff:Emails`, both through the outbox, committed
/// with the turn that found the problem.
/// </summary>
public sealed class StaffNotices(OutboxWriter outbox, IConfiguration configuration, TimeProvider clock)
{
    public void SourceBroken(string publicationId, string title, string problem)
    {
        var text = $"⚠️ Berkas publikasi bermasalah\n{title} (ID {publicationId})\n{problem}\nPengguna sudah diberi permintaan maaf. Mohon periksa berkas di katalog. ({Formats.Moment(clock.GetUtcNow(), Language.Id)})";
        Notify($"Berkas publikasi bermasalah: {publicationId}", text);
    }

    private void Notify(string subject, string text)
    {
        if (configuration["Telegram:StaffChatId"] is { Length: > 0 } chat)
        {
            outbox.EnqueueDirect(ChannelNames.Staff, chat, MessageJson.Serialize(new Outbound(text)), orderingKey: chat);
        }

        foreach (var email in (configuration["Staff:Emails"] ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            outbox.EnqueueMail(email, new MailPayload(subject, text));
        }
    }
}
