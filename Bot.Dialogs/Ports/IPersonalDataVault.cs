namespace Bot.Dialogs.Ports;

/// <summary>
/// Keeps personal data a dialog holds between turns out of storage in clear: the dialog state
/// is persisted, so values such as an identity number are kept in it sealed.
/// </summary>
public interface IPersonalDataVault
{
    /// <summary>Encrypts a value for the dialog's state.</summary>
    string Seal(string value);

    /// <summary>Decrypts a value sealed by <see cref="Seal"/>.</summary>
    string Unseal(string sealedValue);

    /// <summary>
    /// The message of the running turn holds personal data (an identity number, an email…):
    /// its stored copy in the inbox is blanked when the turn commits.
    /// </summary>
    void ForgetCurrentMessage();
}
