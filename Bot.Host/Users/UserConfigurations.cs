using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Users;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.Id).HasMaxLength(32);
        builder.Property(u => u.FullName).HasMaxLength(512);
        builder.Property(u => u.Email).HasMaxLength(1024);
        builder.Property(u => u.EmailHash).HasMaxLength(64);
        builder.Property(u => u.IdentityType).HasMaxLength(16);
        builder.Property(u => u.IdentityNumber).HasMaxLength(256);
        builder.Property(u => u.Occupation).HasMaxLength(32);
        builder.Property(u => u.Institution).HasMaxLength(150);
        builder.Property(u => u.Phone).HasMaxLength(256);
        builder.Property(u => u.Language).HasMaxLength(8);
        builder.HasIndex(u => u.EmailHash).IsUnique();
        builder.HasMany(u => u.Links).WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChannelLinkConfiguration : IEntityTypeConfiguration<ChannelLink>
{
    public void Configure(EntityTypeBuilder<ChannelLink> builder)
    {
        builder.ToTable("user_channels");
        builder.Property(l => l.ConversationId).HasMaxLength(160);
        builder.Property(l => l.Channel).HasMaxLength(16);
        builder.Property(l => l.UserId).HasMaxLength(32);
        builder.HasIndex(l => l.ConversationId).IsUnique();
    }
}

internal sealed class EmailVerificationConfiguration : IEntityTypeConfiguration<EmailVerification>
{
    public void Configure(EntityTypeBuilder<EmailVerification> builder)
    {
        builder.ToTable("email_verifications");
        builder.Property(v => v.EmailHash).HasMaxLength(64);
        builder.Property(v => v.ConversationId).HasMaxLength(160);
        builder.Property(v => v.CodeHash).HasMaxLength(64);
        builder.HasIndex(v => new { v.EmailHash, v.CreatedAt });
        builder.HasIndex(v => new { v.ConversationId, v.EmailHash });
    }
}

internal sealed class GuestBookEntryConfiguration : IEntityTypeConfiguration<GuestBookEntry>
{
    public void Configure(EntityTypeBuilder<GuestBookEntry> builder)
    {
        builder.ToTable("guest_book");
        builder.Property(g => g.UserId).HasMaxLength(32);
        builder.Property(g => g.Channel).HasMaxLength(16);
        builder.Property(g => g.Purpose).HasMaxLength(32);
        builder.Property(g => g.LookingFor).HasMaxLength(300);
        builder.Property(g => g.Occupation).HasMaxLength(32);

        // One entry per user per day; erased entries (null user) are not constrained.
        builder.HasIndex(g => new { g.UserId, g.Day }).IsUnique();
        builder.HasIndex(g => g.Day);
    }
}
