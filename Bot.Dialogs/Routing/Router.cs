using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Registration;
using Bot.Dialogs.Texts;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Routing;

/// <summary>
/// Runs one turn: idle expiry, choice resolution, interceptors (staff handoff), global words,
/// then the active dialog or the main menu. Free text is understood first (Router.Understanding.cs):
/// at the menu it goes to its intent, and inside a dialog a text the dialog refuses may be a
/// digression.
/// </summary>
public sealed partial class Router(
    IDialogs dialogs,
    IEnumerable<ITurnInterceptor> interceptors,
    TopicMatcher topics,
    ServiceContent content,
    RouterOptions options,
    TextUnderstanding understanding,
    IUnansweredLog unanswered,
    PrivacyNotice privacy)
{
    // Guards against two dialogs handing control to each other forever.
    private const int MaxTransitionsPerTurn = 8;

    private static readonly string[] s_searchPrefixes = ["cari", "carikan", "search", "find"];

    /// <summary>Button of a new-release notice: "rilis:{publication id}" opens that publication from anywhere.</summary>
    public const string OpenReleasePrefix = "rilis:";

    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        SeedLanguage(context);
        ExpireIfIdle(context);
        conversation.LastActivityAt = context.Now;
        context.ChoiceId = ResolveChoice(context);

        if (!await InterceptAsync(context, cancellationToken))
        {
            var normalized = TextNormalizer.Normalize(context.Text);
            var word = context.ChoiceId is null ? GlobalWords.Match(normalized) : GlobalWord.None;
            if (context.ChoiceId is null && DeepLinks.Match(normalized) is { } link)
            {
                conversation.Stack.Clear();
                await BeginAsync(context, link.Dialog, link.Argument, cancellationToken);
            }
            else if (context.ChoiceId is { } release && release.StartsWith(OpenReleasePrefix, StringComparison.Ordinal))
            {
                // A notice arrives outside any dialog: its button starts over with the publication.
                conversation.Stack.Clear();
                await BeginAsync(context, DialogNames.Publication, release[OpenReleasePrefix.Length..], cancellationToken);
            }
            else if (word != GlobalWord.None)
            {
                await HandleGlobalWordAsync(context, word, null, cancellationToken);
            }
            else if (await HandleRouterChoiceAsync(context, cancellationToken))
            {
                // A clarifying or resume button, a stale button, or a menu button from an older message.
            }
            else if (conversation.Stack.Count > 0)
            {
                await ContinueTopAsync(context, cancellationToken);
            }
            else
            {
                await HandleMenuAsync(context, normalized, cancellationToken);
            }
        }

        if (!context.HadBadAnswer)
        {
            conversation.BadAnswers = 0;
        }

        // Only the choices of this turn's last question can be answered by number next turn.
        conversation.LastChoices = LastQuestion(context)?.Choices.ToList() ?? [];
        RememberOffered(context);
    }

    private static void SeedLanguage(TurnContext context)
    {
        var conversation = context.Conversation;
        if (!conversation.LanguageChosen && conversation.LastActivityAt is null
            && context.Inbound.Sender?.LanguageCode is { } code)
        {
            conversation.Language = code.StartsWith("id", StringComparison.OrdinalIgnoreCase) || code.StartsWith("ms", StringComparison.OrdinalIgnoreCase)
                ? Language.Id
                : code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Id;
        }
    }

    private void ExpireIfIdle(TurnContext context)
    {
        var conversation = context.Conversation;
        if (conversation.LastActivityAt is { } last && context.Now - last > options.IdleTimeout && conversation.Stack.Count > 0)
        {
            conversation.Stack.Clear();
            conversation.LastChoices = [];
            conversation.BadAnswers = 0;
            conversation.Suspended = null;
            context.Say(RouterTexts.Expired);
        }
    }

    /// <summary>A pressed button, a typed number of the last offered choices, or a typed label.</summary>
    private static string? ResolveChoice(TurnContext context)
    {
        var offered = context.Conversation.LastChoices;
        if (context.Inbound.ChoiceId is { } pressed)
        {
            return pressed;
        }

        var text = context.Text;
        if (text is null || offered.Count == 0)
        {
            return null;
        }

        var trimmed = text.TrimEnd('.', ')');
        if (int.TryParse(trimmed, out var number))
        {
            return number >= 1 && number <= offered.Count ? offered[number - 1].Id : null;
        }

        var normalized = TextNormalizer.Normalize(text);
        return offered.FirstOrDefault(c => TextNormalizer.Normalize(c.Label) == normalized)?.Id
            ?? MatchLabelWords(normalized, offered);
    }

    // Polite words around a label ("saya mau informasi layanan") that do not change the answer.
    private static readonly HashSet<string> s_fillerWords =
    [
        "saya", "aku", "mau", "ingin", "pilih", "yang", "dong", "ya", "nomor", "no", "menu", "tolong", "minta", "kak", "min",
        "i", "want", "my", "the", "choose", "option", "please",
    ];

    /// <summary>
    /// A reply whose significant words are exactly those of one label (WhatsApp users type the
    /// label rather than its number). Any other word means the user said something else, e.g. a
    /// search ("cari publikasi inflasi" is not the bare "Cari publikasi" choice).
    /// </summary>
    private static string? MatchLabelWords(string normalized, IReadOnlyList<ChoiceOption> offered)
    {
        var said = SignificantWords(normalized);
        if (said.Count == 0)
        {
            return null;
        }

        var matches = offered.Where(c => SignificantWords(TextNormalizer.Normalize(c.Label)).SetEquals(said)).ToList();
        return matches.Count == 1 ? matches[0].Id : null;
    }

    // The normalizer keeps '/' for commands, so "Daftar / akun saya" has a "/" word: not significant.
    private static HashSet<string> SignificantWords(string normalized) =>
        TextNormalizer.Words(normalized).Where(w => w.Any(char.IsLetterOrDigit) && !s_fillerWords.Contains(w)).ToHashSet();

    private async Task<bool> InterceptAsync(TurnContext context, CancellationToken cancellationToken)
    {
        foreach (var interceptor in interceptors)
        {
            if (await interceptor.TryHandleAsync(context, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private async Task HandleGlobalWordAsync(TurnContext context, GlobalWord word, Language? language, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        if (word is GlobalWord.Menu or GlobalWord.Cancel)
        {
            conversation.Suspended = null;
        }

        switch (word)
        {
            case GlobalWord.Menu:
                conversation.Stack.Clear();
                ShowMenu(context, greeting: true);
                break;
            case GlobalWord.Cancel:
                context.Say(conversation.Stack.Count > 0 ? RouterTexts.Cancelled : RouterTexts.NothingToCancel);
                conversation.Stack.Clear();
                ShowMenu(context, greeting: false);
                break;
            case GlobalWord.Help:
                if (conversation.Stack.Count > 0)
                {
                    context.Say(RouterTexts.HelpInDialog);
                    await RepromptTopAsync(context, cancellationToken);
                }
                else
                {
                    SayHelp(context);
                }

                break;
            case GlobalWord.Language:
                conversation.Language = language ?? (conversation.Language == Language.Id ? Language.En : Language.Id);
                conversation.LanguageChosen = true;
                context.Say(RouterTexts.LanguageSwitched);
                if (conversation.Stack.Count > 0)
                {
                    await RepromptTopAsync(context, cancellationToken);
                }
                else
                {
                    ShowMenu(context, greeting: false);
                }

                break;
            case GlobalWord.Privacy:
                privacy.SayInFull(context);
                if (conversation.Stack.Count > 0)
                {
                    await RepromptTopAsync(context, cancellationToken);
                }
                else
                {
                    ShowMenu(context, greeting: false);
                }

                break;
        }
    }

    private async Task HandleMenuAsync(TurnContext context, string normalized, CancellationToken cancellationToken)
    {
        if (context.ChoiceId is { } choice)
        {
            if (choice == MainMenu.HelpChoice)
            {
                SayHelp(context);
            }
            else if (MainMenu.DialogFor(choice) is { } menuDialog)
            {
                await BeginAsync(context, menuDialog, null, cancellationToken);
            }
            else
            {
                // A button from an older message whose dialog has ended.
                context.Say(RouterTexts.UnknownChoice);
                ShowMenu(context, greeting: false);
            }

            return;
        }

        var words = TextNormalizer.Words(normalized);
        if (words.Length == 0)
        {
            ShowMenu(context, greeting: true);
            return;
        }

        // An explicit "cari …" is a search whatever follows.
        if (words.Length > 1 && s_searchPrefixes.Contains(words[0]))
        {
            await BeginAsync(context, DialogNames.Search, SearchText.ToQuery(context.Text!), cancellationToken);
            return;
        }

        if (words.Length == 1 && s_searchPrefixes.Contains(words[0]))
        {
            await BeginAsync(context, DialogNames.Search, null, cancellationToken);
            return;
        }

        if (Greetings.IsGreeting(words) && understanding.Routes.Find(Intents.Greeting) is { } greeting)
        {
            await ServeAsync(context, greeting, context.Text!, cancellationToken);
            return;
        }

        await UnderstandAsync(context, context.Text!, cancellationToken);
    }

    private async Task BeginAsync(TurnContext context, string dialogName, string? argument, CancellationToken cancellationToken)
    {
        if (dialogs.Find(dialogName) is not { } dialog)
        {
            context.Say(RouterTexts.ComingSoon);
            ShowMenuOrResumeOffer(context);
            return;
        }

        context.Conversation.Stack.Add(new DialogFrame(dialogName, ""));
        context.FrameState = null;
        var outcome = await dialog.BeginAsync(context, argument, cancellationToken);
        SaveTopFrame(context);
        await ApplyAsync(context, outcome, cancellationToken);
    }

    private async Task<DialogOutcome> RunTopAsync(TurnContext context, Func<IDialog, Task<DialogOutcome>> step)
    {
        var frame = context.Conversation.Stack[^1];
        if (dialogs.Find(frame.Dialog) is not { } dialog)
        {
            // The dialog was removed in a new version of the bot; drop the frame quietly.
            return DialogOutcome.End(DialogResult.Cancelled);
        }

        context.FrameState = frame.State;
        var outcome = await step(dialog);
        SaveTopFrame(context);
        return outcome;
    }

    private async Task RepromptTopAsync(TurnContext context, CancellationToken cancellationToken) =>
        await RunTopAsync(context, async d =>
        {
            await d.RepromptAsync(context, cancellationToken);
            return DialogOutcome.Wait;
        });

    private static void SaveTopFrame(TurnContext context)
    {
        var stack = context.Conversation.Stack;
        if (stack.Count > 0)
        {
            stack[^1] = stack[^1] with { State = context.FrameState ?? "" };
        }
    }

    /// <summary>Applies outcomes until a dialog waits for the user or the stack is empty.</summary>
    private async Task ApplyAsync(TurnContext context, DialogOutcome outcome, CancellationToken cancellationToken)
    {
        var stack = context.Conversation.Stack;
        for (var transitions = 0; transitions < MaxTransitionsPerTurn; transitions++)
        {
            switch (outcome.Kind)
            {
                case OutcomeKind.Wait:
                    return;
                case OutcomeKind.Begin:
                    await BeginAsync(context, outcome.Dialog!, outcome.Argument, cancellationToken);
                    return;
                case OutcomeKind.Switch:
                    stack.RemoveAt(stack.Count - 1);
                    await BeginAsync(context, outcome.Dialog!, outcome.Argument, cancellationToken);
                    return;
                case OutcomeKind.End:
                    stack.RemoveAt(stack.Count - 1);
                    if (stack.Count == 0)
                    {
                        ShowMenuOrResumeOffer(context);
                        return;
                    }

                    var result = outcome.Result ?? DialogResult.Completed;
                    outcome = await RunTopAsync(context, d => d.ResumeAsync(context, result, cancellationToken));
                    break;
                case OutcomeKind.Pass:
                    stack.RemoveAt(stack.Count - 1);
                    if (stack.Count == 0)
                    {
                        await HandleMenuAsync(context, TextNormalizer.Normalize(context.Text), cancellationToken);
                        return;
                    }

                    outcome = await RunTopAsync(context, d => d.ContinueAsync(context, cancellationToken));
                    break;
            }
        }

        stack.Clear();
        ShowMenu(context, greeting: false);
    }

    /// <summary>
    /// Help that is true on this channel: WhatsApp (Twilio) shows choices as numbers, the others
    /// as buttons. Not followed by the menu: help and menu together would not fit a phone screen.
    /// </summary>
    private static void SayHelp(TurnContext context)
    {
        var choose = context.Inbound.Channel == "whatsapp" ? RouterTexts.HelpChooseByNumber : RouterTexts.HelpChooseByButton;
        context.Say(RouterTexts.Help, choose.In(context.Language));
        context.Say(RouterTexts.HelpMenuHint);
    }

    private void ShowMenu(TurnContext context, bool greeting)
    {
        var text = greeting ? RouterTexts.Greeting : RouterTexts.MenuAgain;
        context.Ask(text, MainMenu.Choices, content.Office.Name);
    }
}
