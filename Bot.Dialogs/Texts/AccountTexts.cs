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

    public static readonly Bilingual Kept = new("Baik, data Anda tidak dihapus.", "Okay, your data was not deleted.");
}
