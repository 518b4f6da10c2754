namespace Bot.Tests.Infrastructure;

/// <summary>Tests that run real host processes run one at a time: each loads the machine fully.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostProcessCollection
{
    public const string Name = "Host processes";
}
