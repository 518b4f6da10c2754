using Bot.Host.Messaging;
using Bot.Host.Staff.Accounts;
using Bot.Host.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Bot.Host.Storage;

/// <summary>
/// The service's database. Each feature keeps its entities and their configuration in its own
/// folder; the model is assembled from every IEntityTypeConfiguration in this assembly.
/// One subclass per provider keeps each provider's migrations (and EF's model cache) apart.
/// The staff console's accounts and roles (ASP.NET Core Identity) live here too.
/// </summary>
public abstract class BotDbContext(DbContextOptions options) : IdentityDbContext<StaffAccount, IdentityRole, string>(options), IOutboxRows
{
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    /// <summary>New outbox rows join this unit of work (<see cref="OutboxWriter"/>).</summary>
    void IOutboxRows.Add(OutboxMessage row) => Outbox.Add(row);

    /// <summary>The sealing of personal columns, for the hand-written statements of the message path.</summary>
    internal StoredText StoredText => StoredTextInterceptor.TextOf(this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpConversationVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpConversationVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every changed conversation row gets a new version (its concurrency token), whoever changed it.</summary>
    private void BumpConversationVersions()
    {
        foreach (var entry in ChangeTracker.Entries<ConversationRecord>())
        {
            if (entry.State == EntityState.Modified && !entry.Property(c => c.Version).IsModified)
            {
                entry.Entity.Version++;
            }
        }
    }
}

/// <summary>The default, single-node store: a SQLite file in the data folder.</summary>
public sealed class SqliteBotDbContext(DbContextOptions<SqliteBotDbContext> options) : BotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite cannot compare or order DateTimeOffset; UTC ticks translate for leases and reports.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToTicksConverter>();
}

/// <summary>The shared store for several nodes.</summary>
public sealed class PostgresBotDbContext(DbContextOptions<PostgresBotDbContext> options) : BotDbContext(options);
