using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Registration;

/// <summary>
/// The profile questions registration and "ubah data" share: how each is asked, how the answer
/// is read, and what a refusal says.
/// </summary>
public static class ProfileQuestions
{
    public const string ResendChoice = "r:resend";
    public const string ChangeEmailChoice = "r:chemail";
    public const string UseChannelPhoneChoice = "r:usephone";
    public const string OtherPhoneChoice = "r:otherphone";
    private const string IdentityPrefix = "r:id:";
    private const string OccupationPrefix = "r:occ:";

    public static readonly IReadOnlyList<Choice> IdentityChoices =
    [
        new(IdentityPrefix + IdentityTypes.Ktp, RegistrationTexts.Ktp),
        new(IdentityPrefix + IdentityTypes.Sim, RegistrationTexts.Sim),
        new(IdentityPrefix + IdentityTypes.Passport, RegistrationTexts.Passport),
    ];

    public static readonly IReadOnlyList<Choice> OccupationChoices =
    [
        new(OccupationPrefix + Occupations.Student, RegistrationTexts.OccupationStudent),
        new(OccupationPrefix + Occupations.Researcher, RegistrationTexts.OccupationResearcher),
        new(OccupationPrefix + Occupations.Government, RegistrationTexts.OccupationGovernment),
        new(OccupationPrefix + Occupations.Private, RegistrationTexts.OccupationPrivate),
        new(OccupationPrefix + Occupations.Other, RegistrationTexts.OccupationOther),
    ];

    private static readonly IReadOnlyList<Choice> s_codeChoices =
    [
        new(ResendChoice, RegistrationTexts.ResendWord),
        new(ChangeEmailChoice, RegistrationTexts.ChangeEmailWord),
    ];

    public static void AskCode(TurnContext context, string email) =>
        context.Ask(RegistrationTexts.AskCode, s_codeChoices, MaskEmail(email));

    public static bool WantsResend(TurnContext context) =>
        context.ChoiceId == ResendChoice || ProfileInput.IsWord(context.Text, "kirim ulang", "kirim lagi", "resend", "ulang");

    public static bool WantsOtherEmail(TurnContext context) =>
        context.ChoiceId == ChangeEmailChoice || ProfileInput.IsWord(context.Text, "ganti email", "ubah email", "change email");

    /// <summary>Sends a code and says so; false (with the reason said) when the hourly limit is reached.</summary>
    public static async Task<bool> SendCodeAsync(TurnContext context, IUserDirectory users, string email, CancellationToken cancellationToken)
    {
        var result = await users.SendEmailCodeAsync(email, context.Language, cancellationToken);
        if (!result.Sent)
        {
            SayRefusal(context, result, RegistrationTexts.TooManySends);
            return false;
        }

        context.Ask(RegistrationTexts.CodeSent, s_codeChoices, MaskEmail(email));
        return true;
    }

    /// <summary>
    /// Says why no code was sent: this address's hourly limit (in the caller's words), or the
    /// office's overall cap, which is not the visitor's doing.
    /// </summary>
    public static void SayRefusal(TurnContext context, EmailCodeSendResult result, Bilingual addressLimit)
    {
        var retryAt = Formats.Time(result.RetryAt ?? context.Now, context.Language);
        context.BadAnswer(result.Refusal == EmailCodeRefusal.OfficeLimit ? RegistrationTexts.OfficeCodeLimit : addressLimit, retryAt);
    }

    /// <summary>Reads a typed code; true when it is right. Otherwise the reason is said.</summary>
    public static Task<bool> CheckCodeAsync(TurnContext context, IUserDirectory users, string email, CancellationToken cancellationToken) =>
        CheckCodeAsync(context, (code, ct) => users.VerifyEmailCodeAsync(email, code, ct), cancellationToken);

    /// <summary>Reads a typed code and checks it with <paramref name="verify"/>; true when it is right. Otherwise the reason is said.</summary>
    public static async Task<bool> CheckCodeAsync(TurnContext context, Func<string, CancellationToken, Task<EmailCodeCheckResult>> verify, CancellationToken cancellationToken)
    {
        if (ProfileInput.Code(context.Text) is not { } code)
        {
            context.BadAnswer(RegistrationTexts.BadCodeFormat);
            return false;
        }

        var result = await verify(code, cancellationToken);
        switch (result.Status)
        {
            case EmailCodeStatus.Valid:
                return true;
            case EmailCodeStatus.Wrong:
                context.BadAnswer(RegistrationTexts.WrongCode, result.TriesLeft);
                break;
            case EmailCodeStatus.Expired:
            case EmailCodeStatus.NoCode:
                context.BadAnswer(RegistrationTexts.CodeExpired);
                break;
            default:
                context.BadAnswer(RegistrationTexts.CodeLocked);
                break;
        }

        return false;
    }

    public static void AskIdentityNumber(TurnContext context, string identityType) => context.Say(identityType switch
    {
        IdentityTypes.Ktp => RegistrationTexts.AskKtp,
        IdentityTypes.Sim => RegistrationTexts.AskSim,
        _ => RegistrationTexts.AskPassport,
    });

