using Bot.Dialogs.Model;

namespace Bot.Host.Limits;

/// <summary>What a user who writes too fast is told, once per window.</summary>
public static class LimitTexts
{
    public static readonly Bilingual SlowDown = new(
        "Mohon tunggu sebentar, pesan Anda terlalu cepat. Pesan berikutnya akan kami jawab setelah satu menit.",
        "Please wait a moment, you are sending messages too fast. We will answer again in a minute.");
}
