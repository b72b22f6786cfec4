using DurableTask.Core;
using DurableTask.Core.Exceptions;
using ServerlessJobs.Orchestration;
using CoreOrchestrationState = DurableTask.Core.OrchestrationState;
using OrchestrationState = ServerlessJobs.Orchestration.OrchestrationState;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// The self-host's <see cref="IOrchestrationGateway"/>, over the Durable Task Framework's <see cref="TaskHubClient"/>.
/// </summary>
/// <remarks>
/// The framework's client takes no cancellation token: a cancelled call stops waiting, but the storage
/// operation it started may still complete.
/// </remarks>
public sealed class TaskHubClientGateway : IOrchestrationGateway
{
    // Marks which caller's start message won, should two schedule the same id at once.
    private const string ScheduleTokenTag = "ServerlessJobs.ScheduleToken";

    // Dedupe against every status: an instance that exists in any state, finished ones included, is kept.
    private static readonly OrchestrationStatus[] AnyStatus = Enum.GetValues<OrchestrationStatus>();

    private readonly TaskHubClient _client;
    private readonly ILogger _logger;

    /// <summary>Creates the gateway over the host's task hub.</summary>
    public TaskHubClientGateway(AzureStorageTaskHub taskHub, ILogger<TaskHubClientGateway> logger)
    {
        ArgumentNullException.ThrowIfNull(taskHub);
        ArgumentNullException.ThrowIfNull(logger);
        _client = taskHub.Client;
        _logger = logger;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The framework checks for an existing id, then writes, so calls racing on a new id all return normally;
    /// the instance table keeps the first write (the worker drops the other starts), and reading back this
    /// call's tag tells whether it was the one.
    /// </remarks>
    public async Task<bool> ScheduleIfAbsentAsync(
        string orchestratorName, string instanceId, object? input, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);

        var token = Guid.NewGuid().ToString("N");
        if (!await TryCreateAsync(orchestratorName, instanceId, input, token, cancellationToken))
        {
            return false;
        }

        var created = await IsCreatedByAsync(instanceId, token, cancellationToken);
        if (created)
        {
            Log.OrchestrationScheduled(_logger, orchestratorName, instanceId);
        }
        else
        {
            Log.OrchestrationExists(_logger, orchestratorName, instanceId);
        }

        return created;
    }

    /// <inheritdoc />
    public async Task ScheduleNewAsync(
        string orchestratorName, string instanceId, object? input, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);

        if (await TryCreateAsync(orchestratorName, instanceId, input, null, cancellationToken))
        {
            Log.OrchestrationScheduled(_logger, orchestratorName, instanceId);
        }
    }

    /// <inheritdoc />
    /// <remarks>Queued without a lookup: the worker drops it when the instance is unknown or finished.</remarks>
    public async Task RaiseEventAsync(
        string instanceId, string eventName, object? payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);

        // No execution id: the event goes to whichever execution of the instance is current. The framework
        // declares the payload non-null, yet a null one simply arrives as the event type's default.
        var instance = new OrchestrationInstance { InstanceId = instanceId };
        await _client.RaiseEventAsync(instance, eventName, payload!).WaitAsync(cancellationToken);

        Log.EventRaised(_logger, eventName, instanceId);
    }

    /// <inheritdoc />
    public async Task<OrchestrationState?> GetStateAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);

        var state = await _client.GetOrchestrationStateAsync(instanceId).WaitAsync(cancellationToken);
        return state is null ? null : ToState(instanceId, state);
    }

    // Writes the instance and its start message unless the id exists; false (logged) when it did.
    private async Task<bool> TryCreateAsync(
        string orchestratorName, string instanceId, object? input, string? token, CancellationToken cancellationToken)
    {
        var tags = token is null ? null : new Dictionary<string, string> { [ScheduleTokenTag] = token };
        try
        {
            await _client.CreateOrchestrationInstanceAsync(
                orchestratorName, string.Empty, instanceId, input, tags, AnyStatus).WaitAsync(cancellationToken);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            Log.OrchestrationExists(_logger, orchestratorName, instanceId);
            return false;
        }
    }

    private async Task<bool> IsCreatedByAsync(string instanceId, string token, CancellationToken cancellationToken)
    {
        var state = await _client.GetOrchestrationStateAsync(instanceId).WaitAsync(cancellationToken);
        return state?.Tags is { } tags && tags.TryGetValue(ScheduleTokenTag, out var stored) && stored == token;
    }

    private static OrchestrationState ToState(string instanceId, CoreOrchestrationState state)
    {
        var status = state.OrchestrationStatus;
        var isFinished = status is OrchestrationStatus.Completed or OrchestrationStatus.Failed
            or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled;
        return new OrchestrationState(instanceId, status.ToString(), isFinished);
    }
}
