using Microsoft.Extensions.Options;
using ServerlessJobs.Scheduling;

namespace ServerlessJobs.Server.Scheduling;

/// <summary>
/// The self-host's cron clock: ticks once at start, which fires the latest occurrence each schedule missed while no
/// host ran, then wakes at second 0 of every minute and runs the shared <see cref="CronTick"/>. Time comes from the
/// injected <see cref="TimeProvider"/>, so a test can run minutes in milliseconds.
/// </summary>
public sealed class CronTickerService(
    CronTick tick, TimeProvider time, IOptions<CronOptions> options, ILogger<CronTickerService> logger)
    : BackgroundService
{
    private long _completedTicks;
    private long _nextTickAtTicks;

    /// <summary>How many ticks have finished, failed ones included.</summary>
    public long CompletedTicks => Interlocked.Read(ref _completedTicks);

    /// <summary>The minute boundary the service is waiting for, once it waits (for monitoring and tests).</summary>
    public DateTimeOffset? NextTickAt =>
        Interlocked.Read(ref _nextTickAtTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>The outcome of the last tick that finished.</summary>
    public CronTickResult? LastResult { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            Log.Disabled(logger);
            return;
        }

        var last = CronClock.TickTime(time.GetUtcNow());
        await TickAsync(last, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            // From the last tick, not from now: a tick that outlasted its minute is followed at once by the next.
            var next = CronClock.NextMinute(last);
            var wait = Task.Delay(Max(next - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken);
            Interlocked.Exchange(ref _nextTickAtTicks, next.UtcTicks);
            try
            {
                await wait;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            var now = time.GetUtcNow();
            last = now < next ? next : CronClock.TickTime(now);
            await TickAsync(last, stoppingToken);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task TickAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        try
        {
            LastResult = await tick.RunAsync(now, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            // A tick that fails (storage down) leaves the index as it was: the next one fires what is due by then.
            Log.TickFailed(logger, exception, now);
        }

        Interlocked.Increment(ref _completedTicks);
    }
}
