using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsAppCloud;

namespace Bot.Tests.WhatsAppCloud;

public sealed class CloudRendererTests
{
    private static Outbound Reply(params string[] labels) =>
        new("Silakan pilih layanan.") { Choices = labels.Select((l, i) => new ChoiceOption("c" + i, l)).ToList() };

    private static string? Kind(Outbound reply) =>
        (string?)CloudRenderer.Build(reply, Language.Id, _ => null)[^1].Message["interactive"]?["type"];

    [Fact]
    public void UpToThreeShortChoicesAreReplyButtons()
    {
        var parts = CloudRenderer.Build(Reply("Cari publikasi", "Konsultasi", "Pengaduan"), Language.Id, _ => null);

        var message = Assert.Single(parts).Message;
        Assert.Equal("button", (string?)message["interactive"]!["type"]);
        Assert.Equal("Silakan pilih layanan.", (string?)message["interactive"]!["body"]!["text"]);
        var buttons = message["interactive"]!["action"]!["buttons"]!.AsArray();
        Assert.Equal(["c0", "c1", "c2"], buttons.Select(b => (string?)b!["reply"]!["id"]));
        Assert.Equal("Konsultasi", (string?)buttons[1]!["reply"]!["title"]);
    }

    [Fact]
    public void AButtonTitleOver20CharactersMakesItAList()
    {
        Assert.Equal("button", Kind(Reply("Twenty characters ok", "B")));
        Assert.Equal("list", Kind(Reply("Twenty-one characters", "B")));
    }

    [Fact]
    public void FourToTenChoicesAreAListWithShortTitlesAndLongLabelsAsDescriptions()
    {
        var labels = Enumerable.Range(1, 9).Select(i => $"Topik {i}").Append("Statistik kesejahteraan rakyat Kota Tarakan").ToArray();
        var message = Assert.Single(CloudRenderer.Build(Reply(labels), Language.En, _ => null)).Message;

        var interactive = message["interactive"]!;
        Assert.Equal("list", (string?)interactive["type"]);
        Assert.Equal("Choose", (string?)interactive["action"]!["button"]);
        var rows = interactive["action"]!["sections"]![0]!["rows"]!.AsArray();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.InRange(((string?)r!["title"])!.Length, 1, CloudRenderer.MaxRowTitle));
        Assert.Equal("Statistik kesejahteraan rakyat Kota Tarakan", (string?)rows[9]!["description"]);
        Assert.Null(rows[0]!["description"]);
    }

    [Fact]
    public void MoreThanTenChoicesOrALabelOver72CharactersFallBackToNumbers()
    {
        var eleven = Reply(Enumerable.Range(1, 11).Select(i => $"Topik {i}").ToArray());
        var tooLong = Reply("A", "B", "C", "D", new string('x', 73));

        foreach (var reply in new[] { eleven, tooLong })
        {
            var part = Assert.Single(CloudRenderer.Build(reply, Language.Id, _ => null)).Message;
            Assert.Equal("text", (string?)part["type"]);
            Assert.Contains("Balas dengan angka:", (string?)part["text"]!["body"]);
        }

        Assert.Null(Kind(Reply("Sama", "Sama")));
    }

    [Fact]
    public void LongTextsSplitAt4096AndAnInteractiveBodyStaysWithin1024()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Paragraf {i}: " + string.Join(' ', Enumerable.Repeat("publikasi statistik daerah", 5))));
        var parts = CloudRenderer.Build(new Outbound(text) { Choices = [new ChoiceOption("ok", "Oke")] }, Language.Id, _ => null);

        Assert.True(parts.Count >= 3);
        Assert.All(parts[..^1], p => Assert.InRange(((string?)p.Message["text"]!["body"])!.Length, 1, CloudRenderer.MaxTextLength));
        Assert.InRange(((string?)parts[^1].Message["interactive"]!["body"]!["text"])!.Length, 1, CloudRenderer.MaxInteractiveBody);
        var plain = CloudRenderer.Build(new Outbound(text), Language.Id, _ => null);
        Assert.All(plain, p => Assert.InRange(((string?)p.Message["text"]!["body"])!.Length, 1, CloudRenderer.MaxTextLength));
    }

    [Fact]
    public void ADocumentOver100MegabytesGoesAsALink()
    {
        var reply = new Outbound("Ini publikasinya.") { Document = new DocumentRef("dl-1", "sensus.pdf", 101L * 1024 * 1024, DocumentMode.Download) };

        var part = Assert.Single(CloudRenderer.Build(reply, Language.Id, _ => "https://pstbot.example.id/download/abc"));

        Assert.Null(part.Upload);
        Assert.Contains("https://pstbot.example.id/download/abc", (string?)part.Message["text"]!["body"]);
        Assert.Contains("sensus.pdf", (string?)part.Message["text"]!["body"]);
    }
}
