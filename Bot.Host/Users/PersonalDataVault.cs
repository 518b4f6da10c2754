using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Privacy;

namespace Bot.Host.Users;

/// <summary>Seals dialog-held personal data with the personal-data key and blanks stored messages that carried it.</summary>
public sealed class PersonalDataVault(PersonalData personal, TurnScope turn) : IPersonalDataVault
{
    private const string Removed = "[data pribadi dihapus / personal data removed]";

    public string Seal(string value) => personal.Protect(value);

    public string Unseal(string sealedValue) => personal.Unprotect(sealedValue);

    public void ForgetCurrentMessage()
    {
        // The turn saves its inbox row, this change included.
        var row = turn.Message;
        var inbound = MessageJson.Deserialize<Inbound>(row.Payload);
        row.Payload = MessageJson.Serialize(inbound with
        {
            Text = inbound.Text is null ? null : Removed,
            Sender = inbound.Sender is { } sender ? sender with { Phone = null } : null,
        });
    }
}
