using System.Text;
using Lucene.Net.Util;

namespace Bot.Catalog.Search;

/// <summary>
/// Compact binary form of a <see cref="CatalogEntry"/>, kept in a binary doc-values field so that showing a
/// page of results reads ten small uncompressed records instead of decompressing a stored-fields chunk per hit
/// (which cost about as much as the search itself on a large catalogue).
/// </summary>
internal static class CatalogEntryCodec
{
    /// <summary>Lucene's limit for one binary doc value is 32,766 bytes; longer entries use stored fields.</summary>
    public const int MaxBytes = 32_000;

    // Version 2 adds the kind at the end; version 1 records (indexes written before) read as publications.
    private const byte FormatVersion = 2;
    private const byte FormatVersion1 = 1;

    /// <summary>The encoded entry, or an empty array when it is too long (readers then fall back to stored fields).</summary>
    public static byte[] Encode(CatalogEntry entry)
    {
        using var stream = new MemoryStream(512);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatVersion);
            writer.Write(entry.Id);
            writer.Write(entry.Title);
            WriteOptional(writer, entry.Subtitle);
            writer.Write(entry.Year);
            WriteOptional(writer, entry.CatalogNumber);
            WriteOptional(writer, entry.PublicationNumber);
            WriteOptional(writer, entry.Issn);
            WriteOptional(writer, entry.Isbn);
            writer.Write(entry.ReleaseDate?.DayNumber ?? -1);
            writer.Write(entry.Language);
            writer.Write(entry.Subjects.Count);
            foreach (var subject in entry.Subjects)
            {
                writer.Write(subject);
            }

            WriteOptional(writer, entry.Abstract);
            writer.Write(entry.FileName);
            writer.Write(entry.PageCount);
            writer.Write(entry.SizeBytes);
            writer.Write((byte)entry.Kind);
        }

        return stream.Length > MaxBytes ? [] : stream.ToArray();
    }

    /// <summary>Decodes <paramref name="bytes"/>; null when empty (entry too long, or an index written before this field).</summary>
    public static CatalogEntry? Decode(BytesRef bytes)
    {
        if (bytes.Length == 0 || bytes.Bytes[bytes.Offset] is not (FormatVersion or FormatVersion1))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset + 1, bytes.Length - 1, writable: false), Encoding.UTF8);
        var id = reader.ReadString();
        var title = reader.ReadString();
        var subtitle = ReadOptional(reader);
        var year = reader.ReadInt32();
        var catalogNumber = ReadOptional(reader);
        var publicationNumber = ReadOptional(reader);
        var issn = ReadOptional(reader);
        var isbn = ReadOptional(reader);
        var day = reader.ReadInt32();
        var language = reader.ReadString();
        var subjects = new string[reader.ReadInt32()];
        for (var i = 0; i < subjects.Length; i++)
        {
            subjects[i] = reader.ReadString();
        }

        var version = bytes.Bytes[bytes.Offset];
        return new CatalogEntry
        {
            Id = id,
            Title = title,
            Subtitle = subtitle,
            Year = year,
            CatalogNumber = catalogNumber,
            PublicationNumber = publicationNumber,
            Issn = issn,
            Isbn = isbn,
            ReleaseDate = day < 0 ? null : DateOnly.FromDayNumber(day),
            Language = language,
            Subjects = subjects,
            Abstract = ReadOptional(reader),
            FileName = reader.ReadString(),
            PageCount = reader.ReadInt32(),
            SizeBytes = reader.ReadInt64(),
            Kind = version == FormatVersion ? (Publications.CatalogKind)reader.ReadByte() : Publications.CatalogKind.Publication,
        };
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        // Same rule as the stored fields: blank optional values are not kept.
        var present = !string.IsNullOrWhiteSpace(value);
        writer.Write(present);
        if (present)
        {
            writer.Write(value!);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
