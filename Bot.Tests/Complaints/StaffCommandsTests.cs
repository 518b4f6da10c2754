using Bot.Host.Tickets;

namespace Bot.Tests.Complaints;

public sealed class StaffCommandsTests
{
    [Theory]
    [InlineData("/balas ADU-20260302-001 Baik, kami cek.", "balas", "ADU-20260302-001", "Baik, kami cek.")]
    [InlineData("/balas@PstBot adu-20260302-001 Baik", "balas", "ADU-20260302-001", "Baik")]
    [InlineData("/selesai ADU-20260302-014", "selesai", "ADU-20260302-014", "")]
    [InlineData("/ambil", "ambil", null, "")]
    [InlineData("/balas Baris\nkedua", "balas", null, "Baris\nkedua")]
    public void CommandsAreReadWithTheirTicketAndText(string text, string command, string? ticket, string rest) =>
        Assert.Equal((command, ticket, rest), StaffCommands.Parse(text));

    [Fact]
    public void PlainTextIsNoCommand() =>
        Assert.Equal((null, null, "terima kasih"), StaffCommands.Parse("terima kasih"));
}
