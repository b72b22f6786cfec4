using System.Globalization;

namespace ServerlessJobs.Runs.Commands;

/// <summary>
/// The complete environment of an attempt: the definition's variables, the start's over them, then the variables
/// Scaleway injects into every job run (<c>SCW_SLS_*</c>).
/// </summary>
/// <remarks>
/// The injected variables win over user variables of the same name, as on Scaleway where they describe the run.
/// SCW_SLS_REPLICA_INDEX and SCW_SLS_ATTEMPT are extensions of this implementation.
/// </remarks>
public static class RunEnvironment
{
    /// <summary>The job run's id.</summary>
    public const string ResourceId = "SCW_SLS_RESOURCE_ID";

    /// <summary>The job definition's id.</summary>
    public const string ParentId = "SCW_SLS_PARENT_ID";

    /// <summary>The project's id.</summary>
    public const string ProjectId = "SCW_SLS_PROJECT_ID";

    /// <summary>The organization's id.</summary>
    public const string OrganizationId = "SCW_SLS_ORGANIZATION_ID";

    /// <summary>The region, e.g. <c>fr-par</c>.</summary>
    public const string Region = "SCW_SLS_REGION";

    /// <summary>cpu_limit in mvCPU, as a decimal integer.</summary>
    public const string Cpu = "SCW_SLS_CPU";

    /// <summary>memory_limit in MiB, as a decimal integer.</summary>
    public const string Ram = "SCW_SLS_RAM";

    /// <summary>Extension: which replica of its start the run is, from 0.</summary>
    public const string ReplicaIndex = "SCW_SLS_REPLICA_INDEX";

    /// <summary>Extension: the attempt number, from 1.</summary>
    public const string Attempt = "SCW_SLS_ATTEMPT";

    /// <summary>Extension: the cron occurrence a scheduled run serves, RFC 3339 UTC; absent for other runs.</summary>
    public const string ScheduledFor = "SCW_SLS_SCHEDULED_FOR";

    /// <summary>Extension: the trigger that started the run; absent for runs no trigger started.</summary>
    public const string TriggerId = "SCW_SLS_TRIGGER_ID";

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    /// <summary>The definition's variables with the start's over them: a name in both gets the start's value.</summary>
    public static Dictionary<string, string> Merge(
        IReadOnlyDictionary<string, string>? definitionVariables,
        IReadOnlyDictionary<string, string>? startVariables)
    {
        // Ordinal: variable names are case-sensitive on Linux, so "a" and "A" are two variables.
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in (definitionVariables ?? Empty).Concat(startVariables ?? Empty))
        {
            merged[name] = value;
        }

        return merged;
    }

    /// <summary>The merged user variables plus Scaleway's injected ones.</summary>
    public static IReadOnlyDictionary<string, string> Build(RunEnvironmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var environment = Merge(input.DefinitionVariables, input.StartVariables);
        environment[ResourceId] = input.RunId;
        environment[ParentId] = input.JobDefinitionId;
        environment[ProjectId] = input.ProjectId;
        environment[OrganizationId] = input.OrganizationId;
        environment[Region] = input.Region;
        environment[Cpu] = input.CpuLimit.ToString(CultureInfo.InvariantCulture);
        environment[Ram] = input.MemoryLimit.ToString(CultureInfo.InvariantCulture);
        environment[ReplicaIndex] = input.ReplicaIndex.ToString(CultureInfo.InvariantCulture);
        environment[Attempt] = input.Attempt.ToString(CultureInfo.InvariantCulture);
        if (input.ScheduledFor is { } occurrence)
        {
            environment[ScheduledFor] =
                occurrence.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(input.TriggerId))
        {
            environment[TriggerId] = input.TriggerId;
        }

        return environment;
    }
}
