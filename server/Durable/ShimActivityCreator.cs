using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using CoreTaskActivity = DurableTask.Core.TaskActivity;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// Registers an SDK activity with the framework under the catalog's name and the empty version; each invocation
/// gets a new instance built from the host's service provider.
/// </summary>
internal sealed class ShimActivityCreator : ObjectCreator<CoreTaskActivity>
{
    private readonly IServiceProvider _services;
    private readonly DurableTaskShimFactory _shims;
    private readonly ObjectFactory _factory;

    public ShimActivityCreator(string name, Type activityType, IServiceProvider services,
        DurableTaskShimFactory shims)
    {
        Name = name;
        Version = string.Empty;
        _services = services;
        _shims = shims;
        _factory = ActivatorUtilities.CreateFactory(activityType, Type.EmptyTypes);
    }

    public override CoreTaskActivity Create() =>
        new ScopedShimActivity(new TaskName(Name), _factory, _services, _shims);
}
