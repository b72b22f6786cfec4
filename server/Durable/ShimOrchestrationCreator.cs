using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// Hands the framework a fresh shim around a new SDK orchestrator for every execution, under the catalog's name
/// and the empty version the gateway schedules with.
/// </summary>
internal sealed class ShimOrchestrationCreator : ObjectCreator<TaskOrchestration>
{
    private readonly IServiceProvider _services;
    private readonly DurableTaskShimFactory _shims;
    private readonly ObjectFactory _factory;

    public ShimOrchestrationCreator(string name, Type orchestratorType, IServiceProvider services,
        DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        _services = services;
        _shims = shims;
        _factory = ActivatorUtilities.CreateFactory(orchestratorType, Type.EmptyTypes);
    }

    // A shim holds one execution's context, so it is never shared between executions.
    public override TaskOrchestration Create()
    {
        var orchestrator = (ITaskOrchestrator)_factory(_services, null);
        return _shims.CreateOrchestration(new TaskName(Name), orchestrator);
    }
}
