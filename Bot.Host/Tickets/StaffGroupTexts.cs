using Bot.Dialogs.Model;

namespace Bot.Host.Tickets;

/// <summary>
/// What staff read in their Telegram group and mailbox. Staff work in Indonesian, so these are
/// rendered in Indonesian; the English stays for an operator reading the code or a future switch.
/// </summary>
internal static class StaffGroupTexts
{
    public static readonly Bilingual NewTicket = new(
        "🆕 {0}: {1}\nKategori: {2}\nDari: {3}\nWaktu: {4}\nBatas diambil: {5}\n\n{6}{7}\n\nBalas pesan ini untuk menjawab pengguna, atau tulis /balas {1} teks.",
        "🆕 {0}: {1}\nCategory: {2}\nFrom: {3}\nTime: {4}\nTake by: {5}\n\n{6}{7}\n\nReply to this message to answer the user, or write /balas {1} text.");

    public static readonly Bilingual KindComplaint = new("Pengaduan baru", "New complaint");
    public static readonly Bilingual KindConversation = new("Permintaan baru bicara dengan petugas", "New request to talk to staff");
    public static readonly Bilingual Guest = new("pengguna tamu", "guest user");
    public static readonly Bilingual Registered = new("pengguna terdaftar", "registered user");

    public static readonly Bilingual Attachments = new("\nLampiran: {0}", "\nAttachments: {0}");

    public static readonly Bilingual UserMessage = new(
        "💬 {0} — pesan pengguna:\n{1}{2}\n\n(Balas pesan ini untuk menjawab.)",
        "💬 {0} — message from the user:\n{1}{2}\n\n(Reply to this message to answer.)");

    public static readonly Bilingual Escalated = new(
        "⚠️ ESKALASI {0}: belum diambil petugas sejak {1}.\nKategori: {2}\n\n{3}\n\nMohon segera ditangani. Balas pesan ini untuk menjawab pengguna.",
        "⚠️ ESCALATION {0}: not taken by staff since {1}.\nCategory: {2}\n\n{3}\n\nPlease handle it now. Reply to this message to answer the user.");

    public static readonly Bilingual SupervisorNotice = new(
        "⚠️ ESKALASI {0}: belum diambil petugas sejak {1}.\nKategori: {2}\n\n{3}\n\nMohon pastikan segera ditangani di grup staf.",
        "⚠️ ESCALATION {0}: not taken by staff since {1}.\nCategory: {2}\n\n{3}\n\nPlease make sure it is handled in the staff group now.");

    public static readonly Bilingual Take = new("Ambil", "Take");
    public static readonly Bilingual Close = new("Selesai", "Close");

    public static readonly Bilingual Taken = new("✋ {0} diambil oleh {1}.", "✋ {0} taken by {1}.");
    public static readonly Bilingual AlreadyTaken = new("{0} sudah diambil oleh {1}.", "{0} was already taken by {1}.");
    public static readonly Bilingual Delivered = new("✓ Terkirim ke pengguna ({0}).", "✓ Sent to the user ({0}).");
    public static readonly Bilingual ClosedByStaff = new("✅ {0} ditutup oleh {1}.", "✅ {0} closed by {1}.");
    public static readonly Bilingual ClosedByUser = new("✅ {0}: pengguna mengakhiri percakapan; tiket ditutup.", "✅ {0}: the user ended the conversation; ticket closed.");
    public static readonly Bilingual AlreadyClosed = new("{0} sudah ditutup; pesan tidak dikirim.", "{0} is already closed; nothing was sent.");
    public static readonly Bilingual AlreadyClosedPlain = new("{0} sudah ditutup.", "{0} is already closed.");
    public static readonly Bilingual UserGone = new("Pengguna {0} sudah menghapus datanya; pesan tidak dapat dikirim.", "The user of {0} deleted their data; the message cannot be sent.");
    public static readonly Bilingual UnknownTicket = new("Tiket {0} tidak ditemukan.", "Ticket {0} was not found.");
    public static readonly Bilingual EmptyReply = new("Tulis teks balasannya, mis. /balas {0} Terima kasih, kami cek dulu.", "Write the reply text, e.g. /balas {0} Thanks, we are checking.");

    public static readonly Bilingual Usage = new(
        "Perintah: /balas ADU-… teks, /ambil ADU-…, /selesai ADU-…. Atau balas langsung pesan tiket.\nAntrean: /panggil 1, /ulang, /lewati, /selesai_antrean.",
        "Commands: /balas ADU-… text, /ambil ADU-…, /selesai ADU-…. Or reply directly to a ticket's message.\nQueue: /panggil 1, /ulang, /lewati, /selesai_antrean.");

    public static readonly Bilingual MailNewSubject = new("[PstBot] {0} {1} ({2})", "[PstBot] {0} {1} ({2})");
    public static readonly Bilingual MailEscalatedSubject = new("[PstBot] ESKALASI {0} belum ditangani", "[PstBot] ESCALATION {0} not handled");

    public static readonly Bilingual MailBody = new(
        "{0}\n\nTanggapi lewat grup Telegram staf: balas pesan tiket atau tulis /balas {1} teks.\nRiwayat tiket: GET /api/staff/tickets/{1}",
        "{0}\n\nAnswer in the staff Telegram group: reply to the ticket's message or write /balas {1} text.\nTicket history: GET /api/staff/tickets/{1}");

    public static readonly Bilingual NotAllowed = new(
        "Mohon maaf, akun Telegram Anda belum terdaftar sebagai petugas yang boleh menangani layanan dari grup ini. Silakan hubungi supervisor.",
        "Sorry, your Telegram account is not registered as staff who may act from this group. Please contact the supervisor.");
}
