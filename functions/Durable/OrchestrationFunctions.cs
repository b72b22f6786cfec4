using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Orchestration;

namespace ServerlessJobs.Functions.Durable;

/// <summary>
/// The engine's orchestrators and activities as Durable Functions, under the names the self-host registers them by.
/// Each wraps the same class from shared/.
/// </summary>
public sealed class OrchestrationFunctions(IServiceProvider services, DurableClientGateway gateway)
{
    [Function(OrchestrationNames.StartJob)]
    public Task<int> StartJob([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new StartJobOrchestrator().RunAsync(context, context.GetInput<StartJobInput>()!);

    [Function(OrchestrationNames.RunReplica)]
    public Task<string> RunReplica([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new RunReplicaOrchestrator().RunAsync(context, context.GetInput<RunReplicaInput>()!);

    [Function(OrchestrationNames.ScheduleRuns)]
    public Task<int> ScheduleRuns([ActivityTrigger] StartJobInput input, [DurableClient] DurableTaskClient client) =>
        Run<ScheduleRunsActivity, StartJobInput, int>(OrchestrationNames.ScheduleRuns, input, client);

    [Function(OrchestrationNames.LaunchAttempt)]
    public Task<LaunchResult> LaunchAttempt([ActivityTrigger] AttemptRequest input, [DurableClient] DurableTaskClient client) =>
        Run<LaunchAttemptActivity, AttemptRequest, LaunchResult>(OrchestrationNames.LaunchAttempt, input, client);

    [Function(OrchestrationNames.KillAttempt)]
    public Task<bool> KillAttempt([ActivityTrigger] AttemptRequest input, [DurableClient] DurableTaskClient client) =>
        Run<KillAttemptActivity, AttemptRequest, bool>(OrchestrationNames.KillAttempt, input, client);

    [Function(OrchestrationNames.RecordOutcome)]
    public Task<bool> RecordOutcome([ActivityTrigger] RecordOutcomeInput input, [DurableClient] DurableTaskClient client) =>
        Run<RecordOutcomeActivity, RecordOutcomeInput, bool>(OrchestrationNames.RecordOutcome, input, client);

    private Task<TOutput> Run<TActivity, TInput, TOutput>(string name, TInput input, DurableTaskClient client)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        gateway.Attach(client);
        var activity = ActivatorUtilities.CreateInstance<TActivity>(services);
        return activity.RunAsync(new FunctionActivityContext(name, ""), input);
    }
}
