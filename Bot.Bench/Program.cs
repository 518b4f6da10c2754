using Bot.Bench;
using Bot.Bench.Load;
using Bot.Bench.Stamp;

// Verb dispatcher: each bench owns one verb, run by hand in Release, e.g.
//   dotnet run -c Release --project Bot.Bench -- search
var verbs = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["search"] = SearchBench.RunAsync,
    ["demo-pdfs"] = DemoPdfsVerb.RunAsync,
    ["stamp"] = StampBench.RunAsync,
    ["load"] = LoadCommand.RunAsync,
};

if (args.Length == 0 || !verbs.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: Bot.Bench <verb> [options]; verbs: " + string.Join(", ", verbs.Keys));
    return 2;
}

return await run(args[1..]);
