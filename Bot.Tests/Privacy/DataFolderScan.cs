using System.Text;

namespace Bot.Tests.Privacy;

/// <summary>Reads every file of a data folder as raw bytes (while the host has them open) and finds personal values in clear.</summary>
public static class DataFolderScan
{
    /// <summary>"file: value" for each value found in clear, in UTF-8 or UTF-16.</summary>
    public static List<string> FindInClear(string dataDir, IEnumerable<string> values, params string[] skipFolders)
    {
        var found = new List<string>();
        var needles = values.SelectMany(v => new[] { (v, Encoding.UTF8.GetBytes(v)), (v, Encoding.Unicode.GetBytes(v)) }).ToList();
        foreach (var file in Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dataDir, file);
            if (skipFolders.Any(f => relative.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                continue;
            }

            var bytes = ReadShared(file);
            foreach (var (value, needle) in needles)
            {
                var at = bytes.AsSpan().IndexOf(needle);
                if (at >= 0)
                {
                    // The surroundings say which table or file leaked it.
                    var from = Math.Max(0, at - 80);
                    var around = Encoding.UTF8.GetString(bytes, from, Math.Min(bytes.Length - from, 160 + needle.Length)).Replace('\0', '.');
                    found.Add($"{relative}: {value} in «{around}»");
                }
            }
        }

        return found.Distinct().ToList();
    }

    private static byte[] ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }
}
