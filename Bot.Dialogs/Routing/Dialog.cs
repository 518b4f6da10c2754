using System.Text.Json;

namespace Bot.Dialogs.Routing;

/// <summary>
/// Base for dialogs with a typed state record. The state is read from and written back to the
/// conversation's frame around every step, so a dialog instance never holds user state.
/// </summary>
public abstract class Dialog<TState> : IDialog
    where TState : class, new()
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public abstract string Name { get; }

    protected abstract Task<DialogOutcome> OnBeginAsync(TurnContext context, TState state, string? argument, CancellationToken cancellationToken);

    protected abstract Task<DialogOutcome> OnContinueAsync(TurnContext context, TState state, CancellationToken cancellationToken);

    protected abstract Task OnRepromptAsync(TurnContext context, TState state, CancellationToken cancellationToken);

    /// <summary>By default a finished child just brings the current question back.</summary>
    protected virtual async Task<DialogOutcome> OnResumeAsync(TurnContext context, TState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        await OnRepromptAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    public async Task<DialogOutcome> BeginAsync(TurnContext context, string? argument, CancellationToken cancellationToken)
    {
        var state = new TState();
        var outcome = await OnBeginAsync(context, state, argument, cancellationToken);
        Save(context, state);
        return outcome;
    }

    public async Task<DialogOutcome> ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var state = Load(context);
        var outcome = await OnContinueAsync(context, state, cancellationToken);
        Save(context, state);
        return outcome;
    }

    public async Task<DialogOutcome> ResumeAsync(TurnContext context, DialogResult childResult, CancellationToken cancellationToken)
    {
        var state = Load(context);
        var outcome = await OnResumeAsync(context, state, childResult, cancellationToken);
        Save(context, state);
        return outcome;
    }

    public async Task RepromptAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var state = Load(context);
        await OnRepromptAsync(context, state, cancellationToken);
        Save(context, state);
    }

    private static TState Load(TurnContext context) =>
        string.IsNullOrEmpty(context.FrameState) ? new TState() : JsonSerializer.Deserialize<TState>(context.FrameState, s_json) ?? new TState();

    private static void Save(TurnContext context, TState state) =>
        context.FrameState = JsonSerializer.Serialize(state, s_json);
}
