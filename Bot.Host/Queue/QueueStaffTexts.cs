using Bot.Dialogs.Model;

namespace Bot.Host.Queue;

/// <summary>What staff read about the queue in their Telegram group (rendered in Indonesian, like the ticket desk's).</summary>
internal static class QueueStaffTexts
{
    public static readonly Bilingual Called = new("📣 {0} dipanggil ke Meja {1}{2}.", "📣 {0} called to Counter {1}{2}.");
    public static readonly Bilingual GuestBookMissing = new(" (buku tamu belum diisi)", " (guest book not signed)");
    public static readonly Bilingual NobodyWaiting = new("Tidak ada pengunjung yang menunggu{0}.", "No visitor is waiting{0}.");
    public static readonly Bilingual ForService = new(" untuk layanan {0}", " for service {0}");
    public static readonly Bilingual Recalled = new("🔁 {0} dipanggil ulang ke Meja {1}.", "🔁 {0} called again to Counter {1}.");
    public static readonly Bilingual Skipped = new("⏭️ {0} dilewati (tidak hadir); pengunjung diberi tahu bisa mengambil nomor baru.", "⏭️ {0} skipped (no-show); the visitor was told they can take a new number.");
    public static readonly Bilingual Done = new("✅ {0} selesai dilayani.", "✅ {0} served.");
    public static readonly Bilingual TooEarly = new("{0} baru dipanggil pukul {1}; bisa dilewati mulai {2}. Panggil ulang dulu dengan /ulang {0}.", "{0} was called at {1}; it can be skipped from {2}. Recall it first with /ulang {0}.");
    public static readonly Bilingual NotCalled = new("{0} tidak sedang dipanggil.", "{0} is not being called.");
    public static readonly Bilingual Unknown = new("Nomor {0} tidak ada hari ini.", "There is no number {0} today.");
    public static readonly Bilingual NoneCalled = new("Belum ada nomor yang sedang dipanggil. Tulis nomornya, mis. /ulang P-007.", "No number is being called. Give the number, e.g. /ulang P-007.");

    public static readonly Bilingual CallUsage = new(
        "Tulis meja (dan layanan bila perlu), mis. /panggil 1 atau /panggil 1 K.",
        "Give the counter (and the service if needed), e.g. /panggil 1 or /panggil 1 K.");

    public static readonly Bilingual Overdue = new(
        "⏰ Janji 5 menit terlewati: nomor {0} sudah menunggu {1} menit sejak buku tamu terisi ({2}) dan belum dipanggil. Mohon segera dilayani.",
        "⏰ Five-minute promise missed: number {0} has waited {1} minutes since the guest book ({2}) and is not called yet. Please serve now.");
}
