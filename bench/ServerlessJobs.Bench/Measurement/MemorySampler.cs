using ServerlessJobs.Bench.Infrastructure;

namespace ServerlessJobs.Bench.Measurement;

/// <summary>Reads a process's resident set size every 50 ms while running and keeps the largest (MiB).</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private double _peak;

    public MemorySampler(int processId) => _loop = SampleAsync(processId);

    /// <summary>The largest VmRSS seen so far, in MiB.</summary>
    public double PeakMiB => Volatile.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task SampleAsync(int processId)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        do
        {
            var (rss, _) = ProcReader.Memory(processId);
            if (rss > _peak)
            {
                Volatile.Write(ref _peak, rss);
            }
        }
        while (await Wait(timer));
    }

    private async Task<bool> Wait(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
