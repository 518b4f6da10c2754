using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

public sealed class InfoTopicTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Theory]
    [InlineData("syarat", "identitas yang masih berlaku")]
    [InlineData("persyaratan", "identitas yang masih berlaku")]
    [InlineData("persyaratn", "identitas yang masih berlaku")]
    [InlineData("prosedur", "nomor antrean")]
    [InlineData("cara", "nomor antrean")]
    [InlineData("berapa lama", "5 menit")]
    [InlineData("biaya", "gratis")]
    [InlineData("biayanya berapa", "gratis")]
    [InlineData("tarif", "gratis")]
    [InlineData("produk", "softcopy berwatermark")]
    [InlineData("kontak", "0851-8310-6571")]
    [InlineData("alamat", "Jl. Pulau Kalimantan No. 9")]
    [InlineData("alamt", "Jl. Pulau Kalimantan No. 9")]
    [InlineData("jam buka", "08.00–15.30 WITA")]
    [InlineData("jam layanan", "08.00–15.30 WITA")]
    [InlineData("antrean", "ketik \"antri\"")]
    [InlineData("nomor antrian", "ketik \"antri\"")]
    [InlineData("berapa lama menunggu", "jumlah orang di depan Anda")]
    public async Task FreeTextKeywordsAndTheirTyposOpenTheirTopic(string text, string expected)
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var replies = await chat.SayAsync(text);

        Assert.Contains(expected, replies.AllText());
    }

    [Fact]
    public async Task EveryTopicOfTheInformationMenuCanBeOpenedByButton()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        var menu = await chat.ChooseAsync("m:info");
        var topics = menu.Last().Choices.Where(c => c.Id.StartsWith("i:", StringComparison.Ordinal) && c.Id != "i:done").ToList();

        Assert.Equal(9, topics.Count);
        foreach (var topic in topics)
        {
            var shown = await chat.ChooseAsync(topic.Id);
            Assert.Equal(["i:list", "i:done"], shown.Last().Choices.Select(c => c.Id));
            Assert.True(shown.Last().Text.Length > 20, $"Topic {topic.Id} has no body.");
            await chat.ChooseAsync("i:list");
        }
    }

    [Fact]
    public async Task ATypedNumberAndAPressedButtonGiveTheSameAnswer()
    {
        var byButton = new WebChatClient(_factory.CreateClient());
        var byNumber = new WebChatClient(_factory.CreateClient());
        await byButton.SayAsync("halo");
        await byNumber.SayAsync("halo");

        var buttonReply = await byButton.ChooseAsync("m:info");
        var numberReply = await byNumber.SayAsync("3");

        Assert.Equal(buttonReply.AllText(), numberReply.AllText());
        var pickedByButton = await byButton.ChooseAsync("i:cost");
        var pickedByNumber = await byNumber.SayAsync("4");
        Assert.Equal(pickedByButton.AllText(), pickedByNumber.AllText());
        Assert.Contains("gratis", pickedByNumber.AllText());
    }

    [Fact]
    public async Task ATypedLabelChoosesLikeItsButton()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");

        var replies = await chat.SayAsync("Jam layanan");

        Assert.Contains("Senin–Jumat", replies.AllText());
    }

    public void Dispose() => _factory.Dispose();
}
