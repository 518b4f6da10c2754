using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of registration and the profile questions it shares with the account dialog.</summary>
public static class RegistrationTexts
{
    public static readonly Bilingual Intro = new(
        "Pendaftaran akun (sekali saja, berlaku di WhatsApp, Telegram dan web). Sesuai standar layanan kami memerlukan identitas, email aktif dan buku tamu. Ketik \"batal\" kapan saja untuk berhenti.",
        "Account registration (once only; it works on WhatsApp, Telegram and the web). Our service standard asks for an identity card, an active email and a guest-book entry. Type \"cancel\" at any time to stop.");

    public static readonly Bilingual AlreadyRegistered = new(
        "Anda sudah terdaftar. Ketik \"data saya\" untuk melihat data Anda.",
        "You are already registered. Type \"my data\" to see what we store.");

    public static readonly Bilingual AskName = new("Siapa nama lengkap Anda (sesuai kartu identitas)?", "What is your full name (as on your identity card)?");

    public static readonly Bilingual BadName = new(
        "Nama hanya boleh berisi huruf, spasi, titik, koma, tanda kutip atau tanda hubung (2–100 karakter).",
        "A name may contain only letters, spaces, dots, commas, apostrophes or hyphens (2–100 characters).");

    public static readonly Bilingual AskEmail = new(
        "Alamat email aktif Anda? Kami akan mengirim kode verifikasi ke sana.",
        "Your active email address? We will send a verification code to it.");

    public static readonly Bilingual BadEmail = new(
        "Alamat email itu tidak valid. Contoh yang benar: nama@gmail.com",
        "That email address is not valid. A valid example: name@gmail.com");

    public static readonly Bilingual EmailKnown = new(
        "Email ini sudah terdaftar pada akun lain milik Anda (mis. dari WhatsApp atau Telegram). Setelah kodenya benar, chat ini akan terhubung ke akun tersebut.",
        "This email already belongs to an account (e.g. from WhatsApp or Telegram). Once the code is right, this chat will be linked to that account.");

    public static readonly Bilingual CodeSent = new(
        "Kode 6 angka sudah dikirim ke {0} (berlaku 10 menit). Ketik kodenya di sini. Tidak menerima? Cek folder spam, atau ketik \"kirim ulang\".",
        "A 6-digit code was sent to {0} (valid for 10 minutes). Type it here. Nothing arrived? Check your spam folder, or type \"resend\".");

    public static readonly Bilingual AskCode = new("Ketik kode 6 angka yang kami kirim ke {0}.", "Type the 6-digit code we sent to {0}.");

    public static readonly Bilingual BadCodeFormat = new("Kode terdiri dari 6 angka, mis. 123456.", "The code has 6 digits, e.g. 123456.");

    public static readonly Bilingual WrongCode = new("Kode salah. Sisa {0} kali percobaan.", "Wrong code. {0} tries left.");

    public static readonly Bilingual CodeExpired = new(
        "Kode sudah kedaluwarsa (berlaku 10 menit). Ketik \"kirim ulang\" untuk kode baru.",
        "The code has expired (it is valid for 10 minutes). Type \"resend\" for a new one.");

    public static readonly Bilingual CodeLocked = new(
        "Kode sudah 3 kali salah dan tidak berlaku lagi. Ketik \"kirim ulang\" untuk kode baru.",
        "The code was wrong 3 times and no longer works. Type \"resend\" for a new one.");

    public static readonly Bilingual TooManySends = new(
        "Batas 3 kiriman kode per jam untuk email ini sudah tercapai. Silakan coba lagi setelah pukul {0}, atau ketik \"ganti email\".",
        "The limit of 3 codes an hour for this email is reached. Please try again after {0}, or type \"change email\".");

    // The office-wide cap (Mail:MaxCodesPerHour) is not the visitor's doing: say so.
    public static readonly Bilingual OfficeCodeLimit = new(
        "Maaf, layanan kami sedang mengirim terlalu banyak kode sehingga pengiriman kode dihentikan sementara (bukan karena email Anda). Silakan coba lagi setelah pukul {0}.",
        "Sorry, our service is sending too many codes right now, so codes are paused for a while (not because of your email). Please try again after {0}.");

    public static readonly Bilingual EmailVerified = new("Email terverifikasi. Terima kasih!", "Email verified. Thank you!");

    public static readonly Bilingual Linked = new(
        "Chat ini sekarang terhubung ke akun Anda atas nama {0}. Anda tidak perlu mendaftar lagi.",
        "This chat is now linked to your account in the name of {0}. No need to register again.");

    public static readonly Bilingual AskIdentityType = new("Jenis kartu identitas yang Anda pakai?", "Which identity card do you use?");

    public static readonly Bilingual BadIdentityType = new("Pilih KTP, SIM atau paspor.", "Choose KTP, SIM or passport.");

    public static readonly Bilingual AskKtp = new("Ketik NIK Anda (16 digit, tertera di KTP).", "Type your NIK (16 digits, printed on your KTP).");

    public static readonly Bilingual AskSim = new("Ketik nomor SIM Anda (12–16 digit).", "Type your driving licence (SIM) number (12–16 digits).");

    public static readonly Bilingual AskPassport = new("Ketik nomor paspor Anda (mis. X1234567).", "Type your passport number (e.g. X1234567).");

    public static readonly Bilingual NikLength = new("NIK harus 16 digit angka; yang Anda ketik {0} digit.", "A NIK has exactly 16 digits; you typed {0}.");

    public static readonly Bilingual NikRegion = new(
        "NIK tidak valid: kode wilayah (6 digit pertama) tidak dikenal. Periksa lagi NIK di KTP Anda.",
        "That NIK is not valid: the region code (first 6 digits) is unknown. Please check the NIK on your KTP.");

