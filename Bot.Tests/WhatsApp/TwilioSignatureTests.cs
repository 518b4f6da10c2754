using Twilio.Security;

namespace Bot.Tests.WhatsApp;

public sealed class TwilioSignatureTests
{
    // Twilio's published example (docs "Validating requests", the same in every helper library).
    private const string DocsAuthToken = "12345";
    private const string DocsUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string DocsSignature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private static readonly Dictionary<string, string> s_docsParams = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+12349013030",
        ["Digits"] = "1234",
        ["From"] = "+12349013030",
        ["To"] = "+18005551212",
    };

    [Fact]
    public void TwiliosValidatorAcceptsThePublishedExample()
    {
        Assert.True(new RequestValidator(DocsAuthToken).Validate(DocsUrl, s_docsParams, DocsSignature));
    }

    [Fact]
    public void TheTestSignerComputesThePublishedSignature()
    {
        Assert.Equal(DocsSignature, TwilioSigner.Sign(DocsAuthToken, DocsUrl, s_docsParams));
    }

    [Fact]
    public void TwiliosValidatorRefusesTheExampleWithAChangedParameter()
    {
        var changed = new Dictionary<string, string>(s_docsParams) { ["Digits"] = "1235" };

        Assert.False(new RequestValidator(DocsAuthToken).Validate(DocsUrl, changed, DocsSignature));
    }
}
