using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bot.Host.Storage.Sqlite;

/// <summary>Stores a moment as UTC ticks, so SQLite can compare and order it.</summary>
internal sealed class DateTimeOffsetToTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
