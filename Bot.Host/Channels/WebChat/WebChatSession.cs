using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Host.Channels.WebChat;

/// <summary>
/// A web chat session issued by the server: the conversation key and the SHA-256 hash of its
/// bearer token. The token itself is only ever in the client's hands.
/// </summary>
public sealed class WebChatSession
{
    /// <summary>The web chat conversation key (random, server-chosen).</summary>
    public required string ConversationKey { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last message the visitor sent (polling does not keep a forgotten tab alive).</summary>
    public DateTimeOffset LastActiveAt { get; set; }
}

internal sealed class WebChatSessionConfiguration : IEntityTypeConfiguration<WebChatSession>
{
    public void Configure(EntityTypeBuilder<WebChatSession> builder)
    {
        builder.ToTable("webchat_sessions");
        builder.HasKey(s => s.ConversationKey);
        builder.Property(s => s.ConversationKey).HasMaxLength(64);
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.HasIndex(s => s.LastActiveAt);
    }
}
