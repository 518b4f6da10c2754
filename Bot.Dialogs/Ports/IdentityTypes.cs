namespace Bot.Dialogs.Ports;

/// <summary>The identity documents the service standard accepts.</summary>
public static class IdentityTypes
{
    public const string Ktp = "KTP";
    public const string Sim = "SIM";
    public const string Passport = "Paspor";

    public static IReadOnlyList<string> All { get; } = [Ktp, Sim, Passport];
}
