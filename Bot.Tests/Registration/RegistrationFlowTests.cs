using System.Text;
using Bot.Host.Storage;
using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

public class RegistrationFlowTests : IDisposable
{
    private readonly BotFactory _factory;

    public RegistrationFlowTests()
        : this(TestStore.Sqlite)
    {
    }

    /// <param name="store">The store of this run (<see cref="RegistrationFlowOnPostgresTests"/> runs on PostgreSQL).</param>
    protected RegistrationFlowTests(TestStore store)
    {
        Store = store;
        _factory = new TestHostBuilder(store).Build();
    }

    /// <summary>The store of this run, for a test that makes a host of its own.</summary>
    protected TestStore Store { get; }

    [StoreFact]
    public async Task ANewUserRegistersThroughTheWebChatWithTheCodeFromTheEmlFile()
    {
        var mail = new MailDrop(_factory.DataDir);
        var chat = new WebChatClient(_factory.CreateClient());
        var user = new Registrant(chat, mail);

        var consent = await chat.SayAsync("daftar");
        var intro = (await chat.ChooseAsync(consent, "Saya setuju")).AllText();
        await chat.SayAsync(user.Name);
        var codeAsked = (await chat.SayAsync(user.Email)).AllText();
        var verified = await user.VerifyAsync();
        var done = await user.FinishAsync();

        Assert.Contains("nama lengkap", intro);
        Assert.Contains("s***a@example.com", codeAsked);
        Assert.DoesNotContain(user.Email, codeAsked);
        Assert.Contains("Email terverifikasi", verified.AllText());
        Assert.Contains("Pendaftaran selesai", done.AllText());
        var account = await _factory.QueryAsync(db => db.Set<UserAccount>().Include(u => u.Links).SingleAsync());
        Assert.Equal("KTP", account.IdentityType);
        Assert.Equal("researcher", account.Occupation);
        Assert.Equal("Universitas Borneo Tarakan", account.Institution);
        Assert.Equal($"webchat:{chat.ConversationId}", Assert.Single(account.Links).ConversationId);
        Assert.StartsWith("v1:", account.IdentityNumber);
        Assert.StartsWith("v1:", account.Email);
        Assert.StartsWith("v1:", account.Phone);
    }

    [StoreFact]
    public async Task TheSummaryBeforeSavingShowsTheIdentityNumberAndContactsMasked()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));
        await user.StartAsync();
        await user.VerifyAsync();
        await user.Chat.ChooseAsync(user.Last, "KTP");
        await user.Chat.SayAsync(Registrant.Nik);
        var occupation = await user.Chat.SayAsync("1");
        await user.Chat.SayAsync("-");

        var summary = (await user.Chat.SayAsync("0852-4711-0369")).AllText();

        Assert.Contains("Pelajar", summary);
        Assert.Contains("************0001", summary);
        Assert.Contains("+62*******0369", summary);
        Assert.DoesNotContain(Registrant.Nik, summary);
        Assert.NotEmpty(occupation);
    }

    [StoreFact]
    public async Task AfterwardsDataSayaShowsTheMaskedDataAndTheDatabaseFileHoldsNoNikEmailOrPhoneInClear()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));
        await user.RegisterAsync();

        var data = (await user.Chat.SayAsync("data saya")).AllText();

        Assert.Contains("Siti Rahmawati", data);
        Assert.Contains("************0001", data);
        Assert.Contains("s***a@example.com", data);
        Assert.Contains("+62*******0369", data);
        Assert.Contains("Universitas Borneo Tarakan", data);
        Assert.DoesNotContain(Registrant.Nik, data);
        if (Store == TestStore.Postgres)
        {
            // The database is not a file here; DataAtRestTests reads PostgreSQL's rows at rest.
            return;
        }

        await _factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        var bytes = new List<byte>();
        foreach (var file in new[] { "pstbot.db", "pstbot.db-wal" }.Select(f => Path.Combine(_factory.DataDir, f)).Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var buffer = new byte[stream.Length];
            stream.ReadExactly(buffer);
            bytes.AddRange(buffer);
        }

        var raw = Encoding.Latin1.GetString(bytes.ToArray());
        Assert.Contains("Universitas Borneo Tarakan", raw); // the file is readable: the search works
        Assert.DoesNotContain(Registrant.Nik, raw);
        Assert.DoesNotContain("siti.rahma@example.com", raw);
        Assert.DoesNotContain("85247110369", raw);
    }

    [StoreFact]
    public async Task BatalMidwayLeavesNothingSaved()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));
        await user.StartAsync();
        await user.VerifyAsync();
        await user.Chat.ChooseAsync(user.Last, "KTP");
        await user.Chat.SayAsync(Registrant.Nik);

        var cancelled = (await user.Chat.SayAsync("batal")).AllText();
        var data = (await user.Chat.SayAsync("data saya")).AllText();

        Assert.Contains("dibatalkan", cancelled);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<ChannelLink>().CountAsync()));
        Assert.Contains("belum terdaftar", data);
    }

    [StoreFact]
    public async Task RefusingConsentSavesNothing()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        var consent = await chat.SayAsync("daftar");

        var refused = (await chat.ChooseAsync(consent, "Tidak setuju")).AllText();

        Assert.Contains("tidak ada data yang disimpan", refused);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [StoreFact]
    public async Task TheStoredMessagesThatCarriedPersonalDataAreBlanked()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));

        await user.RegisterAsync();

        var payloads = await _factory.QueryAsync(async db => (await db.Inbox.ToListAsync()).Select(m => m.Payload).ToList());
        Assert.DoesNotContain(payloads, p => p.Contains(Registrant.Nik, StringComparison.Ordinal));
        Assert.DoesNotContain(payloads, p => p.Contains(user.Email, StringComparison.Ordinal));
        Assert.Contains(payloads, p => p.Contains("daftar", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task DaftarWhenAlreadyRegisteredSaysSo()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));
        await user.RegisterAsync();

        var again = (await user.Chat.SayAsync("daftar")).AllText();

        Assert.Contains("sudah terdaftar", again);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [StoreFact]
    public async Task RegistrationSpeaksEnglishAfterALanguageSwitch()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.SayAsync("language");

        var consent = (await chat.SayAsync("register")).AllText();
        var intro = (await chat.SayAsync("1")).AllText();
        await chat.SayAsync("Siti Rahmawati");
        var code = (await chat.SayAsync("siti.rahma@example.com")).AllText();
        var mail = await new MailDrop(_factory.DataDir).NextAsync();

        Assert.Contains("Data controller: BPS Kota Tarakan", consent);
        Assert.Contains("What is your full name", intro);
        Assert.Contains("A 6-digit code was sent to s***a@example.com", code);
        Assert.Contains("verification code", mail.Subject);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) => _factory.Dispose();
}

/// <summary>The same flows with the host on PostgreSQL (skipped without PSTBOT_TEST_POSTGRES).</summary>
public sealed class RegistrationFlowOnPostgresTests() : RegistrationFlowTests(TestStore.Postgres), IRunsOnPostgres;
