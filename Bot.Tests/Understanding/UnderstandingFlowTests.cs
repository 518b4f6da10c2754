using Bot.Dialogs.Understanding;
using Bot.Host.Channels.WebChat;
using Bot.Tests.Documents;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Tests.Understanding;

/// <summary>
/// Natural questions through the real host and web chat, at the start of a conversation and in
/// the middle of one (after requirements, inside registration, at search results).
/// </summary>
public class UnderstandingFlowTests : IDisposable
{
    private const string Hours = "08.00–15.30 WITA";
    private const string Address = "Jl. Pulau Kalimantan No. 9";
    private const string Cost = "gratis";

    private readonly BotFactory _factory;

    public UnderstandingFlowTests()
        : this(TestStore.Sqlite)
    {
    }

    /// <param name="store">The store of this run (<see cref="UnderstandingFlowOnPostgresTests"/> runs on PostgreSQL).</param>
    protected UnderstandingFlowTests(TestStore store)
    {
        Store = store;
        _factory = new TestHostBuilder(store).Build();
    }

    /// <summary>The store of this run, for a test that makes a host of its own.</summary>
    protected TestStore Store { get; }

    // The table of the issue: what a new user typed, and a phrase of the right answer.
    [StoreTheory]
    [InlineData("gmn cara daftar", "Pengendali data: BPS Kota Tarakan")]
    [InlineData("how do I register?", "Pengendali data: BPS Kota Tarakan")]
    [InlineData("saya mau komplain", "pengaduan")]
    [InlineData("dimana alamat kantor bps tarakan", Address)]
    [InlineData("jam berapa buka?", Hours)]
    [InlineData("biayanya brp kak", Cost)]
    [InlineData("syaratnya apa aja min", "identitas yang masih berlaku")]
    public async Task ANaturalQuestionAtTheStartGetsItsAnswer(string text, string expected)
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var replies = await chat.SayAsync(text);

        Assert.Contains(expected, replies.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hasil untuk", replies.AllText());
    }

    [StoreTheory]
    [InlineData("terima kasih")]
    [InlineData("ok sip")]
    [InlineData("makasih kak")]
    public async Task ThanksGetsAShortPoliteAnswerAndNoSearch(string text)
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var reply = Assert.Single(await chat.SayAsync(text));

