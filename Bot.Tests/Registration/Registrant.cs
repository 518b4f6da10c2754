using Bot.Host.Channels.WebChat;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Registration;

/// <summary>A person registering through the web chat, step by step, as a new user would.</summary>
public sealed class Registrant(WebChatClient chat, MailDrop mail)
{
    public const string Nik = "6571014508950001";

    public string Name { get; init; } = "Siti Rahmawati";

    public string Email { get; init; } = "siti.rahma@example.com";

    public WebChatClient Chat => chat;

    public IReadOnlyList<WebChatReply> Last { get; set; } = [];

    /// <summary>daftar → consent → name → email; returns once the code was asked for.</summary>
    public async Task StartAsync()
    {
        Last = await chat.SayAsync("daftar");
        await ContinueFromConsentAsync();
    }

    /// <summary>When the registration showed its consent (<see cref="Last"/>): agree → name → email.</summary>
    public async Task ContinueFromConsentAsync()
    {
        await chat.ChooseAsync(Last, "Saya setuju");
        await chat.SayAsync(Name);
        Last = await chat.SayAsync(Email);
    }

    /// <summary>Reads the code from the mail folder and types it.</summary>
    public async Task<IReadOnlyList<WebChatReply>> VerifyAsync() => Last = await chat.SayAsync(await mail.NextCodeAsync(Email));

    /// <summary>From the identity question to the confirmation.</summary>
    public async Task<IReadOnlyList<WebChatReply>> FinishAsync()
    {
        await chat.ChooseAsync(Last, "KTP");
        Last = await chat.SayAsync(Nik);
        await chat.ChooseAsync(Last, "Peneliti");
        await chat.SayAsync("Universitas Borneo Tarakan");
        Last = await chat.SayAsync("0852-4711-0369");
        return Last = await chat.ChooseAsync(Last, "Simpan");
    }

    /// <summary>"hapus data saya" → yes → the step-up code mailed to the email on file; the last replies.</summary>
    public async Task<IReadOnlyList<WebChatReply>> EraseAsync()
    {
        var confirm = await chat.SayAsync("hapus data saya");
        await chat.ChooseAsync(confirm, "Ya, hapus");
        return Last = await chat.SayAsync(await mail.NextCodeAsync(Email));
    }

    public async Task<IReadOnlyList<WebChatReply>> RegisterAsync()
    {
        await StartAsync();
        await VerifyAsync();
        return await FinishAsync();
    }
}
