using System.Globalization;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// The one way a test waits (in real time) for the host's background work: a condition is
/// checked, and checked again after a short poll, until it holds. The deadline only stops a broken
/// test from hanging; it is generous because CI runs on two busy cores, and it asserts nothing
/// about timing. Time-dependent behaviour is moved on the fake clock, not waited for here.
/// </summary>
public static class WaitUntil
{
    /// <summary>How long a wait may take before the test fails.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>How often the condition is checked again.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    /// <param name="what">What is awaited, in words, for the failure message.</param>
    /// <param name="detail">What the test saw, added to the failure message.</param>
    /// <param name="between">Run after each check that failed, before the next (e.g. moving the fake clock on).</param>
    public static Task TrueAsync(Func<bool> condition, string what, Func<string>? detail = null, Func<Task>? between = null, TimeSpan? timeout = null, TimeSpan? poll = null) =>
        ReadAsync(() => Task.FromResult(condition()), done => done, what, detail is null ? null : _ => detail(), between, timeout, poll);

    /// <summary>Waits until the asynchronous <paramref name="condition"/> (e.g. a query) holds.</summary>
    /// <inheritdoc cref="TrueAsync(Func{bool}, string, Func{string}?, Func{Task}?, TimeSpan?, TimeSpan?)"/>
    public static Task TrueAsync(Func<Task<bool>> condition, string what, Func<string>? detail = null, Func<Task>? between = null, TimeSpan? timeout = null, TimeSpan? poll = null) =>
        ReadAsync(condition, done => done, what, detail is null ? null : _ => detail(), between, timeout, poll);

    /// <summary>Reads a value until <paramref name="done"/> holds for it, and returns that value.</summary>
    /// <param name="what">What is awaited, in words, for the failure message.</param>
    /// <param name="detail">The last value read, described for the failure message.</param>
    /// <param name="between">Run after each read that was not done, before the next (e.g. moving the fake clock on).</param>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, Func<T, string>? detail = null, Func<Task>? between = null, TimeSpan? timeout = null, TimeSpan? poll = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Deadline);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                var seen = detail is null ? "" : " " + detail(value);
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Timed out after {(timeout ?? Deadline).TotalSeconds:0} s waiting for {what}.{seen}"));
            }

            if (between is not null)
            {
                await between();
            }

            await Task.Delay(poll ?? Poll);
        }
    }
}
