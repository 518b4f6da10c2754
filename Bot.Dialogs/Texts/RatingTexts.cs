using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the rating dialog (quick rating and the SKM survey).</summary>
public static class RatingTexts
{
    public static readonly Bilingual QuickQuestion = new(
        "Bagaimana kepuasan Anda terhadap layanan kami?",
        "How satisfied are you with our service?");

    public static readonly Bilingual Score1 = new("Tidak puas", "Not satisfied");
    public static readonly Bilingual Score2 = new("Kurang puas", "Not quite satisfied");
    public static readonly Bilingual Score3 = new("Puas", "Satisfied");
    public static readonly Bilingual Score4 = new("Sangat puas", "Very satisfied");

    public static readonly Bilingual AlreadyRated = new(
        "Anda sudah memberi nilai untuk layanan ini. Terima kasih!",
        "You have already rated this service. Thank you!");

    public static readonly Bilingual CommentQuestion = new(
        "Terima kasih! Ada komentar atau saran? Tulis singkat, atau pilih Lewati.",
        "Thank you! Any comment or suggestion? Write it briefly, or choose Skip.");

    public static readonly Bilingual CommentOrSkip = new(
        "Silakan tulis komentar Anda, atau pilih Lewati.",
        "Please write your comment, or choose Skip.");

    public static readonly Bilingual Skip = new("Lewati", "Skip");

    public static readonly Bilingual CommentTooLong = new(
        "Komentar terlalu panjang ({0} karakter). Mohon ringkas menjadi paling banyak {1} karakter.",
        "The comment is too long ({0} characters). Please shorten it to at most {1} characters.");

    public static readonly Bilingual SurveyOffer = new(
        "Bersedia mengisi Survei Kepuasan Masyarakat? Ada 9 pertanyaan singkat, sekitar 1 menit.",
        "Would you fill in the public satisfaction survey? 9 short questions, about 1 minute.");

    public static readonly Bilingual SurveyYes = new("Ya, isi survei", "Yes, take the survey");
    public static readonly Bilingual SurveyNo = new("Tidak, terima kasih", "No, thanks");

    public static readonly Bilingual SurveyQuestion = new("Pertanyaan {0} dari 9:\n{1}", "Question {0} of 9:\n{1}");

    public static readonly Bilingual PickScore = new(
        "Mohon pilih salah satu dari 4 jawaban (ketik 1–4).",
        "Please choose one of the 4 answers (type 1–4).");

    public static readonly Bilingual PickYesNo = new(
        "Mohon pilih 1 untuk mengisi survei atau 2 untuk melewatinya.",
        "Please choose 1 to take the survey or 2 to skip it.");

    public static readonly Bilingual ThanksQuick = new(
        "Terima kasih atas penilaian Anda. Masukan Anda membantu kami memperbaiki layanan.",
        "Thank you for your rating. Your feedback helps us improve.");

    public static readonly Bilingual ThanksSurvey = new(
        "Terima kasih telah mengisi survei kepuasan! Jawaban Anda sudah kami simpan.",
        "Thank you for completing the satisfaction survey! Your answers are saved.");
}
