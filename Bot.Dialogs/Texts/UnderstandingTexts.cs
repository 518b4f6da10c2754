using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the understanding step: small talk, clarifying questions, digressions.</summary>
public static class UnderstandingTexts
{
    public static readonly Bilingual GoodMorning = new("Halo, selamat pagi!", "Hello, good morning!");
    public static readonly Bilingual GoodDay = new("Halo, selamat siang!", "Hello, good afternoon!");
    public static readonly Bilingual GoodAfternoon = new("Halo, selamat sore!", "Hello, good afternoon!");
    public static readonly Bilingual GoodEvening = new("Halo, selamat malam!", "Hello, good evening!");

    public static readonly Bilingual Salam = new(
        "Waalaikumsalam warahmatullahi wabarakatuh.",
        "Wa alaikum assalam.");

    public static readonly Bilingual Welcome = new(
        "Selamat datang di layanan perpustakaan {0}. Ada yang bisa kami bantu?\nTulis saja pertanyaan Anda atau publikasi yang dicari, atau pilih menu:",
        "Welcome to the library service of {0}. How can we help?\nJust write your question or the publication you need, or choose from the menu:");

    public static readonly Bilingual ChooseNumber = new(
        "Nomor itu tidak ada dalam pilihan. Pilih salah satu nomor di bawah, atau tulis pertanyaan Anda.",
        "That number is not one of the options. Choose one of the numbers below, or write your question.");

    public static readonly Bilingual Thanks = new(
        "Sama-sama, senang bisa membantu. 🙏",
        "You're welcome, glad to help. 🙏");

    public static readonly Bilingual Goodbye = new(
        "Terima kasih telah menghubungi {0}. Sampai jumpa! Ketik apa saja kapan pun Anda butuh bantuan lagi.",
        "Thank you for contacting {0}. Goodbye! Type anything whenever you need help again.");

    public static readonly Bilingual DidYouMean = new("Maaf, maksud Anda:", "Sorry, did you mean:");

    public static readonly Bilingual SearchFor = new("Cari publikasi '{0}'", "Search publications for '{0}'");

    public static readonly Bilingual Resume = new("Lanjutkan {0}?", "Continue {0}?");

    public static readonly Bilingual ResumeYes = new("Ya, lanjutkan", "Yes, continue");

    public static readonly Bilingual ResumeNo = new("Tidak", "No");

    public static readonly Bilingual Dropped = new("Baik, tidak dilanjutkan.", "Okay, we won't continue it.");

    public static readonly Bilingual StaleButton = new(
        "Maaf, tombol itu dari pesan sebelumnya. Kita sedang di sini:",
        "Sorry, that button is from an earlier message. This is where we are:");

    public static readonly Bilingual ExpiredOffer = new(
        "Maaf, pilihan itu sudah tidak berlaku.",
        "Sorry, that option is no longer available.");

    /// <summary>How an interrupted dialog is named in "Lanjutkan …?".</summary>
    public static Bilingual DialogTitle(string dialog) => dialog switch
    {
        "register" => new("pendaftaran", "the registration"),
        "account" => new("pengelolaan data Anda", "managing your data"),
        "complaint" => new("pengaduan", "the complaint"),
        "rating" => new("penilaian layanan", "the rating"),
        "guestbook" => new("pengisian buku tamu", "the guest book"),
        "publication" => new("unduhan publikasi", "the download"),
        "staff" => new("pesan untuk petugas", "the message to staff"),
        _ => new("percakapan sebelumnya", "the previous conversation"),
    };
}
