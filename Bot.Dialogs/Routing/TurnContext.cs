using Bot.Dialogs.Model;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Routing;

/// <summary>One turn: the message, the conversation it belongs to, and the replies it produces.</summary>
public sealed class TurnContext(Conversation conversation, Inbound inbound, DateTimeOffset now)
{
    private readonly List<Outbound> _replies = [];

    public Conversation Conversation { get; } = conversation;

    public Inbound Inbound { get; } = inbound;

    /// <summary>The moment the turn runs (from the host's TimeProvider).</summary>
    public DateTimeOffset Now { get; } = now;

    public Language Language => Conversation.Language;

    /// <summary>The typed text, trimmed; null when the user pressed a button.</summary>
    public string? Text => string.IsNullOrWhiteSpace(Inbound.Text) ? null : Inbound.Text.Trim();

    /// <summary>The chosen option: a pressed button, or a typed number or label resolved by the router.</summary>
    public string? ChoiceId { get; internal set; }

    public IReadOnlyList<Outbound> Replies => _replies;

    /// <summary>True when a dialog refused the answer in this turn.</summary>
    public bool HadBadAnswer { get; private set; }

    /// <summary>The JSON state of the dialog being run; managed by <see cref="Dialog{TState}"/>.</summary>
    public string? FrameState { get; set; }

    /// <summary>Where the turn stands, so the router can take back a dialog's refusal (a digression).</summary>
    internal TurnCheckpoint Checkpoint() => new(_replies.Count, Conversation.BadAnswers, HadBadAnswer);

    internal void Restore(TurnCheckpoint checkpoint)
    {
        _replies.RemoveRange(checkpoint.Replies, _replies.Count - checkpoint.Replies);
        Conversation.BadAnswers = checkpoint.BadAnswers;
        HadBadAnswer = checkpoint.HadBadAnswer;
    }

    public void Say(Bilingual text, params object?[] args) => Send(new Outbound(text.In(Language, args)));

    public void Ask(Bilingual question, IEnumerable<Choice> choices, params object?[] args) =>
        Send(new Outbound(question.In(Language, args)) { Choices = Render(choices) });

    public void Send(Outbound reply) => _replies.Add(reply.Language is null ? reply with { Language = Language } : reply);

    public IReadOnlyList<ChoiceOption> Render(IEnumerable<Choice> choices) =>
        choices.Select(c => new ChoiceOption(c.Id, c.Label.In(Language))).ToList();

    /// <summary>The pressed choice when it is one of <paramref name="offered"/>; otherwise null, after saying <paramref name="refusal"/>.</summary>
    public string? Chosen(Bilingual refusal, params string[] offered)
    {
        if (ChoiceId is { } id && offered.Contains(id, StringComparer.Ordinal))
        {
            return id;
        }

        BadAnswer(refusal);
        return null;
    }

    /// <summary>
    /// Refuse an answer with a reason. The dialog asks its question again afterwards; on the
    /// third bad answer in a row the user is also pointed to help and the menu.
    /// </summary>
    public void BadAnswer(Bilingual reason, params object?[] args)
    {
        HadBadAnswer = true;
        Conversation.BadAnswers++;
        var text = reason.In(Language, args);
        if (Conversation.BadAnswers >= 3)
        {
            text += "\n\n" + RouterTexts.StuckHint.In(Language);
        }

        Send(new Outbound(text));
    }
}

internal readonly record struct TurnCheckpoint(int Replies, int BadAnswers, bool HadBadAnswer);
