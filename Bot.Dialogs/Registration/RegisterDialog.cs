using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;

namespace Bot.Dialogs.Registration;

/// <summary>
/// Registration: consent → name → email → code → identity type → number → occupation →
/// institution → phone → summary. The personal-data notice comes first because UU 27/2022
/// (Pasal 21) wants the information before any collection. Only the confirmation creates the account, so cancelling at any
/// step leaves nothing saved. An email that already has an account links this chat to it instead.
/// Ends with a succeeded result when the chat is registered, so a caller (read, download) resumes.
/// </summary>
public sealed class RegisterDialog(IUserDirectory users, IPersonalDataVault vault, PrivacyNotice privacy) : Dialog<RegisterState>
{
    private const string AgreeChoice = "r:agree";
    private const string DisagreeChoice = "r:disagree";
    private const string SaveChoice = "r:save";
    private const string CancelChoice = "r:cancel";

    private readonly ProfileFields _fields = new(users, vault);

    public override string Name => DialogNames.Register;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, RegisterState state, string? argument, CancellationToken cancellationToken)
    {
        if (await users.FindCurrentUserAsync(cancellationToken) is { } userId)
        {
            context.Conversation.UserId = userId;
            context.Say(RegistrationTexts.AlreadyRegistered);
            return DialogOutcome.End(DialogResult.Completed);
        }

        context.Say(RegistrationTexts.Intro);
        return await Build(context, state, cancellationToken).FireAsync(RegisterTrigger.Next);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync(DialogOutcome.End(DialogResult.Cancelled));

    protected override Task OnRepromptAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for docs/registration.md.</summary>
    public static string Graph() =>
        new RegisterDialog(null!, null!, null!).Build(null!, new RegisterState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<RegisterStep, RegisterTrigger> Build(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<RegisterStep, RegisterTrigger>(() => state.Step, s => state.Step = s, RegisterTrigger.Reply, RegisterTrigger.Reprompt);
        var machine = dialog.Machine;
        var answer = dialog.Carrying<string?>(RegisterTrigger.Answer);
        var choose = dialog.Carrying<string?>(RegisterTrigger.Choose);
        var verified = dialog.Carrying<bool>(RegisterTrigger.Verified);

        // One profile field per step: asked on entry, its answer read and kept by the shared field object.
        void Field(RegisterStep step, ProfileField field, RegisterStep next) =>
            dialog.Reading(
                    step,
                    "ask " + field.Name,
                    () => field.AskAsync(context, state, cancellationToken),
                    async () => await machine.FireAsync(answer, await field.TakeAsync(context, state, cancellationToken)))
                .PermitIf(answer, next, value => value is not null, field.Name + " given")
                .PermitReentryIf(answer, value => value is null, "refused");

        dialog.Configure(RegisterStep.Start).Permit(RegisterTrigger.Next, RegisterStep.Consent);

        dialog.Reading(
                RegisterStep.Consent,
                "privacy notice",
                () => privacy.AskConsent(context, AgreeChoice, DisagreeChoice),
                () => machine.FireAsync(choose, context.Chosen(RegistrationTexts.ChooseOneButton, AgreeChoice, DisagreeChoice)))
            .PermitIf(choose, RegisterStep.Name, choice => choice == AgreeChoice, "agree")
            .PermitIf(choose, RegisterStep.ConsentRefused, choice => choice == DisagreeChoice, "disagree")
            .PermitReentryIf(choose, choice => choice is null, "refused");
        dialog.Ending(RegisterStep.ConsentRefused, "nothing collected", DialogOutcome.End(DialogResult.Cancelled), () => context.Say(PrivacyTexts.ConsentRefused));

        Field(RegisterStep.Name, _fields.Name, RegisterStep.Email);
        dialog.Configure(RegisterStep.Name).OnEntryFrom(choose, _ => state.ConsentedAt = context.Now, "note consent");
        Field(RegisterStep.Email, _fields.Email, RegisterStep.Code);

        // Entered from the email, a code is sent (its message asks for it); re-entered, it is asked for again.
        dialog.Reading(
                RegisterStep.Code,
                "send code, or ask for it",
                () => SendFirstCodeAsync(context, state, cancellationToken),
                () => ProfileQuestions.AskCode(context, vault.Unseal(state.SealedEmail!)),
                () => ReadCodeAsync(context, state, machine, verified, cancellationToken))
            .InternalTransitionAsync(RegisterTrigger.Resend, _ => ResendCodeAsync(context, vault.Unseal(state.SealedEmail!), cancellationToken))
            .Permit(RegisterTrigger.ChangeEmail, RegisterStep.Email)
            .PermitIf(verified, RegisterStep.Linked, hasAccount => hasAccount, "email has an account")
            .PermitIf(verified, RegisterStep.IdentityType, hasAccount => !hasAccount, "new email");
        dialog.Ending(RegisterStep.Linked, "link this chat", DialogOutcome.End(DialogResult.Completed), () => LinkAsync(context, state, cancellationToken));

        Field(RegisterStep.IdentityType, _fields.IdentityType, RegisterStep.IdentityNumber);
        Field(RegisterStep.IdentityNumber, _fields.IdentityNumber, RegisterStep.Occupation);
        Field(RegisterStep.Occupation, _fields.Occupation, RegisterStep.Institution);
        Field(RegisterStep.Institution, _fields.Institution, RegisterStep.Phone);
        Field(RegisterStep.Phone, _fields.Phone, RegisterStep.Confirm);

        dialog.Reading(
                RegisterStep.Confirm,
                "summary",
                () => AskConfirm(context, state),
                () => machine.FireAsync(choose, context.Chosen(RegistrationTexts.ChooseOneButton, SaveChoice, CancelChoice)))
            .PermitIf(choose, RegisterStep.Registered, choice => choice == SaveChoice, "save")
            .PermitIf(choose, RegisterStep.NotSaved, choice => choice == CancelChoice, "cancel")
            .PermitReentryIf(choose, choice => choice is null, "refused");
        dialog.Ending(RegisterStep.Registered, "create account", DialogOutcome.End(DialogResult.Completed), () => CreateAsync(context, state, cancellationToken));
        dialog.Ending(RegisterStep.NotSaved, "nothing saved", DialogOutcome.End(DialogResult.Cancelled), () => context.Say(RegistrationTexts.NotSaved));
        return dialog;
    }

    /// <summary>The first code for a new email, after saying when the email already has an account.</summary>
    private async Task SendFirstCodeAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        var email = vault.Unseal(state.SealedEmail!);
        state.EmailHasAccount = await users.EmailHasAccountAsync(email, cancellationToken);
        if (state.EmailHasAccount)
        {
            context.Say(RegistrationTexts.EmailKnown);
        }

        await ResendCodeAsync(context, email, cancellationToken);
    }

    private async Task ResendCodeAsync(TurnContext context, string email, CancellationToken cancellationToken)
    {
        if (!await ProfileQuestions.SendCodeAsync(context, users, email, cancellationToken))
        {
            ProfileQuestions.AskCode(context, email);
        }
    }

    /// <summary>Another email, a resend, or the code: a right one says so and tells whether the email has an account.</summary>
    private async Task ReadCodeAsync(
        TurnContext context,
        RegisterState state,
        StateMachine<RegisterStep, RegisterTrigger> machine,
        StateMachine<RegisterStep, RegisterTrigger>.TriggerWithParameters<bool> verified,
        CancellationToken cancellationToken)
    {
        var email = vault.Unseal(state.SealedEmail!);
        if (ProfileQuestions.WantsOtherEmail(context))
        {
            await machine.FireAsync(RegisterTrigger.ChangeEmail);
        }
        else if (ProfileQuestions.WantsResend(context))
        {
            await machine.FireAsync(RegisterTrigger.Resend);
        }
        else if (!await ProfileQuestions.CheckCodeAsync(context, users, email, cancellationToken))
        {
            await machine.FireAsync(RegisterTrigger.Reprompt);
        }
        else
        {
            context.Say(RegistrationTexts.EmailVerified);
            await machine.FireAsync(verified, state.EmailHasAccount && await users.EmailHasAccountAsync(email, cancellationToken));
        }
    }

    private async Task LinkAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        var userId = await users.LinkToEmailAccountAsync(vault.Unseal(state.SealedEmail!), cancellationToken);
        context.Conversation.UserId = userId;
        var profile = await users.GetProfileAsync(userId, cancellationToken);
        context.Say(RegistrationTexts.Linked, profile?.FullName ?? "");
    }

    private void AskConfirm(TurnContext context, RegisterState state) =>
        context.Ask(
            RegistrationTexts.Summary,
            [new Choice(SaveChoice, RegistrationTexts.Save), new Choice(CancelChoice, RegistrationTexts.Cancel)],
            vault.Unseal(state.SealedName!),
            ProfileQuestions.MaskEmail(vault.Unseal(state.SealedEmail!)),
            state.IdentityType,
            ProfileQuestions.MaskIdentity(vault.Unseal(state.SealedIdentityNumber!)),
            ProfileQuestions.OccupationLabel(state.Occupation!).In(context.Language),
            state.Institution,
            ProfileQuestions.MaskPhone(vault.Unseal(state.SealedPhone!)));

    private async Task CreateAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        var user = new NewUser(
            vault.Unseal(state.SealedName!),
            vault.Unseal(state.SealedEmail!),
            state.IdentityType!,
            vault.Unseal(state.SealedIdentityNumber!),
            state.Occupation!,
            state.Institution!,
            vault.Unseal(state.SealedPhone!),
            context.Language,
            state.ConsentedAt ?? context.Now);
        context.Conversation.UserId = await users.CreateUserAsync(user, cancellationToken);
        context.Say(RegistrationTexts.Registered, user.FullName);
    }
}
