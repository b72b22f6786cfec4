using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Runs;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Runs;

/// <summary>The run cases of shared/cases/runs.md, end to end: HTTP in, real processes, Azurite, durable engine.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class JobRunsApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Definitions = HttpJson.V2 + "/job-definitions";
    private const string Runs = HttpJson.V2 + "/job-runs";
    private ServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite, new Dictionary<string, string?> { ["Runs:RetryDelay"] = "00:00:00.500" });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task R1_CommandExitsBeforeTimeout_SucceedsAtOnce()
    {
        var definition = await CreateAsync(new { job_timeout = "3600s", startup_command = new[] { "sleep", "2" } });

        var run = await StartOneAsync(definition);
        var done = await _client.WaitForTerminalAsync(run, TimeSpan.FromSeconds(30));

        Assert.Equal("succeeded", done.State());
        var duration = double.Parse(((string)done["run_duration"]!).TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(duration, 1.9, 5);
        Assert.Equal(0, (int?)done["exit_code"]);
        Assert.Equal(1, (int?)done["attempts"]);
        var elapsed = DateTimeOffset.Parse((string)done["terminated_at"]!) - DateTimeOffset.Parse((string)done["created_at"]!);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
    }

    [Fact]
    public async Task R2_AlwaysFailing_RetriedThenFailedWithExitCode()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "/bin/sh", "-c", "exit 1" }, retry_policy = new { max_retries = 3 } });

        var run = await StartOneAsync(definition);
        var retrying = await _client.WaitForRunAsync(run, r => r.State() == "retrying");
        var done = await _client.WaitForTerminalAsync(run);

        Assert.Equal("exited_with_error", (string?)retrying["reason"]);
        Assert.Equal("failed", done.State());
        Assert.Equal("exited_with_error", (string?)done["reason"]);
        Assert.Equal(1, (int?)done["exit_code"]);
        Assert.Equal(4, (int?)done["attempts"]);
        var spread = (DateTimeOffset)done["terminated_at"]! - (DateTimeOffset)done["started_at"]!;
        Assert.True(spread >= TimeSpan.FromSeconds(3 * 0.5), $"3 retries 0.5 s apart took {spread}");
    }

    [Fact]
    public async Task R3_EveryAttemptTimesOut_FailsWithTimeoutAfterRetries()
    {
        var definition = await CreateAsync(new { job_timeout = "2s", startup_command = new[] { "sleep", "30" }, retry_policy = new { max_retries = 2 } });

        var run = await StartOneAsync(definition);
        var done = await _client.WaitForTerminalAsync(run, TimeSpan.FromSeconds(60));

        Assert.Equal("failed", done.State());
        Assert.Equal("timeout", (string?)done["reason"]);
        Assert.Equal(3, (int?)done["attempts"]);
    }

    [Fact]
    public async Task R4_StopWhileQueued_InterruptedAndNeverRuns()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "/bin/sh", "-c", "echo ran" } });
        var queued = await QueueWithoutSchedulingAsync(definition);

        var (status, stopped) = await _client.SendAsync(HttpMethod.Post, $"{Runs}/{queued}/stop");
        await _host.Services.GetRequiredService<IOrchestrationGateway>().ScheduleIfAbsentAsync(
            OrchestrationNames.RunReplica, queued, new RunReplicaInput(TestKeys.ProjectId, queued, 1, 60, 0.5, 5), default);
        var state = await _host.Services.GetRequiredService<IOrchestrationGateway>().WaitFinishedAsync(queued);
        var (_, after) = await _client.GetJsonAsync($"{Runs}/{queued}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("interrupted", stopped!.State());
        Assert.True(state);
        Assert.Equal("interrupted", after!.State());
        Assert.Equal("cancellation", (string?)after!["reason"]);
        Assert.Null(after["started_at"]);
        Assert.Equal(0, (int?)after["attempts"]);
    }

    [Fact]
    public async Task R5_StopWhileRunning_InterruptedWithoutRetry()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "sleep", "60" }, retry_policy = new { max_retries = 3 } });
        var run = await StartOneAsync(definition);
        await _client.WaitForRunAsync(run, r => r.State() == "running");

        var (_, stopping) = await _client.SendAsync(HttpMethod.Post, $"{Runs}/{run}/stop");
        var done = await _client.WaitForTerminalAsync(run, TimeSpan.FromSeconds(30));

        Assert.Equal("interrupting", stopping!.State());
        Assert.Equal("interrupted", done.State());
        Assert.Equal("cancellation", (string?)done["reason"]);
        Assert.Equal(1, (int?)done["attempts"]);
    }

    [Fact]
    public async Task R6_ArgsGivenToNamedShell_PipelineRunsOnce()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "/bin/sh", "-c" }, args = new[] { "echo a | tr a b" } });

        var output = await RunToLogAsync(definition);

        Assert.Equal("b\n", output);
    }

    [Fact]
    public async Task R7_ArgsExpandVariablesByKubernetesRules()
    {
        var definition = await CreateAsync(new
        {
            startup_command = new[] { "echo" },
            args = new[] { "$(MESSAGE)", "$(UNSET)", "$$(MESSAGE)" },
            environment_variables = new Dictionary<string, string> { ["MESSAGE"] = "hi" },
        });

        var output = await RunToLogAsync(definition);

        Assert.Equal("hi $(UNSET) $(MESSAGE)\n", output);
    }

    [Fact]
    public async Task R8_MultiLineValue_ReachesProcessExactly()
    {
        var definition = await CreateAsync(new
        {
            startup_command = new[] { "/bin/sh", "-c", "printf '[%s]' \"$K\"" },
            environment_variables = new Dictionary<string, string> { ["K"] = "a\nb" },
        });

        var output = await RunToLogAsync(definition);

        Assert.Equal("[a\nb]", output);
    }

    [Fact]
    public async Task Logs_RunningJob_CanBeFollowedBeforeItEnds()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "/bin/sh", "-c", "echo first; sleep 60" } });
        var run = await StartOneAsync(definition);

        var log = await PollAsync(async () => (await _client.GetStringAsync($"{Runs}/{run}/logs")) is "first\n" and var text ? text : null);
        var (_, during) = await _client.GetJsonAsync($"{Runs}/{run}");
        await _client.SendAsync(HttpMethod.Post, $"{Runs}/{run}/stop");
        await _client.WaitForTerminalAsync(run);

        Assert.Equal("first\n", log);
        Assert.Equal("running", during!.State());
    }

    [Fact]
    public async Task Logs_ByAttempt_EachAttemptKeepsItsOwnOutput()
    {
        var definition = await CreateAsync(new
        {
            startup_command = new[] { "/bin/sh", "-c", "echo attempt $SCW_SLS_ATTEMPT of $SCW_SLS_RESOURCE_ID; exit 2" },
            retry_policy = new { max_retries = 1 },
        });
        var run = await StartOneAsync(definition);
        await _client.WaitForTerminalAsync(run);

        var first = await _client.GetStringAsync($"{Runs}/{run}/logs?attempt=1");
        var last = await _client.GetStringAsync($"{Runs}/{run}/logs");
        var (status, body) = await _client.GetJsonAsync($"{Runs}/{run}/logs?attempt=3");
        var (wordStatus, word) = await _client.GetJsonAsync($"{Runs}/{run}/logs?attempt=last");

        Assert.Equal($"attempt 1 of {run}\n", first);
        Assert.Equal($"attempt 2 of {run}\n", last);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("attempt:constraint", HttpJson.FirstArgument(body));
        Assert.Equal(HttpStatusCode.BadRequest, wordStatus);
        Assert.Equal("attempt:format", HttpJson.FirstArgument(word));
    }

    [Fact]
    public async Task R9_StartOverrides_MergeOverDefinitionEnvironment()
    {
        var definition = await CreateAsync(new
        {
            startup_command = new[] { "true" },
            environment_variables = new Dictionary<string, string> { ["A"] = "def", ["B"] = "def" },
        });

        var (_, started) = await _client.PostAsync($"{Definitions}/{definition}/start",
            new { environment_variables = new Dictionary<string, string> { ["A"] = "run" } });
        var run = started!["job_runs"]![0]!;

        Assert.Equal("run", (string?)run["environment_variables"]!["A"]);
        Assert.Equal("def", (string?)run["environment_variables"]!["B"]);
    }

    [Fact]
    public async Task R10_DeleteWhileRunning_Returns403AndLeavesRun()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "sleep", "60" } });
        var run = await StartOneAsync(definition);
        await _client.WaitForRunAsync(run, r => r.State() == "running");

        var (status, body) = await _client.SendAsync(HttpMethod.Delete, $"{Definitions}/{definition}");
        var (_, still) = await _client.GetJsonAsync($"{Runs}/{run}");
        var (_, definitionAfter) = await _client.GetJsonAsync($"{Definitions}/{definition}");
        await _client.SendAsync(HttpMethod.Post, $"{Runs}/{run}/stop");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("one or more job runs are still running", (string?)body!["message"]);
        Assert.Equal("resource_still_in_use", (string?)body["precondition"]);
        Assert.Contains("stop", (string?)body["help_message"]);
        Assert.Equal("running", still!.State());
        Assert.Equal(definition, (string?)definitionAfter!["id"]);
    }

    [Fact]
    public async Task R11_ThreeReplicas_ThreeRunsEachSucceeded()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "true" } });

        var (status, started) = await _client.PostAsync($"{Definitions}/{definition}/start", new { replicas = 3 });
        var ids = started!["job_runs"]!.AsArray().Select(r => (string)r!["id"]!).ToArray();
        var finals = await Task.WhenAll(ids.Select(id => _client.WaitForTerminalAsync(id)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(finals, r => Assert.Equal("succeeded", r.State()));
        Assert.Equal([0, 1, 2], started["job_runs"]!.AsArray().Select(r => (int)r!["replica_index"]!).Order());
    }

    [Fact]
    public async Task StopRacingExit_EachRunEndsOnceAndStaysEnded()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "sleep", "1" }, retry_policy = new { max_retries = 2 } });
        var (_, started) = await _client.PostAsync($"{Definitions}/{definition}/start", new { replicas = 4 });
        var runs = started!["job_runs"]!.AsArray().Select(r => (string)r!["id"]!).ToArray();
        await Task.WhenAll(runs.Select(run => _client.WaitForRunAsync(run, r => r.State() == "running")));
        await Task.Delay(900);

        await Task.WhenAll(runs.Select(run => _client.SendAsync(HttpMethod.Post, $"{Runs}/{run}/stop")));
        var finals = await Task.WhenAll(runs.Select(run => _client.WaitForTerminalAsync(run)));
        await Task.Delay(1500);
        var later = await Task.WhenAll(runs.Select(async run => (await _client.GetJsonAsync($"{Runs}/{run}")).Body!));

        Assert.All(finals, run => Assert.Equal(1, (int?)run["attempts"]));
        Assert.All(finals, run => Assert.True(
            run.State() == "succeeded" && (int?)run["exit_code"] == 0
            || run.State() == "interrupted" && (string?)run["reason"] == "cancellation",
            run.ToJsonString()));
        Assert.Equal(finals.Select(r => r.ToJsonString()), later.Select(r => r.ToJsonString()));
    }

    [Fact]
    public async Task Start_NothingToRun_FailsWithInvalidRequest()
    {
        var definition = await CreateAsync(new { });

        var done = await _client.WaitForTerminalAsync(await StartOneAsync(definition));

        Assert.Equal("failed", done.State());
        Assert.Equal("invalid_request", (string?)done["reason"]);
    }

    [Fact]
    public async Task Start_MissingProgram_FailsWithTechnicalError()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "/no/such/program" } });

        var done = await _client.WaitForTerminalAsync(await StartOneAsync(definition));

        Assert.Equal("failed", done.State());
        Assert.Equal("technical_error", (string?)done["reason"]);
    }

    [Theory]
    [InlineData("{\"replicas\":0}", "replicas:constraint")]
    [InlineData("{\"replicas\":1001}", "replicas:constraint")]
    [InlineData("{\"replicas\":\"two\"}", "replicas:format")]
    [InlineData("{\"environment_variables\":{\"SCW_SLS_X\":\"1\"}}", "environment_variables.SCW_SLS_X:constraint")]
    [InlineData("{\"startup_command\":[\"\"]}", "startup_command:format")]
    [InlineData("{\"args\":[\"a\\u0000b\"]}", "args:format")]
    [InlineData("{\"command\":\"echo 'unclosed\"}", "command:format")]
    public async Task Start_BadInput_Returns400AndStartsNothing(string json, string expected)
    {
        var definition = await CreateAsync(new { startup_command = new[] { "true" } });

        var (status, body) = await _client.SendAsync(HttpMethod.Post, $"{Definitions}/{definition}/start", json);
        var (_, runs) = await _client.GetJsonAsync($"{Runs}?job_definition_id={definition}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected, HttpJson.FirstArgument(body));
        Assert.Equal(0, (int?)runs!["total_count"]);
    }

    [Fact]
    public async Task List_FiltersByDefinitionStateAndReason()
    {
        var ok = await CreateAsync(new { startup_command = new[] { "true" } });
        var bad = await CreateAsync(new { startup_command = new[] { "false" } });
        await _client.WaitForTerminalAsync(await StartOneAsync(ok));
        await _client.WaitForTerminalAsync(await StartOneAsync(bad));

        var (_, byDefinition) = await _client.GetJsonAsync($"{Runs}?job_definition_id={ok}");
        var (_, failed) = await _client.GetJsonAsync($"{Runs}?state=failed");
        var (_, unknown) = await _client.GetJsonAsync($"{Runs}?state=unknown_state&job_definition_id={bad}");
        var (_, byReason) = await _client.GetJsonAsync($"{Runs}?reasons=exited_with_error");
        var (badStatus, badBody) = await _client.GetJsonAsync($"{Runs}?state=sleeping");

        Assert.Equal(1, (int?)byDefinition!["total_count"]);
        Assert.All(failed!["job_runs"]!.AsArray(), r => Assert.Equal("failed", r!.State()));
        Assert.Equal(bad, (string?)failed["job_runs"]![0]!["job_definition_id"]);
        Assert.Equal(1, (int?)unknown!["total_count"]);
        Assert.Equal(1, (int?)byReason!["total_count"]);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Equal("state:constraint", HttpJson.FirstArgument(badBody));
    }

    [Fact]
    public async Task Stop_FinishedRun_RefusedAndUnchanged()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "true" } });
        var run = await StartOneAsync(definition);
        await _client.WaitForTerminalAsync(run);

        var (status, body) = await _client.SendAsync(HttpMethod.Post, $"{Runs}/{run}/stop");
        var (_, after) = await _client.GetJsonAsync($"{Runs}/{run}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("the job run is already succeeded", (string?)body!["message"]);
        Assert.Equal("precondition_failed", (string?)body["type"]);
        Assert.NotNull((string?)body["help_message"]);
        Assert.Equal("succeeded", after!.State());
    }

    [Fact]
    public async Task AnotherRegion_CannotSeeOrStopRuns()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "true" } });
        var run = await StartOneAsync(definition);
        const string AmsterdamRuns = "serverless-jobs/v1alpha2/regions/nl-ams/job-runs";

        var (getStatus, _) = await _client.GetJsonAsync($"{AmsterdamRuns}/{run}");
        var (stopStatus, _) = await _client.SendAsync(HttpMethod.Post, $"{AmsterdamRuns}/{run}/stop");
        var (_, list) = await _client.GetJsonAsync(AmsterdamRuns);
        await _client.WaitForTerminalAsync(run);

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, stopStatus);
        Assert.Equal(0, (int?)list!["total_count"]);
    }

    [Fact]
    public async Task AnotherProject_CannotSeeOrStopRuns()
    {
        var definition = await CreateAsync(new { startup_command = new[] { "true" } });
        var run = await StartOneAsync(definition);
        using var other = _host.CreateClient(TestKeys.OtherSecretKey);

        var (getStatus, _) = await other.GetJsonAsync($"{Runs}/{run}");
        var (stopStatus, _) = await other.SendAsync(HttpMethod.Post, $"{Runs}/{run}/stop");
        var (_, list) = await other.GetJsonAsync(Runs);

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, stopStatus);
        Assert.Equal(0, (int?)list!["total_count"]);
    }

    private async Task<string> CreateAsync(object fields)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(fields))!.AsObject();
        body["cpu_limit"] = 1000;
        body["memory_limit"] = 512;
        var (status, created) = await _client.SendAsync(HttpMethod.Post, Definitions, body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)created!["id"]!;
    }

    private async Task<string> StartOneAsync(string definition)
    {
        var (status, started) = await _client.PostAsync($"{Definitions}/{definition}/start", new { });
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)started!["job_runs"]![0]!["id"]!;
    }

    private async Task<string> RunToLogAsync(string definition)
    {
        var run = await StartOneAsync(definition);
        var done = await _client.WaitForTerminalAsync(run);
        Assert.Equal("succeeded", done.State());
        return await _client.GetStringAsync($"{Runs}/{run}/logs");
    }

    private static async Task<T> PollAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var i = 0; i < 400; i++)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the expected value never came");
    }

    // Stores a queued run the way a start does, without scheduling it yet, so a stop surely finds it queued.
    private async Task<string> QueueWithoutSchedulingAsync(string definitionId)
    {
        var store = _host.Services.GetRequiredService<JobRunStore>();
        var id = Guid.CreateVersion7().ToString();
        var run = new ServerlessJobs.Client.Models.JobRun
        {
            Id = id, JobDefinitionId = definitionId, State = ServerlessJobs.Client.Models.JobRunState.Queued,
            ProjectId = TestKeys.ProjectId, OrganizationId = TestKeys.OrganizationId, Region = "fr-par",
            StartupCommand = ["/bin/sh", "-c", "echo ran"], Attempts = 0, CreatedAt = DateTimeOffset.UtcNow,
        };
        await store.TryCreateAsync(new JobRunDocument { Run = run, MaxAttempts = 1, AttemptTimeout = TimeSpan.FromMinutes(1) }, default);
        return id;
    }
}
