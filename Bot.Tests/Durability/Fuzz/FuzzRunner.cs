using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>Posts generated bodies in parallel and keeps the status counts and any 5xx.</summary>
public static class FuzzRunner
{
    public static async Task<FuzzOutcome> PostAllAsync(HttpClient http, int count, Func<int, (string Path, FuzzBody Body)> next, Action<HttpRequestMessage>? authenticate = null)
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var serverErrors = new ConcurrentQueue<string>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (path, body) = next(i);
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body.Content) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
            authenticate?.Invoke(request);
            using var response = await http.SendAsync(request, ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Enqueue($"{(int)response.StatusCode} for {body.Description}: {body.Preview}");
            }
        });
        return new FuzzOutcome(statuses.OrderBy(s => s.Key).ToDictionary(), [.. serverErrors]);
    }
}

public sealed record FuzzOutcome(IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<string> ServerErrors)
{
    public override string ToString() => string.Join(", ", Statuses.Select(s => $"{(HttpStatusCode)s.Key} {s.Value}"));
}
