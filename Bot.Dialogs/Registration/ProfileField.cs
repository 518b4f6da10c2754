using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;

namespace Bot.Dialogs.Registration;

/// <summary>
/// One profile question, the same in registration and "ubah data": how it is asked, how its
/// answer is read (saying this field's own reason when it is refused) and where the answer is
/// kept in the draft, sealed when it is personal.
/// </summary>
public sealed class ProfileField(
    string name,
    IPersonalDataVault vault,
    bool personal,
    Func<TurnContext, IProfileDraft, CancellationToken, Task> ask,
    Func<TurnContext, IProfileDraft, CancellationToken, Task<string?>> read,
    Action<IProfileDraft, string> keep)
{
    /// <summary>What the field is, for the dialogs' diagrams ("ask name").</summary>
    public string Name { get; } = name;

    /// <summary>Personal answers are sealed in the draft and their message is not kept in clear.</summary>
    public bool IsPersonal { get; } = personal;

    public Task AskAsync(TurnContext context, IProfileDraft draft, CancellationToken cancellationToken) =>
        ask(context, draft, cancellationToken);

    /// <summary>
    /// Reads the turn's answer. An acceptable one is kept in <paramref name="draft"/> (sealed when
    /// personal) and returned; otherwise the field's reason is said and null returned.
    /// </summary>
    public async Task<string?> TakeAsync(TurnContext context, IProfileDraft draft, CancellationToken cancellationToken)
    {
        if (IsPersonal)
        {
            vault.ForgetCurrentMessage();
        }

        if (await read(context, draft, cancellationToken) is not { } value)
        {
            return null;
        }

        keep(draft, IsPersonal ? vault.Seal(value) : value);
        return value;
    }
}
