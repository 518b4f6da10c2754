using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the publication detail, reading and downloading.</summary>
public static class PublicationTexts
{
    /// <summary>The detail and its actions in one phone-sized message (the actions are its choices).</summary>
    public static readonly Bilingual Detail = new(
        "{0}\nTahun {1} · {4} hlm · {5}\nNo. Katalog {2} · No. Publikasi {3}\n\n{6}",
        "{0}\nYear {1} · {4} pp · {5}\nCatalogue no. {2} · Publication no. {3}\n\n{6}");

    public static readonly Bilingual PressReleaseDetail = new(
        "Berita Resmi Statistik\n{0}\nTanggal rilis: {1} · {2} hlm · {3}\n\n{4}",
        "Official Statistics News (press release)\n{0}\nReleased: {1} · {2} pp · {3}\n\n{4}");

    public static readonly Bilingual WhatNext = new("Apa yang ingin Anda lakukan?", "What would you like to do?");
    public static readonly Bilingual Read = new("Baca", "Read");
    public static readonly Bilingual Download = new("Unduh (PDF)", "Download (PDF)");
    public static readonly Bilingual BackToResults = new("Kembali ke hasil", "Back to results");
    public static readonly Bilingual SearchAgain = new("Cari lagi", "New search");

    public static readonly Bilingual NeedRegistration = new(
        "Untuk membaca atau mengunduh, Anda perlu terdaftar dulu (sekali saja). Kita daftar sekarang ya.",
        "To read or download, you need to register first (only once). Let's do it now.");

    public static readonly Bilingual RegistrationNotDone = new(
        "Pendaftaran belum selesai, jadi publikasi belum bisa dikirim. Anda tetap bisa mencari dan melihat detailnya.",
        "Registration is not finished, so we cannot send the publication yet. You can still search and see its details.");

    public static readonly Bilingual GuestBookNotDone = new(
        "Buku tamu belum diisi, jadi publikasi belum bisa dikirim.",
        "The guest book was not signed, so we cannot send the publication yet.");

    public static readonly Bilingual ReadLink = new(
        "Silakan baca \"{0}\" di tautan ini (berlaku 1 jam):\n{1}\n\nRingkasan: {2}",
        "Read \"{0}\" at this link (valid for 1 hour):\n{1}\n\nSummary: {2}");

    public static readonly Bilingual DownloadSent = new(
        "Berikut \"{0}\" dalam PDF, diberi watermark atas nama Anda. ID unduhan: {1}.",
        "Here is \"{0}\" as a PDF, watermarked in your name. Download ID: {1}.");

    public static readonly Bilingual QuotaExceeded = new(
        "Maaf, batas {0} publikasi per hari sudah tercapai. Silakan coba lagi besok, atau hubungi petugas bila perlu lebih.",
        "Sorry, the limit of {0} publications a day has been reached. Please try again tomorrow, or contact staff if you need more.");

    public static readonly Bilingual Unavailable = new(
        "Maaf, berkas publikasi ini sedang bermasalah sehingga belum dapat dikirim. Petugas kami sudah diberi tahu. Silakan coba publikasi lain atau hubungi petugas.",
        "Sorry, this publication's file has a problem and cannot be sent right now. Our staff have been told. Please try another publication or contact staff.");

    public static readonly Bilingual NoAbstract = new("(tidak ada ringkasan)", "(no summary)");
}
