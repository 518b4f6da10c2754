using Bot.Host.Staff.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Bot.Host.Cli;

/// <summary>
/// <c>staff add --email E --name N --role officer|supervisor</c> (the password from standard input
/// when it is not a terminal, else asked twice without echo), <c>staff list</c>,
/// <c>staff disable --email E</c>, <c>staff enable --email E</c>. Runs on the host's own services
/// (database, Identity), after the migrations. Exit codes: 0 done, 1 refused (see stderr), 2 usage.
/// </summary>
internal static class StaffCommand
{
    private const string Usage = """
        usage: staff add --email <email> --name <name> --role officer|supervisor
                                        create a console account; the password is read from standard
                                        input (one line) or, on a terminal, asked twice
               staff list               list the console's accounts
               staff disable --email <email>
                                        the account can no longer sign in; open sessions end within a minute
               staff enable --email <email>
        """;

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (verb, options) = Parse(args);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        switch (verb)
        {
            case "add" when options.TryGetValue("email", out var email) && options.TryGetValue("name", out var name) && options.TryGetValue("role", out var role):
                return await AddAsync(scope.ServiceProvider, users, email, name, role, input, output, error);
            case "list":
                return await ListAsync(users, output, cancellationToken);
            case "disable" or "enable" when options.TryGetValue("email", out var email):
                return await SetDisabledAsync(users, email, verb == "disable", output, error);
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(IServiceProvider services, UserManager<StaffAccount> users, string email, string name, string role, TextReader input, TextWriter output, TextWriter error)
    {
        role = role.Trim().ToLowerInvariant();
        if (!StaffRoles.IsKnown(role))
        {
            await error.WriteLineAsync($"Unknown role \"{role}\": use {string.Join(" or ", StaffRoles.All)}.");
            return 1;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            await error.WriteLineAsync("Give the staff member's name with --name.");
            return 1;
        }

        var password = ReadPassword(input, error);
        if (password is null)
        {
            return 1;
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var known in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(known))
            {
                await roles.CreateAsync(new IdentityRole(known));
            }
        }

        var account = new StaffAccount { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = name.Trim() };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            foreach (var problem in created.Errors)
            {
                await error.WriteLineAsync(problem.Description);
            }

            return 1;
        }

        await users.AddToRoleAsync(account, role);
        await output.WriteLineAsync($"Added {account.Email} ({account.DisplayName}) as {role}. Sign in at /staff.");
        return 0;
    }

    private static async Task<int> ListAsync(UserManager<StaffAccount> users, TextWriter output, CancellationToken cancellationToken)
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(a => a.Email).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            var roles = await users.GetRolesAsync(account);
            var state = account.Disabled ? "disabled" : await users.IsLockedOutAsync(account) ? "locked out" : "active";
            await output.WriteLineAsync($"{account.Email}\t{account.DisplayName}\t{string.Join(",", roles)}\t{state}");
        }

        await output.WriteLineAsync($"{accounts.Count} account(s).");
        return 0;
    }

    private static async Task<int> SetDisabledAsync(UserManager<StaffAccount> users, string email, bool disabled, TextWriter output, TextWriter error)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } account)
        {
            await error.WriteLineAsync($"No staff account with email \"{email}\".");
            return 1;
        }

        account.Disabled = disabled;
        await users.UpdateAsync(account);
        // A new stamp ends the account's open sessions at their next check.
        await users.UpdateSecurityStampAsync(account);
        await output.WriteLineAsync($"{account.Email} is {(disabled ? "disabled" : "enabled")}.");
        return 0;
    }

    private static string? ReadPassword(TextReader input, TextWriter error)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            var line = input.ReadLine();
            if (string.IsNullOrEmpty(line))
            {
                error.WriteLine("No password on standard input (one line expected).");
                return null;
            }

            return line;
        }

        var first = AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        var second = AnsiConsole.Prompt(new TextPrompt<string>("Password again:").Secret());
        if (first != second)
        {
            error.WriteLine("The two passwords differ; nothing was changed.");
            return null;
        }

        return first;
    }

    /// <summary>The verb and the <c>--key value</c> options (configuration reads them too, harmlessly).</summary>
    private static (string? Verb, Dictionary<string, string> Options) Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? verb = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var separator = args[i].IndexOf('=', StringComparison.Ordinal);
                if (separator >= 0)
                {
                    options[args[i][2..separator]] = args[i][(separator + 1)..];
                }
                else if (i + 1 < args.Length)
                {
                    options[args[i][2..]] = args[++i];
                }

                continue;
            }

            verb ??= args[i].ToLowerInvariant();
        }

        return (verb, options);
    }
}
