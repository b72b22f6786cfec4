using System.Net;
using System.Text.Json.Nodes;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Runs;

/// <summary>Kill -9 of the self-host while replicas run, then a restart on the same storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostCrashTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("crash-").FullName;

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    [Fact]
    public async Task KillNineWhileRunning_AfterRestartEveryRunEndsAndNoReplicaOverlaps()
    {
        var settings = Settings();
        var port = FreePort.Next();
        string[] runs;
        await using (var first = await ServerProcess.StartAsync(port, settings))
        {
            using var client = Client(first);
            var definition = await CreateDefinitionAsync(client);
            var (_, started) = await client.PostAsync($"{HttpJson.V2}/job-definitions/{definition}/start", new { replicas = 3 });
            runs = started!["job_runs"]!.AsArray().Select(r => (string)r!["id"]!).ToArray();
            foreach (var run in runs)
            {
                await client.WaitForRunAsync(run, r => r.State() == "running");
            }

            first.KillHard();
        }

        var orphans = runs.SelectMany(run => File.ReadAllLines(Path.Combine(_workspace, run))).Select(int.Parse).ToArray();
        await using var second = await ServerProcess.StartAsync(port, settings);
        using var again = Client(second);
        var finals = await Task.WhenAll(runs.Select(run => again.WaitForTerminalAsync(run, TimeSpan.FromSeconds(90))));

        Assert.All(finals, run => Assert.Equal("succeeded", run.State()));
        Assert.All(finals, run => Assert.Equal(2, (int?)run["attempts"]));
        Assert.All(orphans, pid => Assert.False(IsRunning(pid), $"orphan {pid} of the dead host still runs"));
        Assert.Empty(Directory.GetFiles(_workspace, "*.overlap"));
        Assert.Contains("was lost with its host", second.Output);
    }

    [Fact]
    public async Task KillNineWithoutRetries_RunFailsWithTechnicalError()
    {
        var settings = Settings();
        var port = FreePort.Next();
        string run;
        await using (var first = await ServerProcess.StartAsync(port, settings))
        {
            using var client = Client(first);
            var definition = await CreateDefinitionAsync(client, maxRetries: 0);
            var (_, started) = await client.PostAsync($"{HttpJson.V2}/job-definitions/{definition}/start", new { });
            run = (string)started!["job_runs"]![0]!["id"]!;
            await client.WaitForRunAsync(run, r => r.State() == "running");
            first.KillHard();
        }

        await using var second = await ServerProcess.StartAsync(port, settings);
        using var again = Client(second);
        var final = await again.WaitForTerminalAsync(run, TimeSpan.FromSeconds(90));

        Assert.Equal("failed", final.State());
        Assert.Equal("technical_error", (string?)final["reason"]);
        Assert.Equal(1, (int?)final["attempts"]);
    }

    private Dictionary<string, string> Settings()
    {
        var prefix = "c" + Guid.NewGuid().ToString("N")[..12];
        return new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:ContainerPrefix"] = prefix,
            ["DurableTask:TaskHubName"] = prefix,
            ["DurableTask:WorkerId"] = prefix,
            ["Runs:HostId"] = prefix,
            ["Runs:RetryDelay"] = "00:00:00.500",
            ["Auth:ApiKeys:0:SecretKey"] = TestKeys.SecretKey,
            ["Auth:ApiKeys:0:ProjectId"] = TestKeys.ProjectId,
            ["Auth:ApiKeys:0:OrganizationId"] = TestKeys.OrganizationId,
        };
    }

    private static HttpClient Client(ServerProcess server)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Auth-Token", TestKeys.SecretKey);
        return client;
    }

    // Each attempt records its shell's pid, and first notes any earlier attempt of its run that is still alive.
    private async Task<string> CreateDefinitionAsync(HttpClient client, int maxRetries = 1)
    {
        var script =
            $"f={_workspace}/$SCW_SLS_RESOURCE_ID; " +
            "for p in $(cat $f 2>/dev/null); do [ -e /proc/$p ] && ! grep -q ') Z' /proc/$p/stat && echo $p >> $f.overlap; done; " +
            "echo $$$$ >> $f; sleep 4"; // $$ is the Kubernetes escape for one $
        var (status, body) = await client.PostAsync($"{HttpJson.V2}/job-definitions", new
        {
            name = "crash", cpu_limit = 100, memory_limit = 128,
            startup_command = new[] { "/bin/sh", "-c", script }, retry_policy = new { max_retries = maxRetries },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body!["id"]!;
    }

    private static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z");
}
