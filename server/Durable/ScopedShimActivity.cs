using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using CoreTaskActivity = DurableTask.Core.TaskActivity;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// One invocation of an SDK activity: builds it in its own service scope, runs it through the SDK shim, then
/// disposes both, so activities may take scoped and disposable dependencies.
/// </summary>
internal sealed class ScopedShimActivity : CoreTaskActivity
{
    private readonly TaskName _name;
    private readonly ObjectFactory _factory;
    private readonly IServiceProvider _services;
    private readonly DurableTaskShimFactory _shims;

    public ScopedShimActivity(TaskName name, ObjectFactory factory, IServiceProvider services,
        DurableTaskShimFactory shims)
    {
        _name = name;
        _factory = factory;
        _services = services;
        _shims = shims;
    }

    public override async Task<string> RunAsync(TaskContext context, string input)
    {
        await using var scope = _services.CreateAsyncScope();
        var activity = (ITaskActivity)_factory(scope.ServiceProvider, null);
        try
        {
            return await _shims.CreateActivity(_name, activity).RunAsync(context, input);
        }
        finally
        {
            await DisposeAsync(activity);
        }
    }

    // The framework only calls RunAsync on activities; the synchronous entry point exists for its own base class.
    public override string Run(TaskContext context, string input) =>
        throw new NotSupportedException("SDK activities run asynchronously.");

    // ActivatorUtilities instances are not tracked by the scope, so disposable activities are ours to dispose.
    private static async ValueTask DisposeAsync(ITaskActivity activity)
    {
        if (activity is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else if (activity is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
