using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>
/// The personal-data notice (UU 27/2022 Pasal 21: the information comes before any collection):
/// the short one that opens registration, and the long one behind the word "privasi". What they
/// say must stay true of the code: README's "Personal data, retention and abuse limits".
/// {0} is Retention:MessageDays.
/// </summary>
public static class PrivacyTexts
{
    public static readonly Bilingual Consent = new(
        "Sebelum mendaftar, mohon baca ringkasan data pribadi ini (UU 27/2022):\n• Pengendali data: BPS Kota Tarakan.\n• Yang kami minta: nama, email, nomor identitas, pekerjaan, instansi, nomor HP; lalu buku tamu.\n• Untuk: identifikasi pengunjung (standar layanan), statistik, watermark publikasi, tindak lanjut pengaduan.\n• Disimpan: data akun selama akun ada; isi chat {0} hari.\n• Dilihat oleh: petugas PST dan penyedia pesan (WhatsApp, Telegram).\n• Hak Anda: \"data saya\", \"ubah data saya\", \"hapus data saya\". Selengkapnya: \"privasi\".\nApakah Anda setuju?",
        "Before you register, please read this personal data summary (Law 27/2022):\n• Data controller: BPS Kota Tarakan.\n• What we ask: name, email, identity number, occupation, institution, phone; then the guest book.\n• Why: visitor identification (service standard), statistics, the watermark of publications, following up complaints.\n• Kept: account data while the account exists; chat texts {0} days.\n• Seen by: PST staff and the messaging providers (WhatsApp, Telegram).\n• Your rights: \"my data\", \"change my data\", \"delete my data\". In full: \"privacy\".\nDo you agree?");

    public static readonly Bilingual LongWhat = new(
        "Pelindungan data pribadi (UU 27/2022 tentang Pelindungan Data Pribadi)\nPengendali data: BPS Kota Tarakan, melalui layanan PST.\nData yang kami simpan: nama, email, jenis dan nomor identitas, pekerjaan, instansi, nomor HP, buku tamu kunjungan, penilaian, pengaduan, riwayat unduhan, serta isi chat Anda dengan kami.\nTujuan: identifikasi pengunjung sesuai standar layanan PST, statistik pengguna, nama Anda pada watermark publikasi yang Anda unduh, dan tindak lanjut pengaduan.\nDasar: persetujuan Anda saat mendaftar. Tanpa mendaftar, Anda tetap bisa mencari publikasi.",
        "Personal data protection (Indonesian Law 27/2022 on Personal Data Protection)\nData controller: BPS Kota Tarakan, through its PST service.\nWhat we keep: name, email, identity type and number, occupation, institution, phone number, guest-book visits, ratings, complaints, download history, and your chat with us.\nWhy: visitor identification as the PST service standard requires, user statistics, your name on the watermark of publications you download, and following up complaints.\nBasis: your consent when you register. Without registering you can still search publications.");

    public static readonly Bilingual LongWho = new(
        "Lama penyimpanan: data akun selama akun Anda ada; isi pesan (dua arah) dan berkas yang Anda kirim {0} hari, lalu dihapus otomatis.\nYang dapat melihat: petugas PST (termasuk grup petugas saat pengaduan atau chat dengan petugas) dan penyedia layanan pesan yang menyalurkan chat (WhatsApp melalui Twilio atau Meta, Telegram). Di server kami data disimpan terenkripsi; kami tidak menjual atau memberikannya kepada pihak lain.",
        "How long: account data while your account exists; messages (both ways) and files you send, {0} days, then deleted automatically.\nWho can see it: PST staff (including the staff group for complaints and staff chats) and the messaging providers that carry the chat (WhatsApp through Twilio or Meta, Telegram). On our server the data is stored encrypted; we do not sell it or give it to anyone else.");

    public static readonly Bilingual LongRights = new(
        "Hak Anda, cukup ketik:\n• \"data saya\": melihat data yang kami simpan.\n• \"ubah data saya\": memperbaiki data.\n• \"hapus data saya\": menghapus akun dan menarik persetujuan.\nYang dihapus: akun, kode verifikasi, semua pesan Anda dan balasan kami di setiap kanal yang tertaut, berkas kiriman Anda, email untuk Anda, sesi web, isi pengaduan dan komentar penilaian. Yang tersisa: nomor tiket pengaduan (tanpa isi), serta buku tamu dan penilaian sebagai hitungan tanpa identitas.",
        "Your rights, just type:\n• \"my data\": see what we keep.\n• \"change my data\": correct it.\n• \"delete my data\": delete the account and withdraw consent.\nWhat is deleted: the account, verification codes, all your messages and our replies on every linked channel, the files you sent, mails to you, web sessions, complaint texts and rating comments. What remains: complaint ticket numbers (without text), and guest-book visits and ratings as counts without identity.");

    public static readonly Bilingual Agree = new("Saya setuju", "I agree");

    public static readonly Bilingual Disagree = new("Tidak setuju", "I do not agree");

    public static readonly Bilingual ConsentRefused = new(
        "Baik. Tanpa persetujuan Anda, akun tidak dapat dibuat, dan tidak ada data yang disimpan. Anda tetap bisa mencari publikasi.",
        "All right. Without your consent no account can be made, and nothing was saved. You can still search publications.");
}
