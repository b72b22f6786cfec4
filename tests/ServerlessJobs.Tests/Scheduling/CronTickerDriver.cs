using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Server.Scheduling;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Scheduling;

/// <summary>
/// The self-host's <see cref="CronTickerService"/> over a test host's <see cref="CronTick"/>, on a
/// <see cref="FakeTimeProvider"/>: each minute boundary is reached only when the test says, and the driver waits
/// for the tick it wakes to finish, so hours of ticking take a second or two.
/// </summary>
public sealed class CronTickerDriver : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CronTickerService _service;
    private readonly List<CronTickResult> _results = [];
    private bool _stopped;

    private CronTickerDriver(CronTickerService service, FakeTimeProvider clock)
    {
        _service = service;
        Clock = clock;
    }

    /// <summary>The fake clock the service sleeps on.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Every tick that finished, the start-up tick first.</summary>
    public IReadOnlyList<CronTickResult> Results => _results;

    /// <summary>Starts the service (which ticks once at once) and waits until it sleeps for the next minute.</summary>
    public static async Task<CronTickerDriver> StartAsync(ServerHost host, FakeTimeProvider clock)
    {
        var service = new CronTickerService(
            host.Services.GetRequiredService<CronTick>(), clock, Options.Create(new CronOptions()),
            NullLogger<CronTickerService>.Instance);
        var driver = new CronTickerDriver(service, clock);
        await service.StartAsync(CancellationToken.None);
        await driver.WaitForTickAsync(0, after: DateTimeOffset.MinValue);
        return driver;
    }

    /// <summary>Wakes the service at every minute boundary up to and including <paramref name="until"/>.</summary>
    public async Task RunUntilAsync(DateTimeOffset until)
    {
        while (_service.NextTickAt is { } next && next <= until)
        {
            await JumpToAsync(next);
        }
    }

    /// <summary>Moves the clock to <paramref name="time"/> at once: one tick runs there, as after a sleep.</summary>
    public async Task JumpToAsync(DateTimeOffset time)
    {
        var done = _service.CompletedTicks;
        Clock.SetUtcNow(time);
        await WaitForTickAsync(done, after: time);
    }

    /// <summary>Stops the service, as a host going down.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _service.StopAsync(CancellationToken.None);
            _service.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    // Waits for a tick past `done` and for the service to sleep again, on a boundary after `after`.
    private async Task WaitForTickAsync(long done, DateTimeOffset after)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (_service.CompletedTicks <= done || _service.NextTickAt is not { } next || next <= after)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the cron ticker did not tick after {after:O}");
            }

            await Task.Delay(2);
        }

        _results.Add(_service.LastResult!);
    }
}
