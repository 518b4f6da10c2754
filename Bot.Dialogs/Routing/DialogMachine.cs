using Stateless;
using Stateless.Graph;

namespace Bot.Dialogs.Routing;

/// <summary>
/// A dialog's Stateless machine for one turn, so the dialog reads as its diagram: a state asks
/// its question when entered, the user's reply is fired as a trigger, guards pick the next state,
/// and entering an ending state says how the turn ends. The machine is built around the state
/// record each turn (dialogs keep no state in fields) and fired with <c>FireAsync</c>.
/// </summary>
/// <remarks>
/// Asking again is always re-entering: an asking state permits re-entry on the dialog's
/// reprompt trigger (help, a language switch, an expired prompt) and on a refused answer, so
/// the question comes from one place, its entry action. The machine runs in queued mode, so a
/// reply read inside a state's reply transition may fire the typed answer it found.
/// </remarks>
public sealed class DialogMachine<TStep, TTrigger>
    where TStep : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<TTrigger, StateMachine<TStep, TTrigger>.TriggerWithParameters> _parameterised = [];
    private readonly TTrigger _reply;
    private readonly TTrigger _reprompt;

    public DialogMachine(Func<TStep> read, Action<TStep> write, TTrigger reply, TTrigger reprompt)
    {
        Machine = new StateMachine<TStep, TTrigger>(read, write, FiringMode.Queued);
        _reply = reply;
        _reprompt = reprompt;
    }

    public StateMachine<TStep, TTrigger> Machine { get; }

    /// <summary>How the turn ends: waiting for the next message unless an ending state was entered.</summary>
    public DialogOutcome Outcome { get; private set; } = DialogOutcome.Wait;

    public StateMachine<TStep, TTrigger>.StateConfiguration Configure(TStep step) => Machine.Configure(step);

    /// <summary>The trigger that carries a typed answer; the same object each time it is asked for (Stateless allows one).</summary>
    public StateMachine<TStep, TTrigger>.TriggerWithParameters<TArg> Carrying<TArg>(TTrigger trigger)
    {
        if (!_parameterised.TryGetValue(trigger, out var parameterised))
        {
            parameterised = Machine.SetTriggerParameters<TArg>(trigger);
            _parameterised[trigger] = parameterised;
        }

        return (StateMachine<TStep, TTrigger>.TriggerWithParameters<TArg>)parameterised;
    }

    /// <summary>
    /// A state that asks <paramref name="question"/> when entered, and again when re-entered on the
    /// reprompt trigger. The transition tells a first entry from a re-entry, for a question that is
    /// put differently the first time (a code that is sent on the way in).
    /// </summary>
    public StateMachine<TStep, TTrigger>.StateConfiguration Asking(TStep step, string question, Func<StateMachine<TStep, TTrigger>.Transition, Task> ask) =>
        Machine.Configure(step).OnEntryAsync(ask, question).PermitReentry(_reprompt);

    /// <inheritdoc cref="Asking(TStep, string, Func{StateMachine{TStep, TTrigger}.Transition, Task})"/>
    public StateMachine<TStep, TTrigger>.StateConfiguration Asking(TStep step, string question, Func<Task> ask) =>
        Asking(step, question, _ => ask());

    /// <inheritdoc cref="Asking(TStep, string, Func{StateMachine{TStep, TTrigger}.Transition, Task})"/>
    public StateMachine<TStep, TTrigger>.StateConfiguration Asking(TStep step, string question, Action ask) =>
        Asking(step, question, _ =>
        {
            ask();
            return Task.CompletedTask;
        });

    /// <summary>
    /// An asking state waiting for the user: the reply (the turn's message) is read by
    /// <paramref name="read"/>, which fires the typed answer it found; guards on that answer pick
    /// the next state.
    /// </summary>
    public StateMachine<TStep, TTrigger>.StateConfiguration Reading(TStep step, string question, Func<StateMachine<TStep, TTrigger>.Transition, Task> ask, Func<Task> read) =>
        Asking(step, question, ask).InternalTransitionAsync(_reply, _ => read());

    /// <summary>
    /// A reading state whose question is put one way on the way in (<paramref name="first"/>: a
    /// code is sent, and its message asks for it) and another when re-entered (<paramref name="again"/>).
    /// </summary>
    public StateMachine<TStep, TTrigger>.StateConfiguration Reading(TStep step, string question, Func<Task> first, Action again, Func<Task> read) =>
        Reading(
            step,
            question,
            way =>
            {
                if (!way.IsReentry)
                {
                    return first();
                }

                again();
                return Task.CompletedTask;
            },
            read);

    /// <inheritdoc cref="Reading(TStep, string, Func{StateMachine{TStep, TTrigger}.Transition, Task}, Func{Task})"/>
    public StateMachine<TStep, TTrigger>.StateConfiguration Reading(TStep step, string question, Func<Task> ask, Func<Task> read) =>
        Asking(step, question, ask).InternalTransitionAsync(_reply, _ => read());

    /// <inheritdoc cref="Reading(TStep, string, Func{StateMachine{TStep, TTrigger}.Transition, Task}, Func{Task})"/>
    public StateMachine<TStep, TTrigger>.StateConfiguration Reading(TStep step, string question, Action ask, Func<Task> read) =>
        Asking(step, question, ask).InternalTransitionAsync(_reply, _ => read());

    /// <summary>A state the dialog ends in: entering it runs <paramref name="act"/> (if any) and ends the turn with <paramref name="outcome"/>.</summary>
    public StateMachine<TStep, TTrigger>.StateConfiguration Ending(TStep step, string description, DialogOutcome outcome, Func<Task>? act = null) =>
        Machine.Configure(step).OnEntryAsync(
            async () =>
            {
                Outcome = outcome;
                if (act is not null)
                {
                    await act();
                }
            },
            description);

    /// <inheritdoc cref="Ending(TStep, string, DialogOutcome, Func{Task}?)"/>
    public StateMachine<TStep, TTrigger>.StateConfiguration Ending(TStep step, string description, DialogOutcome outcome, Action act) =>
        Ending(step, description, outcome, () =>
        {
            act();
            return Task.CompletedTask;
        });

    /// <summary>
    /// A state that runs the guest book as a child before the dialog goes on (complaints, the
    /// chat with staff, a queue number): the dialog resumes by firing <paramref name="signed"/>
    /// with whether it was signed, and goes to <paramref name="next"/> or <paramref name="notSigned"/>.
    /// </summary>
    public StateMachine<TStep, TTrigger>.StateConfiguration SigningGuestBook(
        TStep step, StateMachine<TStep, TTrigger>.TriggerWithParameters<bool> signed, TStep next, TStep notSigned) =>
        Ending(step, "start the guest book", DialogOutcome.Begin(DialogNames.GuestBook))
            .PermitIf(signed, next, done => done, "signed")
            .PermitIf(signed, notSigned, done => !done, "not signed");

    /// <summary>Ends the turn with <paramref name="outcome"/> from inside an action, without a state of its own (a step-up code that could not be sent).</summary>
    public void End(DialogOutcome outcome) => Outcome = outcome;

    /// <summary>
    /// The user's message for the current state. A state that waits for nothing (the frame of a
    /// dialog that already ended) ends with <paramref name="stray"/>, or completed.
    /// </summary>
    public async Task<DialogOutcome> ReplyAsync(DialogOutcome? stray = null)
    {
        if (!Machine.CanFire(_reply))
        {
            return stray ?? DialogOutcome.End();
        }

        await Machine.FireAsync(_reply);
        return Outcome;
    }

    public async Task<DialogOutcome> FireAsync(TTrigger trigger)
    {
        await Machine.FireAsync(trigger);
        return Outcome;
    }

    public async Task<DialogOutcome> FireAsync<TArg>(StateMachine<TStep, TTrigger>.TriggerWithParameters<TArg> trigger, TArg argument)
    {
        await Machine.FireAsync(trigger, argument);
        return Outcome;
    }

    /// <summary>Asks the current question again by re-entering its state; a state that asks nothing stays silent.</summary>
    public Task RepromptAsync() => Machine.CanFire(_reprompt) ? Machine.FireAsync(_reprompt) : Task.CompletedTask;

    /// <summary>The machine in DOT, for the docs (the actions are not run).</summary>
    public string Graph() => UmlDotGraph.Format(Machine.GetInfo());
}
