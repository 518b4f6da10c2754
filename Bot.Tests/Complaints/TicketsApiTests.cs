using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Complaints;

public sealed class TicketsApiTests : IAsyncLifetime
{
    private StaffDeskHost _host = null!;

    public async Task InitializeAsync() => _host = await StaffDeskHost.StartAsync();

    [Fact]
    public async Task OpenAndClosedTicketsAreListedSeparatelyAndATicketComesWithItsThread()
    {
        var open = await ComplaintEscalationFlowTests.FileComplaintAsync(_host.NewChat(), "Katalog tidak bisa dibuka.");
        var closed = await ComplaintEscalationFlowTests.FileComplaintAsync(_host.NewChat(), "Salah ketik di tabel 3.1.");
        await _host.StaffSaysAsync($"/balas {closed} Terima kasih, sudah kami teruskan.", staff: "Rina");
        await _host.StaffSaysAsync($"/selesai {closed}", staff: "Rina");
        var api = _host.StaffApi();

        var openList = await api.GetFromJsonAsync<JsonElement>("/api/staff/tickets?status=open");
        var closedList = await api.GetFromJsonAsync<JsonElement>("/api/staff/tickets?status=closed");
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/staff/tickets/{closed}");

        Assert.Equal([open], openList.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("number").GetString()));
        Assert.Equal([closed], closedList.GetProperty("tickets").EnumerateArray().Select(t => t.GetProperty("number").GetString()));
        Assert.Equal(["ADU-20260302-001", "ADU-20260302-002"], new[] { open, closed });
        Assert.Equal("Salah ketik di tabel 3.1.", detail.GetProperty("description").GetString());
        var thread = detail.GetProperty("thread").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("author").GetString()))
            .ToList();
        Assert.Equal([("Opened", "user"), ("StaffReply", "Rina"), ("Closed", "Rina")], thread);
        Assert.Equal("Rina", detail.GetProperty("ticket").GetProperty("closedBy").GetString());
    }

    [Theory]
    [InlineData("/api/staff/tickets")]
    [InlineData("/api/staff/tickets?status=open")]
    [InlineData("/api/staff/tickets/ADU-20260302-001")]
    public async Task RequestsWithoutTheStaffKeyGet401(string url)
    {
        var response = await _host.Factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownStatusIsABadRequestAndAnUnknownTicketIsNotFound()
    {
        var api = _host.StaffApi();

        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/staff/tickets?status=pending")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/staff/tickets/ADU-20990101-001")).StatusCode);
    }

    [Fact]
    public async Task TheAcknowledgementNamesWhenStaffWillAnswerInWita()
    {
        var chat = _host.NewChat();
        await chat.SayAsync("pengaduan");
        await chat.SayAsync("2");
        var attach = await chat.SayAsync("Petugas kurang ramah.");
        var confirm = await chat.ChooseAsync(attach, "Lewati");

        var ack = (await chat.ChooseAsync(confirm, "Kirim")).AllText();

        // Filed Monday 09:00 WITA; 30 office minutes later.
        Assert.Contains("Senin, 2 Maret 2026 pukul 09.30 WITA", ack);
        Assert.Contains("Senin–Jumat 08.00–15.30 WITA", ack);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
