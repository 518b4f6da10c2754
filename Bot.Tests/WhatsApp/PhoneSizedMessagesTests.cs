using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Documents;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.WhatsApp;

/// <summary>
/// The common WhatsApp flows (menu, help, search results, publication detail, cancel, language,
/// the consent) each fit a phone screen: no body over 600 characters or 12 lines, as Twilio
/// receives it, and each search result is listed once.
/// </summary>
public sealed class PhoneSizedMessagesTests : IAsyncLifetime
{
    private const int MaxCharacters = 600;
    private const int MaxLines = 12;

    private WhatsAppHarness _wa = null!;
    private int _turns;

    public async Task InitializeAsync() => _wa = await WhatsAppHarness.StartAsync();

    public async Task DisposeAsync() => await _wa.DisposeAsync();

    [Fact]
    public async Task TheCommonFlowsFitAPhoneScreenAndResultsAreListedOnce()
    {
        await LibraryVisitor.StartAsync(_wa.Factory);
        var menu = await SayAsync("halo");
        var results = await SayAsync("cari inflasi");
        var detail = await SayAsync("1");
        var again = await SayAsync("menu");
        var help = await SayAsync("bantuan");
        var cancelled = await SayAsync("batal");
        var english = await SayAsync("bahasa");
        await SayAsync("bahasa");
        var consent = await SayAsync("daftar");
        var privacy = await SayAsync("privasi");
        await SayAsync("batal");
        await SayAsync("pengaduan");
        await SayAsync("1");
        await SayAsync("Wifi ruang baca mati sejak pagi.");
        var confirm = await SayAsync("Lewati");
        var acknowledged = await SayAsync("Kirim");

        var all = new[] { menu, results, detail, again, help, cancelled, english, consent, privacy, confirm, acknowledged }.SelectMany(b => b).ToList();
        Assert.All(all, body =>
        {
            Assert.True(body.Length <= MaxCharacters, $"{body.Length} characters:\n{body}");
            Assert.True(body.Split('\n').Length <= MaxLines, $"{body.Split('\n').Length} lines:\n{body}");
        });

        var list = Assert.Single(results, b => b.Contains("Hasil untuk", StringComparison.Ordinal));
        var firstTitle = list.Split('\n').Single(l => l.StartsWith("1. ", StringComparison.Ordinal))[3..].Split(" (")[0];
        Assert.Equal(1, Occurrences(list, firstTitle));
        Assert.Contains("Balas dengan angka 1–", list);
        Assert.Contains("Chat dengan petugas", string.Join("\n", menu));
        Assert.Contains("balas", help.Single(b => b.Contains("Cara memakai", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"bahasa\"", string.Join("\n", help));
        Assert.Contains("Pengendali data", string.Join("\n", consent));
        Assert.Contains("Target kami", string.Join("\n", acknowledged));
        Assert.Contains(" hlm · ", string.Join("\n", detail));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Sends one message and returns the bodies Twilio received for that turn.</summary>
    private async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var before = _wa.Twilio.Calls.Count;
        (await _wa.SayAsync(text)).EnsureSuccessStatusCode();
        _turns++;
        await WaitUntil.TrueAsync(async () => await _wa.Factory.QueryAsync(db => db.Inbox.CountAsync(m => m.Status != InboxStatus.Pending)) >= _turns, $"the turn for '{text}'");

        await _wa.WaitForAllSentAsync();
        return _wa.Twilio.Calls.Skip(before).Select(c => c.Body ?? "").ToList();
    }
}
