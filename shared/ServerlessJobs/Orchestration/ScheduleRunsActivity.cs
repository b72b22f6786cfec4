using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using ServerlessJobs.Runs;

namespace ServerlessJobs.Orchestration;

/// <summary>Schedules the orchestration of each run in a batch, skipping those that exist already.</summary>
public sealed class ScheduleRunsActivity(IOrchestrationGateway gateway, IOptions<RunsOptions> options)
    : TaskActivity<StartJobInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, StartJobInput input)
    {
        var created = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };
        await Parallel.ForEachAsync(input.RunIds, parallel, async (runId, token) =>
        {
            var replica = RunReplicaInput.For(input, runId, options.Value);
            if (await gateway.ScheduleIfAbsentAsync(OrchestrationNames.RunReplica, runId, replica, token))
            {
                Interlocked.Increment(ref created);
            }
        });
        return created;
    }
}
