using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Dialogs.Model;
using Bot.Dialogs.Rating;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

/// <summary>
/// Every <see cref="Bilingual"/> text of Bot.Dialogs and Bot.Host: both languages written, the same
/// placeholders in both (so none is left unformatted in one language), and each fits a phone
/// screen (600 characters, 12 lines) with its placeholders filled. docs/texts.md lists them with
/// the files that use them, for the office to review; PSTBOT_WRITE_DOCS=1 rewrites it.
/// </summary>
public sealed partial class TextCatalogueTests
{
    private const int MaxCharacters = 600;
    private const int MaxLines = 12;

    // A filled placeholder: a name, a number, a date.
    private const string Sample = "Siti Rahmawati";

    /// <summary>Texts that are not chat messages, or whose length is their content, with the reason.</summary>
    private static readonly Dictionary<string, string> s_notPhoneSized = new(StringComparer.Ordinal)
    {
        ["RegistrationTexts.MailBody"] = "an email, not a chat message",
    };

    [Fact]
    public void EveryBilingualHasBothLanguagesAndTheSamePlaceholders()
    {
        var problems = new List<string>();
        foreach (var (name, text) in AllTexts())
        {
            if (string.IsNullOrWhiteSpace(text.Id) || string.IsNullOrWhiteSpace(text.En))
            {
                problems.Add($"{name}: a language is empty");
                continue;
            }

            var id = Placeholders(text.Id);
            var en = Placeholders(text.En);
            if (!id.SetEquals(en))
            {
                problems.Add($"{name}: placeholders {string.Join(",", id)} in Indonesian but {string.Join(",", en)} in English");
            }

            // {0}..{n-1} with none skipped: a gap is an argument the code never passes.
            if (id.Count > 0 && id.Max() != id.Count - 1)
            {
                problems.Add($"{name}: placeholders {string.Join(",", id)} skip a number");
            }

            if (text.Id == text.En && text.Id.Any(char.IsLetter) && !IsSameInBothLanguages(name))
            {
                problems.Add($"{name}: the English is the Indonesian text");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryTextFilledWithItsArgumentsFitsAPhoneScreen()
    {
        var problems = new List<string>();
        foreach (var (name, text) in AllTexts().Where(t => !s_notPhoneSized.ContainsKey(t.Key)))
        {
            foreach (var language in new[] { Language.Id, Language.En })
            {
                var count = Placeholders(language == Language.Id ? text.Id : text.En).Count;
                var filled = text.In(language, Enumerable.Repeat<object?>(Sample, count).ToArray());
                var lines = filled.Split('\n').Length;
                if (filled.Length > MaxCharacters || lines > MaxLines)
                {
                    problems.Add($"{name} ({language}): {filled.Length} characters, {lines} lines");
                }

                if (PlaceholderPattern().IsMatch(filled))
                {
                    problems.Add($"{name} ({language}): a placeholder is left after formatting");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AWordToTypeIsAlwaysQuoted()
    {
        // "Ketik \"menu\"", never "Ketik menu": the words that follow "ketik"/"type" and are not a command.
        string[] prose = ["kata", "nomornya", "kodenya", "kode", "nik", "nomor", "minimal", "apa", "keywords", "it", "the", "your", "its", "what", "a", "anything", "at", "and"];
        var problems = new List<string>();
        foreach (var (name, text) in AllTexts())
        {
            foreach (var template in new[] { text.Id, text.En })
            {
                foreach (Match match in UnquotedCommand().Matches(template))
                {
                    if (!prose.Contains(match.Groups[1].Value.ToLowerInvariant()))
                    {
                        problems.Add($"{name}: \"{match.Value}\"");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheSkmScaleKeepsItsOrderInEnglish()
    {
        // "Kurang …" is the second-worst answer: in English it stays negative ("Not quite …").
        foreach (var element in SkmElements.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(element.Question.En), element.Code);
            Assert.All(element.Answers, a => Assert.DoesNotContain("Somewhat", a.En, StringComparison.OrdinalIgnoreCase));
            if (element.Answers[1].Id.StartsWith("Kurang", StringComparison.Ordinal))
            {
                Assert.StartsWith("Not quite", element.Answers[1].En, StringComparison.Ordinal);
            }
        }

        Assert.Equal("Not quite satisfied", Bot.Dialogs.Texts.RatingTexts.Score2.En);
    }

    [Fact]
    public void TheTextListInTheDocsIsCurrent()
    {
        var expected = RenderDoc();
        var path = Path.Combine(RepositoryRoot.Path, "docs", "texts.md");
        if (Environment.GetEnvironmentVariable("PSTBOT_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with PSTBOT_WRITE_DOCS=1.");
        Assert.Equal(expected.ReplaceLineEndings(), File.ReadAllText(path).ReplaceLineEndings());
    }

    // Labels that are the same word in both languages (email, KTP, a format).
    private static bool IsSameInBothLanguages(string name) =>
        name is "AccountTexts.FieldEmail" or "RegistrationTexts.Ktp" or "SearchTexts.ResultLine" or "StaffTexts.StaffReply" or "StaffGroupTexts.MailNewSubject";

    /// <summary>Every static Bilingual field of both assemblies, by "Class.Field".</summary>
    private static SortedDictionary<string, Bilingual> AllTexts()
    {
        var texts = new SortedDictionary<string, Bilingual>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(Bilingual).Assembly, typeof(Program).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType == typeof(Bilingual) && field.GetValue(null) is Bilingual text && !field.Name.Contains('<', StringComparison.Ordinal))
                    {
                        texts[$"{type.Name}.{field.Name}"] = text;
                    }
                }
            }
        }

        return texts;
    }

    private static HashSet<int> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    private static string RenderDoc()
    {
        var root = RepositoryRoot.Path;
        var sources = new[] { "Bot.Dialogs", "Bot.Host" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(root, p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        var doc = new StringBuilder();
        doc.AppendLine("# User-facing texts");
        doc.AppendLine();
        doc.AppendLine("Every fixed text the bot sends, in Indonesian and English, and the files that use it, for the");
        doc.AppendLine("office to review. The texts live in the classes named here (mostly `Bot.Dialogs/Texts/`); the");
        doc.AppendLine("service-standard topics are in `Bot.Dialogs/Content/service-info.json`. `{0}`, `{1}`, … are");
        doc.AppendLine("filled in when the text is sent (a name, a number, a date). Numbers, sizes, times and dates are");
        doc.AppendLine("formatted in one place, `Bot.Dialogs/Model/Formats.cs` (`2.000`, `2,1 MB`, `08.00`,");
        doc.AppendLine("`Senin, 7 Desember 2026`). `TextCatalogueTests` checks that each text has both languages and");
        doc.AppendLine("the same placeholders, and fits a phone screen (600 characters, 12 lines); it regenerates this");
        doc.AppendLine("page with `PSTBOT_WRITE_DOCS=1`.");
        string? currentClass = null;
        foreach (var (name, text) in AllTexts())
        {
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            var type = name[..dot];
            if (type != currentClass)
            {
                currentClass = type;
                doc.AppendLine();
                doc.Append("## ").AppendLine(type);
            }

            var use = new Regex(Regex.Escape(name) + @"\b");
            var users = sources.Where(s => use.IsMatch(s.Text)).Select(s => "`" + s.Path + "`").ToList();
            doc.AppendLine();
            doc.Append("### ").AppendLine(name[(dot + 1)..]);
            doc.AppendLine();
            doc.Append("Used in: ").AppendLine(users.Count == 0 ? "its own class" : string.Join(", ", users));
            doc.AppendLine();
            doc.Append("- id: ").AppendLine(Quote(text.Id));
            doc.Append("- en: ").AppendLine(Quote(text.En));
        }

        return doc.ToString();
    }

    private static string Quote(string text) => text.Replace("\n", " ⏎ ", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:[Kk]etik|[Tt]ype) (?![""{\d-])(\p{L}+)")]
    private static partial Regex UnquotedCommand();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
