using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Channels.WhatsApp;

internal sealed class WhatsAppDeliveryConfiguration : IEntityTypeConfiguration<WhatsAppDelivery>
{
    public void Configure(EntityTypeBuilder<WhatsAppDelivery> builder)
    {
        builder.ToTable("whatsapp_deliveries");
        builder.Property(d => d.ConversationId).HasMaxLength(160);
        builder.Property(d => d.MessageSid).HasMaxLength(64);
        builder.Property(d => d.Status).HasMaxLength(32);
        builder.HasIndex(d => d.MessageSid).IsUnique();
        builder.HasIndex(d => new { d.OutboxId, d.Part });
        builder.HasIndex(d => new { d.ConversationId, d.Kind, d.CreatedAt });
    }
}
