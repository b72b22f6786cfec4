namespace ServerlessJobs.Runs.Commands;

/// <summary>What <see cref="RunEnvironment.Build"/> needs of a run and its attempt.</summary>
/// <param name="RunId">The job run's id, injected as SCW_SLS_RESOURCE_ID.</param>
/// <param name="JobDefinitionId">The job definition's id, injected as SCW_SLS_PARENT_ID.</param>
/// <param name="ProjectId">Injected as SCW_SLS_PROJECT_ID.</param>
/// <param name="OrganizationId">Injected as SCW_SLS_ORGANIZATION_ID.</param>
/// <param name="Region">Injected as SCW_SLS_REGION, e.g. <c>fr-par</c>.</param>
/// <param name="CpuLimit">cpu_limit in mvCPU, injected as SCW_SLS_CPU.</param>
/// <param name="MemoryLimit">memory_limit in MiB, injected as SCW_SLS_RAM.</param>
/// <param name="ReplicaIndex">Which replica of its start the run is, from 0 (SCW_SLS_REPLICA_INDEX).</param>
/// <param name="Attempt">The attempt number, from 1 (SCW_SLS_ATTEMPT).</param>
/// <param name="DefinitionVariables">The definition's environment_variables.</param>
/// <param name="StartVariables">The start request's environment_variables, which win over the definition's.</param>
public sealed record RunEnvironmentInput(
    string RunId,
    string JobDefinitionId,
    string ProjectId,
    string OrganizationId,
    string Region,
    uint CpuLimit,
    uint MemoryLimit,
    uint ReplicaIndex,
    int Attempt,
    IReadOnlyDictionary<string, string>? DefinitionVariables,
    IReadOnlyDictionary<string, string>? StartVariables)
{
    /// <summary>The cron occurrence a scheduled run serves (SCW_SLS_SCHEDULED_FOR), if a schedule started it.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }

    /// <summary>The trigger that started the run (SCW_SLS_TRIGGER_ID), if one did.</summary>
    public string? TriggerId { get; init; }
}
