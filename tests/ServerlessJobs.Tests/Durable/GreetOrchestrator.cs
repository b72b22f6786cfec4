using Microsoft.DurableTask;

namespace ServerlessJobs.Tests.Durable;

/// <summary>Toy orchestrator: one activity call, its result returned as the orchestration's output.</summary>
public sealed class GreetOrchestrator : TaskOrchestrator<Greeting, GreetingResult>
{
    public const string Name = "Greet";

    public override Task<GreetingResult> RunAsync(TaskOrchestrationContext context, Greeting input) =>
        context.CallActivityAsync<GreetingResult>(GreetActivity.Name, input);
}
