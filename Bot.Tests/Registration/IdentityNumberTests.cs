using Bot.Dialogs.Ports;
using Bot.Dialogs.Registration;

namespace Bot.Tests.Registration;

public sealed class IdentityNumberTests
{
    [Theory]
    [InlineData("6571014508950001", "6571014508950001")]
    [InlineData("6571 0145 0895 0001", "6571014508950001")]
    [InlineData("3171-0101-0190-0123", "3171010101900123")]
    [InlineData("9471012902000001", "9471012902000001")]
    public void APlausibleNikIsAcceptedAndNormalised(string typed, string expected)
    {
        var check = IdentityNumbers.Check(IdentityTypes.Ktp, typed);

        Assert.True(check.IsValid);
        Assert.Equal(expected, check.Number);
    }

    [Theory]
    [InlineData("657101450895001", IdentityProblem.NikLength)]
    [InlineData("65710145089500011", IdentityProblem.NikLength)]
    [InlineData("65710145O8950001", IdentityProblem.NikLength)]
    [InlineData("2071014508950001", IdentityProblem.NikRegion)]
    [InlineData("6500014508950001", IdentityProblem.NikRegion)]
    [InlineData("6571004508950001", IdentityProblem.NikRegion)]
    [InlineData("6571013208950001", IdentityProblem.NikBirthDate)]
    [InlineData("6571017208950001", IdentityProblem.NikBirthDate)]
    [InlineData("6571010013950001", IdentityProblem.NikBirthDate)]
    [InlineData("6571013002950001", IdentityProblem.NikBirthDate)]
    [InlineData("6571014508950000", IdentityProblem.NikSequence)]
    public void AnImplausibleNikIsRefusedWithItsReason(string typed, IdentityProblem problem)
    {
        Assert.Equal(problem, IdentityNumbers.Check(IdentityTypes.Ktp, typed).Problem);
    }

    [Theory]
    [InlineData(IdentityTypes.Sim, "123456789012", true)]
    [InlineData(IdentityTypes.Sim, "1234567890123456", true)]
    [InlineData(IdentityTypes.Sim, "12345678901", false)]
    [InlineData(IdentityTypes.Sim, "12345678901234567", false)]
    [InlineData(IdentityTypes.Passport, "X1234567", true)]
    [InlineData(IdentityTypes.Passport, "ab123456", true)]
    [InlineData(IdentityTypes.Passport, "ABC123456", false)]
    [InlineData(IdentityTypes.Passport, "X12345", false)]
    [InlineData(IdentityTypes.Passport, "12345678", false)]
    public void SimAndPassportNumbersFollowTheirFormats(string type, string typed, bool valid)
    {
        Assert.Equal(valid, IdentityNumbers.Check(type, typed).IsValid);
    }

    [Theory]
    [InlineData("081234567890", "+6281234567890")]
    [InlineData("0852-4711-0369", "+6285247110369")]
    [InlineData("6281234567890", "+6281234567890")]
    [InlineData("+62 812 3456 7890", "+6281234567890")]
    [InlineData("+60123456789", "+60123456789")]
    [InlineData("0812", null)]
    [InlineData("08123456789012345", null)]
    [InlineData("nomor saya", null)]
    [InlineData("12345678", null)]
    public void PhoneNumbersAreNormalisedToE164(string typed, string? expected)
    {
        Assert.Equal(expected, ProfileInput.Phone(typed));
    }
}
