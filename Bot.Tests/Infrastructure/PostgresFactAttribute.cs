namespace Bot.Tests.Infrastructure;

/// <summary>
/// A test that needs a PostgreSQL server. Without one configured (PSTBOT_TEST_POSTGRES) it shows
/// as skipped with the reason and the command that starts one, instead of passing silently.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = $"No PostgreSQL server configured: set {PostgresServer.Variable} (e.g. export {PostgresServer.Variable}=\"$(bash scripts/test-postgres.sh)\"); .ci/run does this.";
        }
    }
}
