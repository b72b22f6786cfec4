namespace ServerlessJobs.Server.Durable;

/// <summary>Log messages of the self-host's durable worker and gateway (event ids 7100–7199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information,
        Message = "Starting task hub worker {TaskHub} as {WorkerId} with {OrchestratorCount} orchestrators "
            + "and {ActivityCount} activities")]
    public static partial void WorkerStarting(
        ILogger logger, string taskHub, string workerId, int orchestratorCount, int activityCount);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information,
        Message = "Task hub worker {TaskHub} started in {ElapsedMs:F0} ms")]
    public static partial void WorkerStarted(ILogger logger, string taskHub, double elapsedMs);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Stopping task hub worker {TaskHub}")]
    public static partial void WorkerStopping(ILogger logger, string taskHub);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Information,
        Message = "Task hub worker {TaskHub} stopped in {ElapsedMs:F0} ms")]
    public static partial void WorkerStopped(ILogger logger, string taskHub, double elapsedMs);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning,
        Message = "Task hub worker {TaskHub} did not stop within {Timeout}; its partition leases will lapse")]
    public static partial void WorkerStopTimedOut(ILogger logger, string taskHub, TimeSpan timeout);

    [LoggerMessage(EventId = 7110, Level = LogLevel.Debug,
        Message = "Scheduled orchestration {OrchestratorName} as {InstanceId}")]
    public static partial void OrchestrationScheduled(ILogger logger, string orchestratorName, string instanceId);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Debug,
        Message = "Orchestration {InstanceId} already exists; {OrchestratorName} not scheduled again")]
    public static partial void OrchestrationExists(ILogger logger, string orchestratorName, string instanceId);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Debug, Message = "Raised event {EventName} on {InstanceId}")]
    public static partial void EventRaised(ILogger logger, string eventName, string instanceId);
}
