using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ServerlessJobs.Orchestration;

namespace ServerlessJobs.Functions.Durable;

/// <summary>
/// <see cref="IOrchestrationGateway"/> over the Durable Functions client. The isolated worker hands that client only
/// to functions that bind <c>[DurableClient]</c>, so every function attaches it before the engine can need it.
/// </summary>
public sealed class DurableClientGateway : IOrchestrationGateway
{
    private DurableTaskClient? _client;

    /// <summary>Keeps the task hub's client; every binding yields an equivalent one, so the first is kept.</summary>
    public void Attach(DurableTaskClient client) => Interlocked.CompareExchange(ref _client, client, null);

    public async Task<bool> ScheduleIfAbsentAsync(
        string orchestratorName, string instanceId, object? input, CancellationToken cancellationToken)
    {
        if (await Client.GetInstanceAsync(instanceId, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            var options = new StartOrchestrationOptions(instanceId);
            await Client.ScheduleNewOrchestrationInstanceAsync(
                new TaskName(orchestratorName), input, options, cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            // Another caller created the same instance between the look-up and the start.
            return false;
        }
    }

    /// <remarks>
    /// The same look-up and schedule as <see cref="ScheduleIfAbsentAsync"/>: this client reads nothing back.
    /// </remarks>
    public Task ScheduleNewAsync(
        string orchestratorName, string instanceId, object? input, CancellationToken cancellationToken) =>
        ScheduleIfAbsentAsync(orchestratorName, instanceId, input, cancellationToken);

    public async Task RaiseEventAsync(
        string instanceId, string eventName, object? payload, CancellationToken cancellationToken)
    {
        if (await Client.GetInstanceAsync(instanceId, cancellationToken) is { IsCompleted: false })
        {
            await Client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
        }
    }

    public async Task<OrchestrationState?> GetStateAsync(string instanceId, CancellationToken cancellationToken) =>
        await Client.GetInstanceAsync(instanceId, cancellationToken) is { } metadata
            ? new OrchestrationState(instanceId, metadata.RuntimeStatus.ToString(), metadata.IsCompleted)
            : null;

    private DurableTaskClient Client =>
        _client ?? throw new InvalidOperationException("No Durable Functions client has been attached yet.");
}
