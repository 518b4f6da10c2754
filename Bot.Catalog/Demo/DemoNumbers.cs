using System.Globalization;

namespace Bot.Catalog.Demo;

/// <summary>Deterministic pseudo-random numbers and Indonesian number formatting for demo content.</summary>
internal sealed class DemoNumbers
{
    private readonly Random random;

    public DemoNumbers(string seedText)
    {
        // FNV-1a, because string.GetHashCode is randomised per process and the PDFs must be reproducible.
        var hash = 2166136261u;
        foreach (var c in seedText)
        {
            hash = (hash ^ c) * 16777619u;
        }

        random = new Random((int)(hash & 0x7FFFFFFF));
    }

    public double Between(double min, double max) => min + (random.NextDouble() * (max - min));

    public int Int(int min, int max) => random.Next(min, max + 1);

    /// <summary>Indonesian thousands separator: 242.786.</summary>
    public static string Whole(double value) =>
        Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>Indonesian decimal comma and thousands dot: 1,37 or 12.345,67.</summary>
    public static string Decimal(double value, int digits = 2) =>
        value.ToString("#,0." + new string('0', digits), CultureInfo.InvariantCulture)
            .Replace(',', '#').Replace('.', ',').Replace('#', '.');
}
