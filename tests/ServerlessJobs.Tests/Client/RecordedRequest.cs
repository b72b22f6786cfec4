namespace ServerlessJobs.Tests.Client;

/// <summary>What one HTTP attempt sent: method, path with query, headers and body.</summary>
public sealed record RecordedRequest(
    HttpMethod Method, string PathAndQuery, IReadOnlyDictionary<string, string[]> Headers, string? Body)
{
    public static async Task<RecordedRequest> FromAsync(HttpRequestMessage request)
    {
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> contentHeaders =
            request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>();
        var headers = request.Headers.Concat(contentHeaders)
            .ToDictionary(h => h.Key, h => h.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
        return new RecordedRequest(request.Method, request.RequestUri!.PathAndQuery, headers, body);
    }
}
