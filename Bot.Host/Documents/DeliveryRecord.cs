using Bot.Dialogs.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Documents;

/// <summary>
/// One read or download: the audit trail that lets a leaked copy be traced from the id in its
/// footer. The user reference is cleared when the user deletes their data; the row stays as an
/// anonymous count.
/// </summary>
public sealed class DeliveryRecord
{
    /// <summary>"DL-yyyyMMdd-XXXXXX", printed in the PDF footer and metadata.</summary>
    public required string Id { get; set; }

    public string? UserId { get; set; }

    public required string PublicationId { get; set; }

    public required string PublicationTitle { get; set; }

    /// <summary>The name the copy is given ("Kota-Tarakan-Dalam-Angka-2024.pdf").</summary>
    public required string FileName { get; set; }

    public DocumentMode Mode { get; set; }

    public required string Channel { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>How many times the stamped copy was produced (stamped copies are kept briefly, so several opens may share one).</summary>
    public int Served { get; set; }

    /// <summary>How many times its read or download link was opened (GET), counted against Documents:MaxOpensPerLink.</summary>
    public int Opens { get; set; }
}

internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> builder)
    {
        builder.ToTable("deliveries");
        builder.Property(d => d.Id).HasMaxLength(32);
        builder.Property(d => d.UserId).HasMaxLength(64);
        builder.Property(d => d.PublicationId).HasMaxLength(64);
        builder.Property(d => d.PublicationTitle).HasMaxLength(512);
        builder.Property(d => d.Channel).HasMaxLength(16);
        builder.Property(d => d.FileName).HasMaxLength(128);
        builder.Property(d => d.Mode).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => new { d.UserId, d.CreatedAt });
        builder.HasIndex(d => d.CreatedAt);
    }
}
