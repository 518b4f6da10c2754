using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the guest-book (buku tamu) dialog.</summary>
public static class GuestBookTexts
{
    public static readonly Bilingual AskPurpose = new(
        "Sebelum melanjutkan, mohon isi buku tamu hari ini. Apa tujuan kunjungan Anda?",
        "Before we continue, please sign today's guest book. What is the purpose of your visit?");

    public static readonly Bilingual BadPurpose = new("Pilih salah satu tujuan di bawah.", "Please choose one of the purposes below.");

    public static readonly Bilingual AskLookingFor = new(
        "Data apa yang Anda cari? (boleh dilewati)",
        "What data are you looking for? (you may skip this)");

    public static readonly Bilingual BadLookingFor = new("Mohon tulis singkat saja (paling banyak 300 karakter).", "Please keep it short (at most 300 characters).");

    public static readonly Bilingual Skip = new("Lewati", "Skip");

    public static readonly Bilingual Signed = new("Terima kasih, buku tamu hari ini sudah terisi.", "Thank you, today's guest book is signed.");

    public static readonly Bilingual AlreadySigned = new("Anda sudah mengisi buku tamu hari ini. Terima kasih!", "You have already signed today's guest book. Thank you!");

    public static readonly Bilingual NotRegistered = new(
        "Buku tamu diisi oleh pengguna terdaftar. Ketik \"daftar\" untuk mendaftar.",
        "The guest book is for registered users. Type \"register\" (\"daftar\") to sign up.");

    public static readonly Bilingual PurposeResearch = new("Skripsi / tesis / penelitian", "Thesis / research");

    public static readonly Bilingual PurposeAssignment = new("Tugas sekolah / kuliah", "School or college assignment");

    public static readonly Bilingual PurposeWork = new("Pekerjaan / pemerintahan", "Work / government");

    public static readonly Bilingual PurposeBusiness = new("Bisnis", "Business");

    public static readonly Bilingual PurposePersonal = new("Keperluan pribadi", "Personal");

    public static readonly Bilingual PurposeOther = new("Lainnya", "Other");
}
