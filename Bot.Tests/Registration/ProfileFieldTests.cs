using Bot.Dialogs.Account;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Registration;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Registration;

/// <summary>
/// Registration and "ubah data" ask each profile question through the same <see cref="ProfileField"/>:
/// one object says the field's own reason for a refused answer, seals a personal one in either
/// dialog's state, and takes the message that carried it out of the stored inbox.
/// </summary>
public sealed class ProfileFieldTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task ARefusedNameSaysTheNameReasonAndKeepsNothing()
    {
        await using var turn = BeginTurn("1");
        var draft = new RegisterState();

        var taken = await turn.Fields.Name.TakeAsync(turn.Context, draft, CancellationToken.None);

        Assert.Null(taken);
        Assert.Null(draft.SealedName);
        Assert.True(turn.Context.HadBadAnswer);
        Assert.Equal(RegistrationTexts.BadName.In(Language.Id), Assert.Single(turn.Context.Replies).Text);
    }

    [Fact]
    public async Task ARefusedIdentityNumberSaysWhatIsWrongWithIt()
    {
        await using var turn = BeginTurn("1234");
        var draft = new AccountState { IdentityType = IdentityTypes.Ktp };

        var taken = await turn.Fields.IdentityNumber.TakeAsync(turn.Context, draft, CancellationToken.None);

        Assert.Null(taken);
        Assert.Equal(RegistrationTexts.NikLength.In(Language.Id, 4), Assert.Single(turn.Context.Replies).Text);
    }

    [Fact]
    public async Task TheSameNameFieldSealsTheAnswerInEitherDialogsStateAndBlanksTheMessage()
    {
        await using var turn = BeginTurn("  Siti   Rahma ");
        IProfileDraft[] drafts = [new RegisterState(), new AccountState()];

        foreach (var draft in drafts)
        {
            Assert.Equal("Siti Rahma", await turn.Fields.Name.TakeAsync(turn.Context, draft, CancellationToken.None));
            Assert.NotNull(draft.SealedName);
            Assert.DoesNotContain("Siti", draft.SealedName, StringComparison.Ordinal);
            Assert.Equal("Siti Rahma", turn.Vault.Unseal(draft.SealedName!));
        }

        Assert.Empty(turn.Context.Replies);
        Assert.DoesNotContain("Siti", turn.Row.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccountDraftBecomesAnUpdateOfOnlyTheFieldsItHolds()
    {
        await using var turn = BeginTurn("BPS Kota Tarakan");
        var draft = new AccountState { Occupation = Occupations.Government };

        await turn.Fields.Institution.TakeAsync(turn.Context, draft, CancellationToken.None);
        var update = ProfileFields.Update(draft, turn.Vault);

        Assert.Equal(new ProfileUpdate { Occupation = Occupations.Government, Institution = "BPS Kota Tarakan" }, update);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A turn in the real host's scope, so the vault seals with the host's key and blanks the turn's inbox row.</summary>
    private Turn BeginTurn(string typed)
    {
        var now = _factory.Clock.GetUtcNow();
        var conversation = new Conversation { Channel = "webchat", Key = "k", LastActivityAt = now };
        var context = new TurnContext(conversation, new Inbound("webchat", "k", "m1", now) { Text = typed }, now);
        var scope = _factory.Services.CreateAsyncScope();
        var row = new InboxMessage { Channel = "webchat", ExternalId = "m1", ConversationId = "webchat:k", Payload = MessageJson.Serialize(context.Inbound) };
        scope.ServiceProvider.GetRequiredService<TurnScope>().Begin(new ConversationRecord { Id = "webchat:k", Channel = "webchat", Key = "k" }, context, row);
        var vault = scope.ServiceProvider.GetRequiredService<IPersonalDataVault>();
        var fields = new ProfileFields(scope.ServiceProvider.GetRequiredService<IUserDirectory>(), vault);
        return new Turn(scope, context, row, vault, fields);
    }

    private sealed record Turn(AsyncServiceScope Scope, TurnContext Context, InboxMessage Row, IPersonalDataVault Vault, ProfileFields Fields) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }
}
