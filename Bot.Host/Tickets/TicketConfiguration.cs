using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets");
        builder.Property(t => t.Number).HasMaxLength(32);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Category).HasMaxLength(16);
        // Sealed (StoredText): unbounded, the ciphertext of 4000 characters is longer.
        builder.Property(t => t.ConversationId).HasMaxLength(160);
        builder.Property(t => t.UserId).HasMaxLength(64);
        builder.Property(t => t.Channel).HasMaxLength(16);
        builder.Property(t => t.TakenBy).HasMaxLength(256);
        builder.Property(t => t.ClosedBy).HasMaxLength(256);

        // The number is the ticket's public identity; with PostgreSQL two nodes may compute the
        // same next number, and the unique index turns that into a retried turn, not a duplicate.
        builder.HasIndex(t => t.Number).IsUnique();
        builder.HasIndex(t => new { t.Status, t.EscalatedAt, t.EscalateDueAt });
        builder.HasIndex(t => t.ConversationId);
        builder.HasIndex(t => t.UserId);
        builder.HasMany(t => t.Entries).WithOne(e => e.Ticket).HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketEntryConfiguration : IEntityTypeConfiguration<TicketEntry>
{
    public void Configure(EntityTypeBuilder<TicketEntry> builder)
    {
        builder.ToTable("ticket_entries");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Author).HasMaxLength(256);
        builder.Property(e => e.ActorId).HasMaxLength(300);
        // Sealed (StoredText), like the description.
        builder.HasOne(e => e.StaffPost).WithMany().HasForeignKey(e => e.StaffPostId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.StaffPostId);
    }
}
