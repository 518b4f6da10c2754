using Bot.Dialogs.Model;

namespace Bot.Dialogs.Rating;

/// <summary>
/// The nine SKM elements with the questionnaire wording of PermenPANRB 14/2017 (annex), so the
/// answers can be combined with the office's paper and online surveys.
/// </summary>
public static class SkmElements
{
    public static readonly IReadOnlyList<SkmElement> All =
    [
        new("U1", "Persyaratan",
            new("Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", "What do you think of how well the service requirements fit the kind of service?"),
            Scale(("Tidak sesuai", "Not appropriate"), ("Kurang sesuai", "Not quite appropriate"), ("Sesuai", "Appropriate"), ("Sangat sesuai", "Very appropriate"))),
        new("U2", "Sistem, Mekanisme, dan Prosedur",
            new("Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?", "How do you find the ease of the service procedure in this unit?"),
            Scale(("Tidak mudah", "Not easy"), ("Kurang mudah", "Not quite easy"), ("Mudah", "Easy"), ("Sangat mudah", "Very easy"))),
        new("U3", "Waktu Penyelesaian",
            new("Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?", "What do you think of the speed of the service?"),
            Scale(("Tidak cepat", "Not fast"), ("Kurang cepat", "Not quite fast"), ("Cepat", "Fast"), ("Sangat cepat", "Very fast"))),
        new("U4", "Biaya/Tarif",
            new("Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?", "What do you think of the fairness of the cost or fee of the service?"),
            Scale(("Sangat mahal", "Very expensive"), ("Cukup mahal", "Rather expensive"), ("Murah", "Cheap"), ("Gratis", "Free"))),
        new("U5", "Produk Spesifikasi Jenis Pelayanan",
            new("Bagaimana pendapat Anda tentang kesesuaian produk pelayanan yang tercantum dalam standar pelayanan dengan hasil yang diberikan?", "What do you think of how well what you received matches the products listed in the service standard?"),
            Scale(("Tidak sesuai", "Not matching"), ("Kurang sesuai", "Not quite matching"), ("Sesuai", "Matching"), ("Sangat sesuai", "Fully matching"))),
        new("U6", "Kompetensi Pelaksana",
            new("Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?", "What do you think of the competence of the staff?"),
            Scale(("Tidak kompeten", "Not competent"), ("Kurang kompeten", "Not quite competent"), ("Kompeten", "Competent"), ("Sangat kompeten", "Very competent"))),
        new("U7", "Perilaku Pelaksana",
            new("Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?", "What do you think of the staff's behaviour, in politeness and friendliness?"),
            Scale(("Tidak sopan dan ramah", "Not polite or friendly"), ("Kurang sopan dan ramah", "Not quite polite and friendly"), ("Sopan dan ramah", "Polite and friendly"), ("Sangat sopan dan ramah", "Very polite and friendly"))),
        new("U8", "Sarana dan Prasarana",
            new("Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?", "What do you think of the quality of the facilities?"),
            Scale(("Buruk", "Poor"), ("Cukup", "Fair"), ("Baik", "Good"), ("Sangat baik", "Very good"))),
        new("U9", "Penanganan Pengaduan, Saran dan Masukan",
            new("Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?", "What do you think of how complaints from service users are handled?"),
            Scale(("Tidak ada", "Not available"), ("Ada tetapi tidak berfungsi", "Available but not working"), ("Berfungsi kurang maksimal", "Working, but not at its best"), ("Dikelola dengan baik", "Well managed"))),
    ];

    private static Bilingual[] Scale(params (string Id, string En)[] answers) => [.. answers.Select(a => new Bilingual(a.Id, a.En))];
}
