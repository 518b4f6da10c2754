using Bot.Dialogs.Model;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The intent → action table (intents.tsv), kept as data so a new feature only adds examples
/// to training.tsv and one line here.
/// </summary>
public sealed class IntentRoutes
{
    public const string ResourceName = "Bot.Dialogs.Understanding.intents.tsv";

    private static readonly HashSet<string> s_replies = ["greeting", "thanks", "goodbye"];
    private static readonly HashSet<string> s_commands = ["menu", "cancel", "help", "language", "privacy"];

    private readonly Dictionary<string, IntentRoute> _routes;

    private IntentRoutes(Dictionary<string, IntentRoute> routes) => _routes = routes;

    public IReadOnlyCollection<IntentRoute> All => _routes.Values;

    public IntentRoute? Find(string intent) => _routes.GetValueOrDefault(intent);

    public static IntentRoutes LoadDefault()
    {
        using var stream = typeof(IntentRoutes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded intents.tsv is missing from Bot.Dialogs.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "embedded intents.tsv");
    }

    public static IntentRoutes Parse(string text, string source)
    {
        var routes = new Dictionary<string, IntentRoute>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 5 || new[] { 0, 1, 3, 4 }.Any(c => cells[c].Trim().Length == 0))
            {
                throw Error(source, i, "expected 'intent<TAB>action<TAB>target<TAB>label id<TAB>label en'");
            }

            var kind = cells[1].Trim() switch
            {
                "dialog" => RouteKind.Dialog,
                "search" => RouteKind.Search,
                "reply" => RouteKind.Reply,
                "command" => RouteKind.Command,
                var other => throw Error(source, i, $"unknown action '{other}' (dialog, search, reply or command)"),
            };
            var target = cells[2].Trim();
            string? argument = null;
            if (kind == RouteKind.Dialog && target.Split(':', 2) is [var dialog, var arg])
            {
                target = dialog;
                argument = arg;
            }

            if ((kind == RouteKind.Dialog && target.Length == 0)
                || (kind == RouteKind.Reply && !s_replies.Contains(target))
                || (kind == RouteKind.Command && !s_commands.Contains(target)))
            {
                throw Error(source, i, $"'{cells[2]}' is not a valid target for '{cells[1]}'");
            }

            var intent = cells[0].Trim();
            if (!routes.TryAdd(intent, new IntentRoute(intent, kind, target, argument, new Bilingual(cells[3].Trim(), cells[4].Trim()))))
            {
                throw Error(source, i, $"intent '{intent}' is listed twice");
            }
        }

        return new IntentRoutes(routes);
    }

    /// <summary>Every intent of the training file needs a route: a missing one is a start-up error.</summary>
    public void CheckCovers(IEnumerable<string> intents)
    {
        var missing = intents.Distinct(StringComparer.Ordinal).Where(i => !_routes.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"intents.tsv has no line for: {string.Join(", ", missing)} (used in training.tsv).");
        }
    }

    private static InvalidOperationException Error(string source, int index, string message) =>
        new($"{source} line {index + 1}: {message}.");
}
