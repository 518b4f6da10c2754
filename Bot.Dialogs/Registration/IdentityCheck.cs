using System.Text.RegularExpressions;
using Bot.Dialogs.Ports;

namespace Bot.Dialogs.Registration;

/// <summary>Why an identity number was refused.</summary>
public enum IdentityProblem
{
    None,
    NikLength,
    NikRegion,
    NikBirthDate,
    NikSequence,
    SimLength,
    PassportFormat,
}

/// <summary>The outcome of checking an identity number: the normalised number, or the problem.</summary>
public sealed record IdentityCheck(string? Number, IdentityProblem Problem, int DigitCount = 0)
{
    public bool IsValid => Problem == IdentityProblem.None;
}

/// <summary>
/// Plausibility checks of Indonesian identity numbers. A NIK is 16 digits: province (2),
/// regency (2), district (2), birth date DDMMYY (women add 40 to the day), sequence (4).
/// </summary>
public static partial class IdentityNumbers
{
    private static readonly HashSet<int> s_provinces =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
        61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
    ];

    private static readonly int[] s_daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static IdentityCheck Check(string identityType, string input)
    {
        var compact = Separators().Replace(input, "");
        return identityType switch
        {
            IdentityTypes.Ktp => CheckNik(compact),
            IdentityTypes.Sim => AllDigits().IsMatch(compact) && compact.Length is >= 12 and <= 16
                ? new IdentityCheck(compact, IdentityProblem.None)
                : new IdentityCheck(null, IdentityProblem.SimLength, compact.Count(char.IsAsciiDigit)),
            _ => Passport().IsMatch(compact.ToUpperInvariant())
                ? new IdentityCheck(compact.ToUpperInvariant(), IdentityProblem.None)
                : new IdentityCheck(null, IdentityProblem.PassportFormat),
        };
    }

    private static IdentityCheck CheckNik(string nik)
    {
        if (nik.Length != 16 || !AllDigits().IsMatch(nik))
        {
            return new IdentityCheck(null, IdentityProblem.NikLength, nik.Count(char.IsAsciiDigit));
        }

        int Part(int start) => (nik[start] - '0') * 10 + (nik[start + 1] - '0');

        if (!s_provinces.Contains(Part(0)) || Part(2) == 0 || Part(4) == 0)
        {
            return new IdentityCheck(null, IdentityProblem.NikRegion);
        }

        var day = Part(6);
        var month = Part(8);
        if (day > 40)
        {
            day -= 40;
        }

        if (month is < 1 or > 12 || day < 1 || day > s_daysInMonth[month - 1])
        {
            return new IdentityCheck(null, IdentityProblem.NikBirthDate);
        }

        return nik.EndsWith("0000", StringComparison.Ordinal)
            ? new IdentityCheck(null, IdentityProblem.NikSequence)
            : new IdentityCheck(nik, IdentityProblem.None);
    }

    // People type numbers with spaces, dots or dashes as printed on the card.
    [GeneratedRegex(@"[\s.\-]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"^[A-Z]{1,2}\d{6,7}$")]
    private static partial Regex Passport();
}
