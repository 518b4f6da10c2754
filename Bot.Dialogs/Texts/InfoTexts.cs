using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the service-information dialog.</summary>
public static class InfoTexts
{
    public static readonly Bilingual ChooseTopic = new("Informasi apa yang Anda perlukan?", "What would you like to know?");
    public static readonly Bilingual OtherTopics = new("Informasi lain", "Other information");
    public static readonly Bilingual BackToMenu = new("Menu utama", "Main menu");
}
