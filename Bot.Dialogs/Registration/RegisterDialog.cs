using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

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
        Build(state).Fire(RegisterTrigger.Next);
        await AskAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        var machine = Build(state);
        switch (state.Step)
        {
            case RegisterStep.Name:
                vault.ForgetCurrentMessage();
                if (ProfileInput.Name(context.Text) is not { } name)
                {
                    context.BadAnswer(RegistrationTexts.BadName);
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.SealedName = vault.Seal(name);
                break;

            case RegisterStep.Email:
                vault.ForgetCurrentMessage();
                if (ProfileInput.Email(context.Text) is not { } email)
                {
                    context.BadAnswer(RegistrationTexts.BadEmail);
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.SealedEmail = vault.Seal(email);
                state.EmailHasAccount = await users.EmailHasAccountAsync(email, cancellationToken);
                if (state.EmailHasAccount)
                {
                    context.Say(RegistrationTexts.EmailKnown);
                }

                machine.Fire(RegisterTrigger.Next);
                if (!await ProfileQuestions.SendCodeAsync(context, users, email, cancellationToken))
                {
                    ProfileQuestions.AskCode(context, email);
                }

                return DialogOutcome.Wait;

            case RegisterStep.Code:
                return await OnCodeAsync(context, state, machine, cancellationToken);

            case RegisterStep.IdentityType:
                if (ProfileQuestions.ReadIdentityType(context) is not { } type)
                {
                    context.BadAnswer(RegistrationTexts.BadIdentityType);
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.IdentityType = type;
                break;

            case RegisterStep.IdentityNumber:
                vault.ForgetCurrentMessage();
                if (ProfileQuestions.ReadIdentityNumber(context, state.IdentityType!) is not { } number)
                {
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.SealedIdentityNumber = vault.Seal(number);
                break;

            case RegisterStep.Occupation:
                if (ProfileQuestions.ReadOccupation(context) is not { } occupation)
                {
                    context.BadAnswer(RegistrationTexts.BadOccupation);
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.Occupation = occupation;
                break;

            case RegisterStep.Institution:
                if (ProfileQuestions.ReadInstitution(context) is not { } institution)
                {
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.Institution = institution;
                break;

            case RegisterStep.Phone:
                vault.ForgetCurrentMessage();
                if (ProfileQuestions.ReadPhone(context, await users.ChannelPhoneAsync(cancellationToken)) is not { } phone)
                {
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.SealedPhone = vault.Seal(phone);
                break;

            case RegisterStep.Consent:
                if (context.ChoiceId == DisagreeChoice)
                {
                    context.Say(PrivacyTexts.ConsentRefused);
                    return DialogOutcome.End(DialogResult.Cancelled);
                }

                if (context.ChoiceId != AgreeChoice)
                {
                    context.BadAnswer(RegistrationTexts.ChooseOneButton);
                    return await RetryAsync(context, state, cancellationToken);
                }

                state.ConsentedAt = context.Now;
                break;

            case RegisterStep.Confirm:
                return await OnConfirmAsync(context, state, cancellationToken);

            default:
                return DialogOutcome.End(DialogResult.Cancelled);
        }

        machine.Fire(RegisterTrigger.Next);
        await AskAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    protected override Task OnRepromptAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken) =>
        AskAsync(context, state, cancellationToken);

    /// <summary>The dialog's state graph in DOT, for docs/registration.md.</summary>
    public static string Graph() => UmlDotGraph.Format(Build(new RegisterState()).GetInfo());

    private async Task<DialogOutcome> OnCodeAsync(TurnContext context, RegisterState state, StateMachine<RegisterStep, RegisterTrigger> machine, CancellationToken cancellationToken)
    {
        var email = vault.Unseal(state.SealedEmail!);
        if (ProfileQuestions.WantsOtherEmail(context))
        {
            machine.Fire(RegisterTrigger.ChangeEmail);
            await AskAsync(context, state, cancellationToken);
            return DialogOutcome.Wait;
        }

        if (ProfileQuestions.WantsResend(context))
        {
            if (!await ProfileQuestions.SendCodeAsync(context, users, email, cancellationToken))
            {
                ProfileQuestions.AskCode(context, email);
            }

            return DialogOutcome.Wait;
        }

        if (!await ProfileQuestions.CheckCodeAsync(context, users, email, cancellationToken))
        {
            ProfileQuestions.AskCode(context, email);
            return DialogOutcome.Wait;
        }

        context.Say(RegistrationTexts.EmailVerified);
        if (state.EmailHasAccount && await users.EmailHasAccountAsync(email, cancellationToken))
        {
            var userId = await users.LinkToEmailAccountAsync(email, cancellationToken);
            context.Conversation.UserId = userId;
            var profile = await users.GetProfileAsync(userId, cancellationToken);
            context.Say(RegistrationTexts.Linked, profile?.FullName ?? "");
            return DialogOutcome.End(DialogResult.Completed);
        }

        machine.Fire(RegisterTrigger.Next);
        await AskAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    private async Task<DialogOutcome> OnConfirmAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        if (context.ChoiceId == CancelChoice)
        {
            context.Say(RegistrationTexts.NotSaved);
            return DialogOutcome.End(DialogResult.Cancelled);
        }

        if (context.ChoiceId != SaveChoice)
        {
            context.BadAnswer(RegistrationTexts.ChooseOneButton);
            await AskAsync(context, state, cancellationToken);
            return DialogOutcome.Wait;
        }

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
        return DialogOutcome.End(DialogResult.Completed);
    }

    /// <summary>After a refused answer: the same question again.</summary>
    private async Task<DialogOutcome> RetryAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        await AskAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    private async Task AskAsync(TurnContext context, RegisterState state, CancellationToken cancellationToken)
    {
        switch (state.Step)
        {
            case RegisterStep.Name:
                context.Say(RegistrationTexts.AskName);
                break;
            case RegisterStep.Email:
                context.Say(RegistrationTexts.AskEmail);
                break;
            case RegisterStep.Code:
                ProfileQuestions.AskCode(context, vault.Unseal(state.SealedEmail!));
                break;
            case RegisterStep.IdentityType:
                context.Ask(RegistrationTexts.AskIdentityType, ProfileQuestions.IdentityChoices);
                break;
            case RegisterStep.IdentityNumber:
                ProfileQuestions.AskIdentityNumber(context, state.IdentityType!);
                break;
            case RegisterStep.Occupation:
                context.Ask(RegistrationTexts.AskOccupation, ProfileQuestions.OccupationChoices);
                break;
            case RegisterStep.Institution:
                context.Say(RegistrationTexts.AskInstitution);
                break;
            case RegisterStep.Phone:
                ProfileQuestions.AskPhone(context, await users.ChannelPhoneAsync(cancellationToken));
                break;
            case RegisterStep.Consent:
                privacy.AskConsent(context, AgreeChoice, DisagreeChoice);
                break;
            case RegisterStep.Confirm:
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
                break;
        }
    }

    private static StateMachine<RegisterStep, RegisterTrigger> Build(RegisterState state)
    {
        var machine = new StateMachine<RegisterStep, RegisterTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(RegisterStep.Start).Permit(RegisterTrigger.Next, RegisterStep.Consent);
        machine.Configure(RegisterStep.Consent).Permit(RegisterTrigger.Next, RegisterStep.Name);
        machine.Configure(RegisterStep.Name).Permit(RegisterTrigger.Next, RegisterStep.Email);
        machine.Configure(RegisterStep.Email).Permit(RegisterTrigger.Next, RegisterStep.Code);
        machine.Configure(RegisterStep.Code)
            .Permit(RegisterTrigger.Next, RegisterStep.IdentityType)
            .Permit(RegisterTrigger.ChangeEmail, RegisterStep.Email);
        machine.Configure(RegisterStep.IdentityType).Permit(RegisterTrigger.Next, RegisterStep.IdentityNumber);
        machine.Configure(RegisterStep.IdentityNumber).Permit(RegisterTrigger.Next, RegisterStep.Occupation);
        machine.Configure(RegisterStep.Occupation).Permit(RegisterTrigger.Next, RegisterStep.Institution);
        machine.Configure(RegisterStep.Institution).Permit(RegisterTrigger.Next, RegisterStep.Phone);
        machine.Configure(RegisterStep.Phone).Permit(RegisterTrigger.Next, RegisterStep.Confirm);
        return machine;
    }
}
