using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of "hubungi petugas" and of a conversation with staff (handoff), user side.</summary>
public static class StaffTexts
{
    public static readonly Bilingual AskMessage = new(
        "Silakan tulis pertanyaan atau pesan Anda untuk petugas.",
        "Please write your question or message for our staff.");

    /// <summary>"hubungi petugas" outside office hours: the fallback, said before the message is asked for.</summary>
    public static readonly Bilingual OutOfHours = new(
        "Saat ini di luar jam layanan petugas ({0}), jadi belum ada yang bisa membalas langsung. Pesan Anda tetap kami teruskan, dan petugas membalas di sini pada jam layanan berikutnya. Untuk pengaduan tertulis, ketik \"pengaduan\".",
        "Staff are outside office hours now ({0}), so nobody can answer live. Your message is still passed on, and staff answer here in the next office hours. For a written complaint, type \"complaint\".");

    public static readonly Bilingual MessageMissing = new(
        "Mohon tuliskan pesan Anda dalam bentuk teks.",
        "Please write your message as text.");

    public static readonly Bilingual Connected = new(
        "Pesan Anda sudah diteruskan ke petugas (nomor {0}). Target kami: petugas membalas sebelum {1} (jam layanan {2}).\nPesan Anda berikutnya juga diteruskan. Ketik \"selesai\" untuk mengakhiri.",
        "Your message was passed on to our staff (number {0}). Our aim: staff answer before {1} (office hours {2}).\nYour next messages are passed on too. Type \"selesai\" (done) to end.");

    public static readonly Bilingual StaffReply = new(
        "Petugas ({0}) — {1}:\n{2}",
        "Staff ({0}) — {1}:\n{2}");

    public static readonly Bilingual StaffReplyFooter = new(
        "Balas di sini untuk menjawab petugas. Ketik \"selesai\" untuk mengakhiri.",
        "Reply here to answer the staff. Type \"selesai\" (done) to end.");

    public static readonly Bilingual HandoffHint = new(
        "Anda sedang terhubung dengan petugas ({0}); pesan Anda diteruskan kepada mereka. Ketik \"selesai\" untuk mengakhiri dan kembali ke menu.",
        "You are talking with our staff ({0}); your messages go to them. Type \"selesai\" (done) to end and return to the menu.");

    public static readonly Bilingual EndedByUser = new(
        "Percakapan dengan petugas ({0}) telah diakhiri. Terima kasih!",
        "The conversation with our staff ({0}) has ended. Thank you!");

    public static readonly Bilingual ClosedByStaff = new(
        "Pengaduan {0} telah diselesaikan oleh petugas. Terima kasih atas kesabaran Anda!",
        "Your ticket {0} has been closed by our staff. Thank you for your patience!");

    /// <summary>Sent when a staff member takes the ticket, and only then.</summary>
    public static readonly Bilingual BeingHandled = new(
        "Pengaduan {0} sedang ditangani petugas. Balasannya akan muncul di percakapan ini.",
        "Your complaint {0} is being handled by our staff. Their answer will appear in this chat.");

    /// <summary>Sent when nobody took the ticket by its target time (escalation): the truth, and what was done.</summary>
    public static readonly Bilingual StillWaiting = new(
        "Mohon maaf, pengaduan {0} belum ditanggapi sesuai target. Kami sudah mengingatkan petugas dan atasannya; balasannya akan muncul di percakapan ini.",
        "We are sorry: your complaint {0} has not been answered within our target. We have reminded the staff and their supervisor; the answer will appear in this chat.");

    public static readonly Bilingual GuestBookNeeded = new(
        "Untuk chat dengan petugas, mohon isi buku tamu terlebih dahulu. Ketik \"hubungi petugas\" untuk mencoba lagi.",
        "To chat with our staff, please sign the guest book first. Type \"talk to staff\" to try again.");

    public static readonly Bilingual LanguageSwitched = new(
        "Bahasa diubah ke Bahasa Indonesia.",
        "Language switched to English.");
}
