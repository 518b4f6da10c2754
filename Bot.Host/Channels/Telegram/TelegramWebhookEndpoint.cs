using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// POST /webhooks/telegram: check the secret, parse, store, answer 200 at once. Telegram retries
/// anything but a 2xx, so only a caller's mistake gets a 4xx, and a stored or ignored update 200.
/// </summary>
internal static partial class TelegramWebhookEndpoint
{
    public const string Path = "/webhooks/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Updates are a few kilobytes; this leaves room for long texts and captions.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<TelegramOptions> options,
        TelegramUpdateIntake intake,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.EffectiveMode != TelegramMode.Webhook)
        {
            return Results.NotFound();
        }

        if (!SecretMatches(request.Headers[SecretHeader].ToString(), settings.WebhookSecret))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: $"The {SecretHeader} header is missing or wrong.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        Update? update;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("update_id", out var id)
                || id.ValueKind != JsonValueKind.Number)
            {
                return BadRequest("The body must be a Telegram Update object with a numeric update_id.");
            }

            update = document.RootElement.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (JsonException e)
        {
            return BadRequest($"The body is not a valid Telegram Update: {e.Message}");
        }
        catch (Exception e) when (e is KeyNotFoundException or ArgumentException or FormatException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            // Telegram.Bot's converters throw these for values outside the Bot API (an unknown
            // chat type or member status): the body is malformed, not our failure.
            return BadRequest($"The body is not a valid Telegram Update: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (update is null)
        {
            return BadRequest("The body must be a Telegram Update object.");
        }

        var outcome = await intake.AcceptAsync(update, cancellationToken);
        LogAccepted(loggers.CreateLogger(typeof(TelegramWebhookEndpoint).FullName!), update.Id, outcome);
        return Results.Ok();
    }

    /// <summary>Constant time over the configured secret, so timing tells a caller nothing.</summary>
    internal static bool SecretMatches(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        var expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(expectedHash, presentedHash);
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid update", detail: detail);

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Update too large", detail: $"The body must be at most {MaxBodyBytes} bytes.");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram webhook update {UpdateId}: {Outcome}.")]
    private static partial void LogAccepted(ILogger logger, int updateId, IntakeOutcome outcome);
}
