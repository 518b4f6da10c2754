using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Queue;

internal sealed class QueueTicketConfiguration : IEntityTypeConfiguration<QueueTicket>
{
    public void Configure(EntityTypeBuilder<QueueTicket> builder)
    {
        builder.ToTable("queue_tickets");
        builder.Property(t => t.Service).HasMaxLength(1);
        builder.Property(t => t.Number).HasMaxLength(16);
        builder.Property(t => t.ConversationId).HasMaxLength(160);
        builder.Property(t => t.UserId).HasMaxLength(64);
        builder.Property(t => t.Channel).HasMaxLength(16);
        builder.Property(t => t.Counter).HasMaxLength(16);
        builder.Property(t => t.CalledBy).HasMaxLength(300);
        builder.Property(t => t.RecalledBy).HasMaxLength(300);
        builder.Property(t => t.SkippedBy).HasMaxLength(300);
        builder.Property(t => t.DoneBy).HasMaxLength(300);
        builder.Ignore(t => t.ClockStart);
        builder.Ignore(t => t.IsActive);
        builder.Property(t => t.Version).IsConcurrencyToken();

        // Two visitors taking a number at the same moment (or two nodes) cannot both store the
        // same one: the second insert fails and is retried with the next number.
        builder.HasIndex(t => new { t.Day, t.Service, t.Seq }).IsUnique();

        // One active (waiting or called) number per conversation per day, also under races.
        // The filter is plain SQL both SQLite and PostgreSQL read the same way.
        builder.HasIndex(t => new { t.Day, t.ConversationId }).IsUnique().HasFilter("\"Status\" < 2").HasDatabaseName("IX_queue_tickets_active");
        builder.HasIndex(t => new { t.Day, t.Status });
        builder.HasIndex(t => t.UserId);
    }
}
