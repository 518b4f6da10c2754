using System.Text;
using Xunit.Abstractions;

namespace Bot.Tests.Durability;

/// <summary>A TextWriter onto the test's output, for code that reports as it goes.</summary>
public sealed class OutputWriter(ITestOutputHelper output) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void WriteLine(string? value) => output.WriteLine(value ?? "");

    public override Task WriteLineAsync(string? value)
    {
        output.WriteLine(value ?? "");
        return Task.CompletedTask;
    }
}
