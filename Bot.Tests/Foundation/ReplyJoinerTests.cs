using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Worker;

namespace Bot.Tests.Foundation;

public class ReplyJoinerTests
{
    private static readonly IReadOnlyList<ChoiceOption> s_menu = [new("m:search", "Cari publikasi"), new("m:help", "Bantuan")];

    [Fact]
    public void APlainReplyJoinsTheQuestionAfterIt()
    {
        var joined = ReplyJoiner.Join([new Outbound("Dibatalkan.") { Language = Language.Id }, new Outbound("Menu utama:") { Choices = s_menu, Language = Language.Id }]);

        var reply = Assert.Single(joined);
        Assert.Equal("Dibatalkan.\n\nMenu utama:", reply.Text);
        Assert.Equal(s_menu, reply.Choices);
    }

    [Fact]
    public void ButtonsDocumentsLongTextsAndAnotherLanguageStayApart()
    {
        var document = new DocumentRef("d1", "inflasi.pdf", 1000, DocumentMode.Download);
        var longText = new string('a', ReplyJoiner.MaxJoinedLength);
        var replies = new List<Outbound>
        {
            new("Pilih:") { Choices = s_menu },
            new("Ini dokumennya."),
            new("Dokumen") { Document = document },
            new(longText),
            new("Selesai.") { Choices = s_menu },
            new("Bahasa diubah.") { Language = Language.Id },
            new("Menu:") { Choices = s_menu, Language = Language.En },
        };

        var joined = ReplyJoiner.Join(replies);

        Assert.Equal(replies, joined);
    }

    [Fact]
    public void PlainRepliesChainUntilTheLimit()
    {
        var joined = ReplyJoiner.Join([new("Satu."), new("Dua."), new("Tiga.")]);

        Assert.Equal("Satu.\n\nDua.\n\nTiga.", Assert.Single(joined).Text);
    }

    [Fact]
    public void TheWebChatKeepsEveryReply()
    {
        IReadOnlyList<Outbound> replies = [new("Dibatalkan."), new("Menu utama:") { Choices = s_menu }];

        Assert.Same(replies, ReplyJoiner.ForChannel(ChannelNames.WebChat, replies));
        Assert.Single(ReplyJoiner.ForChannel(ChannelNames.Telegram, replies));
    }
}
