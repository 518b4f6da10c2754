using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>Records every log entry at Error or above, which is how an unhandled exception shows.</summary>
public sealed class ErrorLogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
