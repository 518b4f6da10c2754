using Bot.Host.Staff.Accounts;
using Microsoft.AspNetCore.Identity;
using static Bot.Host.Staff.Console.ConsoleHtml;

namespace Bot.Host.Staff.Console;

/// <summary>Sign-in (email and password; locked for 15 minutes after 5 failures), sign-out and the refusal page.</summary>
internal static partial class SignInPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(StaffAuthSetup.SignInPath, (HttpContext context, string? ReturnUrl) => Form(context, ReturnUrl, null)).AllowAnonymous();
        app.MapPost(StaffAuthSetup.SignInPath, SignInAsync).AllowAnonymous();
        app.MapPost("/staff/keluar", SignOutAsync).AllowAnonymous();
        app.MapGet("/staff/ditolak", () => Results.Content(
            Shell("Akses ditolak", "<p>Halaman ini hanya untuk supervisor. <a href=\"/staff\">Kembali ke beranda</a>.</p>"), "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden)).AllowAnonymous();
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IFormCollection form, SignInManager<StaffAccount> signIn, ILogger<StaffAccount> logger)
    {
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        if (email.Length == 0 || password.Length == 0)
        {
            return Form(context, returnUrl, "Isi email dan kata sandi.");
        }

        var user = await signIn.UserManager.FindByEmailAsync(email);
        var result = user is null ? SignInResult.Failed : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSignedIn(logger, user!.Email);
            // Only a local path: a crafted link must not send the signed-in officer elsewhere.
            return Results.Redirect(returnUrl.StartsWith("/staff", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/staff");
        }

        LogRefused(logger, result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "disabled" : "wrong email or password");
        return Form(context, returnUrl, result.IsLockedOut
            ? "Akun ini dikunci sementara karena terlalu banyak percobaan yang salah. Coba lagi dalam 15 menit."
            : result.IsNotAllowed
                ? "Akun ini dinonaktifkan. Hubungi supervisor."
                : "Email atau kata sandi salah.");
    }

    private static async Task<IResult> SignOutAsync(IFormCollection form, SignInManager<StaffAccount> signIn)
    {
        await signIn.SignOutAsync();
        return Results.Redirect(StaffAuthSetup.SignInPath + "?keluar=1");
    }

    private static IResult Form(HttpContext context, string? returnUrl, string? error)
    {
        var notice = error is not null ? $"<div class=\"error\" role=\"alert\">{E(error)}</div>"
            : context.Request.Query.ContainsKey("keluar") ? "<div class=\"notice\" role=\"status\">Anda telah keluar.</div>" : "";
        var body = $"""
            {notice}
            <form method="post" action="{StaffAuthSetup.SignInPath}">
            {Antiforgery(context)}
            <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
            <label for="email">Email</label>
            <input id="email" name="email" type="email" autocomplete="username" required>
            <label for="password">Kata sandi</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <p><button type="submit">Masuk</button></p>
            </form>
            """;
        return Results.Content(Shell("Masuk", body), "text/html; charset=utf-8", statusCode: error is null ? 200 : StatusCodes.Status400BadRequest);
    }

    private static string Shell(string title, string body) => $"""
        <!doctype html>
        <html lang="id">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} · Konsol Petugas PST</title><link rel="stylesheet" href="/staff/assets/console.css"></head>
        <body><main class="signin"><h1>Konsol Petugas PST · {E(title)}</h1>{body}</main></body>
        </html>
        """;

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff console: {Email} signed in.")]
    private static partial void LogSignedIn(ILogger logger, string? email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff console: a sign-in was refused ({Reason}).")]
    private static partial void LogRefused(ILogger logger, string reason);
}
