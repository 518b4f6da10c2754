using Bot.Dialogs.Model;
using Bot.Dialogs.Texts;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Routing;

/// <summary>
/// The understanding half of the router: every typed text is classified before it is
/// dispatched; small talk is answered; a text a dialog refuses may be a digression, served
/// while the interrupted dialog waits to be offered back.
/// </summary>
public sealed partial class Router
{
    private const string RouterChoicePrefix = "u:";
    private const string IntentChoicePrefix = "u:i:";
    private const string SearchChoice = "u:s";
    private const string ResumeChoice = "u:resume";
    private const string DropChoice = "u:drop";
    private const int MaxPendingSearchLength = 100;

    // Browsing dialogs answer any text by handing it to the menu (Pass), so they need no digression.
    private static readonly HashSet<string> s_browsing = [DialogNames.Info, DialogNames.Search];

    private static readonly HashSet<string> s_resumeWords = ["lanjutkan", "ya lanjutkan", "lanjut daftar", "continue", "yes continue"];

    /// <summary>Free text at the menu: act on a sure reading, else search a topic, else ask.</summary>
    private async Task UnderstandAsync(TurnContext context, string text, CancellationToken cancellationToken)
    {
        // Read without phone numbers and emails: they name no intent, and the classifier's
        // number token would lean the text to a search.
        var reading = understanding.Read(UnansweredText.Scrub(text));
        if (reading.Confident)
        {
            await ServeAsync(context, reading.Route, text, cancellationToken);
            return;
        }

        // A lone keyword with a typo ("alamt", "persyaratn") is too short for the classifier to be
        // sure of; the content file's keywords and their typos still know it.
        if (topics.Match(TextNormalizer.Normalize(text)) is { } topic)
        {
            await BeginAsync(context, topic.Dialog, topic.Argument, cancellationToken);
            return;
        }

        if (reading.NamesTopic || SearchText.Entities(text, context.Now).Year is not null)
        {
            // The search dialog records a search that finds nothing.
            await BeginAsync(context, DialogNames.Search, SearchText.ToQuery(text), cancellationToken);
            return;
        }

        await unanswered.RecordAsync(UnansweredText.Scrub(text), cancellationToken);
        Clarify(context, reading, text);
    }

    /// <summary>"Maksud Anda: Persyaratan · Cari publikasi 'X'?"</summary>
    private void Clarify(TurnContext context, Reading reading, string text)
    {
        var query = SearchText.ToQuery(text);
        if (query.Length > MaxPendingSearchLength)
        {
            query = query[..MaxPendingSearchLength];
        }

        context.Conversation.PendingSearch = query;
        var choices = new List<Choice>();
        foreach (var intent in new[] { reading.Guess.Intent, reading.Guess.Second })
        {
            if (intent is not null && understanding.Routes.Find(intent) is { Kind: RouteKind.Dialog } route)
            {
                choices.Add(new Choice(IntentChoicePrefix + intent, route.Label));
            }
        }

        choices.Add(new Choice(SearchChoice, new Bilingual(UnderstandingTexts.SearchFor.In(Language.Id, query), UnderstandingTexts.SearchFor.In(Language.En, query))));
        choices.Add(new Choice(MainMenu.HelpChoice, RouterTexts.MenuHelp));
        context.Ask(UnderstandingTexts.DidYouMean, choices);
    }

    /// <summary>Does what an intent's line in intents.tsv says, from the menu.</summary>
    private async Task ServeAsync(TurnContext context, IntentRoute route, string text, CancellationToken cancellationToken)
    {
        switch (route.Kind)
        {
            case RouteKind.Dialog:
                await BeginAsync(context, route.Target, route.Argument, cancellationToken);
                break;
            case RouteKind.Search:
                await BeginAsync(context, DialogNames.Search, SearchText.ToQuery(text), cancellationToken);
                break;
            case RouteKind.Reply when route.Target == Intents.Greeting:
                // One message: the greeting and the menu.
                var greeting = GreetingFor(text, context.Now);
                context.Ask(
                    new Bilingual(greeting.Id + " " + UnderstandingTexts.Welcome.Id, greeting.En + " " + UnderstandingTexts.Welcome.En),
                    MainMenu.Choices,
                    content.Office.Name);
                break;
            case RouteKind.Reply:
                Reply(context, route.Target, text);
                break;
            case RouteKind.Command:
                await HandleGlobalWordAsync(context, CommandWord(route.Target), LanguageAskedFor(text), cancellationToken);
                break;
        }
    }

    private void Reply(TurnContext context, string kind, string text)
    {
        switch (kind)
        {
            case Intents.Greeting:
                context.Say(GreetingFor(text, context.Now));
                break;
            case Intents.Thanks:
                context.Say(UnderstandingTexts.Thanks);
                break;
            case Intents.Goodbye:
                context.Say(UnderstandingTexts.Goodbye, content.Office.Name);
                break;
        }
    }

