using Bot.Catalog.Pdf;

namespace Bot.Tests.Pdf;

public sealed class EmailMaskTests
{
    [Theory]
    [InlineData("ani.saputri@gmail.com", "a***i@gmail.com")]
    [InlineData("ai@bps.go.id", "a***i@bps.go.id")]
    [InlineData("a@bps.go.id", "a***@bps.go.id")]
    [InlineData("  budi@yahoo.co.id ", "b***i@yahoo.co.id")]
    [InlineData("odd\"quoted@local@example.com", "o***l@example.com")]
    public void Masking_keeps_the_first_and_last_local_character_and_the_domain(string email, string expected)
    {
        // Act
        var masked = EmailMask.Mask(email);

        // Assert
        Assert.Equal(expected, masked);
    }

    [Fact]
    public void Masking_never_returns_the_clear_local_part()
    {
        // Arrange
        const string email = "rahmawati.kusuma@gmail.com";

        // Act
        var masked = EmailMask.Mask(email);

        // Assert
        Assert.DoesNotContain("rahmawati", masked);
        Assert.EndsWith("@gmail.com", masked);
    }
}
