using Bot.Dialogs.GuestBook;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Registration;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

namespace Bot.Dialogs.Account;

/// <summary>
/// The user's own data (UU 27/2022): see it masked ("data saya", argument "show"), change a
/// field ("ubah data", "edit") or delete the account ("hapus data saya", "delete"). Without an
/// argument it shows a small menu. An unregistered chat is sent to registration, except for
/// deletion, where there is nothing to delete. What cannot be undone needs a fresh code mailed
/// to the email on file (step-up), so whoever holds a chat cannot erase nor take over the
/// account: deletion after "yes", an email change before the new address is asked (which then
/// gets its own code, proving it works).
/// </summary>
public sealed class AccountDialog(IUserDirectory users, IPersonalDataVault vault) : Dialog<AccountState>
{
    public const string ShowArgument = "show";
    public const string EditArgument = "edit";
    public const string DeleteArgument = "delete";

    private const string ShowChoice = "a:show";
    private const string EditChoice = "a:edit";
    private const string GuestBookChoice = "a:guestbook";
    private const string DeleteChoice = "a:delete";
    private const string BackChoice = "a:back";
    private const string YesDeleteChoice = "a:yesdelete";
    private const string KeepChoice = "a:keep";

    private static readonly IReadOnlyList<(string Id, Bilingual Label, AccountTrigger Trigger)> s_fields =
    [
        ("a:f:name", AccountTexts.FieldName, AccountTrigger.EditName),
        ("a:f:email", AccountTexts.FieldEmail, AccountTrigger.EditEmail),
        ("a:f:id", AccountTexts.FieldIdentity, AccountTrigger.EditIdentity),
        ("a:f:occ", AccountTexts.FieldOccupation, AccountTrigger.EditOccupation),
        ("a:f:phone", AccountTexts.FieldPhone, AccountTrigger.EditPhone),
    ];

