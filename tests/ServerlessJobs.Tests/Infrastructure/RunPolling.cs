using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ServerlessJobs.Tests.Infrastructure;

/// <summary>Polls a job run over HTTP until it reaches a state, as a user's script would; gives up after a bound.</summary>
public static class RunPolling
{
    public static async Task<JsonNode> WaitForRunAsync(
        this HttpClient client, string runId, Func<JsonNode, bool> until, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        JsonNode? last = null;
        while (clock.Elapsed < limit)
        {
            last = (await client.GetJsonAsync($"{HttpJson.V2}/job-runs/{runId}")).Body;
            if (last is not null && until(last))
            {
                return last;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"run {runId} did not reach the expected state in {limit}: {last?.ToJsonString()}");
    }

    public static Task<JsonNode> WaitForTerminalAsync(this HttpClient client, string runId, TimeSpan? timeout = null) =>
        client.WaitForRunAsync(runId, run => (string?)run["state"] is "succeeded" or "failed" or "interrupted", timeout);

    public static string State(this JsonNode run) => (string)run["state"]!;
}
