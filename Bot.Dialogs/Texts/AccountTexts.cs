using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the account dialog: data saya, ubah data, hapus data saya.</summary>
public static class AccountTexts
{
    public static readonly Bilingual Menu = new("Akun Anda. Apa yang ingin Anda lakukan?", "Your account. What would you like to do?");

    public static readonly Bilingual ShowData = new("Data saya", "My data");

    public static readonly Bilingual EditData = new("Ubah data", "Change my data");

    public static readonly Bilingual SignGuestBook = new("Isi buku tamu hari ini", "Sign today's guest book");

    public static readonly Bilingual DeleteData = new("Hapus data saya", "Delete my data");

    public static readonly Bilingual Back = new("Menu utama", "Main menu");

    public static readonly Bilingual NotRegistered = new("Anda belum terdaftar. Mari mendaftar dulu.", "You are not registered yet. Let's sign you up first.");

    public static readonly Bilingual NothingStored = new(
        "Chat ini tidak terhubung ke akun mana pun, jadi tidak ada data pribadi Anda yang kami simpan.",
        "This chat is not linked to any account, so we hold no personal data of yours.");

    public static readonly Bilingual Profile = new(
        "Data yang kami simpan:\nNama: {0}\nEmail: {1}\nIdentitas: {2} {3}\nPekerjaan: {4}\nInstansi: {5}\nNomor HP: {6}\nTerdaftar: {7}\nKanal terhubung: {8}\nKunjungan di buku tamu: {9}\nUntuk mengubah ketik \"ubah data saya\"; untuk menghapus ketik \"hapus data saya\".",
        "The data we store:\nName: {0}\nEmail: {1}\nIdentity: {2} {3}\nOccupation: {4}\nInstitution: {5}\nPhone: {6}\nRegistered: {7}\nLinked channels: {8}\nGuest-book visits: {9}\nTo change it type \"change my data\"; to delete it type \"delete my data\".");

    public static readonly Bilingual ChooseField = new("Data mana yang ingin diubah?", "Which data would you like to change?");

    public static readonly Bilingual FieldName = new("Nama", "Name");

    public static readonly Bilingual FieldEmail = new("Email", "Email");

    public static readonly Bilingual FieldIdentity = new("Kartu identitas", "Identity card");

    public static readonly Bilingual FieldOccupation = new("Pekerjaan dan instansi", "Occupation and institution");

    public static readonly Bilingual FieldPhone = new("Nomor HP", "Phone number");

    public static readonly Bilingual EmailTaken = new(
        "Email itu sudah dipakai akun lain. Pakai alamat lain.",
        "That email already belongs to another account. Please use another address.");

    public static readonly Bilingual Updated = new("Data Anda sudah diperbarui.", "Your data has been updated.");

    public static readonly Bilingual ConfirmDelete = new(
        "Hapus akun dan semua data pribadi Anda (nama, email, identitas, pekerjaan, instansi, nomor HP, pesan, isi pengaduan)? Yang tersisa: nomor tiket pengaduan tanpa isi, serta buku tamu dan penilaian sebagai hitungan tanpa identitas. Ini tidak dapat dibatalkan.",
        "Delete your account and all your personal data (name, email, identity, occupation, institution, phone, messages, complaint texts)? What remains: complaint ticket numbers without text, and guest-book visits and ratings as counts without identity. This cannot be undone.");

    public static readonly Bilingual YesDelete = new("Ya, hapus data saya", "Yes, delete my data");

    public static readonly Bilingual NoKeep = new("Tidak, simpan", "No, keep it");

    public static readonly Bilingual Deleted = new(
        "Akun dan data pribadi Anda sudah dihapus. Terima kasih telah memakai layanan kami.",
        "Your account and personal data have been deleted. Thank you for using our service.");

    // Step-up: what cannot be undone is confirmed with a fresh code to the email on file.
    public static readonly Bilingual DeleteCodeSent = new(
        "Untuk memastikan ini memang Anda, kami mengirim kode 6 angka ke {0} (berlaku 10 menit). Ketik kodenya di sini untuk menghapus data. Data Anda belum dihapus.",
        "To make sure it is really you, we sent a 6-digit code to {0} (valid for 10 minutes). Type it here to delete your data. Nothing has been deleted yet.");

    public static readonly Bilingual OldEmailCodeSent = new(
        "Untuk memastikan ini memang Anda, kami mengirim kode 6 angka ke email Anda saat ini, {0} (berlaku 10 menit). Ketik kodenya di sini; setelah itu Anda dapat memasukkan email baru.",
        "To make sure it is really you, we sent a 6-digit code to your current email, {0} (valid for 10 minutes). Type it here; then you can enter the new email.");

    public static readonly Bilingual AskAccountCode = new("Ketik kode 6 angka yang kami kirim ke {0}.", "Type the 6-digit code we sent to {0}.");

    public static readonly Bilingual AccountCodeLimit = new(
        "Batas 3 kiriman kode per jam untuk email Anda sudah tercapai. Data Anda tidak diubah. Silakan coba lagi setelah pukul {0}.",
        "The limit of 3 codes an hour for your email is reached. Your data was not changed. Please try again after {0}.");

    public static readonly Bilingual Resend = new("Kirim ulang kode", "Resend the code");

    public static readonly Bilingual StepUpMailSubject = new("Kode konfirmasi {0}: {1}", "{0} confirmation code: {1}");

    public static readonly Bilingual StepUpMailBody = new(
        "Halo,\n\nSeseorang meminta untuk {2} di layanan {0}. Kode konfirmasinya:\n\n{1}\n\nKode berlaku 10 menit. Jangan berikan kode ini kepada siapa pun. Jika bukan Anda yang meminta, abaikan email ini: data Anda tetap aman.\n\n{0}",
        "Hello,\n\nSomeone asked to {2} at the {0} service. The confirmation code is:\n\n{1}\n\nThe code is valid for 10 minutes. Do not share it with anyone. If it was not you, ignore this email: your data stays safe.\n\n{0}");

    public static readonly Bilingual PurposeDelete = new("menghapus akun dan data pribadi Anda", "delete your account and personal data");

    public static readonly Bilingual PurposeChangeEmail = new("mengganti email akun Anda", "change the email of your account");

    public static readonly Bilingual NotChanged = new("Baik, email Anda tidak diubah.", "Okay, your email was not changed.");

    public static readonly Bilingual Kept = new("Baik, data Anda tidak dihapus.", "Okay, your data was not deleted.");
}
