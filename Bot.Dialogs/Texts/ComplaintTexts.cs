using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the complaint dialog.</summary>
public static class ComplaintTexts
{
    public static readonly Bilingual ChooseCategory = new(
        "Pengaduan, saran, atau laporan Anda tentang apa?",
        "What is your complaint, suggestion or report about?");

    public static readonly Bilingual CategoryService = new("Layanan", "Service");
    public static readonly Bilingual CategoryStaff = new("Petugas", "Staff");
    public static readonly Bilingual CategoryData = new("Data / publikasi", "Data / publications");
    public static readonly Bilingual CategorySystem = new("Sistem / aplikasi", "System / application");
    public static readonly Bilingual CategoryOther = new("Lainnya", "Other");

    public static readonly Bilingual PickCategory = new(
        "Mohon pilih salah satu kategori (ketik 1–5).",
        "Please choose one of the categories (type 1–5).");

    public static readonly Bilingual Describe = new(
        "Silakan ceritakan pengaduan atau saran Anda (paling banyak {0} karakter).",
        "Please describe your complaint or suggestion (at most {0} characters).");

    public static readonly Bilingual DescriptionMissing = new(
        "Mohon tuliskan pengaduan Anda dalam bentuk teks.",
        "Please write your complaint as text.");

    public static readonly Bilingual DescriptionTooLong = new(
        "Pesan terlalu panjang ({0} karakter). Mohon ringkas menjadi paling banyak {1} karakter.",
        "The message is too long ({0} characters). Please shorten it to at most {1} characters.");

    public static readonly Bilingual AskAttachment = new(
        "Ada foto atau dokumen pendukung? Kirim sekarang, atau pilih Lewati.",
        "Do you have a supporting photo or document? Send it now, or choose Skip.");

    public static readonly Bilingual AttachmentOrSkip = new(
        "Kirim foto atau dokumen, atau pilih Lewati.",
        "Send a photo or document, or choose Skip.");

    public static readonly Bilingual Skip = new("Lewati", "Skip");

    public static readonly Bilingual Confirm = new(
        "Mohon periksa pengaduan Anda:\nKategori: {0}\nIsi: {1}\nLampiran: {2}\n\nKirim sekarang?",
        "Please check your complaint:\nCategory: {0}\nText: {1}\nAttachments: {2}\n\nSend it now?");

    public static readonly Bilingual NoAttachment = new("tidak ada", "none");

    public static readonly Bilingual Send = new("Kirim", "Send");
    public static readonly Bilingual Edit = new("Ubah isi", "Change the text");
    public static readonly Bilingual Cancel = new("Batal", "Cancel");

    public static readonly Bilingual PickConfirm = new(
        "Mohon pilih Kirim, Ubah isi, atau Batal.",
        "Please choose Send, Change the text, or Cancel.");

    public static readonly Bilingual Acknowledged = new(
        "Pengaduan Anda kami terima dengan nomor {0}.\nTarget kami: petugas menanggapi sebelum {1} (jam layanan {2}). Balasannya akan muncul di percakapan ini.",
        "We have received your complaint, number {0}.\nOur aim: staff respond before {1} (office hours {2}). Their answer will appear in this chat.");

    public static readonly Bilingual OtherChannels = new(
        "Anda juga dapat menghubungi kami melalui:\n{0}",
        "You can also reach us through:\n{0}");

    public static readonly Bilingual Discarded = new(
        "Baik, pengaduan tidak dikirim.",
        "Okay, the complaint was not sent.");

    public static readonly Bilingual GuestBookNeeded = new(
        "Untuk mengirim pengaduan, mohon isi buku tamu terlebih dahulu. Ketik \"pengaduan\" untuk mencoba lagi.",
        "To send a complaint, please sign the guest book first. Type \"complaint\" to try again.");
}
