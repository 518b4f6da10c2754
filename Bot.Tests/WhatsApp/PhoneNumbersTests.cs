using Bot.Host.Channels.WhatsApp;

namespace Bot.Tests.WhatsApp;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("whatsapp:+6285183106571", "+6285183106571")]
    [InlineData("0851-8310-6571", "+6285183106571")]
    [InlineData("0851 8310 6571", "+6285183106571")]
    [InlineData("6285183106571", "+6285183106571")]
    [InlineData("+62 (851) 8310.6571", "+6285183106571")]
    [InlineData("0062 851 8310 6571", "+6285183106571")]
    [InlineData("whatsapp:+14155238886", "+14155238886")]
    public void NumbersAreNormalisedToE164(string input, string expected)
    {
        Assert.Equal(expected, PhoneNumbers.ToE164(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("whatsapp:")]
    [InlineData("12345")]
    [InlineData("+62851831065719999")]
    [InlineData("0851abc6571")]
    [InlineData("+0851")]
    public void ImplausibleNumbersAreRejected(string? input)
    {
        Assert.Null(PhoneNumbers.ToE164(input));
    }
}
