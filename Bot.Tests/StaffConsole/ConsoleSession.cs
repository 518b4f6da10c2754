using System.Net;
using System.Text.RegularExpressions;
using Bot.Host.Cli;
using Bot.Tests.Complaints;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Tests.StaffConsole;

/// <summary>
/// A staff member at the console over real HTTP: accounts are made with the real
/// `staff add` command on the host's services; the client keeps cookies and does not follow
/// redirects, so a test sees where the console sends it.
/// </summary>
internal sealed partial class ConsoleSession(StaffDeskHost host, string baseAddress = "http://localhost")
{
    public const string Password = "kata-sandi-yang-panjang";

    public HttpClient Http { get; } = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    /// <summary>Runs `staff &lt;args&gt;` with the password on standard input; returns the exit code and output.</summary>
    public static async Task<(int Code, string Output, string Error)> CommandAsync(StaffDeskHost host, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await StaffCommand.RunAsync(args, host.Factory.Services, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public static Task<(int Code, string Output, string Error)> AddAsync(StaffDeskHost host, string email, string role, string name = "Sari Dewi") =>
        CommandAsync(host, Password + "\n", "add", "--email", email, "--name", name, "--role", role);

    /// <summary>The antiforgery field of the form on a page (and its cookie, kept by the client).</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await (await Http.GetAsync(page)).Content.ReadAsStringAsync();
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery field on {page}: {html}");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, string tokenFrom, params (string Key, string Value)[] fields)
    {
        var all = fields.ToList();
        all.Add(("__RequestVerificationToken", await TokenAsync(tokenFrom)));
        return await Http.PostAsync(path, new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password = Password) =>
        PostFormAsync("/staff/masuk", "/staff/masuk", ("email", email), ("password", password));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
