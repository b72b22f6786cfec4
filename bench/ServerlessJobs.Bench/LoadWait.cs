using ServerlessJobs.Bench.Infrastructure;

namespace ServerlessJobs.Bench;

/// <summary>Waits for a quiet machine before a recording run: other builds and tests share these cores.</summary>
internal static class LoadWait
{
    public static async Task UntilBelowAsync(double ceiling, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        double load;
        while ((load = ProcReader.LoadAverage()) >= ceiling && DateTime.UtcNow < deadline)
        {
            BenchContext.Say($"load average {load} ≥ {ceiling}: checking again in a minute");
            await Task.Delay(TimeSpan.FromMinutes(1));
        }

        BenchContext.Say(load < ceiling
            ? $"load average {load}: starting"
            : $"load average still {load} after {limit.TotalMinutes:0} minutes: starting anyway");
    }
}
