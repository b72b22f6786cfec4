using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerlessJobs.Functions.Durable;
using ServerlessJobs.Runs;
using ServerlessJobs.Scheduling;

namespace ServerlessJobs.Functions.Scheduling;

/// <summary>
/// The Function App's cron clock: a timer at second 0 of every minute that runs the shared <see cref="CronTick"/>.
/// A past-due invocation after the app was down fires the latest occurrence each schedule missed, once.
/// </summary>
public sealed partial class CronTickFunction(
    CronTick tick, DurableClientGateway gateway, LostAttemptRecovery recovery, TimeProvider time,
    IOptions<CronOptions> options, ILogger<CronTickFunction> logger)
{
    /// <summary>The timer's NCRONTAB schedule: second 0 of every minute.</summary>
    public const string Schedule = "0 * * * * *";

    /// <summary>Ticks once; the durable client is attached first so that starts can schedule orchestrations.</summary>
    [Function("CronTick")]
    public async Task RunAsync(
        [TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);

        gateway.Attach(client);
        await recovery.RecoverOnceAsync(cancellationToken);
        if (!options.Value.Enabled)
        {
            return;
        }

        var now = CronClock.TickTime(time.GetUtcNow());
        var result = await tick.RunAsync(now, cancellationToken);
        LogTicked(logger, now, result.Due, result.Started, timer.IsPastDue);
    }

    [LoggerMessage(EventId = 6080, Level = LogLevel.Debug,
        Message = "Cron tick at {Now:O}: {Due} due, {Started} started (past due: {IsPastDue})")]
    private static partial void LogTicked(ILogger logger, DateTimeOffset now, int due, int started, bool isPastDue);
}
