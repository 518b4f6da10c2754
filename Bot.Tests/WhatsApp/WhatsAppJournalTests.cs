using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Bot.Tests.Durability;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.WhatsApp;

/// <summary>
/// Twilio's status callback changes outbox rows by hand; on SQLite the row's send record may
/// still be in the journal, and applying it later must not undo the callback's change.
/// </summary>
public sealed class WhatsAppJournalTests : IAsyncLifetime
{
    private WhatsAppHarness _wa = null!;

    public async Task InitializeAsync()
    {
        _wa = await WhatsAppHarness.StartAsync(configureServices: SendJournalTests.WithoutFlusher);
        await _wa.SayAsync("halo");
        await _wa.Twilio.WaitForCallsAsync(1);
    }

    public async Task DisposeAsync() => await _wa.DisposeAsync();

    [Fact]
    public async Task AStatusCallbackThatSetsASentRowBackToPendingIsNotOverwrittenByItsJournaledRecord()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Jawaban petugas."));
        var call = (await _wa.Twilio.WaitForCallsAsync(2))[^1];
        Assert.Equal("Jawaban petugas.", call.Body);
        _wa.Factory.Clock.Advance(TimeSpan.FromMinutes(1));

        // Twilio reports the message undelivered (63016, window closed) while its "sent" record
        // is only in the journal (storage still says pending; nothing flushes in this test).
        await _wa.PostStatusAsync(call.Sid!, "failed", "63016");

        // The row is sent back for the window check: it is held and the template goes out.
        var journal = _wa.Factory.Services.GetRequiredService<OutboxJournal>();
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Held, between: () => journal.FlushAsync());
        Assert.Equal(WhatsAppHarness.TemplateSid, _wa.Twilio.Calls[^1].ContentSid);
    }
}
