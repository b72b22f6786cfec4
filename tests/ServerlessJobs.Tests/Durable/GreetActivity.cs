using Microsoft.DurableTask;

namespace ServerlessJobs.Tests.Durable;

/// <summary>Toy activity: records that it ran and greets the person as many times as asked.</summary>
public sealed class GreetActivity : TaskActivity<Greeting, GreetingResult>
{
    public const string Name = "Greet";

    private readonly ActivityInvocations _invocations;

    public GreetActivity(ActivityInvocations invocations) => _invocations = invocations;

    public override Task<GreetingResult> RunAsync(TaskActivityContext context, Greeting input)
    {
        _invocations.Record(context.InstanceId);
        var text = string.Join(" ", Enumerable.Repeat($"Hello {input.PersonName}!", input.Repeat));
        return Task.FromResult(new GreetingResult(text, context.InstanceId));
    }
}
