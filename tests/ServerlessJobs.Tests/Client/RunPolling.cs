using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Tests.Client;

/// <summary>Polls a job run through the client until it reaches the state a test waits for.</summary>
public static class RunPolling
{
    private static readonly HashSet<JobRunState> Terminal =
        [JobRunState.Succeeded, JobRunState.Failed, JobRunState.Interrupted];

    public static Task<JobRun> WaitForTerminalAsync(this ServerlessJobsClient client, string jobRunId) =>
        client.WaitForRunAsync(jobRunId, run => Terminal.Contains(run.State));

    public static async Task<JobRun> WaitForRunAsync(
        this ServerlessJobsClient client, string jobRunId, Func<JobRun, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = await client.GetJobRunAsync(jobRunId);
            if (done(run))
            {
                return run;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"run {jobRunId} is still {run.State} ({run.Reason})");
            }

            await Task.Delay(100);
        }
    }
}
