using Bot.Dialogs.Routing;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Foundation;

/// <summary>The host builds a turn's dialogs by name, only when the router asks for one.</summary>
public sealed class DialogRegistrationTests
{
    public static TheoryData<string> Names() => [.. typeof(DialogNames).GetFields().Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryDialogNameFindsTheDialogOfThatName(string name)
    {
        using var factory = new BotFactory();
        using var scope = factory.Services.CreateScope();

        var dialog = scope.ServiceProvider.GetRequiredService<IDialogs>().Find(name);

        Assert.NotNull(dialog);
        Assert.Equal(name, dialog.Name);
    }

    [Fact]
    public void AnUnknownNameFindsNothing()
    {
        using var factory = new BotFactory();
        using var scope = factory.Services.CreateScope();

        Assert.Null(scope.ServiceProvider.GetRequiredService<IDialogs>().Find("removed-in-an-old-version"));
    }
}
