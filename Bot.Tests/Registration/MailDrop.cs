using System.Text.RegularExpressions;
using Bot.Tests.Infrastructure;
using MimeKit;

namespace Bot.Tests.Registration;

/// <summary>Reads the .eml files the mail channel writes to {DataDir}/mail when no SMTP host is set.</summary>
public sealed partial class MailDrop(string dataDir)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public string Folder => Path.Combine(dataDir, "mail");

    public int Count => Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.eml").Length : 0;

    /// <summary>Waits for a mail not seen before and returns it.</summary>
    public async Task<MimeMessage> NextAsync()
    {
        var fresh = await WaitUntil.ReadAsync(
            () => Task.FromResult(Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.eml").Where(f => !_seen.Contains(f)).Order(StringComparer.Ordinal).FirstOrDefault() : null),
            file => file is not null,
            $"a new mail in {Folder}");
        _seen.Add(fresh!);
        return await MimeMessage.LoadAsync(fresh!);
    }

    /// <summary>Waits for the next mail and returns the 6-digit code in its body.</summary>
    public async Task<string> NextCodeAsync(string expectedRecipient) => CodeIn((await NextToAsync(expectedRecipient)).TextBody ?? "");

    /// <summary>Waits for the next mail to the address, passing over mails to others (e.g. to staff).</summary>
    public async Task<MimeMessage> NextToAsync(string recipient)
    {
        while (true)
        {
            var mail = await NextAsync();
            if (string.Equals(mail.To.Mailboxes.Single().Address, recipient, StringComparison.OrdinalIgnoreCase))
            {
                return mail;
            }
        }
    }

    /// <summary>Marks every mail present now as seen.</summary>
    public void SkipExisting()
    {
        if (Directory.Exists(Folder))
        {
            _seen.UnionWith(Directory.GetFiles(Folder, "*.eml"));
        }
    }

    public static string CodeIn(string text)
    {
        var match = SixDigits().Match(text);
        Assert.True(match.Success, $"No 6-digit code in: {text}");
        return match.Value;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