    public override string Name => DialogNames.Account;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, AccountState state, string? argument, CancellationToken cancellationToken)
    {
        var userId = await users.FindCurrentUserAsync(cancellationToken);
        context.Conversation.UserId = userId;
        if (userId is null)
        {
            if (argument == DeleteArgument)
            {
                context.Say(AccountTexts.NothingStored);
                return DialogOutcome.End(DialogResult.Completed);
            }

            context.Say(AccountTexts.NotRegistered);
            return DialogOutcome.Switch(DialogNames.Register);
        }

        state.UserId = userId;
        var machine = Build(state);
        switch (argument)
        {
            case ShowArgument:
                return await ShowAsync(context, state, cancellationToken);
            case EditArgument:
                machine.Fire(AccountTrigger.Edit);
                break;
            case DeleteArgument:
                machine.Fire(AccountTrigger.Delete);
                break;
            default:
                machine.Fire(AccountTrigger.ShowMenu);
                break;
        }

        await AskAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        var machine = Build(state);
        var userId = state.UserId!;
        switch (state.Step)
        {
            case AccountStep.Menu:
                switch (context.ChoiceId)
                {
                    case ShowChoice:
                        return await ShowAsync(context, state, cancellationToken);
                    case EditChoice:
                        machine.Fire(AccountTrigger.Edit);
                        break;
                    case DeleteChoice:
                        machine.Fire(AccountTrigger.Delete);
                        break;
                    case GuestBookChoice:
                        return DialogOutcome.Switch(DialogNames.GuestBook, GuestBookDialog.ManualArgument);
                    case BackChoice:
                        return DialogOutcome.End();
                    default:
                        context.BadAnswer(RegistrationTexts.ChooseOneButton);
                        break;
                }

                break;

            case AccountStep.ChoosingField:
                if (s_fields.FirstOrDefault(f => f.Id == context.ChoiceId) is not { Id: not null } field)
                {
                    context.BadAnswer(RegistrationTexts.ChooseOneButton);
                    break;
                }

                machine.Fire(field.Trigger);
                if (state.Step == AccountStep.OldEmailCode)
                {
                    return await SendStepUpAsync(context, state, cancellationToken);
                }

                break;

            case AccountStep.OldEmailCode:
            case AccountStep.DeleteCode:
                return await ContinueStepUpAsync(context, state, machine, cancellationToken);

            case AccountStep.Name:
                vault.ForgetCurrentMessage();
                if (ProfileInput.Name(context.Text) is not { } name)
                {
                    context.BadAnswer(RegistrationTexts.BadName);
                    break;
                }

                return await SaveAsync(context, userId, new ProfileUpdate { FullName = name }, cancellationToken);

            case AccountStep.Email:
                vault.ForgetCurrentMessage();
                if (ProfileInput.Email(context.Text) is not { } email)
                {
                    context.BadAnswer(RegistrationTexts.BadEmail);
                    break;
                }

                if (await users.EmailHasAccountAsync(email, cancellationToken))
                {
                    context.BadAnswer(AccountTexts.EmailTaken);
                    break;
                }

                state.SealedEmail = vault.Seal(email);
                machine.Fire(AccountTrigger.EmailGiven);
                if (!await ProfileQuestions.SendCodeAsync(context, users, email, cancellationToken))
                {
                    ProfileQuestions.AskCode(context, email);
                }

                return DialogOutcome.Wait;

            case AccountStep.Code:
                var newEmail = vault.Unseal(state.SealedEmail!);
                if (ProfileQuestions.WantsOtherEmail(context))
                {
                    machine.Fire(AccountTrigger.EditEmail);
                    break;
                }

                if (ProfileQuestions.WantsResend(context))
                {
                    if (!await ProfileQuestions.SendCodeAsync(context, users, newEmail, cancellationToken))
                    {
                        ProfileQuestions.AskCode(context, newEmail);
                    }

                    return DialogOutcome.Wait;
                }

                if (!await ProfileQuestions.CheckCodeAsync(context, users, newEmail, cancellationToken))
                {
                    break;
                }

                return await SaveAsync(context, userId, new ProfileUpdate { Email = newEmail }, cancellationToken);

            case AccountStep.IdentityType:
                if (ProfileQuestions.ReadIdentityType(context) is not { } type)
                {
                    context.BadAnswer(RegistrationTexts.BadIdentityType);
                    break;
                }

                state.IdentityType = type;
                machine.Fire(AccountTrigger.IdentityTypeGiven);
                break;

            case AccountStep.IdentityNumber:
                vault.ForgetCurrentMessage();
                if (ProfileQuestions.ReadIdentityNumber(context, state.IdentityType!) is not { } number)
                {
                    break;
                }

                return await SaveAsync(context, userId, new ProfileUpdate { IdentityType = state.IdentityType, IdentityNumber = number }, cancellationToken);

            case AccountStep.Occupation:
                if (ProfileQuestions.ReadOccupation(context) is not { } occupation)
                {
                    context.BadAnswer(RegistrationTexts.BadOccupation);
                    break;
                }

                state.Occupation = occupation;
                machine.Fire(AccountTrigger.OccupationGiven);
                break;

            case AccountStep.Institution:
                if (ProfileQuestions.ReadInstitution(context) is not { } institution)
                {
                    break;
                }

                return await SaveAsync(context, userId, new ProfileUpdate { Occupation = state.Occupation, Institution = institution }, cancellationToken);

            case AccountStep.Phone:
                vault.ForgetCurrentMessage();
                if (ProfileQuestions.ReadPhone(context, await users.ChannelPhoneAsync(cancellationToken)) is not { } phone)
                {
                    break;
                }

                return await SaveAsync(context, userId, new ProfileUpdate { Phone = phone }, cancellationToken);

            case AccountStep.ConfirmDelete:
                if (context.ChoiceId == YesDeleteChoice)
                {
                    machine.Fire(AccountTrigger.DeleteConfirmed);
                    return await SendStepUpAsync(context, state, cancellationToken);
                }

                if (context.ChoiceId == KeepChoice)
                {
                    context.Say(AccountTexts.Kept);
                    return DialogOutcome.End();
                }

                context.BadAnswer(RegistrationTexts.ChooseOneButton);
                break;

            default:
                return DialogOutcome.End();
        }

        await AskAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    protected override Task OnRepromptAsync(TurnContext context, AccountState state, CancellationToken cancellationToken) =>
        AskAsync(context, state, cancellationToken);

    /// <summary>The dialog's state graph in DOT, for docs/registration.md.</summary>
    public static string Graph() => UmlDotGraph.Format(Build(new AccountState()).GetInfo());

    private async Task<DialogOutcome> ShowAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        if (await users.GetProfileAsync(state.UserId!, cancellationToken) is not { } profile)
        {
            context.Conversation.UserId = null;
            context.Say(AccountTexts.NothingStored);
            return DialogOutcome.End();
        }

        context.Say(
            AccountTexts.Profile,
            profile.FullName,
            profile.MaskedEmail,
            profile.IdentityType,
            profile.MaskedIdentityNumber,
            ProfileQuestions.OccupationLabel(profile.Occupation).In(context.Language),
            profile.Institution,
            profile.MaskedPhone,
            Formats.Moment(profile.RegisteredAt, context.Language),
            string.Join(", ", profile.Channels),
            profile.GuestBookEntries);
        return DialogOutcome.End();
    }

    /// <summary>Mails a fresh code to the email on file; when refused, says why and changes nothing.</summary>
    private async Task<DialogOutcome> SendStepUpAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        var result = await users.SendAccountCodeAsync(state.UserId!, Purpose(state), context.Language, cancellationToken);
        if (!result.Sent)
        {
            ProfileQuestions.SayRefusal(context, result, AccountTexts.AccountCodeLimit);
            return DialogOutcome.End();
        }

        state.MaskedAccountEmail = result.MaskedEmail;
        context.Ask(state.Step == AccountStep.DeleteCode ? AccountTexts.DeleteCodeSent : AccountTexts.OldEmailCodeSent, StepUpChoices(), result.MaskedEmail);
        return DialogOutcome.Wait;
    }

    /// <summary>The typed step-up code: a resend, a change of mind, or the code that lets the step go ahead.</summary>
    private async Task<DialogOutcome> ContinueStepUpAsync(TurnContext context, AccountState state, StateMachine<AccountStep, AccountTrigger> machine, CancellationToken cancellationToken)
    {
        if (context.ChoiceId == KeepChoice)
        {
            context.Say(state.Step == AccountStep.DeleteCode ? AccountTexts.Kept : AccountTexts.NotChanged);
            return DialogOutcome.End();
        }

        if (ProfileQuestions.WantsResend(context))
        {
            var resent = await users.SendAccountCodeAsync(state.UserId!, Purpose(state), context.Language, cancellationToken);
            if (!resent.Sent)
            {
                ProfileQuestions.SayRefusal(context, resent, AccountTexts.AccountCodeLimit);
                return DialogOutcome.Wait;
            }

            context.Ask(RegistrationTexts.CodeSent, StepUpChoices(), resent.MaskedEmail);
            return DialogOutcome.Wait;
        }

        if (!await ProfileQuestions.CheckCodeAsync(context, (code, ct) => users.VerifyAccountCodeAsync(state.UserId!, code, ct), cancellationToken))
        {
            return DialogOutcome.Wait;
        }

        if (state.Step == AccountStep.DeleteCode)
        {
            await users.DeleteAsync(state.UserId!, cancellationToken);
            context.Conversation.UserId = null;
            context.Say(AccountTexts.Deleted);
            return DialogOutcome.End();
        }

        machine.Fire(AccountTrigger.OldEmailConfirmed);
        await AskAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    private static StepUpPurpose Purpose(AccountState state) =>
        state.Step == AccountStep.DeleteCode ? StepUpPurpose.DeleteAccount : StepUpPurpose.ChangeEmail;

    private static IEnumerable<Choice> StepUpChoices() =>
        [new Choice(ProfileQuestions.ResendChoice, AccountTexts.Resend), new Choice(KeepChoice, AccountTexts.NoKeep)];

    private async Task<DialogOutcome> SaveAsync(TurnContext context, string userId, ProfileUpdate update, CancellationToken cancellationToken)
    {
        await users.UpdateAsync(userId, update, cancellationToken);
        context.Say(AccountTexts.Updated);
        return DialogOutcome.End();
    }

    private async Task AskAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        switch (state.Step)
        {
            case AccountStep.Menu:
                context.Ask(AccountTexts.Menu,
                [
                    new Choice(ShowChoice, AccountTexts.ShowData),
                    new Choice(EditChoice, AccountTexts.EditData),
                    new Choice(GuestBookChoice, AccountTexts.SignGuestBook),
                    new Choice(DeleteChoice, AccountTexts.DeleteData),
                    new Choice(BackChoice, AccountTexts.Back),
                ]);
                break;
            case AccountStep.ChoosingField:
                context.Ask(AccountTexts.ChooseField, s_fields.Select(f => new Choice(f.Id, f.Label)));
                break;
            case AccountStep.Name:
                context.Say(RegistrationTexts.AskName);
                break;
            case AccountStep.Email:
                context.Say(RegistrationTexts.AskEmail);
                break;
            case AccountStep.Code:
                ProfileQuestions.AskCode(context, vault.Unseal(state.SealedEmail!));
                break;
            case AccountStep.IdentityType:
                context.Ask(RegistrationTexts.AskIdentityType, ProfileQuestions.IdentityChoices);
                break;
            case AccountStep.IdentityNumber:
                ProfileQuestions.AskIdentityNumber(context, state.IdentityType!);
                break;
            case AccountStep.Occupation:
                context.Ask(RegistrationTexts.AskOccupation, ProfileQuestions.OccupationChoices);
                break;
            case AccountStep.Institution:
                context.Say(RegistrationTexts.AskInstitution);
                break;
            case AccountStep.Phone:
                ProfileQuestions.AskPhone(context, await users.ChannelPhoneAsync(cancellationToken));
                break;
            case AccountStep.ConfirmDelete:
                context.Ask(AccountTexts.ConfirmDelete, [new Choice(YesDeleteChoice, AccountTexts.YesDelete), new Choice(KeepChoice, AccountTexts.NoKeep)]);
                break;
            case AccountStep.DeleteCode:
            case AccountStep.OldEmailCode:
                context.Ask(AccountTexts.AskAccountCode, StepUpChoices(), state.MaskedAccountEmail);
                break;
        }
    }

    private static StateMachine<AccountStep, AccountTrigger> Build(AccountState state)
    {
        var machine = new StateMachine<AccountStep, AccountTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(AccountStep.Start)
            .Permit(AccountTrigger.ShowMenu, AccountStep.Menu)
            .Permit(AccountTrigger.Edit, AccountStep.ChoosingField)
            .Permit(AccountTrigger.Delete, AccountStep.ConfirmDelete);
        machine.Configure(AccountStep.Menu)
            .Permit(AccountTrigger.Edit, AccountStep.ChoosingField)
            .Permit(AccountTrigger.Delete, AccountStep.ConfirmDelete);
        machine.Configure(AccountStep.ChoosingField)
            .Permit(AccountTrigger.EditName, AccountStep.Name)
            .Permit(AccountTrigger.EditEmail, AccountStep.OldEmailCode)
            .Permit(AccountTrigger.EditIdentity, AccountStep.IdentityType)
            .Permit(AccountTrigger.EditOccupation, AccountStep.Occupation)
            .Permit(AccountTrigger.EditPhone, AccountStep.Phone);
        machine.Configure(AccountStep.ConfirmDelete).Permit(AccountTrigger.DeleteConfirmed, AccountStep.DeleteCode);
        machine.Configure(AccountStep.OldEmailCode).Permit(AccountTrigger.OldEmailConfirmed, AccountStep.Email);
        machine.Configure(AccountStep.Email).Permit(AccountTrigger.EmailGiven, AccountStep.Code);
        machine.Configure(AccountStep.Code).Permit(AccountTrigger.EditEmail, AccountStep.Email);
        machine.Configure(AccountStep.IdentityType).Permit(AccountTrigger.IdentityTypeGiven, AccountStep.IdentityNumber);
        machine.Configure(AccountStep.Occupation).Permit(AccountTrigger.OccupationGiven, AccountStep.Institution);
        return machine;
    }
}
