using ServerlessJobs.Bench.Infrastructure;
using ServerlessJobs.Bench.Report;

namespace ServerlessJobs.Bench.Measurement;

/// <summary>CPU seconds used by the self-host (its children apart: the jobs), Azurite and the bench process.</summary>
internal readonly record struct CpuUse(CpuTime Host, CpuTime Azurite, CpuTime Bench)
{
    public static CpuUse operator -(CpuUse after, CpuUse before) =>
        new(after.Host - before.Host, after.Azurite - before.Azurite, after.Bench - before.Bench);

    public static CpuUse operator +(CpuUse a, CpuUse b) => new(
        new CpuTime(a.Host.Own + b.Host.Own, a.Host.Children + b.Host.Children),
        new CpuTime(a.Azurite.Own + b.Azurite.Own, a.Azurite.Children + b.Azurite.Children),
        new CpuTime(a.Bench.Own + b.Bench.Own, a.Bench.Children + b.Bench.Children));

    /// <summary>"self-host 1.2 s, jobs 0.3 s, Azurite 2.1 s, bench 0.4 s", per <paramref name="divisor"/> units of work.</summary>
    public string Describe(double divisor = 1, string unit = "s")
    {
        string Part(double seconds) => unit == "ms"
            ? Format.Number(seconds * 1000 / divisor, "0.00") + " ms"
            : Format.Number(seconds / divisor, "0.0") + " s";
        var parts = new List<string> { "self-host " + Part(Host.Own) };
        if (Host.Children > 0 || Bench.Children > 0)
        {
            parts.Add("job processes " + Part(Host.Children + Bench.Children));
        }

        parts.Add("Azurite " + Part(Azurite.Own));
        parts.Add("bench " + Part(Bench.Own));
        return string.Join(", ", parts);
    }

    /// <summary>"self-host 3%, Azurite 41%": each process's share of one core over <paramref name="elapsed"/>.</summary>
    public string DescribeShare(TimeSpan elapsed) =>
        $"self-host {Format.Number(100 * Host.Own / elapsed.TotalSeconds, "0")}%, " +
        $"Azurite {Format.Number(100 * Azurite.Own / elapsed.TotalSeconds, "0")}%";
}
