using Bot.Dialogs.Content;

namespace Bot.Dialogs.Routing;

/// <summary>
/// Matches free text at the menu to the service's own topics by Indonesian and English
/// keywords, their variants and common typos. Anything it does not recognise is a search.
/// </summary>
public sealed class TopicMatcher
{
    // Longer messages are almost always searches ("daftar publikasi inflasi 2023" is a list,
    // not a registration; "nilai tukar petani" is a statistic, not a rating), so a single
    // keyword decides only a message of one or two words, and a phrase one of up to four.
    private const int MaxWordsForSingleKeyword = 2;
    private const int MaxWordsForPhrase = 4;

    private const string QueueTopicId = "queue";

    private readonly List<(string[] Words, TopicMatch Target)> _entries = [];

    public TopicMatcher(ServiceContent content)
    {
        // Account and complaint words come before info topics: "hapus data saya" is an action.
        Add(DialogNames.Account, "delete", "hapus data saya", "hapus data", "hapus akun", "delete my data", "delete my account");
        Add(DialogNames.Account, "edit", "ubah data", "ganti data", "edit data", "change my data");
        Add(DialogNames.Account, "show", "data saya", "akun saya", "profil saya", "my data", "my account");
        Add(DialogNames.Staff, null, "hubungi petugas", "bicara dengan petugas", "petugas", "operator", "talk to staff", "staff", "admin", "cs");
        // Queue actions before the info topics, whose "antrean" topic would otherwise take them.
        Add(DialogNames.Queue, Queue.QueueDialog.MineArgument, "antrean saya", "antrian saya", "nomor antrean saya", "nomor antrian saya", "posisi antrean", "my queue number", "my number");
        Add(DialogNames.Queue, Queue.QueueDialog.CancelArgument, "batal antrean", "batal antrian", "batalkan antrean", "batalkan antrian", "cancel queue", "cancel my number");
        if (content.Topics.Any(t => t.Id == QueueTopicId))
        {
            // Before the "time" topic's "berapa lama": waiting at the office is the queue's topic.
            Add(DialogNames.Info, QueueTopicId, "berapa lama menunggu", "lama menunggu", "waktu tunggu", "waiting time");
        }

        Add(DialogNames.Queue, null, "antri", "antre", "ambil antrean", "ambil antrian", "ambil nomor", "ambil nomor antrean", "ambil nomor antrian", "take a number", "take a queue number");
        foreach (var topic in content.Topics)
        {
            Add(DialogNames.Info, topic.Id, [.. topic.Keywords]);
        }

        Add(DialogNames.Register, null, "daftar", "registrasi", "mendaftar", "pendaftaran", "register", "sign up", "buat akun");
        Add(DialogNames.Complaint, null, "pengaduan", "keluhan", "aduan", "mengadu", "komplain", "lapor", "laporan", "saran", "complaint", "complain", "report");
        Add(DialogNames.Rating, null, "nilai", "penilaian", "beri nilai", "rating", "survei", "survey", "kepuasan", "rate");

        Add(DialogNames.Info, null, "informasi", "info", "informasi layanan", "layanan", "information");
    }

    private void Add(string dialog, string? argument, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            _entries.Add((TextNormalizer.Words(TextNormalizer.Normalize(phrase)), new TopicMatch(dialog, argument)));
        }
    }

    /// <summary>The topic for a normalised message, or null when it should be searched.</summary>
    public TopicMatch? Match(string normalized)
    {
        var words = TextNormalizer.Words(normalized);
        if (words.Length is 0 or > MaxWordsForPhrase)
        {
            return null;
        }

        // Exact phrases first, so a typo tolerance never beats a real match elsewhere.
        foreach (var exact in new[] { true, false })
        {
            foreach (var (phrase, target) in _entries)
            {
                if (phrase.Length == 1 && words.Length > MaxWordsForSingleKeyword)
                {
                    continue;
                }

                if (ContainsPhrase(words, phrase, exact))
                {
                    return target;
                }
            }
        }

        return null;
    }

    private static bool ContainsPhrase(string[] words, string[] phrase, bool exact)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++)
            {
                all = exact ? words[start + i] == phrase[i] : TextNormalizer.IsLike(words[start + i], phrase[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