        Assert.Contains("Sama-sama", reply.Text);
        Assert.Empty(reply.Choices);
    }

    [StoreFact]
    public async Task GreetingsFollowTheTimeOfDayInWitaAndSalamIsAnswered()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        // The factory's clock is 09:00 WITA.
        var morning = await chat.SayAsync("halo kak");
        var salam = await chat.SayAsync("assalamualaikum");
        _factory.Clock.Advance(TimeSpan.FromHours(10));
        var evening = await chat.SayAsync("hai min");

        Assert.StartsWith("Halo, selamat pagi!", morning[0].Text);
        Assert.Contains(morning[^1].Choices, c => c.Id == "m:search");
        Assert.StartsWith("Waalaikumsalam", salam[0].Text);
        Assert.StartsWith("Halo, selamat malam!", evening[0].Text);
    }

    [StoreFact]
    public async Task GoodbyeSaysGoodbye()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var replies = await chat.SayAsync("udah itu aja, sampai jumpa");

        Assert.Contains("Sampai jumpa", replies.AllText());
    }

    [StoreFact]
    public async Task AfterRequirementsATopicIsSearchedAndAQuestionAnsweredAsAtTheMenu()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        var chat = visitor.Chat;
        await chat.SayAsync("syarat");

        var search = (await chat.SayAsync("inflasi tarakan")).AllText();
        await chat.SayAsync("syarat");
        var cost = (await chat.SayAsync("berapa biayanya kak")).AllText();

        Assert.Contains("Hasil untuk \"inflasi tarakan\"", search);
        Assert.DoesNotContain("tidak kami kenali", search);
        Assert.Contains(Cost, cost);
    }

    [StoreFact]
    public async Task AtSearchResultsAQuestionIsAnsweredAndYang2023RefinesTheSearch()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        var chat = visitor.Chat;
        await chat.SayAsync("ada publikasi tentang inflasi");

        var refined = (await chat.SayAsync("yang 2023")).Single();
        var lastYear = (await chat.SayAsync("tahun lalu")).Single();
        var hours = (await chat.SayAsync("jam berapa buka?")).AllText();

        Assert.Contains("Hasil untuk \"inflasi 2023\"", refined.Text);
        Assert.Contains("Hasil untuk \"inflasi 2025\"", lastYear.Text); // the factory's clock is in 2026
        Assert.Contains(Hours, hours);
    }

    [StoreTheory]
    [InlineData("is there a publication on poverty", "Hasil untuk \"kemiskinan\"")]
    [InlineData("saya butuh data penduduk", "Hasil untuk \"penduduk\"")]
    public async Task ASentenceIsSearchedForItsTopic(string text, string expected)
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);

        var replies = await visitor.Chat.SayAsync(text);

        Assert.Contains(expected, replies.AllText());
    }

    [StoreFact]
    public async Task AQuestionInsideRegistrationIsAnsweredAndRegistrationOfferedBack()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        await visitor.Registrant.StartAsync();
        var identityQuestion = await visitor.Registrant.VerifyAsync();

        var digression = await visitor.Chat.SayAsync("jam berapa buka?");
        var resumed = await visitor.Chat.ChooseAsync(digression, "Ya, lanjutkan");

        Assert.Contains(Hours, digression.AllText());
        Assert.Contains("Lanjutkan pendaftaran?", digression[^1].Text);
        Assert.Equal(identityQuestion[^1].Text, resumed[^1].Text);
        Assert.Equal(identityQuestion[^1].Choices.Select(c => c.Id), resumed[^1].Choices.Select(c => c.Id));
    }

    [StoreFact]
    public async Task AFreeTextStepStillTakesTextThatLooksLikeAQuestion()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        var consent = await chat.SayAsync("daftar");
        await chat.ChooseAsync(consent, "Saya setuju");

        // The name step takes any name, even one made of words the classifier knows.
        var email = await chat.SayAsync("Daftar Jam");

        Assert.Contains("email", email.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Hours, email.AllText());
    }

    [StoreFact]
    public async Task AStaleDialogButtonGetsAPoliteWordAndTheCurrentQuestion()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");
        var question = await chat.SayAsync("daftar");

        var stale = await chat.ChooseAsync("i:cost");

        Assert.Contains("tombol itu dari pesan sebelumnya", stale.AllText());
        Assert.Equal(question[^1].Text, stale[^1].Text);
    }

    [StoreFact]
    public async Task AMenuButtonFromAnOlderMessageWorksInsideADialog()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.SayAsync("halo");
        await chat.SayAsync("daftar");

        var info = await chat.ChooseAsync("m:info");

        Assert.Contains("Informasi apa yang Anda perlukan?", info.AllText());
        Assert.Contains("Lanjutkan pendaftaran?", info[^1].Text);
    }

    [StoreFact]
    public async Task GibberishGetsOneClarifyingQuestionWithASearchButton()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var reply = Assert.Single(await chat.SayAsync("xqzt vbnm"));

        Assert.Contains("maksud Anda", reply.Text);
        Assert.Contains(reply.Choices, c => c.Id == "u:s" && c.Label.Contains("xqzt vbnm", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task TheClarifyingButtonsServeTheIntentOrSearchTheText()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        await visitor.Chat.SayAsync("xqzt vbnm");

        // The intent buttons name the best guesses; any intent's button serves that intent.
        var served = await visitor.Chat.ChooseAsync("u:i:info.cost");
        var again = await visitor.Chat.SayAsync("xqzt vbnm");
        var searched = await visitor.Chat.ChooseAsync("u:s");

        Assert.Contains(Cost, served.AllText());
        Assert.Contains("\"xqzt vbnm\"", searched.AllText());
        Assert.Contains(again[^1].Choices, c => c.Id == "u:s");
    }

    [StoreFact]
    public async Task TypingLanjutkanResumesAndTidakDropsTheInterruptedDialog()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        await visitor.Registrant.StartAsync();
        var identityQuestion = await visitor.Registrant.VerifyAsync();

        await visitor.Chat.SayAsync("berapa biayanya kak");
        var resumed = await visitor.Chat.SayAsync("lanjutkan");
        var digression = await visitor.Chat.SayAsync("dimana alamat kantornya");
        var dropped = await visitor.Chat.ChooseAsync(digression, "Tidak");

        Assert.Equal(identityQuestion[^1].Text, resumed[^1].Text);
        Assert.Contains(Address, digression.AllText());
        Assert.Contains("tidak dilanjutkan", dropped.AllText());
        Assert.DoesNotContain("Lanjutkan pendaftaran?", dropped.AllText());
    }

    [StoreFact]
    public async Task AnIntentWhoseFeatureIsNotInThisBuildSaysSoPolitely()
    {
        // The office's intents.tsv with the queue intent pointed at a dialog no build has, as a
        // line for a feature still to come would be; the real classifier still reads the text.
        using var stream = typeof(IntentRoutes).Assembly.GetManifestResourceStream(IntentRoutes.ResourceName)!;
        using var reader = new StreamReader(stream);
        var table = reader.ReadToEnd()
            .Replace("queue\tdialog\tqueue\t", "queue\tdialog\tappointment\t", StringComparison.Ordinal);
        var routes = IntentRoutes.Parse(table, "test intents.tsv");
        Assert.Equal("appointment", routes.Find("queue")!.Target);
        using var factory = new TestHostBuilder(Store)
            .Services(services =>
            {
                services.RemoveAll<IntentRoutes>();
                services.AddSingleton(routes);
            })
            .Build();
        var chat = new WebChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("mau ambil nomor antrean");

        Assert.Contains("belum tersedia", replies.AllText());
        Assert.Contains(replies[^1].Choices, c => c.Id == "m:search");
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) => _factory.Dispose();
}

/// <summary>The same flows with the host on PostgreSQL (skipped without PSTBOT_TEST_POSTGRES).</summary>
public sealed class UnderstandingFlowOnPostgresTests() : UnderstandingFlowTests(TestStore.Postgres), IRunsOnPostgres;
