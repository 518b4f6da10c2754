namespace Bot.Dialogs.Registration;

/// <summary>
/// The profile answers a dialog has taken so far, personal ones sealed (see
/// <see cref="Ports.IPersonalDataVault"/>). Registration fills all of it; "ubah data" only the
/// field being changed, so what is set is what is saved.
/// </summary>
public interface IProfileDraft
{
    string? SealedName { get; set; }

    string? SealedEmail { get; set; }

    string? IdentityType { get; set; }

    string? SealedIdentityNumber { get; set; }

    string? Occupation { get; set; }

    string? Institution { get; set; }

    string? SealedPhone { get; set; }
}
