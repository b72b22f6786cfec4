using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServerlessJobs.Tests.Infrastructure;

/// <summary>Raw JSON over HTTP, so tests assert the exact wire form a Scaleway client receives.</summary>
public static class HttpJson
{
    public const string V2 = "serverless-jobs/v1alpha2/regions/fr-par";

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(
        this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(this HttpClient client, string path, object body) =>
        client.SendAsync(HttpMethod.Post, path, JsonSerializer.Serialize(body));

    public static Task<(HttpStatusCode Status, JsonNode? Body)> PatchAsync(this HttpClient client, string path, object body) =>
        client.SendAsync(HttpMethod.Patch, path, JsonSerializer.Serialize(body));

    public static Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(this HttpClient client, string path) =>
        client.SendAsync(HttpMethod.Get, path);

    /// <summary>The first invalid_arguments detail as "argument_name:reason".</summary>
    public static string FirstArgument(JsonNode? body) =>
        $"{body?["details"]?[0]?["argument_name"]}:{body?["details"]?[0]?["reason"]}";
}
