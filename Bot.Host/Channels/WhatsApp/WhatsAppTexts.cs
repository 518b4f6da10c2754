using Bot.Dialogs.Model;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>What the WhatsApp channel adds to replies: WhatsApp has no buttons, so choices are numbered.</summary>
internal static class WhatsAppTexts
{
    public static readonly Bilingual ReplyWithNumber = new(
        "Balas dengan angka:",
        "Reply with a number:");

    public static readonly Bilingual ReplyWithListedNumberOr = new(
        "Balas dengan angka 1–{0} untuk detail, atau:",
        "Reply with 1–{0} for details, or:");

    public static readonly Bilingual ReplyWithListedNumber = new(
        "Balas dengan angka 1–{0} untuk detail.",
        "Reply with 1–{0} for details.");

    public static readonly Bilingual DownloadLink = new(
        "Berkas {0} terlalu besar untuk dikirim lewat WhatsApp. Silakan unduh di sini:\n{1}",
        "The file {0} is too large to send on WhatsApp. Please download it here:\n{1}");

    /// <summary>The out-of-window template's variable {{1}} when the user's WhatsApp name is unknown.</summary>
    public static readonly Bilingual FallbackName = new("Bapak/Ibu", "there");
}
