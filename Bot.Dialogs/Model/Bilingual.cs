using System.Globalization;

namespace Bot.Dialogs.Model;

/// <summary>A user-facing text in Indonesian and English. Placeholders use composite format ({0}).</summary>
public sealed record Bilingual(string Id, string En)
{
    /// <summary>The text in the given language, with arguments formatted invariantly.</summary>
    public string In(Language language, params object?[] args)
    {
        var template = language == Language.En ? En : Id;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