    private static Bilingual GreetingFor(string text, DateTimeOffset now) =>
        TextNormalizer.Words(TextNormalizer.Normalize(text)).Any(w => w.StartsWith("assalam", StringComparison.Ordinal) || w.StartsWith("asalam", StringComparison.Ordinal))
            ? UnderstandingTexts.Salam
            : TimeOfDayGreeting(now);

    /// <summary>Greets by the time of day in WITA, the office's time.</summary>
    public static Bilingual TimeOfDayGreeting(DateTimeOffset now) => Wita.ToWita(now).Hour switch
    {
        >= 4 and < 11 => UnderstandingTexts.GoodMorning,
        >= 11 and < 15 => UnderstandingTexts.GoodDay,
        >= 15 and < 18 => UnderstandingTexts.GoodAfternoon,
        _ => UnderstandingTexts.GoodEvening,
    };

    private static GlobalWord CommandWord(string command) => command switch
    {
        "menu" => GlobalWord.Menu,
        "cancel" => GlobalWord.Cancel,
        "help" => GlobalWord.Help,
        "privacy" => GlobalWord.Privacy,
        _ => GlobalWord.Language,
    };

    /// <summary>"english please" asks for English even when English is already on; only a bare "bahasa" toggles.</summary>
    private static Language? LanguageAskedFor(string text)
    {
        var words = TextNormalizer.Words(TextNormalizer.Normalize(text));
        if (words.Any(w => w is "english" or "inggris" or "inggeris"))
        {
            return Language.En;
        }

        return words.Any(w => w is "indonesia" or "indonesian" or "indo") ? Language.Id : null;
    }

    /// <summary>
    /// Runs the active dialog. When it refuses a typed text, the text is read: a sure other
    /// intent takes back the refusal and is served as a digression. Steps that take free text
    /// (a name, a description) never refuse it, so they keep it.
    /// </summary>
    private async Task ContinueTopAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var stack = context.Conversation.Stack;
        var text = context.ChoiceId is null ? context.Text : null;
        var top = stack[^1].Dialog;
        if (text is null || s_browsing.Contains(top))
        {
            await ApplyAsync(context, await RunTopAsync(context, d => d.ContinueAsync(context, cancellationToken)), cancellationToken);
            return;
        }

        var checkpoint = context.Checkpoint();
        var frames = stack.ToList();
        var outcome = await RunTopAsync(context, d => d.ContinueAsync(context, cancellationToken));
        if (outcome.Kind == OutcomeKind.Wait && context.HadBadAnswer && !checkpoint.HadBadAnswer && MayDigress(text))
        {
            var reading = understanding.Read(text);
            if (reading.Confident && !frames.Any(f => f.Dialog == reading.Route.Target)
                && !(reading.Route.Kind == RouteKind.Search && text.Any(char.IsDigit)))
            {
                context.Restore(checkpoint);
                stack.Clear();
                stack.AddRange(frames);
                await DigressAsync(context, reading.Route, text, cancellationToken);
                return;
            }
        }

