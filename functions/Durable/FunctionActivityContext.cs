using Microsoft.DurableTask;

namespace ServerlessJobs.Functions.Durable;

/// <summary>The activity context the engine's activity classes receive when the Functions host runs them.</summary>
internal sealed class FunctionActivityContext(string name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = new(name);

    public override string InstanceId { get; } = instanceId;
}
