namespace Bot.Bench.Load;

/// <summary>What the simulated users type: greetings, menu numbers, topics, global words, free text.</summary>
public static class ChatScript
{
    private static readonly string[] s_lines =
    [
        "halo", "1", "biaya", "menu", "jam buka", "2", "bantuan", "inflasi 2024", "batal", "3",
        "syarat", "bahasa", "hello", "bahasa", "penduduk tarakan", "menu", "4", "lokasi", "terima kasih", "halo",
    ];

    /// <summary>The text of a chat's n-th update; chats start at different places so turns differ.</summary>
    public static string Line(int chat, int n) => s_lines[(chat * 7 + n) % s_lines.Length];
}
