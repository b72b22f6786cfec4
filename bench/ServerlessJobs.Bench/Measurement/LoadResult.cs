namespace ServerlessJobs.Bench.Measurement;

/// <summary>What one closed-loop load run did: how many requests, in how long, and each one's latency (ms).</summary>
internal sealed record LoadResult(int Count, TimeSpan Elapsed, Samples Latencies)
{
    public double RequestsPerSecond => Count / Elapsed.TotalSeconds;
}
