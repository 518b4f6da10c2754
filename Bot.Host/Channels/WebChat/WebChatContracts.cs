namespace Bot.Host.Channels.WebChat;

/// <summary>What the page posts: either typed text or a pressed button's choice id.</summary>
public sealed record WebChatPost(string? Text, string? Choice, string? ClientMessageId);

public sealed record WebChatReply(long Seq, string Text, IReadOnlyList<WebChatChoice> Choices, WebChatDocument? Document);

public sealed record WebChatChoice(string Id, string Label);

public sealed record WebChatDocument(string Url, string FileName, long SizeBytes);

public sealed record WebChatReplies(IReadOnlyList<WebChatReply> Replies);
