using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the service-information dialog.</summary>
public static class InfoTexts
{
    public static readonly Bilingual ChooseTopic = new("Informasi apa yang Anda perlukan?", "What would you like to know?");
    public static readonly Bilingual OtherTopics = new("Informasi lain", "Other information");
    public static readonly Bilingual BackToMenu = new("Menu utama", "Main menu");
    public static readonly Bilingual UnknownTopic = new(
        "Maaf, topik itu tidak kami kenali. Pilih salah satu nomor di bawah.",
        "Sorry, we don't know that topic. Please choose one of the numbers below.");
}
