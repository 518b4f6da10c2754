using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Registration;

/// <summary>
/// The personal-data notice with the figures the host really applies (the retention of
/// messages), so the texts cannot drift from the retention job's setting.
/// </summary>
public sealed record PrivacyNotice(int MessageDays)
{
    /// <summary>The short notice and its two answers, before anything is collected.</summary>
    public void AskConsent(TurnContext context, string agreeChoice, string disagreeChoice) =>
        context.Ask(PrivacyTexts.Consent, [new Choice(agreeChoice, PrivacyTexts.Agree), new Choice(disagreeChoice, PrivacyTexts.Disagree)], Days(context));

    /// <summary>The long version (the word "privasi"), in three phone-sized messages.</summary>
    public void SayInFull(TurnContext context)
    {
        context.Say(PrivacyTexts.LongWhat);
        context.Say(PrivacyTexts.LongWho, Days(context));
        context.Say(PrivacyTexts.LongRights);
    }

    private string Days(TurnContext context) => Formats.Number(MessageDays, context.Language);
}
