using System.Net;
using System.Text.Json.Nodes;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.V1Alpha1;

/// <summary>
/// v1alpha1 starts and job runs over HTTP against a real self-host running real processes: the engine's states
/// reached through v1alpha2, then read through v1alpha1 and checked against the table of docs/v1alpha1.md.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class V1Alpha1RunsApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string V1Definitions = V1Alpha1Http.Definitions;
    private const string V1Runs = V1Alpha1Http.Runs;
    private ServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["Runs:RetryDelay"] = "00:00:02" };
        _host = await ServerHost.StartAsync(azurite, settings);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartV1TwoReplicas_QueuedThenSucceededThroughBothVersions()
    {
        var definition = await _client.CreateV1Async("true");

        var (status, started) = await _client.PostAsync($"{V1Definitions}/{definition}/start", new { replicas = 2 });
        var runs = started!["job_runs"]!.AsArray().Select(r => (string)r!["id"]!).ToArray();
        var done = await Task.WhenAll(runs.Select(r => _client.WaitForTerminalAsync(r)));
        var viaV1 = await GetV1Async(runs[0]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, runs.Length);
        Assert.All(started["job_runs"]!.AsArray(), r => Assert.Equal("queued", (string?)r!["state"]));
        Assert.All(done, r => Assert.Equal("succeeded", r.State()));
        Assert.Equal("succeeded", viaV1.State());
        Assert.Equal("true", (string?)viaV1["command"]);
        Assert.Equal(0, (int?)viaV1["exit_code"]);
        Assert.Equal("", (string?)viaV1["error_message"]);
        Assert.False(viaV1.AsObject().ContainsKey("reason"));
        Assert.False(viaV1.AsObject().ContainsKey("attempts"));
    }

    [Fact]
    public async Task RunExitingWithError_FailedWithExitCode()
    {
        var run = await StartV1Async(await _client.CreateV1Async("sh -c 'exit 3'"));

        await _client.WaitForTerminalAsync(run);
        var viaV1 = await GetV1Async(run);

        Assert.Equal("failed", viaV1.State());
        Assert.Equal(3, (int?)viaV1["exit_code"]);
        Assert.False(string.IsNullOrEmpty((string?)viaV1["error_message"]));
    }

    [Fact]
    public async Task RunWhoseProgramCannotStart_InternalErrorAndListedOnlyUnderIt()
    {
        var broken = await StartV1Async(await _client.CreateV1Async("/no/such/program"));
        var failing = await StartV1Async(await _client.CreateV1Async("false"));
        await _client.WaitForTerminalAsync(broken);
        await _client.WaitForTerminalAsync(failing);

        var viaV1 = await GetV1Async(broken);
        var (_, internalErrors) = await _client.GetJsonAsync($"{V1Runs}?states=internal_error");
        var (_, failed) = await _client.GetJsonAsync($"{V1Runs}?state=failed");
        var (_, everything) = await _client.GetJsonAsync($"{V1Runs}?state=unknown_state");

        Assert.Equal("internal_error", viaV1.State());
        Assert.Equal([broken], Ids(internalErrors!));
        Assert.Equal([failing], Ids(failed!));
        Assert.Equal(2, (int?)everything!["total_count"]);
    }

    [Fact]
    public async Task StopV1WhileRunning_RunningUntilKilledThenCanceled()
    {
        var run = await StartV1Async(await _client.CreateV1Async("sleep 60"));
        await _client.WaitForRunAsync(run, r => r.State() == "running");

        var (status, stopping) = await _client.SendAsync(HttpMethod.Post, $"{V1Runs}/{run}/stop", "{}");
        var done = await _client.WaitForTerminalAsync(run, TimeSpan.FromSeconds(30));
        var viaV1 = await GetV1Async(run);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("running", stopping!.State());
        Assert.Equal("interrupted", done.State());
        Assert.Equal("canceled", viaV1.State());
    }

    [Fact]
    public async Task RetryingBetweenAttempts_ScheduledInV1Alpha1()
    {
        var definition = await _client.CreatedIdAsync(V1Alpha1Http.V2Definitions, new
        {
            cpu_limit = 140, memory_limit = 256, startup_command = new[] { "false" },
            retry_policy = new { max_retries = 1 },
        });

        var run = await StartV1Async(definition);
        await _client.WaitForRunAsync(run, r => r.State() == "retrying");
        var viaV1 = await GetV1Async(run);
        await _client.WaitForTerminalAsync(run);

        Assert.Equal("scheduled", viaV1.State());
        Assert.Equal("false", (string?)viaV1["command"]);
    }

    [Fact]
    public async Task StartV1WithCommand_ReplacesStartupCommandForThatRun()
    {
        var definition = await _client.CreatedIdAsync(V1Alpha1Http.V2Definitions, new
        {
            cpu_limit = 140, memory_limit = 256, startup_command = new[] { "sh", "-c", "exit 1" },
        });

        var start = $"{V1Definitions}/{definition}/start";
        var (_, started) = await _client.PostAsync(start, new { command = "true" });
        var run = (string)started!["job_runs"]![0]!["id"]!;
        var done = await _client.WaitForTerminalAsync(run);

        Assert.Equal("true", (string?)started["job_runs"]![0]!["command"]);
        Assert.Equal("succeeded", done.State());
    }

    [Theory]
    [InlineData("state=interrupted", "state:constraint")]
    [InlineData("states=retrying", "states:constraint")]
    [InlineData("job_definition_id=nope", "job_definition_id:format")]
    public async Task ListV1_V1Alpha2OrMalformedFilters_InvalidArguments(string query, string expected)
    {
        var (status, body) = await _client.GetJsonAsync($"{V1Runs}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected, HttpJson.FirstArgument(body));
    }

    [Fact]
    public async Task GetV1_UnknownRun_NotFoundNamingTheRun()
    {
        var (status, body) = await _client.GetJsonAsync($"{V1Runs}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("job_run", (string?)body!["resource"]);
    }

    private static IEnumerable<string> Ids(JsonNode page) =>
        page["job_runs"]!.AsArray().Select(r => (string)r!["id"]!);

    private async Task<string> StartV1Async(string definition)
    {
        var (status, started) = await _client.PostAsync($"{V1Definitions}/{definition}/start", new { });
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)started!["job_runs"]![0]!["id"]!;
    }

    private async Task<JsonNode> GetV1Async(string run)
    {
        var (status, body) = await _client.GetJsonAsync($"{V1Runs}/{run}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }
}
