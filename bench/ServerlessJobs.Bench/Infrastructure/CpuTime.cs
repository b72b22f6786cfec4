namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>CPU seconds of a process (user + system) and of its reaped children.</summary>
internal readonly record struct CpuTime(double Own, double Children)
{
    public static CpuTime operator -(CpuTime after, CpuTime before) =>
        new(after.Own - before.Own, after.Children - before.Children);
}
