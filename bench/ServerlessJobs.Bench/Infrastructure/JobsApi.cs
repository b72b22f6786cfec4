using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>
/// The few calls of the Serverless Jobs API the bench makes, over plain HTTP as any client would, authenticated with
/// one <see cref="BenchKey"/>. Share one <see cref="HttpClient"/> between instances: it pools the connections.
/// </summary>
internal sealed class JobsApi(HttpClient http, BenchKey key)
{
    private const string Base = "serverless-jobs/v1alpha2/regions/fr-par";

    public BenchKey Key { get; } = key;

    /// <summary>Creates a job definition that runs <paramref name="startupCommand"/>; returns its id.</summary>
    public async Task<string> CreateDefinitionAsync(string name, string[] startupCommand, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["cpu_limit"] = 1000,
            ["memory_limit"] = 256,
            ["image_uri"] = "",
            ["startup_command"] = new JsonArray(startupCommand.Select(word => (JsonNode)word).ToArray()),
            ["description"] = "created by bench/run.sh",
            ["environment_variables"] = new JsonObject { ["BENCH"] = "1" },
        };
        var created = await SendAsync(HttpMethod.Post, $"{Base}/job-definitions", body, cancellationToken);
        return (string)created["id"]!;
    }

    public Task<JsonNode> GetDefinitionAsync(string id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Base}/job-definitions/{id}", null, cancellationToken);

    public Task<JsonNode> ListDefinitionsAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Base}/job-definitions?page={page}&page_size={pageSize}&order_by=created_at_asc", null,
            cancellationToken);

    /// <summary>Starts <paramref name="replicas"/> runs of a definition; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> StartAsync(string definitionId, int replicas, CancellationToken cancellationToken)
    {
        var started = await SendAsync(HttpMethod.Post, $"{Base}/job-definitions/{definitionId}/start",
            new JsonObject { ["replicas"] = replicas }, cancellationToken);
        return started["job_runs"]!.AsArray().Select(run => (string)run!["id"]!).ToArray();
    }

    public Task<JsonNode> GetRunAsync(string runId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Base}/job-runs/{runId}", null, cancellationToken);

    /// <summary>How many runs of a definition are in <paramref name="state"/> (the list's total_count).</summary>
    public async Task<int> CountRunsAsync(string definitionId, string state, CancellationToken cancellationToken)
    {
        var page = await SendAsync(HttpMethod.Get,
            $"{Base}/job-runs?job_definition_id={definitionId}&state={state}&page_size=1", null, cancellationToken);
        return (int)page["total_count"]!;
    }

    /// <summary>How many runs of the key's project are in <paramref name="state"/>.</summary>
    public async Task<int> CountAllRunsAsync(string state, CancellationToken cancellationToken)
    {
        var page = await SendAsync(HttpMethod.Get, $"{Base}/job-runs?state={state}&page_size=1", null, cancellationToken);
        return (int)page["total_count"]!;
    }

    /// <summary>Every run of a definition, oldest first (up to 1,000 a page).</summary>
    public async Task<IReadOnlyList<JsonNode>> ListRunsAsync(string definitionId, CancellationToken cancellationToken)
    {
        var runs = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var body = await SendAsync(HttpMethod.Get,
                $"{Base}/job-runs?job_definition_id={definitionId}&page={page}&page_size=1000", null, cancellationToken);
            var items = body["job_runs"]!.AsArray();
            runs.AddRange(items.Select(item => item!));
            if (items.Count < 1000)
            {
                return runs;
            }
        }
    }

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Auth-Token", Key.SecretKey);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!;
    }
}
