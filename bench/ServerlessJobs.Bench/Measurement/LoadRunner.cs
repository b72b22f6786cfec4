using System.Diagnostics;

namespace ServerlessJobs.Bench.Measurement;

/// <summary>
/// Closed-loop load: <c>clients</c> loops, each sending its next request when the previous one answered, until a
/// number of requests or a duration is reached.
/// </summary>
internal static class LoadRunner
{
    /// <summary>Runs <paramref name="operation"/> (given a request number) until <paramref name="total"/> requests are done.</summary>
    public static Task<LoadResult> RunCountAsync(int clients, int total, Func<int, Task> operation) =>
        RunAsync(clients, total, Timeout.InfiniteTimeSpan, operation);

    /// <summary>Runs <paramref name="operation"/> for <paramref name="duration"/>.</summary>
    public static Task<LoadResult> RunForAsync(int clients, TimeSpan duration, Func<int, Task> operation) =>
        RunAsync(clients, int.MaxValue, duration, operation);

    private static async Task<LoadResult> RunAsync(int clients, int total, TimeSpan duration, Func<int, Task> operation)
    {
        var latencies = new Samples();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int number;
            while ((number = Interlocked.Increment(ref next)) < total
                && (duration == Timeout.InfiniteTimeSpan || clock.Elapsed < duration))
            {
                var started = clock.Elapsed;
                await operation(number);
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        await Task.WhenAll(loops);
        return new LoadResult(latencies.Count, clock.Elapsed, latencies);
    }
}
