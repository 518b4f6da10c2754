using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the router and the main menu.</summary>
public static class RouterTexts
{
    public static readonly Bilingual Greeting = new(
        "Halo! Selamat datang di layanan perpustakaan {0}. Ada yang bisa kami bantu?\nKetik kata kunci publikasi yang dicari, atau pilih menu:",
        "Hello! Welcome to the library service of {0}. How can we help?\nType what publication you are looking for, or choose from the menu:");

    public static readonly Bilingual MenuAgain = new(
        "Ada lagi yang bisa kami bantu? Pilih menu atau ketik kata kunci publikasi:",
        "Anything else we can help with? Choose from the menu or type a publication keyword:");

    public static readonly Bilingual MenuSearch = new("Cari publikasi", "Search publications");
    public static readonly Bilingual MenuAccount = new("Daftar / akun saya", "Register / my account");
    public static readonly Bilingual MenuInfo = new("Informasi layanan", "Service information");
    public static readonly Bilingual MenuRate = new("Beri nilai layanan", "Rate the service");
    public static readonly Bilingual MenuComplaint = new("Pengaduan", "Complaint");
    public static readonly Bilingual MenuStaff = new("Chat dengan petugas", "Chat with staff");
    public static readonly Bilingual MenuHelp = new("Bantuan", "Help");

    /// <summary>Help; {0} is how to choose on this channel (<see cref="HelpChooseByNumber"/> or <see cref="HelpChooseByButton"/>).</summary>
    public static readonly Bilingual Help = new(
        "Cara memakai layanan ini:\n• Tulis pertanyaan atau kata kunci publikasi, mis. \"inflasi 2024\".\n• {0}\n• Kata untuk setiap langkah (kecuali saat chat dengan petugas): \"menu\" (menu utama), \"batal\" (hentikan langkah ini), \"bantuan\" (petunjuk ini), \"bahasa\" (Indonesia/Inggris), \"privasi\" (data pribadi).\n• \"pengaduan\": pengaduan tertulis (tiket). \"hubungi petugas\": chat langsung pada jam layanan; di luar jam itu dibalas pada jam layanan berikutnya. Ketik \"selesai\" untuk mengakhiri chat.",
        "How to use this service:\n• Write your question or publication keywords, e.g. \"inflation 2024\".\n• {0}\n• Words for every step (except while chatting with staff): \"menu\" (main menu), \"cancel\" (stop this step), \"help\" (these tips), \"language\" (Indonesian/English), \"privacy\" (personal data).\n• \"complaint\": a written complaint (a ticket). \"talk to staff\": a live chat in office hours; outside them, answered in the next office hours. Type \"selesai\" (done) to end the chat.");

    public static readonly Bilingual HelpChooseByNumber = new(
        "Pilih dengan membalas angka pilihan (atau tombolnya bila ada).",
        "Choose by replying with the option's number (or its button if shown).");

    public static readonly Bilingual HelpChooseByButton = new(
        "Pilih dengan tombol atau ketik nomornya.",
        "Choose with a button or type its number.");

    public static readonly Bilingual HelpMenuHint = new(
        "Ketik \"menu\" untuk melihat menu utama.",
        "Type \"menu\" to see the main menu.");

    public static readonly Bilingual HelpInDialog = new(
        "Anda sedang di tengah percakapan. Jawab pertanyaan di bawah, atau ketik \"batal\" untuk membatalkan.",
        "You are in the middle of a conversation. Answer the question below, or type \"cancel\" to stop.");

    public static readonly Bilingual Cancelled = new("Baik, dibatalkan. Tidak ada yang disimpan.", "Okay, cancelled. Nothing was saved.");

    public static readonly Bilingual NothingToCancel = new("Tidak ada yang perlu dibatalkan.", "There is nothing to cancel.");

    public static readonly Bilingual LanguageSwitched = new("Bahasa diubah ke Bahasa Indonesia.", "Language switched to English.");

    public static readonly Bilingual Expired = new(
        "Percakapan sebelumnya kami tutup karena lama tidak aktif. Silakan mulai lagi.",
        "We closed the previous conversation because it was idle for a while. Let's start again.");

    public static readonly Bilingual StuckHint = new(
        "Masih kesulitan? Ketik \"bantuan\" untuk petunjuk, atau \"menu\" untuk kembali ke menu utama.",
        "Still stuck? Type \"help\" for instructions, or \"menu\" to go back to the main menu.");

    public static readonly Bilingual ComingSoon = new(
        "Maaf, fitur ini belum tersedia. Silakan pilih menu lain.",
        "Sorry, this feature is not available yet. Please choose something else.");

    public static readonly Bilingual SearchComingSoon = new(
        "Pencarian publikasi segera hadir. Sementara itu, pilih menu di bawah atau ketik \"hubungi petugas\".",
        "Publication search is coming soon. Meanwhile, choose from the menu or type \"talk to staff\".");

    public static readonly Bilingual UnknownChoice = new(
        "Pilihan itu sudah tidak berlaku. Silakan pilih dari menu berikut:",
        "That option is no longer available. Please choose from this menu:");

    public static readonly Bilingual ProcessingFailed = new(
        "Maaf, pesan Anda belum dapat kami proses karena kendala teknis. Silakan coba lagi sebentar lagi, atau ketik \"menu\".",
        "Sorry, we could not process your message because of a technical problem. Please try again shortly, or type \"menu\".");
}
