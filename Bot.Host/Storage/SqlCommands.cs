using System.Data.Common;

namespace Bot.Host.Storage;

/// <summary>
/// Small helpers for the few hand-written statements on the message path (SQL that both SQLite
/// and PostgreSQL accept), where EF's per-call overhead would be most of the work.
/// </summary>
internal static class SqlCommands
{
    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A time as the provider stores it: UTC ticks on SQLite (see <see cref="DateTimeOffsetToTicksConverter"/>), timestamptz on PostgreSQL.</summary>
    public static object Time(bool sqlite, DateTimeOffset value) => sqlite ? value.UtcTicks : value.ToUniversalTime();
}
