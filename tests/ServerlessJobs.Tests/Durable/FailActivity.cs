using Microsoft.DurableTask;

namespace ServerlessJobs.Tests.Durable;

/// <summary>Toy activity that always fails with the message it is given.</summary>
public sealed class FailActivity : TaskActivity<string, string>
{
    public const string Name = "Fail";

    public override Task<string> RunAsync(TaskActivityContext context, string input) =>
        throw new InvalidOperationException(input);
}
