using BenchmarkDotNet.Attributes;
using ServerlessJobs.Cron;

namespace ServerlessJobs.Bench.Micro;

/// <summary>Parsing a cron_schedule and finding its next occurrence, as the tick does once per due schedule.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
public class CronScheduleBenchmarks
{
    private static readonly DateTimeOffset From = new(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);
    private CronSchedule _everyMinute = null!;
    private CronSchedule _weekdaysInParis = null!;
    private CronSchedule _dayOrWeekday = null!;

    [GlobalSetup]
    public void Setup()
    {
        _everyMinute = Parse("* * * * *", "Etc/UTC");
        _weekdaysInParis = Parse("30 8 * * MON-FRI", "Europe/Paris");
        _dayOrWeekday = Parse("0 12 1,15 * FRI", "America/New_York");
    }

    [Benchmark]
    public CronSchedule ParseWithZone() => Parse("30 8 * * MON-FRI", "Europe/Paris");

    [Benchmark(Baseline = true)]
    public DateTimeOffset? NextEveryMinute() => _everyMinute.GetNextOccurrence(From);

    [Benchmark]
    public DateTimeOffset? NextWeekdayAcrossDst() => _weekdaysInParis.GetNextOccurrence(From);

    [Benchmark]
    public DateTimeOffset? NextDayOrWeekday() => _dayOrWeekday.GetNextOccurrence(From);

    private static CronSchedule Parse(string schedule, string zone) =>
        CronSchedule.TryParse(schedule, zone, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException(error.Message);
}
