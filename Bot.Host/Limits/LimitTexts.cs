using Bot.Dialogs.Model;

namespace Bot.Host.Limits;

/// <summary>What a user who writes too fast is told, once per window.</summary>
public static class LimitTexts
{
    public static readonly Bilingual SlowDown = new(
        "Mohon tunggu sebentar: pesan Anda masuk terlalu cepat. Untuk sementara pesan berikutnya kami simpan tanpa jawaban. Setelah jeda sejenak, silakan kirim lagi pertanyaan Anda.",
        "Please wait a moment: your messages arrive too fast. For a short while we keep further messages without answering them. After a pause, please send your question again.");
}
