using Microsoft.Playwright;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// Lets a real browser talk to the in-memory test host: every request to <see cref="Origin"/>
/// is carried through the factory's HttpClient and its response handed back unchanged.
/// </summary>
public static class BrowserBridge
{
    public const string Origin = "http://pstbot.test";

    public static async Task ConnectAsync(IBrowserContext context, HttpClient http)
    {
        await context.RouteAsync(Origin + "/**", async route =>
        {
            var request = route.Request;
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url[Origin.Length..]);
            if (request.PostDataBuffer is { } body)
            {
                message.Content = new ByteArrayContent(body);
            }

            foreach (var (name, value) in request.Headers)
            {
                if (!message.Headers.TryAddWithoutValidation(name, value))
                {
                    message.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var response = await http.SendAsync(message);
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = (int)response.StatusCode,
                Headers = headers,
                BodyBytes = await response.Content.ReadAsByteArrayAsync(),
            });
        });
    }
}
