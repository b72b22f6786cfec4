using System.Diagnostics;
using ServerlessJobs.Orchestration;

namespace ServerlessJobs.Tests.Infrastructure;

/// <summary>Waits for an orchestration instance to finish, within a bound.</summary>
public static class GatewayPolling
{
    public static async Task<bool> WaitFinishedAsync(this IOrchestrationGateway gateway, string instanceId, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(30)))
        {
            if (await gateway.GetStateAsync(instanceId, default) is { IsFinished: true })
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