    public static readonly Bilingual NikBirthDate = new(
        "NIK tidak valid: bagian tanggal lahir (digit 7–12) tidak mungkin. Periksa lagi NIK di KTP Anda.",
        "That NIK is not valid: the birth-date part (digits 7–12) is impossible. Please check the NIK on your KTP.");

    public static readonly Bilingual NikSequence = new(
        "NIK tidak valid: 4 digit terakhir (nomor urut) tidak boleh 0000.",
        "That NIK is not valid: the last 4 digits (sequence number) cannot be 0000.");

    public static readonly Bilingual SimLength = new("Nomor SIM terdiri dari 12–16 digit angka; yang Anda ketik {0} digit.", "A SIM number has 12–16 digits; you typed {0}.");

    public static readonly Bilingual PassportFormat = new(
        "Nomor paspor terdiri dari 1–2 huruf lalu 6–7 angka, mis. X1234567.",
        "A passport number is 1–2 letters followed by 6–7 digits, e.g. X1234567.");

    public static readonly Bilingual AskOccupation = new("Apa pekerjaan Anda?", "What is your occupation?");

    public static readonly Bilingual BadOccupation = new("Pilih salah satu pekerjaan di bawah.", "Please choose one of the occupations below.");

    public static readonly Bilingual AskInstitution = new(
        "Nama instansi, kampus, sekolah atau perusahaan Anda? (ketik \"-\" jika tidak ada)",
        "The name of your institution, university, school or company? (type \"-\" if none)");

    public static readonly Bilingual BadInstitution = new("Nama instansi terlalu pendek atau terlalu panjang (2–150 karakter).", "The institution name must be 2–150 characters.");

    public static readonly Bilingual AskPhone = new(
        "Nomor HP/WhatsApp Anda? Contoh: 081234567890",
        "Your mobile/WhatsApp number? Example: 081234567890");

    /// <summary>The label of Telegram's share-contact button; <see cref="AskPhoneTelegram"/> quotes it.</summary>
    public static readonly Bilingual SharePhoneButton = new("📱 Kirim nomor HP saya", "📱 Send my phone number");

    public static readonly Bilingual AskPhoneTelegram = new(
        "Nomor HP Anda? Tekan tombol \"📱 Kirim nomor HP saya\" di bawah, atau ketik nomornya (mis. 081234567890).",
        "Your mobile number? Press the \"📱 Send my phone number\" button below, or type it (e.g. 081234567890).");

    public static readonly Bilingual AskPhoneChannel = new("Pakai nomor WhatsApp ini: {0}?", "Use this WhatsApp number: {0}?");

    public static readonly Bilingual UseThisNumber = new("Ya, pakai nomor ini", "Yes, use this number");

    public static readonly Bilingual OtherNumber = new("Nomor lain", "Another number");

    public static readonly Bilingual BadPhone = new(
        "Nomor HP tidak valid. Tulis seperti 081234567890 atau +6281234567890.",
        "That phone number is not valid. Write it like 081234567890 or +6281234567890.");

    public static readonly Bilingual Summary = new(
        "Periksa data Anda:\nNama: {0}\nEmail: {1}\nIdentitas: {2} {3}\nPekerjaan: {4}\nInstansi: {5}\nNomor HP: {6}\nSimpan?",
        "Please check your data:\nName: {0}\nEmail: {1}\nIdentity: {2} {3}\nOccupation: {4}\nInstitution: {5}\nPhone: {6}\nSave?");

    public static readonly Bilingual Save = new("Simpan", "Save");

    public static readonly Bilingual Cancel = new("Batal", "Cancel");

    public static readonly Bilingual Registered = new(
        "Pendaftaran selesai. Selamat datang, {0}! Akun Anda berlaku di semua kanal kami.",
        "Registration complete. Welcome, {0}! Your account works on all our channels.");

    public static readonly Bilingual NotSaved = new("Pendaftaran dibatalkan. Tidak ada data yang disimpan.", "Registration cancelled. Nothing was saved.");

    public static readonly Bilingual ChooseOneButton = new("Silakan pilih salah satu tombol atau ketik nomornya.", "Please choose one of the buttons or type its number.");

    public static readonly Bilingual ResendWord = new("Kirim ulang", "Resend");

    public static readonly Bilingual ChangeEmailWord = new("Ganti email", "Change email");

    public static readonly Bilingual Ktp = new("KTP", "KTP (national ID)");

    public static readonly Bilingual Sim = new("SIM", "SIM (driving licence)");

    public static readonly Bilingual Passport = new("Paspor", "Passport");

    public static readonly Bilingual OccupationStudent = new("Pelajar / mahasiswa", "Student");

    public static readonly Bilingual OccupationResearcher = new("Peneliti / akademisi", "Researcher / academic");

    public static readonly Bilingual OccupationGovernment = new("Pemerintahan / ASN / TNI / Polri", "Government");

    public static readonly Bilingual OccupationPrivate = new("Swasta / wiraswasta", "Private sector / self-employed");

    public static readonly Bilingual OccupationOther = new("Lainnya", "Other");

    public static readonly Bilingual MailSubject = new("Kode verifikasi {0}: {1}", "{0} verification code: {1}");

    public static readonly Bilingual MailBody = new(
        "Halo,\n\nKode verifikasi email Anda untuk layanan {0} adalah:\n\n{1}\n\nKode berlaku 10 menit. Jangan berikan kode ini kepada siapa pun. Jika Anda tidak meminta kode ini, abaikan email ini.\n\n{0}",
        "Hello,\n\nYour email verification code for the {0} service is:\n\n{1}\n\nThe code is valid for 10 minutes. Do not share it with anyone. If you did not ask for it, ignore this email.\n\n{0}");
}