    /// <summary>The identity type chosen by button, number or typed word.</summary>
    public static string? ReadIdentityType(TurnContext context)
    {
        if (context.ChoiceId is { } id && id.StartsWith(IdentityPrefix, StringComparison.Ordinal))
        {
            return IdentityTypes.All.FirstOrDefault(t => t == id[IdentityPrefix.Length..]);
        }

        var text = TextNormalizer.Normalize(context.Text);
        return text switch
        {
            "ktp" or "e ktp" or "ektp" or "nik" => IdentityTypes.Ktp,
            "sim" => IdentityTypes.Sim,
            "paspor" or "passport" or "pasport" => IdentityTypes.Passport,
            _ => null,
        };
    }

    /// <summary>Checks the number; when refused, says the specific reason.</summary>
    public static string? ReadIdentityNumber(TurnContext context, string identityType)
    {
        var check = IdentityNumbers.Check(identityType, context.Text ?? "");
        switch (check.Problem)
        {
            case IdentityProblem.None:
                return check.Number;
            case IdentityProblem.NikLength:
                context.BadAnswer(RegistrationTexts.NikLength, check.DigitCount);
                break;
            case IdentityProblem.NikRegion:
                context.BadAnswer(RegistrationTexts.NikRegion);
                break;
            case IdentityProblem.NikBirthDate:
                context.BadAnswer(RegistrationTexts.NikBirthDate);
                break;
            case IdentityProblem.NikSequence:
                context.BadAnswer(RegistrationTexts.NikSequence);
                break;
            case IdentityProblem.SimLength:
                context.BadAnswer(RegistrationTexts.SimLength, check.DigitCount);
                break;
            default:
                context.BadAnswer(RegistrationTexts.PassportFormat);
                break;
        }

        return null;
    }

    public static string? ReadOccupation(TurnContext context) =>
        context.ChoiceId is { } id && id.StartsWith(OccupationPrefix, StringComparison.Ordinal)
            ? Occupations.All.FirstOrDefault(o => o == id[OccupationPrefix.Length..])
            : null;

    public static Bilingual OccupationLabel(string occupation) =>
        OccupationChoices.FirstOrDefault(c => c.Id == OccupationPrefix + occupation)?.Label ?? RegistrationTexts.OccupationOther;

    public static Bilingual IdentityLabel(string identityType) =>
        IdentityChoices.FirstOrDefault(c => c.Id == IdentityPrefix + identityType)?.Label ?? RegistrationTexts.Ktp;

    /// <summary>Asks for the phone: the channel's number as a one-tap answer, Telegram's share button, or typed.</summary>
    public static void AskPhone(TurnContext context, string? channelPhone)
    {
        if (channelPhone is not null)
        {
            context.Ask(RegistrationTexts.AskPhoneChannel, [new Choice(UseChannelPhoneChoice, RegistrationTexts.UseThisNumber), new Choice(OtherPhoneChoice, RegistrationTexts.OtherNumber)], MaskPhone(channelPhone));
        }
        else if (context.Conversation.Channel == "telegram")
        {
            context.Send(new Outbound(RegistrationTexts.AskPhoneTelegram.In(context.Language)) { RequestPhone = true });
        }
        else
        {
            context.Say(RegistrationTexts.AskPhone);
        }
    }

    /// <summary>A shared contact, the channel's number when chosen, or a typed number.</summary>
    public static string? ReadPhone(TurnContext context, string? channelPhone)
    {
        if (context.ChoiceId == UseChannelPhoneChoice && channelPhone is not null)
        {
            return channelPhone;
        }

        if (context.Text is null && context.Inbound.Sender?.Phone is { } shared && ProfileInput.Phone(shared) is { } sharedPhone)
        {
            return sharedPhone;
        }

        if (ProfileInput.Phone(context.Text) is { } typed)
        {
            return typed;
        }

        context.BadAnswer(RegistrationTexts.BadPhone);
        return null;
    }

    /// <summary>"-" or "tidak ada" means no institution, kept as "-".</summary>
    public static string? ReadInstitution(TurnContext context)
    {
        if (ProfileInput.IsWord(context.Text, "tidak ada", "none", "tidak") || context.Text == "-")
        {
            return "-";
        }

        if (ProfileInput.Institution(context.Text) is { } institution)
        {
            return institution;
        }

        context.BadAnswer(RegistrationTexts.BadInstitution);
        return null;
    }

    // Display masks (the host's Privacy.Mask applies the same rules to logs).
    public static string MaskEmail(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return "***";
        }

        var local = email[..at];
        return (local.Length == 1 ? $"{local[0]}***" : $"{local[0]}***{local[^1]}") + email[at..];
    }

    public static string MaskPhone(string phone) =>
        phone.Length <= 6 ? "***" : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    public static string MaskIdentity(string number) =>
        number.Length <= 4 ? "****" : new string('*', number.Length - 4) + number[^4..];
}
