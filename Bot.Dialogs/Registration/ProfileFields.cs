using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Registration;

/// <summary>
/// The profile's questions, in the order registration walks them; "ubah data" edits one (or a
/// pair: identity type and number, occupation and institution) with the very same objects.
/// </summary>
public sealed class ProfileFields
{
    public ProfileFields(IUserDirectory users, IPersonalDataVault vault)
    {
        Name = new ProfileField(
            "name",
            vault,
            personal: true,
            (context, _, _) => Say(context, RegistrationTexts.AskName),
            (context, _, _) => Task.FromResult(OrRefuse(context, ProfileInput.Name(context.Text), RegistrationTexts.BadName)),
            (draft, sealedName) => draft.SealedName = sealedName);
        Email = new ProfileField(
            "email",
            vault,
            personal: true,
            (context, _, _) => Say(context, RegistrationTexts.AskEmail),
            (context, _, _) => Task.FromResult(OrRefuse(context, ProfileInput.Email(context.Text), RegistrationTexts.BadEmail)),
            (draft, sealedEmail) => draft.SealedEmail = sealedEmail);
        IdentityType = new ProfileField(
            "identity type",
            vault,
            personal: false,
            (context, _, _) => Done(() => context.Ask(RegistrationTexts.AskIdentityType, ProfileQuestions.IdentityChoices)),
            (context, _, _) => Task.FromResult(OrRefuse(context, ProfileQuestions.ReadIdentityType(context), RegistrationTexts.BadIdentityType)),
            (draft, type) => draft.IdentityType = type);
        IdentityNumber = new ProfileField(
            "identity number",
            vault,
            personal: true,
            (context, draft, _) => Done(() => ProfileQuestions.AskIdentityNumber(context, draft.IdentityType!)),
            (context, draft, _) => Task.FromResult(ProfileQuestions.ReadIdentityNumber(context, draft.IdentityType!)),
            (draft, sealedNumber) => draft.SealedIdentityNumber = sealedNumber);
        Occupation = new ProfileField(
            "occupation",
            vault,
            personal: false,
            (context, _, _) => Done(() => context.Ask(RegistrationTexts.AskOccupation, ProfileQuestions.OccupationChoices)),
            (context, _, _) => Task.FromResult(OrRefuse(context, ProfileQuestions.ReadOccupation(context), RegistrationTexts.BadOccupation)),
            (draft, occupation) => draft.Occupation = occupation);
        Institution = new ProfileField(
            "institution",
            vault,
            personal: false,
            (context, _, _) => Say(context, RegistrationTexts.AskInstitution),
            (context, _, _) => Task.FromResult(ProfileQuestions.ReadInstitution(context)),
            (draft, institution) => draft.Institution = institution);
        Phone = new ProfileField(
            "phone",
            vault,
            personal: true,
            async (context, _, ct) => ProfileQuestions.AskPhone(context, await users.ChannelPhoneAsync(ct)),
            async (context, _, ct) => ProfileQuestions.ReadPhone(context, await users.ChannelPhoneAsync(ct)),
            (draft, sealedPhone) => draft.SealedPhone = sealedPhone);
    }

    public ProfileField Name { get; }

    public ProfileField Email { get; }

    public ProfileField IdentityType { get; }

    public ProfileField IdentityNumber { get; }

    public ProfileField Occupation { get; }

    public ProfileField Institution { get; }

    public ProfileField Phone { get; }

    /// <summary>What the draft holds, as a change to an account: only the fields that were answered.</summary>
    public static ProfileUpdate Update(IProfileDraft draft, IPersonalDataVault vault) => new()
    {
        FullName = Unseal(vault, draft.SealedName),
        Email = Unseal(vault, draft.SealedEmail),
        IdentityType = draft.IdentityType,
        IdentityNumber = Unseal(vault, draft.SealedIdentityNumber),
        Occupation = draft.Occupation,
        Institution = draft.Institution,
        Phone = Unseal(vault, draft.SealedPhone),
    };

    private static string? Unseal(IPersonalDataVault vault, string? sealedValue) =>
        sealedValue is null ? null : vault.Unseal(sealedValue);

    /// <summary>The value, or null after saying why it was refused.</summary>
    private static string? OrRefuse(TurnContext context, string? value, Bilingual reason)
    {
        if (value is null)
        {
            context.BadAnswer(reason);
        }

        return value;
    }

    private static Task Say(TurnContext context, Bilingual text) => Done(() => context.Say(text));

    private static Task Done(Action act)
    {
        act();
        return Task.CompletedTask;
    }
}
