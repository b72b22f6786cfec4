namespace ServerlessJobs.Orchestration;

/// <summary>
/// The one narrow door from handlers to the durable engine: schedule an orchestration idempotently, signal it,
/// read its status. The Functions app implements it over <c>DurableTaskClient</c>, the self-host over the
/// Durable Task Framework's <c>TaskHubClient</c>.
/// </summary>
public interface IOrchestrationGateway
{
    /// <summary>
    /// Schedules <paramref name="orchestratorName"/> as <paramref name="instanceId"/> unless an instance with that id
    /// already exists in any state; returns <see langword="true"/> only when this call created it.
    /// </summary>
    Task<bool> ScheduleIfAbsentAsync(
        string orchestratorName, string instanceId, object? input, CancellationToken cancellationToken);

    /// <summary>
    /// Schedules an instance whose id only this caller holds (it has just created the run document keyed by it): the
    /// same schedule as <see cref="ScheduleIfAbsentAsync"/>, without finding out which of two racing calls won.
    /// </summary>
    Task ScheduleNewAsync(
        string orchestratorName, string instanceId, object? input, CancellationToken cancellationToken);

    /// <summary>
    /// Raises <paramref name="eventName"/> on a running instance; a finished or unknown one ignores it.
    /// </summary>
    Task RaiseEventAsync(string instanceId, string eventName, object? payload, CancellationToken cancellationToken);

    /// <summary>Reads an instance's runtime status, or <see langword="null"/> when no such instance exists.</summary>
    Task<OrchestrationState?> GetStateAsync(string instanceId, CancellationToken cancellationToken);
}
