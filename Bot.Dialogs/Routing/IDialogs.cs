namespace Bot.Dialogs.Routing;

/// <summary>
/// The dialogs by name. A turn needs one or two of them, so the host builds only those (with
/// their ports) instead of every dialog and everything each depends on.
/// </summary>
public interface IDialogs
{
    /// <summary>The dialog registered under <paramref name="name"/>, or null when there is none (a frame of a removed dialog).</summary>
    IDialog? Find(string name);
}
