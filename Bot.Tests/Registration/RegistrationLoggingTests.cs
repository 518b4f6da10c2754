using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Registration;

public sealed class RegistrationLoggingTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly BotFactory _factory;

    public RegistrationLoggingTests() =>
        _factory = new TestHostBuilder().With("Logging:LogLevel:Default", "Information").Services(services => services.AddSingleton<ILoggerProvider>(_logs)).Build();

    [Fact]
    public async Task TheLogSaysTheMailWasWrittenToAFileAndNeverHoldsTheNikEmailOrPhoneInClear()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));

        await user.RegisterAsync();
        await user.Chat.SayAsync("data saya");

        Assert.Contains(_logs.Lines, l => l.Contains("NOT sent", StringComparison.Ordinal) && l.Contains(Path.Combine(_factory.DataDir, "mail"), StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Contains("registered (s***a@example.com)", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(Registrant.Nik, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(user.Email, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("85247110369", StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();
}
