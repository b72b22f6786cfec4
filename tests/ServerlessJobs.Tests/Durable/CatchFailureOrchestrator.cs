using Microsoft.DurableTask;

namespace ServerlessJobs.Tests.Durable;

/// <summary>Toy orchestrator that calls a failing activity and returns what it learned of the failure.</summary>
public sealed class CatchFailureOrchestrator : TaskOrchestrator<string, string>
{
    public const string Name = "CatchFailure";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        try
        {
            return await context.CallActivityAsync<string>(FailActivity.Name, input);
        }
        catch (TaskFailedException e)
        {
            return $"{e.FailureDetails.ErrorType}: {e.FailureDetails.ErrorMessage}";
        }
    }
}
