using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>Stops the start on a Telegram setting that cannot work, naming the key and the reason.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        var hasToken = !string.IsNullOrWhiteSpace(options.BotToken);
        if (!Enum.TryParse<TelegramMode>(options.Mode, ignoreCase: true, out var mode) || int.TryParse(options.Mode, out _))
        {
            errors.Add($"Telegram:Mode is '{options.Mode}', but it must be Polling (no public URL needed), Webhook (Telegram calls /webhooks/telegram) or Off.");
        }
        else if (mode == TelegramMode.Webhook && !hasToken)
        {
            errors.Add("Telegram:Mode is Webhook but Telegram:BotToken is empty. Set the token from @BotFather (env Telegram__BotToken), or set Telegram:Mode to Off.");
        }

        if (hasToken && !TokenPattern().IsMatch(options.BotToken))
        {
            errors.Add("Telegram:BotToken does not look like a token from @BotFather: it must be digits, a colon, then letters, digits, '_' or '-' (e.g. 123456789:AAE…).");
        }

        if (hasToken && mode == TelegramMode.Webhook)
        {
            if (string.IsNullOrEmpty(options.WebhookSecret))
            {
                errors.Add("Telegram:WebhookSecret is required in Webhook mode: Telegram sends it with every update so the host can refuse calls that are not from Telegram. Use 1-256 characters of A-Z, a-z, 0-9, '_' and '-'.");
            }
            else if (!SecretPattern().IsMatch(options.WebhookSecret))
            {
                errors.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-' (Telegram refuses other characters).");
            }
            else if (options.WebhookSecret.Length < MinimumSecretLength)
            {
                errors.Add($"Telegram:WebhookSecret is too short: use at least {MinimumSecretLength} random characters of A-Z, a-z, 0-9, '_' and '-' (e.g. `openssl rand -hex 24`), so it cannot be guessed.");
            }

            if (!string.IsNullOrWhiteSpace(options.WebhookUrl)
                && (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"Telegram:WebhookUrl '{options.WebhookUrl}' must be an absolute https:// URL ending in /webhooks/telegram: Telegram only calls HTTPS webhooks.");
            }
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' must be an absolute http(s) URL, e.g. {TelegramOptions.PublicApiBaseUrl} or a local Bot API server.");
        }

        if (options.StaffChatId is >= 0)
        {
            errors.Add($"Telegram:StaffChatId is {options.StaffChatId}, but group ids are negative (e.g. -1001234567890). Add the bot to the staff group and take chat.id from one of its updates.");
        }

        if (options.PollingTimeoutSeconds is < 0 or > 50)
        {
            errors.Add("Telegram:PollingTimeoutSeconds must be between 0 and 50 (Telegram holds getUpdates at most about 50 seconds).");
        }

        if (options.PerChatIntervalSeconds is < 0 or > 60 || options.GroupIntervalSeconds is < 0 or > 60)
        {
            errors.Add("Telegram:PerChatIntervalSeconds and Telegram:GroupIntervalSeconds must be between 0 and 60.");
        }

        if (options.GlobalMessagesPerSecond is < 0 or > 1000)
        {
            errors.Add("Telegram:GlobalMessagesPerSecond must be between 0 (no limit) and 1000 (Telegram allows about 30 for a normal bot).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
