using Xunit.Abstractions;
using Xunit.Sdk;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// Marks a test class that runs its inherited tests on PostgreSQL: a subclass of a flow test
/// class whose host is on a database of the test server (<see cref="PostgresServer"/>).
/// </summary>
public interface IRunsOnPostgres;

/// <summary>
/// A fact of a test class that runs on both providers: the class itself on SQLite, and a
/// subclass marked <see cref="IRunsOnPostgres"/> on PostgreSQL. Without a server configured the
/// PostgreSQL copy shows as skipped (as <see cref="PostgresFactAttribute"/> does), not failed.
/// </summary>
[XunitTestCaseDiscoverer("Bot.Tests.Infrastructure.StoreFactDiscoverer", "Bot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>The theory counterpart of <see cref="StoreFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Bot.Tests.Infrastructure.StoreTheoryDiscoverer", "Bot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;

public sealed class StoreFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StoreSkip.Of(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class StoreTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        StoreSkip.Of(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

internal static class StoreSkip
{
    /// <summary>Why the test is skipped: its class runs on PostgreSQL and no server is configured; null to run it.</summary>
    public static string? Of(ITestMethod testMethod) =>
        PostgresServer.ConnectionString is null && typeof(IRunsOnPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType())
            ? new PostgresFactAttribute().Skip
            : null;
}
