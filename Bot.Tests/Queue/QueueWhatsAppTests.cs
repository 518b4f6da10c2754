using System.Net;
using System.Net.Http.Json;
using Bot.Tests.WhatsApp;

namespace Bot.Tests.Queue;

/// <summary>A WhatsApp visitor (through Twilio) takes a number, follows it, and is called to a counter on WhatsApp.</summary>
public sealed class QueueWhatsAppTests
{
    private const string ApiKey = "whatsapp-queue-staff-key-0123456789abcdef";

    [Fact]
    public async Task AWhatsAppVisitorTakesANumberAndTheCallReachesThemOnWhatsApp()
    {
        await using var wa = await WhatsAppHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Staff:ApiKey"] = ApiKey,
            ["Queue:CheckSeconds"] = "0",
        });
        using var staff = wa.Factory.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new("Bearer", ApiKey);

        await wa.SayAsync("mau ambil nomor antrian");
        var services = await wa.Twilio.WaitForBodyAsync("Perpustakaan");
        await wa.SayAsync("Perpustakaan");
        var taken = await wa.Twilio.WaitForBodyAsync("Nomor antrean Anda: P-001");
        await wa.SayAsync("antrean saya");
        var position = await wa.Twilio.WaitForBodyAsync("Nomor antrean Anda: P-001", after: taken.Sequence);
        var called = await staff.PostAsJsonAsync("/api/staff/queue/call", new { counter = "2" });
        var notice = await wa.Twilio.WaitForBodyAsync("Nomor P-001 dipanggil — silakan ke Meja 2", after: position.Sequence);
        var recalled = await staff.PostAsync("/api/staff/queue/P-001/recall", null);
        var again = await wa.Twilio.WaitForBodyAsync("Panggilan ulang: nomor P-001 — silakan ke Meja 2", after: notice.Sequence);

        Assert.Contains("Konsultasi", services.Body);
        Assert.Contains("Perpustakaan", taken.Body);
        Assert.Contains("Di depan Anda: 0 orang", position.Body);
        Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recalled.StatusCode);
        Assert.All([notice, again], call => Assert.Equal("whatsapp:" + WhatsAppHarness.UserPhone, call.To));
    }
}