        await ApplyAsync(context, outcome, cancellationToken);
    }

    /// <summary>
    /// A wrong code, an out-of-range score or a mistyped identity number is a wrong answer, not
    /// a new question: only words can start a digression, and a search only without digits.
    /// </summary>
    private static bool MayDigress(string text) =>
        TextNormalizer.Words(TextNormalizer.Normalize(text)).Any(w => w.Count(char.IsLetter) >= 2);

    /// <summary>Serves an intent in the middle of a dialog, keeping the dialog to come back to.</summary>
    private async Task DigressAsync(TurnContext context, IntentRoute route, string text, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        switch (route.Kind)
        {
            case RouteKind.Reply when route.Target == Intents.Goodbye:
                conversation.Stack.Clear();
                conversation.Suspended = null;
                Reply(context, route.Target, text);
                return;
            case RouteKind.Reply:
                Reply(context, route.Target, text);
                await RepromptTopAsync(context, cancellationToken);
                return;
            case RouteKind.Command:
                await HandleGlobalWordAsync(context, CommandWord(route.Target), LanguageAskedFor(text), cancellationToken);
                return;
        }

        await SuspendAndServeAsync(context, () => ServeAsync(context, route, text, cancellationToken));
    }

    private static async Task SuspendAndServeAsync(TurnContext context, Func<Task> serve)
    {
        var conversation = context.Conversation;
        conversation.Suspended = conversation.Stack.ToList();
        conversation.Stack.Clear();
        await serve();

        // When the served dialog already ended, the menu step offered the interrupted one back.
        if (conversation.Stack.Count > 0 && conversation.Suspended is not null)
        {
            OfferResume(context);
        }
    }

    private static void OfferResume(TurnContext context)
    {
        var title = UnderstandingTexts.DialogTitle(context.Conversation.Suspended![^1].Dialog);
        context.Ask(
            new Bilingual(UnderstandingTexts.Resume.In(Language.Id, title.Id), UnderstandingTexts.Resume.In(Language.En, title.En)),
            [new Choice(ResumeChoice, UnderstandingTexts.ResumeYes), new Choice(DropChoice, UnderstandingTexts.ResumeNo)]);
    }

    private void ShowMenuOrResumeOffer(TurnContext context)
    {
        if (context.Conversation.Suspended is { Count: > 0 })
        {
            OfferResume(context);
        }
        else
        {
            ShowMenu(context, greeting: false);
        }
    }

    /// <summary>
    /// Buttons the router owns (clarifying and resume questions), typed "lanjutkan" while a
    /// dialog waits to be resumed, the main menu's buttons pressed from an older message inside
    /// a dialog, and stale dialog buttons. True when the turn was handled here.
    /// </summary>
    private async Task<bool> HandleRouterChoiceAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        var choice = context.ChoiceId;
        if (choice is null && conversation.Suspended is not null && s_resumeWords.Contains(TextNormalizer.Normalize(context.Text)))
        {
            choice = ResumeChoice;
        }

        switch (choice)
        {
            case null:
                return false;
            case ResumeChoice:
                if (conversation.Suspended is { Count: > 0 } suspended)
                {
                    conversation.Stack.Clear();
                    conversation.Stack.AddRange(suspended);
                    conversation.Suspended = null;
                    await RepromptTopAsync(context, cancellationToken);
                }
                else
                {
                    context.Say(UnderstandingTexts.ExpiredOffer);
                    await RepromptOrMenuAsync(context, cancellationToken);
                }

                return true;
            case DropChoice:
                conversation.Suspended = null;
                context.Say(UnderstandingTexts.Dropped);
                await RepromptOrMenuAsync(context, cancellationToken);
                return true;
            case SearchChoice:
                var query = conversation.PendingSearch;
                conversation.PendingSearch = null;
                if (query is null)
                {
                    context.Say(UnderstandingTexts.ExpiredOffer);
                    await RepromptOrMenuAsync(context, cancellationToken);
                }
                else
                {
                    await ServeFromAnywhereAsync(context, () => BeginAsync(context, DialogNames.Search, query, cancellationToken));
                }

                return true;
            case { } id when id.StartsWith(IntentChoicePrefix, StringComparison.Ordinal):
                if (understanding.Routes.Find(id[IntentChoicePrefix.Length..]) is { } route)
                {
                    await ServeFromAnywhereAsync(context, () => ServeAsync(context, route, context.Text ?? "", cancellationToken));
                }
                else
                {
                    context.Say(UnderstandingTexts.ExpiredOffer);
                    await RepromptOrMenuAsync(context, cancellationToken);
                }

                return true;
        }

        // Only a pressed button can be stale; a typed number was mapped to this turn's choices.
        if (context.Inbound.ChoiceId is null || conversation.Stack.Count == 0
            || conversation.OfferedChoiceIds is not { } offered || offered.Contains(choice))
        {
            return false;
        }

        if (MainMenu.DialogFor(choice) is { } menuDialog)
        {
            await ServeFromAnywhereAsync(context, () => BeginAsync(context, menuDialog, null, cancellationToken));
        }
        else if (choice == MainMenu.HelpChoice)
        {
            context.Say(RouterTexts.HelpInDialog);
            await RepromptTopAsync(context, cancellationToken);
        }
        else
        {
            context.Say(UnderstandingTexts.StaleButton);
            await RepromptTopAsync(context, cancellationToken);
        }

        return true;
    }

    /// <summary>From the menu, serve; inside a dialog, serve as a digression.</summary>
    private async Task ServeFromAnywhereAsync(TurnContext context, Func<Task> serve)
    {
        var stack = context.Conversation.Stack;
        if (stack.Count == 0)
        {
            await serve();
        }
        else if (s_browsing.Contains(stack[^1].Dialog) && stack.Count == 1)
        {
            stack.Clear();
            await serve();
        }
        else
        {
            await SuspendAndServeAsync(context, serve);
        }
    }

    private async Task RepromptOrMenuAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Conversation.Stack.Count > 0)
        {
            await RepromptTopAsync(context, cancellationToken);
        }
        else
        {
            ShowMenu(context, greeting: false);
        }
    }

    /// <summary>The question a typed number answers: the last one, unless that is only the resume offer.</summary>
    private static Outbound? LastQuestion(TurnContext context)
    {
        var asked = context.Replies.Where(r => r.Choices.Count > 0).ToList();
        if (asked.Count > 1 && asked[^1].Choices.All(c => c.Id is ResumeChoice or DropChoice))
        {
            return asked[^2];
        }

        return asked.LastOrDefault();
    }

    private static void RememberOffered(TurnContext context)
    {
        // A turn that answered replaces the live buttons, even with none (a free-text question):
        // a button pressed after that is from an older message.
        if (context.Replies.Count > 0)
        {
            context.Conversation.OfferedChoiceIds = context.Replies.SelectMany(r => r.Choices).Select(c => c.Id).ToList();
        }

        if (context.Conversation.OfferedChoiceIds?.Contains(SearchChoice) != true)
        {
            context.Conversation.PendingSearch = null;
        }
    }
}
