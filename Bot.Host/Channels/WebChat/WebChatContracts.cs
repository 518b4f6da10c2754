namespace Bot.Host.Channels.WebChat;

/// <summary>What the page posts: either typed text or a pressed button's choice id.</summary>
public sealed record WebChatPost(string? Text, string? Choice, string? ClientMessageId);

public sealed record WebChatReply(long Seq, string Text, IReadOnlyList<WebChatChoice> Choices, WebChatDocument? Document);

public sealed record WebChatChoice(string Id, string Label);

/// <summary>A document link; <c>Size</c> is formatted for the reply's language ("2,1 MB"), so the page formats nothing itself.</summary>
public sealed record WebChatDocument(string Url, string FileName, long SizeBytes, string Size);

public sealed record WebChatReplies(IReadOnlyList<WebChatReply> Replies);
