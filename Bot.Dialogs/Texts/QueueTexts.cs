using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the queue-number dialog and of the calls that reach the visitor.</summary>
public static class QueueTexts
{
    public static readonly Bilingual MenuTake = new("Ambil nomor antrean", "Take a queue number");

    public static readonly Bilingual Closed = new(
        "Mohon maaf, nomor antrean hanya bisa diambil pada jam layanan: {0}. Silakan datang kembali pada jam tersebut.",
        "Sorry, queue numbers can only be taken during office hours: {0}. Please come back then.");

    public static readonly Bilingual ChooseService = new("Nomor antrean untuk layanan apa?", "Which service is the queue number for?");

    public static readonly Bilingual BadService = new("Pilih salah satu layanan di bawah.", "Please choose one of the services below.");

    // {0} number, {1} service, {2} ahead, {3} estimated minutes.
    public static readonly Bilingual Taken = new(
        "Nomor antrean Anda: {0} ({1}).\nDi depan Anda: {2} orang. Perkiraan menunggu: ±{3} menit.",
        "Your queue number: {0} ({1}).\nAhead of you: {2}. Estimated wait: about {3} min.");

    public static readonly Bilingual AlreadyHave = new(
        "Anda sudah punya nomor antrean hari ini: {0} ({1}).\nDi depan Anda: {2} orang. Perkiraan menunggu: ±{3} menit.",
        "You already have a queue number today: {0} ({1}).\nAhead of you: {2}. Estimated wait: about {3} min.");

    public static readonly Bilingual Hints = new(
        "Ketik \"antrean saya\" untuk melihat posisi, \"batal antrean\" untuk membatalkan.",
        "Type \"antrean saya\" to see your place, \"batal antrean\" to give it up.");

    public static readonly Bilingual InviteGuestBook = new(
        "Agar cepat dilayani, isi buku tamu hari ini sekarang. Kami melayani paling lama 5 menit setelah buku tamu terisi.",
        "To be served quickly, sign today's guest book now. We serve you within 5 minutes after the guest book is signed.");

    public static readonly Bilingual FillNow = new("Isi buku tamu sekarang", "Sign the guest book now");

    public static readonly Bilingual Later = new("Nanti saja", "Later");

    public static readonly Bilingual BadInvite = new("Pilih salah satu: isi buku tamu sekarang, atau nanti saja.", "Please choose: sign the guest book now, or later.");

    public static readonly Bilingual GuestBookReady = new(
        "Buku tamu hari ini sudah terisi. Mohon tunggu, nomor {0} akan dipanggil paling lama 5 menit lagi; kami kirim pesan saat dipanggil.",
        "Today's guest book is signed. Please wait: number {0} will be called within 5 minutes, and we will message you when it is.");

    public static readonly Bilingual GuestBookLater = new(
        "Baik. Anda bisa mengisi buku tamu nanti di front office atau lewat menu akun. Kami kirim pesan saat nomor {0} dipanggil.",
        "Okay. You can sign the guest book later at the front office or from the account menu. We will message you when number {0} is called.");

    public static readonly Bilingual GuestBookNotDone = new(
        "Buku tamu belum terisi, tetapi nomor {0} tetap berlaku. Kami kirim pesan saat dipanggil.",
        "The guest book is not signed yet, but number {0} stays valid. We will message you when it is called.");

    public static readonly Bilingual Mine = new(
        "Nomor antrean Anda: {0} ({1}).\nDi depan Anda: {2} orang. Perkiraan menunggu: ±{3} menit.",
        "Your queue number: {0} ({1}).\nAhead of you: {2}. Estimated wait: about {3} min.");

    public static readonly Bilingual MineCalled = new(
        "Nomor {0} sudah dipanggil — silakan ke Meja {1}.",
        "Number {0} has been called — please go to Counter {1}.");

    public static readonly Bilingual NoNumber = new(
        "Anda belum punya nomor antrean hari ini. Ketik \"antri\" untuk mengambil nomor.",
        "You have no queue number today. Type \"antri\" to take one.");

    public static readonly Bilingual GivenUp = new(
        "Nomor antrean {0} sudah dibatalkan. Terima kasih telah memberi tahu kami.",
        "Queue number {0} is cancelled. Thank you for letting us know.");

    public static readonly Bilingual Called = new(
        "Nomor {0} dipanggil — silakan ke Meja {1}.",
        "Number {0} is called — please go to Counter {1}.");

    public static readonly Bilingual Recalled = new(
        "Panggilan ulang: nomor {0} — silakan ke Meja {1}.",
        "Called again: number {0} — please go to Counter {1}.");

    public static readonly Bilingual HeadsUp = new(
        "Sebentar lagi giliran Anda: tinggal 1 orang di depan nomor {0}. Mohon bersiap di ruang tunggu.",
        "Your turn is coming: only 1 visitor is ahead of number {0}. Please be ready in the waiting room.");

    public static readonly Bilingual Skipped = new(
        "Nomor {0} sudah dipanggil tetapi Anda belum datang, jadi nomor ini kami lewati. Jika masih ingin dilayani, ketik \"antri\" untuk mengambil nomor baru.",
        "Number {0} was called but you did not come, so we skipped it. If you still want to be served, type \"antri\" to take a new number.");

    public static readonly Bilingual Done = new(
        "Terima kasih telah berkunjung ke {0}. Ketik \"nilai\" untuk menilai layanan kami.",
        "Thank you for visiting {0}. Type \"nilai\" to rate our service.");
}
