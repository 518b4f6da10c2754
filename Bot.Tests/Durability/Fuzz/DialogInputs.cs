using System.Text;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>Odd but possible things users type: long text, emoji, invisible and right-to-left marks, query syntax.</summary>
public static class DialogInputs
{
    private static readonly string[] s_words =
    [
        "halo", "menu", "batal", "bantuan", "bahasa", "cari", "inflasi", "2024", "penduduk", "tarakan", "biaya", "jam", "buka",
        "daftar", "akun", "nilai", "pengaduan", "petugas", "ya", "tidak", "1", "2", "3", "9", "0", "-1", "99999999999999999999",
        "email@contoh.id", "6471012345678901", "+6281234567890", "help", "cancel", "search", "publikasi", "tabel", "pdf",
    ];

    private static readonly string[] s_odd =
    [
        "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇮🇩", "\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "ـ", "مرحبا", "שלום", "漢字",
        "'; DROP TABLE inbox; --", "\" OR 1=1 --", "title:(inflasi OR penduduk)~2", "a* OR b?", "\\", "[1 TO 5]", "+-&&||!(){}[]^\"~*?:\\/",
        "<script>alert(1)</script>", "%s%n", "{0}", "{{}}", "\t", "\r\n", "ｈａｌｏ", "İ", "ß", "\u0301", "NaN", "null", "undefined",
    ];

    public static string Text(Random random)
    {
        var kind = random.Next(10);
        var text = new StringBuilder();
        var length = kind switch
        {
            0 => random.Next(500, 4001), // long
            1 => 1,
            _ => random.Next(1, 8),
        };
        while (text.Length < length)
        {
            var piece = random.Next(3) == 0 ? s_odd[random.Next(s_odd.Length)] : s_words[random.Next(s_words.Length)];
            text.Append(piece);
            if (random.Next(4) != 0)
            {
                text.Append(random.Next(8) == 0 ? "\u00a0" : " ");
            }
        }

        var result = text.ToString();
        if (kind == 2 && result.Length > 1)
        {
            // Split a surrogate pair or cut anywhere, as a truncating client might.
            result = result[..random.Next(1, result.Length)];
        }

        return result.Length > 4000 ? result[..4000] : result;
    }
}
