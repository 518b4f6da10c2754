using System.Text.Json;
using Bot.Catalog.Publications;
using Bot.Catalog.Search;
using Bot.Host.Catalog;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Bot.Tests.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Subscriptions;

public sealed class WhatsAppSubscriptionTests
{
    private const string NewReleaseSid = "HXfedcba9876543210fedcba9876543210";

    private static readonly CatalogEntry Release = new()
    {
        Id = "bps-brs-25004",
        Title = "Inflasi Kota Tarakan Desember 2024",
        Year = 2025,
        ReleaseDate = new DateOnly(2025, 1, 2),
        Subjects = ["Berita Resmi Statistik", "Inflasi"],
        Kind = CatalogKind.PressRelease,
    };

    [Fact]
    public async Task Outside_the_window_the_new_release_template_announces_the_notice_which_follows_at_the_next_message()
    {
        // Arrange
        await using var wa = await WhatsAppHarness.StartAsync(new Dictionary<string, string?> { ["Twilio:NewReleaseContentSid"] = NewReleaseSid });
        await SubscribeAsync(wa);
        wa.Factory.Clock.Advance(TimeSpan.FromHours(25));

        // Act
        await wa.Factory.Services.GetRequiredService<INewReleaseListener>().OnReleasedAsync([Release], CancellationToken.None);

        // Assert
        var template = await WaitForCallAsync(wa, c => c.ContentSid is not null);
        Assert.Equal(NewReleaseSid, template.ContentSid);
        Assert.Equal(Release.Title, JsonDocument.Parse(template.ContentVariables!).RootElement.GetProperty("2").GetString());
        Assert.DoesNotContain(wa.Twilio.Calls, c => c.Body?.Contains("Rilis baru", StringComparison.Ordinal) == true);

        // Act: the subscriber writes back.
        await WaitForHeldNoticeAsync(wa);
        await wa.SayAsync("halo");

        // Assert
        var notice = await WaitForCallAsync(wa, c => c.Body?.Contains("Rilis baru", StringComparison.Ordinal) == true);
        Assert.Contains("Inflasi Kota Tarakan Desember 2024 (Kamis, 2 Januari 2025)", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_template_the_notice_waits_silently_for_the_next_message()
    {
        // Arrange: only the generic "a reply is waiting" template is configured, which would promise a reply.
        await using var wa = await WhatsAppHarness.StartAsync();
        await SubscribeAsync(wa);
        var callsBefore = wa.Twilio.Calls.Count;
        wa.Factory.Clock.Advance(TimeSpan.FromHours(25));

        // Act
        await wa.Factory.Services.GetRequiredService<INewReleaseListener>().OnReleasedAsync([Release], CancellationToken.None);
        await WaitForHeldNoticeAsync(wa);
        await wa.SayAsync("halo");

        // Assert
        var notice = await WaitForCallAsync(wa, c => c.Body?.Contains("Rilis baru", StringComparison.Ordinal) == true);
        Assert.Contains("Inflasi Kota Tarakan Desember 2024", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(wa.Twilio.Calls.Skip(callsBefore), c => c.ContentSid is not null);
    }

    private static async Task SubscribeAsync(WhatsAppHarness wa)
    {
        await wa.SayAsync("langganan inflasi");
        var confirmation = await WaitForCallAsync(wa, c => c.Body?.Contains("kabar rilis baru", StringComparison.Ordinal) == true);
        Assert.Contains("Inflasi & harga", confirmation.Body, StringComparison.Ordinal);
    }

    private static Task WaitForHeldNoticeAsync(WhatsAppHarness wa) =>
        WaitUntil.ReadAsync(
            // Whole rows: payloads are sealed at rest and opened only when a row is loaded.
            () => wa.Factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Held).ToListAsync()),
            rows => rows.Count(m => m.Payload.Contains("Rilis baru", StringComparison.Ordinal)) == 1,
            "the new-release notice to be held",
            rows => $"{rows.Count} rows are held.");

    private static async Task<TwilioApiDoubleCall> WaitForCallAsync(WhatsAppHarness wa, Func<TwilioApiDoubleCall, bool> match)
    {
        await WaitUntil.TrueAsync(() => wa.Twilio.Calls.Any(match), "a matching Twilio call", () => "Bodies: " + string.Join(" | ", wa.Twilio.Calls.Select(c => c.Body)));
        return Assert.Single(wa.Twilio.Calls, c => match(c));
    }
}
