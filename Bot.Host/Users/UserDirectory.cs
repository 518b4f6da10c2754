using System.Security.Cryptography;
using System.Text;
using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Registration;
using Bot.Dialogs.Texts;
using Bot.Host.Channels.Mail;
using Bot.Host.Messaging;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Users;

/// <summary>
/// Accounts and the chats linked to them, for the turn in this scope. Changes are staged on the
/// turn's BotDbContext and commit with the turn (never saved here).
/// </summary>
public sealed partial class UserDirectory(
    BotDbContext db,
    TurnScope turn,
    PersonalData personal,
    OutboxWriter outbox,
    ServiceContent content,
    TimeProvider clock,
    IEnumerable<IUserDataEraser> erasers,
    Microsoft.Extensions.Options.IOptions<MailOptions> mailOptions,
    ILogger<UserDirectory> logger) : IUserDirectory
{
    internal const int CodeMinutes = 10;
    internal const int MaxTries = 3;
    internal const int MaxSendsPerHour = 3;

    // A verified code allows creating or linking the account for a while, not forever.
    private static readonly TimeSpan s_verifiedFor = TimeSpan.FromHours(1);

    // A step-up code confirms one change made now: erasure follows it in the same turn; an email
    // change needs a few minutes more for the new address's own code.
    private static readonly TimeSpan s_stepUpFor = TimeSpan.FromMinutes(30);

    private DbSet<UserAccount> Users => db.Set<UserAccount>();

    private DbSet<ChannelLink> Links => db.Set<ChannelLink>();

    private DbSet<EmailVerification> Codes => db.Set<EmailVerification>();

    public async Task<string?> FindCurrentUserAsync(CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        if (Links.Local.FirstOrDefault(l => l.ConversationId == conversationId) is { } staged)
        {
            return staged.UserId;
        }

        return await Links.Where(l => l.ConversationId == conversationId).Select(l => l.UserId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> EmailHasAccountAsync(string email, CancellationToken cancellationToken)
    {
        var hash = EmailHash(email);
        return await Users.AnyAsync(u => u.EmailHash == hash, cancellationToken);
    }

    public Task<EmailCodeSendResult> SendEmailCodeAsync(string email, Language language, CancellationToken cancellationToken)
    {
        var office = content.Office.Name;
        return SendCodeAsync(email, code => new MailPayload(
            RegistrationTexts.MailSubject.In(language, office, code),
            RegistrationTexts.MailBody.In(language, office, code)), cancellationToken);
    }

    public Task<EmailCodeCheckResult> VerifyEmailCodeAsync(string email, string code, CancellationToken cancellationToken) =>
        VerifyCodeAsync(EmailHash(email), code, cancellationToken);

    public async Task<EmailCodeSendResult> SendAccountCodeAsync(string userId, StepUpPurpose purpose, Language language, CancellationToken cancellationToken)
    {
        var account = await Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new InvalidOperationException("The account no longer exists.");
        var email = personal.Unprotect(account.Email);
        var office = content.Office.Name;
        var what = (purpose == StepUpPurpose.DeleteAccount ? AccountTexts.PurposeDelete : AccountTexts.PurposeChangeEmail).In(language);
        var result = await SendCodeAsync(email, code => new MailPayload(
            AccountTexts.StepUpMailSubject.In(language, office, code),
            AccountTexts.StepUpMailBody.In(language, office, code, what)), cancellationToken);
        return result with { MaskedEmail = Mask.Email(email) };
    }

    public async Task<EmailCodeCheckResult> VerifyAccountCodeAsync(string userId, string code, CancellationToken cancellationToken)
    {
        var hash = await Users.Where(u => u.Id == userId).Select(u => u.EmailHash).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The account no longer exists.");
        return await VerifyCodeAsync(hash, code, cancellationToken);
    }

    /// <summary>
    /// The one way a code is made and mailed, for registration and step-up alike: each address
    /// has its few codes an hour, and the office its overall cap (Mail:MaxCodesPerHour).
    /// </summary>
    private async Task<EmailCodeSendResult> SendCodeAsync(string email, Func<string, MailPayload> mail, CancellationToken cancellationToken)
    {
        var hash = EmailHash(email);
        var now = clock.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        var recent = await Codes.Where(v => v.EmailHash == hash && v.CreatedAt > hourAgo).Select(v => v.CreatedAt).ToListAsync(cancellationToken);
        if (recent.Count >= MaxSendsPerHour)
        {
            LogSendLimit(logger, Mask.Email(email));
            return new EmailCodeSendResult(false, null, recent.Min().AddHours(1)) { Refusal = EmailCodeRefusal.AddressLimit };
        }

        var sentInAll = await Codes.Where(v => v.CreatedAt > hourAgo).OrderBy(v => v.CreatedAt).Select(v => v.CreatedAt).ToListAsync(cancellationToken);
        if (sentInAll.Count >= mailOptions.Value.MaxCodesPerHour)
        {
            LogOverallSendLimit(logger, sentInAll.Count);
            return new EmailCodeSendResult(false, null, sentInAll[^mailOptions.Value.MaxCodesPerHour].AddHours(1)) { Refusal = EmailCodeRefusal.OfficeLimit };
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var conversationId = turn.Conversation.Id;
        var row = new EmailVerification
        {
            EmailHash = hash,
            ConversationId = conversationId,
            CodeHash = CodeHash(hash, conversationId, code),
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(CodeMinutes),
        };
        Codes.Add(row);
        outbox.EnqueueMail(personal.Protect(email), mail(code));
        LogCodeQueued(logger, Mask.Email(email), conversationId);
        return new EmailCodeSendResult(true, row.ExpiresAt, null);
    }

    private async Task<EmailCodeCheckResult> VerifyCodeAsync(string hash, string code, CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        var latest = await Codes
            .Where(v => v.EmailHash == hash && v.ConversationId == conversationId)
            .OrderByDescending(v => v.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.VerifiedAt is not null)
        {
            return new EmailCodeCheckResult(EmailCodeStatus.NoCode);
        }

        if (latest.FailedAttempts >= MaxTries)
        {
            return new EmailCodeCheckResult(EmailCodeStatus.TooManyTries);
        }

        var now = clock.GetUtcNow();
        if (now > latest.ExpiresAt)
        {
            return new EmailCodeCheckResult(EmailCodeStatus.Expired);
        }

        var typed = Encoding.ASCII.GetBytes(CodeHash(hash, conversationId, code));
        if (!CryptographicOperations.FixedTimeEquals(typed, Encoding.ASCII.GetBytes(latest.CodeHash)))
        {
            latest.FailedAttempts++;
            var left = MaxTries - latest.FailedAttempts;
            return new EmailCodeCheckResult(left > 0 ? EmailCodeStatus.Wrong : EmailCodeStatus.TooManyTries, left);
        }

        latest.VerifiedAt = now;
        return new EmailCodeCheckResult(EmailCodeStatus.Valid, MaxTries - latest.FailedAttempts);
    }

    public Task<string?> ChannelPhoneAsync(CancellationToken cancellationToken)
    {
        var record = turn.Conversation;
        if (record.Channel != ChannelNames.WhatsApp || string.IsNullOrEmpty(record.Address))
        {
            return Task.FromResult<string?>(null);
        }

        string address;
        try
        {
            address = record.Address.StartsWith("v1:", StringComparison.Ordinal) ? personal.Unprotect(record.Address) : record.Address;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return Task.FromResult<string?>(null);
        }

        // "whatsapp:+62…" (Twilio) or "whatsapp-cloud:+62…" (Cloud API): the number follows the colon.
        var number = address.StartsWith("whatsapp", StringComparison.OrdinalIgnoreCase) ? address[(address.IndexOf(':') + 1)..] : address;
        return Task.FromResult(ProfileInput.Phone(number));
    }

    public async Task<string> CreateUserAsync(NewUser user, CancellationToken cancellationToken)
    {
        var hash = EmailHash(user.Email);
        var verifiedAt = await RequireVerifiedAsync(hash, s_verifiedFor, cancellationToken);
        if (await Users.FirstOrDefaultAsync(u => u.EmailHash == hash, cancellationToken) is { } existing)
        {
            // Registered from another chat meanwhile: the verified email proves it is the same person.
            Link(existing.Id);
            return existing.Id;
        }

        var now = clock.GetUtcNow();
        var account = new UserAccount
        {
            Id = Guid.NewGuid().ToString("N"),
            FullName = personal.Protect(user.FullName),
            Email = personal.Protect(user.Email),
            EmailHash = hash,
            IdentityType = user.IdentityType,
            IdentityNumber = personal.Protect(user.IdentityNumber),
            Occupation = user.Occupation,
            Institution = user.Institution,
            Phone = personal.Protect(user.Phone),
            Language = user.Language.ToString(),
            CreatedAt = now,
            UpdatedAt = now,
            ConsentedAt = user.ConsentedAt,
            EmailVerifiedAt = verifiedAt,
        };
        Users.Add(account);
        Link(account.Id);
        LogRegistered(logger, account.Id, Mask.Email(user.Email), turn.Conversation.Channel);
        return account.Id;
    }

    public async Task<string> LinkToEmailAccountAsync(string email, CancellationToken cancellationToken)
    {
        var hash = EmailHash(email);
        await RequireVerifiedAsync(hash, s_verifiedFor, cancellationToken);
        var account = await Users.FirstOrDefaultAsync(u => u.EmailHash == hash, cancellationToken)
            ?? throw new InvalidOperationException("No account has this email.");
        Link(account.Id);
        LogLinked(logger, account.Id, turn.Conversation.Channel);
        return account.Id;
    }

    public async Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken)
    {
        var account = await Users.Include(u => u.Links).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var visits = await db.Set<GuestBookEntry>().CountAsync(g => g.UserId == userId, cancellationToken);
        return new UserProfile(
            personal.Unprotect(account.FullName),
            Mask.Email(personal.Unprotect(account.Email)),
            account.IdentityType,
            Mask.Identity(personal.Unprotect(account.IdentityNumber)),
            account.Occupation,
            account.Institution,
            Mask.Phone(personal.Unprotect(account.Phone)),
            account.CreatedAt,
            account.Links.Select(l => l.Channel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            visits);
    }

    public async Task UpdateAsync(string userId, ProfileUpdate update, CancellationToken cancellationToken)
    {
        var account = await Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new InvalidOperationException("The account no longer exists.");
        if (update.Email is { } email)
        {
            // Step-up: the address on file confirmed the change first, then the new one proved it works.
            await RequireVerifiedAsync(account.EmailHash, s_stepUpFor, cancellationToken);
            var hash = EmailHash(email);
            account.EmailVerifiedAt = await RequireVerifiedAsync(hash, s_verifiedFor, cancellationToken);
            account.Email = personal.Protect(email);
            account.EmailHash = hash;
        }

        if (update.FullName is { } name)
        {
            account.FullName = personal.Protect(name);
        }

        if (update.IdentityType is { } type && update.IdentityNumber is { } number)
        {
            account.IdentityType = type;
            account.IdentityNumber = personal.Protect(number);
        }

        account.Occupation = update.Occupation ?? account.Occupation;
        account.Institution = update.Institution ?? account.Institution;
        if (update.Phone is { } phone)
        {
            account.Phone = personal.Protect(phone);
        }

        account.UpdatedAt = clock.GetUtcNow();
        LogUpdated(logger, userId);
    }

    public async Task DeleteAsync(string userId, CancellationToken cancellationToken)
    {
        var account = await Users.Include(u => u.Links).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is not null)
        {
            // Step-up: only right after the email on file confirmed it in this chat.
            await RequireVerifiedAsync(account.EmailHash, s_stepUpFor, cancellationToken);
        }

        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(userId, cancellationToken);
        }

        if (account is null)
        {
            return;
        }

        // Other chats of the same person keep the account id in their saved state; clear it
        // there too (this chat's state is written by the turn itself).
        var current = turn.Conversation.Id;
        var others = account.Links.Select(l => l.ConversationId).Where(id => id != current).ToList();
        foreach (var record in await db.Conversations.Where(c => others.Contains(c.Id)).ToListAsync(cancellationToken))
        {
            if (!string.IsNullOrEmpty(record.State))
            {
                var state = MessageJson.Deserialize<Conversation>(record.State);
                state.UserId = null;
                record.State = MessageJson.Serialize(state);
            }
        }

        Codes.RemoveRange(await Codes.Where(v => v.EmailHash == account.EmailHash).ToListAsync(cancellationToken));
        Links.RemoveRange(account.Links);
        Users.Remove(account);
        LogDeleted(logger, userId);
    }

    private string EmailHash(string email) => personal.Hash("email:" + email.Trim().ToLowerInvariant());

    private string CodeHash(string emailHash, string conversationId, string code) => personal.Hash($"code:{emailHash}:{conversationId}:{code}");

    private void Link(string userId)
    {
        var record = turn.Conversation;
        var link = Links.Local.FirstOrDefault(l => l.ConversationId == record.Id)
            ?? Links.FirstOrDefault(l => l.ConversationId == record.Id);
        if (link is null)
        {
            Links.Add(new ChannelLink { ConversationId = record.Id, Channel = record.Channel, UserId = userId, LinkedAt = clock.GetUtcNow() });
        }
        else
        {
            link.UserId = userId;
            link.LinkedAt = clock.GetUtcNow();
        }
    }

    /// <summary>
    /// Guards account changes by email: this chat must have verified the address recently. The
    /// check runs on staged rows too, since a code is often verified in the same turn.
    /// </summary>
    private async Task<DateTimeOffset> RequireVerifiedAsync(string emailHash, TimeSpan within, CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        var since = clock.GetUtcNow() - within;
        var staged = Codes.Local.Where(v => v.EmailHash == emailHash && v.ConversationId == conversationId && v.VerifiedAt > since).Select(v => v.VerifiedAt).Max();
        var stored = staged ?? await Codes
            .Where(v => v.EmailHash == emailHash && v.ConversationId == conversationId && v.VerifiedAt > since)
            .Select(v => v.VerifiedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return stored ?? throw new InvalidOperationException("The email has not been verified in this chat.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification code for {Email} queued (conversation {ConversationId}).")]
    private static partial void LogCodeQueued(ILogger logger, string email, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hourly code limit reached for {Email}.")]
    private static partial void LogSendLimit(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} registered ({Email}) on {Channel}.")]
    private static partial void LogRegistered(ILogger logger, string userId, string email, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} linked a {Channel} chat.")]
    private static partial void LogLinked(ILogger logger, string userId, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} changed their data.")]
    private static partial void LogUpdated(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} deleted their account and personal data.")]
    private static partial void LogDeleted(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification mail refused: {Count} codes were mailed in the last hour, the overall cap (Mail:MaxCodesPerHour).")]
    private static partial void LogOverallSendLimit(ILogger logger, int count);
}
