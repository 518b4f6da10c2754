namespace Bot.Host.Staff.Accounts;

/// <summary>The console's two roles: officers run the desk, supervisors also manage the catalogue.</summary>
public static class StaffRoles
{
    public const string Officer = "officer";
    public const string Supervisor = "supervisor";

    public static readonly IReadOnlyList<string> All = [Officer, Supervisor];

    public static bool IsKnown(string? role) => role is Officer or Supervisor;
}
