using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Subscriptions;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(s => s.ConversationId);
        builder.Property(s => s.ConversationId).HasMaxLength(160);
        builder.Property(s => s.Channel).HasMaxLength(16);
        builder.Property(s => s.Topics).HasMaxLength(400);
        builder.Ignore(s => s.TopicList);
        builder.HasOne<ConversationRecord>().WithMany().HasForeignKey(s => s.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
