using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Resources;
using ServerlessJobs.Runs.Logs;
using ServerlessJobs.Validation;

namespace ServerlessJobs.Runs;

/// <summary>Starting definitions and the job run endpoints: list, get and stop.</summary>
public sealed partial class JobRunsEndpoints(
    JobDefinitionsEndpoints definitions, JobStarter starter, JobRunStore store, RunLogStore logs,
    IOrchestrationGateway gateway, IOptions<JobsOptions> jobs, TimeProvider time, ILogger<JobRunsEndpoints> logger)
{
    /// <summary>The resource name errors use.</summary>
    public const string Resource = "job_run";

    /// <summary><c>POST /job-definitions/{job_definition_id}/start</c>: one queued run per replica.</summary>
    public async Task<IResult> StartAsync(ApiCall call) =>
        ApiDispatcher.Json(await StartAsync(call, await call.ReadBodyAsync<StartJobDefinitionRequest>()));

    /// <summary>Checks <paramref name="request"/> and starts the caller's definition in the path.</summary>
    public async Task<StartJobDefinitionResponse> StartAsync(ApiCall call, StartJobDefinitionRequest request)
    {
        var definition = await definitions.FindAsync(call);
        var errors = new ArgumentErrors();
        if (request.Replicas is 0 || request.Replicas > (uint)jobs.Value.MaxReplicas)
        {
            errors.Constraint("replicas", $"from 1 to {jobs.Value.MaxReplicas}");
        }

        JobDefinitionRules.CheckCommand(request.Command, request.StartupCommand, request.Args, "", errors);
        if (request.EnvironmentVariables is { } environment)
        {
            JobDefinitionRules.CheckEnvironment(environment, "environment_variables", errors);
        }

        errors.ThrowIfAny();

        var runs = await starter.StartAsync(definition, call.Caller.OrganizationId, request, key: null, call.Aborted);
        return new StartJobDefinitionResponse(runs);
    }

    /// <summary><c>GET /job-runs/{job_run_id}</c>.</summary>
    public async Task<IResult> GetAsync(ApiCall call) => ApiDispatcher.Json((await FindAsync(call)).Run);

    /// <summary><c>GET /job-runs</c> filtered by definition, project, organization, state(s) and reasons.</summary>
    public async Task<IResult> ListAsync(ApiCall call) =>
        ApiDispatcher.Json(await ListAsync(call, errors => new JobRunFilter(null,
            States(call, JobRunState.UnknownState, errors), Enums<JobRunReason>(call, "reasons", errors))));

    /// <summary>
    /// The page of the caller's runs the query asks for: paging, definition, project and organization are read here,
    /// the rest of the filter by <paramref name="filter"/>, so each API version reads its own states.
    /// </summary>
    public async Task<ListJobRunsResponse> ListAsync(ApiCall call, Func<ArgumentErrors, JobRunFilter> filter)
    {
        var errors = new ArgumentErrors();
        var page = ListQuery.Page(call, errors);
        var definitionId = ListQuery.Uuid(call, "job_definition_id", errors);
        var projectId = ListQuery.Uuid(call, "project_id", errors);
        var organizationId = ListQuery.Uuid(call, "organization_id", errors);
        var wanted = filter(errors) with { JobDefinitionId = definitionId, Region = call.Region };
        errors.ThrowIfAny();

        if (!RouteIds.CallerInScope(call.Caller, projectId, organizationId))
        {
            return new ListJobRunsResponse([], 0);
        }

        var (runs, total) = await store.ListAsync(call.Caller.ProjectId, wanted, page, call.Aborted);
        return new ListJobRunsResponse(runs, (ulong)total);
    }

    /// <summary>The states in <c>states</c> and <c>state</c>; <paramref name="unknown"/> asks for none.</summary>
    public static HashSet<T> States<T>(ApiCall call, T unknown, ArgumentErrors errors)
        where T : struct, Enum
    {
        var states = Enums<T>(call, "states", errors);
        if (Enums<T>(call, "state", errors) is { Count: 1 } single && !single.Contains(unknown))
        {
            states.UnionWith(single);
        }

        return states;
    }

    /// <summary>
    /// <c>POST /job-runs/{job_run_id}/stop</c>: a queued run is interrupted at once; a running or retrying one becomes
    /// interrupting and its orchestration kills the workload.
    /// </summary>
    public async Task<IResult> StopAsync(ApiCall call) => ApiDispatcher.Json(await StopRunAsync(call));

    /// <summary>Stops the caller's run in the path; returns the run as stored afterwards.</summary>
    public async Task<JobRun> StopRunAsync(ApiCall call)
    {
        var run = await FindAsync(call);
        if (JobRunTransitions.IsTerminal(run.Run.State))
        {
            throw ScalewayException.PreconditionFailed(
                "unknown_precondition", $"the job run is already {Wire(run.Run.State)}",
                "only a queued, running or retrying job run can be stopped");
        }

        var now = time.GetUtcNow();
        var stopped = await store.UpdateAsync(run.Run.ProjectId!, run.Run.Id,
            document => JobRunTransitions.StopRequested(document, now), call.Aborted)
            ?? throw ScalewayException.NotFound(Resource, run.Run.Id);

        await gateway.RaiseEventAsync(run.Run.Id, OrchestrationNames.StopEvent, new StopRequest(now), call.Aborted);
        LogStopRequested(logger, run.Run.Id, run.Run.JobDefinitionId, stopped.Run.State);
        return stopped.Run;
    }

    /// <summary>
    /// Extension <c>GET /job-runs/{job_run_id}/logs?attempt=N</c>: the attempt's stdout and stderr as plain text, as
    /// far as the workload has written them (default: the latest attempt).
    /// </summary>
    public async Task<IResult> LogsAsync(ApiCall call)
    {
        var run = (await FindAsync(call)).Run;
        var attempts = (int)(run.Attempts ?? 0);
        var attempt = attempts;
        var highest = Math.Max(attempts, 1);
        if (call.Query("attempt") is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out attempt))
            {
                throw ScalewayException.InvalidArgument("attempt", "format", "a whole number of an attempt, from 1");
            }

            if (attempt < 1 || attempt > highest)
            {
                throw ScalewayException.InvalidArgument("attempt", "constraint", $"an attempt from 1 to {highest}");
            }
        }

        var log = attempt == 0 ? null : await logs.ReadAsync(run.ProjectId!, run.Id, attempt, call.Aborted);
        return Results.Text(log ?? "", "text/plain; charset=utf-8");
    }

    /// <summary>The caller's run named in the path, or a 404.</summary>
    public async Task<JobRunDocument> FindAsync(ApiCall call)
    {
        var id = RouteIds.Require(call, "job_run_id");
        return await store.GetAsync(call.Caller.ProjectId, id, call.Aborted) is { } run && run.Run.Region == call.Region
            ? run
            : throw ScalewayException.NotFound(Resource, id);
    }

    private static HashSet<T> Enums<T>(ApiCall call, string name, ArgumentErrors errors)
        where T : struct, Enum
    {
        var values = new HashSet<T>();
        foreach (var text in call.QueryList(name))
        {
            if (WireEnum.TryParse<T>(text, out var value))
            {
                values.Add(value);
            }
            else
            {
                errors.Constraint(name, "one of " + string.Join(", ", Enum.GetValues<T>().Select(Wire)));
            }
        }

        return values;
    }

    private static string Wire<T>(T value)
        where T : struct, Enum => WireEnum.Format(value);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Job run {RunId} of job definition {JobDefinitionId}: stop requested, now {State}")]
    private static partial void LogStopRequested(ILogger logger, string runId, string jobDefinitionId, JobRunState state);
}
