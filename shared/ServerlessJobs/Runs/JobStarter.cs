using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Runs;

/// <summary>
/// Starts a job definition, whoever asks (the API, a cron tick, a webhook): stores one queued run per replica, then
/// schedules one <see cref="StartJobOrchestrator"/> that gives each run its own orchestration. A single run gets
/// its <see cref="RunReplicaOrchestrator"/> at once: the same idempotent schedule, one orchestration and activity less.
/// </summary>
public sealed partial class JobStarter(
    JobRunStore store, IOrchestrationGateway gateway, IOptions<RunsOptions> options, TimeProvider time,
    ILogger<JobStarter> logger)
{
    /// <summary>
    /// Creates and schedules the runs of one start; with a <paramref name="key"/>, a repeat creates nothing new.
    /// </summary>
    public Task<IReadOnlyList<JobRun>> StartAsync(
        JobDefinition definition, string organizationId, StartJobDefinitionRequest request, StartKey? key,
        CancellationToken cancellationToken) =>
        StartAsync(definition, organizationId, request, key, RunOrigin.Api, cancellationToken);

    /// <summary>The same, recording on each run what started it (<paramref name="origin"/>).</summary>
    public async Task<IReadOnlyList<JobRun>> StartAsync(
        JobDefinition definition, string organizationId, StartJobDefinitionRequest request, StartKey? key,
        RunOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);

        var now = time.GetUtcNow();
        var replicas = (int)(request.Replicas ?? 1);
        var documents = Enumerable.Range(0, replicas)
            .Select(replica => NewRun(definition, organizationId, request, replica,
                key?.RunId(replica) ?? TimeOrderedId.Shared.Next(now), now))
            .Select(document => document with { Run = WithOrigin(document.Run, origin) })
            .ToArray();

        var created = new bool[documents.Length];
        var writes = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.WriteConcurrency, CancellationToken = cancellationToken,
        };
        await Parallel.ForAsync(0, documents.Length, writes,
            async (i, token) => created[i] = await store.TryCreateAsync(documents[i], token));

        var runIds = documents.Select(d => d.Run.Id).ToArray();
        var input = new StartJobInput(definition.ProjectId, runIds, documents[0].MaxAttempts,
            documents[0].AttemptTimeout.TotalSeconds);
        if (runIds.Length == 1)
        {
            // A run this call just stored has an orchestration id nobody else holds; a repeat's may race another.
            var replica = RunReplicaInput.For(input, runIds[0], options.Value);
            await (created[0]
                ? gateway.ScheduleNewAsync(OrchestrationNames.RunReplica, runIds[0], replica, cancellationToken)
                : gateway.ScheduleIfAbsentAsync(OrchestrationNames.RunReplica, runIds[0], replica, cancellationToken));
        }
        else
        {
            await gateway.ScheduleIfAbsentAsync(
                OrchestrationNames.StartJob, "start-" + runIds[0], input, cancellationToken);
        }

        LogStarted(logger, definition.Id, replicas, runIds[0], key?.Value);
        return documents.Select(d => d.Run).ToArray();
    }

    private static JobRun WithOrigin(JobRun run, RunOrigin origin) =>
        run with { StartedBy = origin.StartedBy, TriggerId = origin.TriggerId, ScheduledFor = origin.ScheduledFor };

    private static JobRunDocument NewRun(
        JobDefinition definition, string organizationId, StartJobDefinitionRequest request, int replica, Guid id,
        DateTimeOffset now)
    {
        var environment = new Dictionary<string, string>(definition.EnvironmentVariables);
        foreach (var (name, value) in request.EnvironmentVariables ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var command = string.IsNullOrEmpty(request.Command) ? definition.Command : request.Command;
        return new JobRunDocument
        {
            MaxAttempts = 1 + (int)(definition.RetryPolicy?.MaxRetries ?? 0),
            AttemptTimeout = definition.JobTimeout ?? Definitions.JobDefinitionRules.MaxJobTimeout,
            Command = command,
            Run = new JobRun
            {
                Id = id.ToString(),
                JobDefinitionId = definition.Id,
                CreatedAt = now,
                UpdatedAt = now,
                State = JobRunState.Queued,
                CpuLimit = definition.CpuLimit,
                MemoryLimit = definition.MemoryLimit,
                LocalStorageCapacity = definition.LocalStorageCapacity,
                Command = command,
                EnvironmentVariables = environment,
                StartupCommand = request.StartupCommand ?? definition.StartupCommand,
                Args = request.Args ?? definition.Args,
                Attempts = 0,
                Region = definition.Region,
                ProjectId = definition.ProjectId,
                OrganizationId = organizationId,
                ReplicaIndex = (uint)replica,
            },
        };
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Job definition {JobDefinitionId} started: {Replicas} run(s) queued from {FirstRunId} "
            + "(start key {StartKey})")]
    private static partial void LogStarted(
        ILogger logger, string jobDefinitionId, int replicas, string firstRunId, string? startKey);
}
