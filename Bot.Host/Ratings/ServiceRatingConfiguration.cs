using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Ratings;

internal sealed class ServiceRatingConfiguration : IEntityTypeConfiguration<ServiceRating>
{
    public void Configure(EntityTypeBuilder<ServiceRating> builder)
    {
        builder.ToTable("ratings");
        builder.Property(r => r.SubjectKey).HasMaxLength(200);
        builder.Property(r => r.EventKey).HasMaxLength(200);
        builder.Property(r => r.UserId).HasMaxLength(64);
        builder.Property(r => r.ConversationId).HasMaxLength(160);
        builder.Property(r => r.Comment).HasMaxLength(2000);

        // One rating per user (or guest conversation) per service event.
        builder.HasIndex(r => new { r.SubjectKey, r.EventKey }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
        builder.HasIndex(r => r.UserId);
        builder.HasIndex(r => r.ConversationId);
    }
}
