using Bot.Dialogs.Model;

namespace Bot.Host.Channels.Telegram;

/// <summary>What the Telegram channel itself says (the dialogs say everything else).</summary>
internal static class TelegramTexts
{
    // One label: the registration text quotes it.
    public static readonly Bilingual SharePhoneButton = Bot.Dialogs.Texts.RegistrationTexts.SharePhoneButton;

    public static readonly Bilingual DocumentTooLarge = new(
        "Berkas {0} terlalu besar untuk dikirim lewat Telegram. Silakan unduh di tautan ini (berlaku 1 jam):\n{1}",
        "The file {0} is too large to send on Telegram. Please download it from this link (valid for 1 hour):\n{1}");

    public static readonly Bilingual DocumentTooLargeNoLink = new(
        "Maaf, berkas {0} terlalu besar untuk dikirim lewat Telegram. Silakan minta salinannya di layanan PST BPS Kota Tarakan.",
        "Sorry, the file {0} is too large to send on Telegram. Please ask for a copy at the PST BPS Kota Tarakan service desk.");

    public static readonly Bilingual DocumentUnavailable = new(
        "Maaf, berkas {0} belum bisa disiapkan saat ini. Silakan coba lagi nanti atau ketik \"menu\".",
        "Sorry, the file {0} cannot be prepared right now. Please try again later or type \"menu\".");

    /// <summary>The bot's command list, per language ("" is Telegram's default, shown in Indonesian).</summary>
    public static readonly (string Command, Bilingual Description)[] Commands =
    [
        ("start", new("Mulai dan tampilkan menu", "Start and show the menu")),
        ("menu", new("Menu utama", "Main menu")),
        ("help", new("Bantuan", "Help")),
        ("bahasa", new("Ganti bahasa (Indonesia/English)", "Change language (Indonesian/English)")),
    ];
}
