using Bot.Dialogs.Account;
using Bot.Dialogs.Complaint;
using Bot.Dialogs.Content;
using Bot.Dialogs.GuestBook;
using Bot.Dialogs.Info;
using Bot.Dialogs.Publications;
using Bot.Dialogs.Queue;
using Bot.Dialogs.Rating;
using Bot.Dialogs.Registration;
using Bot.Dialogs.Search;
using Bot.Dialogs.Staff;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

/// <summary>
/// Each dialog's state machine is drawn in docs/dialogs/*.dot (Graphviz). This keeps the pictures
/// true to the code: it fails when a machine changed and its diagram did not. To redraw them,
/// run the tests with PSTBOT_WRITE_DIAGRAMS=1.
/// </summary>
public sealed class DialogDiagramTests
{
    public static TheoryData<string> Dialogs => new(Diagrams().Keys);

    [Theory]
    [MemberData(nameof(Dialogs))]
    public void TheDialogDiagramInTheDocsMatchesItsStateMachine(string name)
    {
        var expected = Diagrams()[name]();
        var path = Path.Combine(RepositoryRoot.Path, "docs", "dialogs", name + ".dot");
        if (Environment.GetEnvironmentVariable("PSTBOT_WRITE_DIAGRAMS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with PSTBOT_WRITE_DIAGRAMS=1.");
        Assert.Equal(expected.ReplaceLineEndings(), File.ReadAllText(path).ReplaceLineEndings());
    }

    private static Dictionary<string, Func<string>> Diagrams() => new()
    {
        ["info"] = () => new InfoDialog(ServiceContent.LoadDefault()).Graph(),
        ["search"] = SearchDialog.Graph,
        ["publication"] = PublicationDialog.Graph,
        ["register"] = RegisterDialog.Graph,
        ["account"] = AccountDialog.Graph,
        ["guestbook"] = GuestBookDialog.Graph,
        ["rating"] = RatingDialog.Graph,
        ["complaint"] = ComplaintDialog.Graph,
        ["queue"] = QueueDialog.Graph,
        ["staff"] = StaffDialog.Graph,
    };
}
