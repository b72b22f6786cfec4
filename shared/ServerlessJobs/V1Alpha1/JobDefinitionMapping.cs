using ServerlessJobs.Client.Models;
using V1 = ServerlessJobs.V1Alpha1.Models;

namespace ServerlessJobs.V1Alpha1;

/// <summary>
/// Turns v1alpha1 definition requests into v1alpha2 ones and stored definitions into v1alpha1's shape. A v1alpha1
/// body is a subset of the v1alpha2 one, so it is read as such and stripped of what v1alpha1 does not have.
/// </summary>
public static class JobDefinitionMapping
{
    /// <summary>A create with the deprecated <c>command</c> string as the only way to say what runs.</summary>
    public static CreateJobDefinitionRequest ToV1Alpha2(CreateJobDefinitionRequest request) =>
        request with { StartupCommand = null, Args = null, RetryPolicy = null };

    /// <summary>
    /// An update; a <c>command</c> given (even empty) replaces startup_command and args too, so the definition then
    /// runs that command, as a v1alpha1 client means.
    /// </summary>
    public static UpdateJobDefinitionRequest ToV1Alpha2(UpdateJobDefinitionRequest request) =>
        request with
        {
            StartupCommand = request.Command is null ? null : [],
            Args = request.Command is null ? null : [],
            RetryPolicy = null,
        };

    /// <summary>The definition in v1alpha1's shape, its startup_command and args folded into <c>command</c>.</summary>
    public static V1.JobDefinition ToV1Alpha1(JobDefinition definition) => new()
    {
        Id = definition.Id,
        Name = definition.Name,
        CreatedAt = definition.CreatedAt,
        UpdatedAt = definition.UpdatedAt,
        CpuLimit = definition.CpuLimit,
        MemoryLimit = definition.MemoryLimit,
        ImageUri = definition.ImageUri,
        Command = CommandLine.Of(definition.StartupCommand, definition.Args, definition.Command),
        ProjectId = definition.ProjectId,
        EnvironmentVariables = definition.EnvironmentVariables,
        Description = definition.Description,
        JobTimeout = definition.JobTimeout,
        CronSchedule = definition.CronSchedule,
        LocalStorageCapacity = definition.LocalStorageCapacity,
        Region = definition.Region,
    };
}
