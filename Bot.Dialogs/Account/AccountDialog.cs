using Bot.Dialogs.GuestBook;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Registration;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;

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

    private static readonly IReadOnlyList<(string Id, Bilingual Label, AccountStep Step)> s_fields =
    [
        ("a:f:name", AccountTexts.FieldName, AccountStep.Name),
        ("a:f:email", AccountTexts.FieldEmail, AccountStep.OldEmailCode),
        ("a:f:id", AccountTexts.FieldIdentity, AccountStep.IdentityType),
        ("a:f:occ", AccountTexts.FieldOccupation, AccountStep.Occupation),
        ("a:f:phone", AccountTexts.FieldPhone, AccountStep.Phone),
    ];

    private readonly ProfileFields _fields = new(users, vault);

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
        return await Build(context, state, cancellationToken).FireAsync(argument switch
        {
            ShowArgument => AccountTrigger.Show,
            EditArgument => AccountTrigger.Edit,
            DeleteArgument => AccountTrigger.Delete,
            _ => AccountTrigger.ShowMenu,
        });
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, AccountState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    protected override Task OnRepromptAsync(TurnContext context, AccountState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for docs/registration.md.</summary>
    public static string Graph() =>
        new AccountDialog(null!, null!).Build(null!, new AccountState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<AccountStep, AccountTrigger> Build(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<AccountStep, AccountTrigger>(() => state.Step, s => state.Step = s, AccountTrigger.Reply, AccountTrigger.Reprompt);
        var machine = dialog.Machine;
        var answer = dialog.Carrying<string?>(AccountTrigger.Answer);
        var choose = dialog.Carrying<string?>(AccountTrigger.Choose);

        // A profile field, asked and read by the object registration uses too; then saved or the next question.
        StateMachine<AccountStep, AccountTrigger>.StateConfiguration Field(AccountStep step, ProfileField field, AccountStep next, Func<Task<string?>>? take = null) =>
            dialog.Reading(
                    step,
                    "ask " + field.Name,
                    () => field.AskAsync(context, state, cancellationToken),
                    async () => await machine.FireAsync(answer, await (take ?? (() => field.TakeAsync(context, state, cancellationToken)))()))
                .PermitIf(answer, next, value => value is not null, field.Name + " given")
                .PermitReentryIf(answer, value => value is null, "refused");

        Task Choose(Bilingual refusal, params string[] offered) => machine.FireAsync(choose, context.Chosen(refusal, offered));

        dialog.Configure(AccountStep.Start)
            .Permit(AccountTrigger.ShowMenu, AccountStep.Menu)
            .Permit(AccountTrigger.Show, AccountStep.Shown)
            .Permit(AccountTrigger.Edit, AccountStep.ChoosingField)
            .Permit(AccountTrigger.Delete, AccountStep.ConfirmDelete);

        dialog.Reading(
                AccountStep.Menu,
                "menu",
                () => context.Ask(AccountTexts.Menu,
                [
                    new Choice(ShowChoice, AccountTexts.ShowData),
                    new Choice(EditChoice, AccountTexts.EditData),
                    new Choice(GuestBookChoice, AccountTexts.SignGuestBook),
                    new Choice(DeleteChoice, AccountTexts.DeleteData),
                    new Choice(BackChoice, AccountTexts.Back),
                ]),
                () => Choose(RegistrationTexts.ChooseOneButton, ShowChoice, EditChoice, GuestBookChoice, DeleteChoice, BackChoice))
            .PermitIf(choose, AccountStep.Shown, choice => choice == ShowChoice, "show")
            .PermitIf(choose, AccountStep.ChoosingField, choice => choice == EditChoice, "edit")
            .PermitIf(choose, AccountStep.SigningGuestBook, choice => choice == GuestBookChoice, "guest book")
            .PermitIf(choose, AccountStep.ConfirmDelete, choice => choice == DeleteChoice, "delete")
            .PermitIf(choose, AccountStep.Closed, choice => choice == BackChoice, "back")
            .PermitReentryIf(choose, choice => choice is null, "refused");
        dialog.Ending(AccountStep.Shown, "show masked data", DialogOutcome.End(), () => ShowAsync(context, state, cancellationToken));
        dialog.Ending(AccountStep.SigningGuestBook, "switch to the guest book", DialogOutcome.Switch(DialogNames.GuestBook, GuestBookDialog.ManualArgument));
        dialog.Ending(AccountStep.Closed, "back to the menu", DialogOutcome.End());

        var choosing = dialog.Reading(
                AccountStep.ChoosingField,
                "which field",
                () => context.Ask(AccountTexts.ChooseField, s_fields.Select(f => new Choice(f.Id, f.Label))),
                () => Choose(RegistrationTexts.ChooseOneButton, [.. s_fields.Select(f => f.Id)]))
            .PermitReentryIf(choose, choice => choice is null, "refused");
        foreach (var (id, _, step) in s_fields)
        {
            choosing.PermitIf(choose, step, choice => choice == id, id);
        }

        // Changing the email first proves the old one: a step-up code to it, then the new address and its own code.
        StepUp(dialog, AccountStep.OldEmailCode, StepUpPurpose.ChangeEmail, AccountTexts.OldEmailCodeSent, context, state, cancellationToken)
            .Permit(AccountTrigger.Verified, AccountStep.Email)
            .Permit(AccountTrigger.Keep, AccountStep.NotChanged);
        dialog.Ending(AccountStep.NotChanged, "nothing changed", DialogOutcome.End(), () => context.Say(AccountTexts.NotChanged));
        Field(AccountStep.Email, _fields.Email, AccountStep.Code, () => TakeNewEmailAsync(context, state, cancellationToken));
        dialog.Reading(
                AccountStep.Code,
                "send code, or ask for it",
                () => SendNewEmailCodeAsync(context, state, cancellationToken),
                () => ProfileQuestions.AskCode(context, vault.Unseal(state.SealedEmail!)),
                () => ReadNewEmailCodeAsync(context, state, machine, cancellationToken))
            .InternalTransitionAsync(AccountTrigger.Resend, _ => SendNewEmailCodeAsync(context, state, cancellationToken))
            .Permit(AccountTrigger.ChangeEmail, AccountStep.Email)
            .Permit(AccountTrigger.Verified, AccountStep.Saved);

        Field(AccountStep.Name, _fields.Name, AccountStep.Saved);
        Field(AccountStep.IdentityType, _fields.IdentityType, AccountStep.IdentityNumber);
        Field(AccountStep.IdentityNumber, _fields.IdentityNumber, AccountStep.Saved);
        Field(AccountStep.Occupation, _fields.Occupation, AccountStep.Institution);
        Field(AccountStep.Institution, _fields.Institution, AccountStep.Saved);
        Field(AccountStep.Phone, _fields.Phone, AccountStep.Saved);
        dialog.Ending(AccountStep.Saved, "save the change", DialogOutcome.End(), () => SaveAsync(context, state, cancellationToken));

        dialog.Reading(
                AccountStep.ConfirmDelete,
                "delete for good?",
                () => context.Ask(AccountTexts.ConfirmDelete, [new Choice(YesDeleteChoice, AccountTexts.YesDelete), new Choice(KeepChoice, AccountTexts.NoKeep)]),
                () => Choose(RegistrationTexts.ChooseOneButton, YesDeleteChoice, KeepChoice))
            .PermitIf(choose, AccountStep.DeleteCode, choice => choice == YesDeleteChoice, "yes")
            .PermitIf(choose, AccountStep.Kept, choice => choice == KeepChoice, "keep")
            .PermitReentryIf(choose, choice => choice is null, "refused");
        StepUp(dialog, AccountStep.DeleteCode, StepUpPurpose.DeleteAccount, AccountTexts.DeleteCodeSent, context, state, cancellationToken)
            .Permit(AccountTrigger.Verified, AccountStep.Deleted)
            .Permit(AccountTrigger.Keep, AccountStep.Kept);
        dialog.Ending(AccountStep.Kept, "nothing deleted", DialogOutcome.End(), () => context.Say(AccountTexts.Kept));
        dialog.Ending(AccountStep.Deleted, "delete the account", DialogOutcome.End(), () => DeleteAsync(context, state, cancellationToken));
        return dialog;
    }

    /// <summary>
    /// A step-up: entering mails a fresh code to the email on file (when refused, it says why and
    /// the dialog ends); the reply is a resend, a change of mind, or the code.
    /// </summary>
    private StateMachine<AccountStep, AccountTrigger>.StateConfiguration StepUp(
        DialogMachine<AccountStep, AccountTrigger> dialog, AccountStep step, StepUpPurpose purpose, Bilingual sent, TurnContext context, AccountState state, CancellationToken cancellationToken) =>
        dialog.Reading(
                step,
                "mail a step-up code, or ask for it",
                () => SendStepUpAsync(dialog, purpose, sent, context, state, cancellationToken),
                () => context.Ask(AccountTexts.AskAccountCode, StepUpChoices(), state.MaskedAccountEmail),
                () => ReadStepUpAsync(dialog.Machine, context, state, cancellationToken))
            .InternalTransitionAsync(AccountTrigger.Resend, _ => ResendStepUpAsync(purpose, context, state, cancellationToken));

    private async Task SendStepUpAsync(DialogMachine<AccountStep, AccountTrigger> dialog, StepUpPurpose purpose, Bilingual sent, TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        var result = await users.SendAccountCodeAsync(state.UserId!, purpose, context.Language, cancellationToken);
        if (!result.Sent)
        {
            ProfileQuestions.SayRefusal(context, result, AccountTexts.AccountCodeLimit);
            dialog.End(DialogOutcome.End());
            return;
        }

        state.MaskedAccountEmail = result.MaskedEmail;
        context.Ask(sent, StepUpChoices(), result.MaskedEmail);
    }

    private async Task ResendStepUpAsync(StepUpPurpose purpose, TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        var resent = await users.SendAccountCodeAsync(state.UserId!, purpose, context.Language, cancellationToken);
        if (!resent.Sent)
        {
            ProfileQuestions.SayRefusal(context, resent, AccountTexts.AccountCodeLimit);
            return;
        }

        context.Ask(RegistrationTexts.CodeSent, StepUpChoices(), resent.MaskedEmail);
    }

    /// <summary>A wrong code only says why (the code message above still stands).</summary>
    private async Task ReadStepUpAsync(StateMachine<AccountStep, AccountTrigger> machine, TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        if (context.ChoiceId == KeepChoice)
        {
            await machine.FireAsync(AccountTrigger.Keep);
        }
        else if (ProfileQuestions.WantsResend(context))
        {
            await machine.FireAsync(AccountTrigger.Resend);
        }
        else if (await ProfileQuestions.CheckCodeAsync(context, (code, ct) => users.VerifyAccountCodeAsync(state.UserId!, code, ct), cancellationToken))
        {
            await machine.FireAsync(AccountTrigger.Verified);
        }
    }

    /// <summary>The new email, refused when another account has it.</summary>
    private async Task<string?> TakeNewEmailAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        if (await _fields.Email.TakeAsync(context, state, cancellationToken) is not { } email)
        {
            return null;
        }

        if (await users.EmailHasAccountAsync(email, cancellationToken))
        {
            state.SealedEmail = null;
            context.BadAnswer(AccountTexts.EmailTaken);
            return null;
        }

        return email;
    }

    private async Task SendNewEmailCodeAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        var email = vault.Unseal(state.SealedEmail!);
        if (!await ProfileQuestions.SendCodeAsync(context, users, email, cancellationToken))
        {
            ProfileQuestions.AskCode(context, email);
        }
    }

    private async Task ReadNewEmailCodeAsync(TurnContext context, AccountState state, StateMachine<AccountStep, AccountTrigger> machine, CancellationToken cancellationToken)
    {
        if (ProfileQuestions.WantsOtherEmail(context))
        {
            await machine.FireAsync(AccountTrigger.ChangeEmail);
        }
        else if (ProfileQuestions.WantsResend(context))
        {
            await machine.FireAsync(AccountTrigger.Resend);
        }
        else if (await ProfileQuestions.CheckCodeAsync(context, users, vault.Unseal(state.SealedEmail!), cancellationToken))
        {
            await machine.FireAsync(AccountTrigger.Verified);
        }
        else
        {
            await machine.FireAsync(AccountTrigger.Reprompt);
        }
    }

    private async Task ShowAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        if (await users.GetProfileAsync(state.UserId!, cancellationToken) is not { } profile)
        {
            context.Conversation.UserId = null;
            context.Say(AccountTexts.NothingStored);
            return;
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
    }

    private static IEnumerable<Choice> StepUpChoices() =>
        [new Choice(ProfileQuestions.ResendChoice, AccountTexts.Resend), new Choice(KeepChoice, AccountTexts.NoKeep)];

    /// <summary>Saves what the draft holds: the one field (or pair) that was changed.</summary>
    private async Task SaveAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        await users.UpdateAsync(state.UserId!, ProfileFields.Update(state, vault), cancellationToken);
        context.Say(AccountTexts.Updated);
    }

    private async Task DeleteAsync(TurnContext context, AccountState state, CancellationToken cancellationToken)
    {
        await users.DeleteAsync(state.UserId!, cancellationToken);
        context.Conversation.UserId = null;
        context.Say(AccountTexts.Deleted);
    }}
