using System.Text.RegularExpressions;
using Bot.Host.Messaging;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

/// <summary>
/// The top-level folders of Bot.Host (one namespace each: Bot.Host.Tickets, Bot.Host.Staff, …) may
/// not import each other in a cycle, so each can be read on its own and the lower ones do not know
/// the higher ones. A folder "imports" another when one of its files has <c>using Bot.Host.X</c> or
/// names a type or namespace of it qualified (<c>Bot.Host.X.Y</c> or, inside Bot.Host, <c>X.Y</c>).
/// The import edges that still close a cycle today are listed in <see cref="s_allowed"/> with why;
/// a new cycle fails, and so does an allowed edge that is gone (so the list only shrinks).
/// Generated migrations are left out: they name every entity type in strings.
/// </summary>
public sealed partial class FolderDependencyTests
{
    /// <summary>Imports that close a cycle today, each with the reason it is still there.</summary>
    private static readonly Dictionary<(string From, string To), string> s_allowed = new()
    {
        [("Storage", "Staff")] = "BotDbContext is the Identity store of StaffAccount (IdentityDbContext<StaffAccount>).",
        [("Storage", "Tickets")] = "StoredText lists the sealed columns of every module, tickets' among them.",
        [("Privacy", "Storage")] = "PrivacySetup registers StoredText, and PersonalDataEraser erases rows through BotDbContext.",
        [("Privacy", "Users")] = "PersonalDataEraser is one of the IUserDataEraser parts of a user's erasure.",
        [("Privacy", "Channels")] = "PersonalDataEraser erases web chat sessions and WhatsApp media.",
        [("Privacy", "Tickets")] = "PersonalDataEraser erases a user's ticket texts.",
        [("Privacy", "Documents")] = "PrivacySetup makes the SignedLinks key from the personal-data key.",
        [("Limits", "Messaging")] = "InboundRateLimiter counts on the conversation row inside the turn (TurnProcessor uses it).",
        [("Metrics", "Messaging")] = "MetricsEndpoints (the /metrics surface) reads the message path's queue depths; the meters are below Messaging.",
        [("Metrics", "Storage")] = "MetricsEndpoints reads the queue depths from the database.",
        [("Metrics", "Staff")] = "MetricsEndpoints holds Metrics:ApiKey to the staff key's minimum length.",
        [("Catalog", "Subscriptions")] = "CatalogSetup registers the subscriptions (new-release notices follow catalogue syncs).",
        [("Users", "Channels")] = "UserDirectory caps verification mails by Mail:MaxCodesPerHour, an option of the mail channel.",
        [("Queue", "Staff")] = "The queue's staff API (QueueApi, ServiceTimeApi) lives with the queue and uses the staff side's auth and actor.",
        [("Understanding", "Staff")] = "The unanswered-questions report API lives with Understanding and uses the staff API's group.",
    };

    /// <summary>Imports that must never come back (the domain does not know its surfaces; the message path does not know its storage).</summary>
    private static readonly (string From, string To)[] s_forbidden =
    [
        ("Messaging", "Storage"),
        ("Tickets", "Staff"),
        ("Documents", "Channels"),
    ];

    [Fact]
    public void TopLevelFoldersImportEachOtherInNoCycleBeyondTheListedOnes()
    {
        var imports = Imports();
        var graph = imports.Keys.Where(e => !s_allowed.ContainsKey(e)).ToLookup(e => e.From, e => e.To);
        var cycle = FindCycle(graph);
        Assert.True(
            cycle is null,
            cycle is null ? "" : "Import cycle between Bot.Host folders: " + string.Join(" -> ", cycle)
                + "\n" + string.Join("\n", cycle.Zip(cycle.Skip(1)).Select(e => $"  {e.First} -> {e.Second}: {imports[e]}")));
    }

    [Fact]
    public void EveryAllowedImportStillExists()
    {
        var imports = Imports();
        var gone = s_allowed.Keys.Where(e => !imports.ContainsKey(e)).Select(e => $"{e.From} -> {e.To}").ToList();
        Assert.True(gone.Count == 0, "No longer imported, remove from the allowed list: " + string.Join(", ", gone));
    }

    [Fact]
    public void ForbiddenImportsAreAbsent()
    {
        var imports = Imports();
        var found = s_forbidden.Where(imports.ContainsKey).Select(e => $"{e.From} -> {e.To} ({imports[e]})").ToList();
        Assert.True(found.Count == 0, "Forbidden import: " + string.Join(", ", found));
        Assert.DoesNotContain(s_forbidden, s_allowed.ContainsKey);
    }

    [Fact]
    public void EachFileDeclaresTheNamespaceOfItsFolder()
    {
        // The import graph is read per folder; it is only true if folder and namespace agree.
        var wrong = SourceFiles()
            .Select(f => (f.Folder, f.Path, Namespace: NamespaceDeclaration().Match(File.ReadAllText(f.Path)).Groups[1].Value))
            .Where(f => f.Namespace != f.Folder)
            .Select(f => $"{f.Path}: Bot.Host.{f.Namespace}")
            .ToList();
        Assert.True(wrong.Count == 0, "Namespace does not match the folder: " + string.Join(", ", wrong));
    }

    /// <summary>Every import between two top-level folders, with one file that makes it.</summary>
    private static Dictionary<(string From, string To), string> Imports()
    {
        var assembly = typeof(OutboxWriter).Assembly;
        var folders = SourceFiles().Select(f => f.Folder).ToHashSet(StringComparer.Ordinal);

        // What "X.Y" may name: a namespace of Bot.Host (or a prefix of one) or a top-level type in one.
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Bot.Host.", StringComparison.Ordinal) == true))
        {
            var parts = type.Namespace!.Split('.');
            for (var i = 3; i <= parts.Length; i++)
            {
                names.Add(string.Join('.', parts[..i]));
            }

            if (!type.IsNested)
            {
                names.Add(type.Namespace + "." + type.Name.Split('`')[0]);
            }
        }

        var imports = new Dictionary<(string, string), string>();
        foreach (var (folder, path) in SourceFiles())
        {
            var text = File.ReadAllText(path);
            var targets = UsingDirective().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(QualifiedName().Matches(text)
                    .Where(m => names.Contains($"Bot.Host.{m.Groups[1].Value}.{m.Groups[2].Value}"))
                    .Select(m => m.Groups[1].Value));
            foreach (var target in targets.Where(t => t != folder && folders.Contains(t)))
            {
                imports.TryAdd((folder, target), Path.GetRelativePath(HostRoot(), path));
            }
        }

        return imports;
    }

    private static List<string>? FindCycle(ILookup<string, string> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in graph[node].Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return graph.Select(g => g.Key).Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static IEnumerable<(string Folder, string Path)> SourceFiles()
    {
        var root = HostRoot();
        string[] skipped = ["bin", "obj", "Migrations"];
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Parts: Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar), Path: path))
            .Where(f => f.Parts.Length > 1 && !f.Parts.Any(skipped.Contains))
            .Select(f => (f.Parts[0], f.Path))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
    }

    private static string HostRoot() => Path.Combine(RepositoryRoot.Path, "Bot.Host");

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?Bot\.Host\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    // "Bot.Host.X.Y" or "X.Y" (from inside Bot.Host); checked against the assembly's names, so a
    // member access such as "Tickets.CountAsync" on a DbSet named Tickets is not an import.
    [GeneratedRegex(@"(?<![\w.])(?:global::)?(?:Bot\.Host\.)?([A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^namespace Bot\.Host\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
