using System.Text.RegularExpressions;

namespace Bot.Host.Channels.WebChat;

/// <summary>The web chat API's input rules, each with the message a client developer needs.</summary>
internal static partial class WebChatRequestValidator
{
    public const int MaxTextLength = 4000;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    public static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9:_.-]{1,64}$")]
    private static partial Regex ChoicePattern();

    public static string? ValidateConversationId(string conversationId) =>
        IdPattern().IsMatch(conversationId) ? null : "conversationId must be 1-64 characters of A-Z, a-z, 0-9, '_' or '-'.";

    public static string? Validate(WebChatPost? post)
    {
        if (post is null)
        {
            return "The body must be a JSON object with \"text\" or \"choice\".";
        }

        var hasText = post.Text is not null;
        var hasChoice = post.Choice is not null;
        if (hasText == hasChoice)
        {
            return "Send exactly one of \"text\" or \"choice\".";
        }

        if (hasText && string.IsNullOrWhiteSpace(post.Text))
        {
            return "\"text\" must not be empty.";
        }

        if (hasText && post.Text!.Length > MaxTextLength)
        {
            return $"\"text\" must be at most {MaxTextLength} characters.";
        }

        if (hasChoice && !ChoicePattern().IsMatch(post.Choice!))
        {
            return "\"choice\" must be a choice id from a reply (1-64 characters of A-Z, a-z, 0-9, ':', '_', '.' or '-').";
        }

        if (post.ClientMessageId is not null && !IdPattern().IsMatch(post.ClientMessageId))
        {
            return "\"clientMessageId\" must be 1-64 characters of A-Z, a-z, 0-9, '_' or '-'.";
        }

        return null;
    }
}
