using ServerlessJobs.Client.Models;
using V1 = ServerlessJobs.V1Alpha1.Models;

namespace ServerlessJobs.V1Alpha1;

/// <summary>Turns v1alpha1 start requests into v1alpha2 ones and stored runs into v1alpha1's shape.</summary>
public static class JobRunMapping
{
    /// <summary>
    /// A start; a non-empty <c>command</c> replaces the definition's startup_command and args for these runs, so it is
    /// what runs, as a v1alpha1 client means. Replicas and environment variables pass as they are.
    /// </summary>
    public static StartJobDefinitionRequest ToV1Alpha2(StartJobDefinitionRequest request) =>
        request with
        {
            StartupCommand = string.IsNullOrEmpty(request.Command) ? null : [],
            Args = string.IsNullOrEmpty(request.Command) ? null : [],
        };

    /// <summary>The run in v1alpha1's shape: state by <see cref="RunStates"/>, command as one string.</summary>
    public static V1.JobRun ToV1Alpha1(JobRun run) => new()
    {
        Id = run.Id,
        JobDefinitionId = run.JobDefinitionId,
        State = RunStates.ToV1Alpha1(run.State, run.Reason),
        CreatedAt = run.CreatedAt,
        UpdatedAt = run.UpdatedAt,
        TerminatedAt = run.TerminatedAt,
        ExitCode = run.ExitCode,
        RunDuration = run.RunDuration,
        ErrorMessage = run.ErrorMessage ?? "",
        CpuLimit = run.CpuLimit,
        MemoryLimit = run.MemoryLimit,
        Command = CommandLine.Of(run.StartupCommand, run.Args, run.Command),
        EnvironmentVariables = run.EnvironmentVariables,
        LocalStorageCapacity = run.LocalStorageCapacity,
        StartedAt = run.StartedAt,
        Region = run.Region,
    };

    /// <summary>Several runs in v1alpha1's shape.</summary>
    public static IReadOnlyList<V1.JobRun> ToV1Alpha1(IEnumerable<JobRun> runs) => runs.Select(ToV1Alpha1).ToArray();
}
