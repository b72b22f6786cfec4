using Microsoft.DurableTask;

namespace ServerlessJobs.Orchestration;

/// <summary>
/// One per start request: makes sure every run it created has its own <see cref="RunReplicaOrchestrator"/>, in
/// batches, without awaiting them, so its history stays small however many replicas there are.
/// </summary>
public sealed class StartJobOrchestrator : TaskOrchestrator<StartJobInput, int>
{
    /// <summary>How many runs one scheduling activity takes.</summary>
    public const int BatchSize = 100;

    public override async Task<int> RunAsync(TaskOrchestrationContext context, StartJobInput input)
    {
        var batches = input.RunIds.Chunk(BatchSize)
            .Select(batch => context.CallActivityAsync<int>(OrchestrationNames.ScheduleRuns, input with { RunIds = batch }));
        var scheduled = await Task.WhenAll(batches);
        return scheduled.Sum();
    }
}
