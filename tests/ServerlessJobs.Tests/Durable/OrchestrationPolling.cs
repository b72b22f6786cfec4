using DurableTask.Core;

namespace ServerlessJobs.Tests.Durable;

/// <summary>
/// Waits for an instance to finish by polling its status every 20 ms; the framework's own
/// WaitForOrchestrationAsync polls every 2 s, which would hide the engine's real latency.
/// </summary>
internal static class OrchestrationPolling
{
    public static async Task<OrchestrationState> WaitForFinishAsync(
        TaskHubClient client, string instanceId, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var state = await client.GetOrchestrationStateAsync(instanceId);
            if (state is { OrchestrationStatus: not (OrchestrationStatus.Pending or OrchestrationStatus.Running) })
            {
                return state;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    public static async Task WaitForStatusAsync(
        TaskHubClient client, string instanceId, OrchestrationStatus status, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while ((await client.GetOrchestrationStateAsync(instanceId))?.OrchestrationStatus != status)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }
}
