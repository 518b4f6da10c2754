using System.Text;
using Bot.Dialogs.Ports;

namespace Bot.Host.Documents;

/// <summary>A safe, readable file name for a publication's PDF ("Kota-Tarakan-Dalam-Angka-2024.pdf").</summary>
internal static class FileNames
{
    public static string For(PublicationDetail publication) => Make(publication.Title, publication.Year, publication.Id);

    private static string Make(string title, int year, string id)
    {
        var builder = new StringBuilder();
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= 80)
            {
                break;
            }
        }

        var name = builder.ToString().Trim('-');
        if (name.Length == 0)
        {
            name = "publikasi-" + id;
        }

        var suffix = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (name.EndsWith(suffix, StringComparison.Ordinal) ? name : $"{name}-{suffix}") + ".pdf";
    }
}
