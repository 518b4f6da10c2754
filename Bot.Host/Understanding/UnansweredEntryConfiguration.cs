using Bot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Understanding;

internal sealed class UnansweredEntryConfiguration : IEntityTypeConfiguration<UnansweredEntry>
{
    public void Configure(EntityTypeBuilder<UnansweredEntry> builder)
    {
        builder.ToTable("unanswered");
        builder.Property(u => u.Text).HasMaxLength(UnansweredText.MaxLength);
        builder.HasIndex(u => u.SeenAt);
    }
}
