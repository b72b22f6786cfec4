using DurableTask.Core;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using ServerlessJobs.Orchestration;
using CoreTaskActivity = DurableTask.Core.TaskActivity;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// Runs the catalog's orchestrators and activities in process on a <see cref="TaskHubWorker"/> from host start
/// to host stop, adapting each SDK class with <see cref="DurableTaskShimFactory"/>.
/// </summary>
internal sealed class DurableTaskFrameworkHostedService : IHostedService
{
    private readonly AzureStorageTaskHub _taskHub;
    private readonly OrchestrationCatalog _catalog;
    private readonly IServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private TaskHubWorker? _worker;

    public DurableTaskFrameworkHostedService(AzureStorageTaskHub taskHub, OrchestrationCatalog catalog,
        IServiceProvider services, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        _taskHub = taskHub;
        _catalog = catalog;
        _services = services;
        _loggerFactory = loggerFactory;
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger<DurableTaskFrameworkHostedService>();
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var options = _taskHub.Options;
        Log.WorkerStarting(_logger, options.TaskHubName, options.WorkerId,
            _catalog.Orchestrators.Count, _catalog.Activities.Count);

        await _taskHub.Service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);
        _worker = CreateWorker();
        await _worker.StartAsync().WaitAsync(cancellationToken);

        Log.WorkerStarted(_logger, options.TaskHubName, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_worker is null)
        {
            return;
        }

        var started = _timeProvider.GetTimestamp();
        var options = _taskHub.Options;
        Log.WorkerStopping(_logger, options.TaskHubName);

        // Not forced: in-flight work items finish and partition leases are released, so a restarted or other host
        // picks the partitions up at once instead of after the lease interval. Bounded, as shutdown must end.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(options.StopTimeout);
        try
        {
            await _worker.StopAsync(isForced: false).WaitAsync(bound.Token);
            Log.WorkerStopped(_logger, options.TaskHubName, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            Log.WorkerStopTimedOut(_logger, options.TaskHubName, options.StopTimeout);
        }
    }

    private TaskHubWorker CreateWorker()
    {
        var shims = new DurableTaskShimFactory(
            new DurableTaskWorkerOptions { DataConverter = _taskHub.DataConverter }, _loggerFactory);

        // The SDK reads an activity's failure from FailureDetails, as its own worker supplies them; under the
        // framework's default (serialized exceptions) an orchestrator would see "(unknown)" type and message.
        var worker = new TaskHubWorker(_taskHub.Service, _loggerFactory)
        {
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddTaskOrchestrations(_catalog.Orchestrators
            .Select(ObjectCreator<TaskOrchestration> (o) =>
                new ShimOrchestrationCreator(o.Key, o.Value, _services, shims))
            .ToArray());
        worker.AddTaskActivities(_catalog.Activities
            .Select(ObjectCreator<CoreTaskActivity> (a) =>
                new ShimActivityCreator(a.Key, a.Value, _services, shims))
            .ToArray());
        return worker;
    }
}
