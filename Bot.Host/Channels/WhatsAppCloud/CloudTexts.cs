using Bot.Dialogs.Model;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>What the Cloud API channel adds to replies.</summary>
internal static class CloudTexts
{
    /// <summary>The button that opens a list of choices (at most 20 characters).</summary>
    public static readonly Bilingual ListButton = new("Pilih", "Choose");

    /// <summary>An interactive message needs a body; this one stands in when the reply has no text.</summary>
    public static readonly Bilingual ChooseBody = new("Silakan pilih:", "Please choose:");

    /// <summary>The staff group's notice ({0}: ticket numbers, {1}: time in WITA). The staff group reads Indonesian.</summary>
    public const string UndeliverableForStaff =
        "⚠️ Balasan WhatsApp untuk tiket {0} tidak dapat dikirim (kode 131026: nomor tidak dapat menerima pesan). Mohon hubungi pengguna lewat jalur lain. ({1})";
}
