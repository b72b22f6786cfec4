using Microsoft.Extensions.Logging;

namespace ServerlessJobs.Triggers;

/// <summary>Log messages of the triggers API (event ids 6040–6059).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6040, Level = LogLevel.Information,
        Message = "Trigger {TriggerId} ({Name}) of job definition {JobDefinitionId} created in project {ProjectId}")]
    public static partial void Created(
        ILogger logger, string triggerId, string name, string jobDefinitionId, string projectId);

    [LoggerMessage(EventId = 6041, Level = LogLevel.Information,
        Message = "Trigger {TriggerId} of job definition {JobDefinitionId} updated in project {ProjectId}")]
    public static partial void Updated(ILogger logger, string triggerId, string jobDefinitionId, string projectId);

    [LoggerMessage(EventId = 6042, Level = LogLevel.Information,
        Message = "Trigger {TriggerId} of job definition {JobDefinitionId} deleted from project {ProjectId}")]
    public static partial void Deleted(ILogger logger, string triggerId, string jobDefinitionId, string projectId);

    [LoggerMessage(EventId = 6043, Level = LogLevel.Information,
        Message = "Job definition {JobDefinitionId} deleted: its {Count} trigger(s) were deleted with it")]
    public static partial void DeletedWithDefinition(ILogger logger, string jobDefinitionId, int count);
}
