using Bot.Host.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Storage;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox");
        builder.Property(m => m.Channel).HasMaxLength(16);
        builder.Property(m => m.ExternalId).HasMaxLength(128);
        builder.Property(m => m.ConversationId).HasMaxLength(160);
        builder.Property(m => m.Error).HasMaxLength(2000);
        builder.HasIndex(m => new { m.Channel, m.ExternalId }).IsUnique();
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasIndex(m => new { m.ConversationId, m.Status, m.Id });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox");
        builder.Property(m => m.Channel).HasMaxLength(16);
        builder.Property(m => m.ConversationId).HasMaxLength(160);
        builder.Property(m => m.Recipient).HasMaxLength(512);
        builder.Property(m => m.Error).HasMaxLength(2000);
        builder.Property(m => m.ExternalId).HasMaxLength(128);
        builder.Property(m => m.LeaseOwner).HasMaxLength(64);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.ConversationId, m.Seq });
        builder.HasIndex(m => m.InboxId);
        builder.HasIndex(m => m.ExternalId);
    }
}

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("conversations");
        builder.Property(c => c.Id).HasMaxLength(160);
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.Key).HasMaxLength(128);
        builder.Property(c => c.Address).HasMaxLength(512);
        // Sealed (StoredText): room for the ciphertext of a 256-character name.
        builder.Property(c => c.DisplayName).HasMaxLength(1400);
        builder.Property(c => c.UserName).HasMaxLength(1400);
        builder.Property(c => c.LanguageCode).HasMaxLength(16);
        builder.Property(c => c.LeaseOwner).HasMaxLength(64);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
