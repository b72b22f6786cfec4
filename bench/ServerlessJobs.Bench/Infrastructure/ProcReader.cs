using System.Globalization;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>Reads a process's memory and CPU time from <c>/proc</c> (Linux only).</summary>
internal static class ProcReader
{
    // USER_HZ: 100 on every Linux the .NET SDK supports.
    private const double TicksPerSecond = 100;

    /// <summary>Resident set size now (VmRSS) and its peak over the process's life (VmHWM), in MiB.</summary>
    public static (double RssMiB, double PeakMiB) Memory(int pid)
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) / 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024;
            }
        }

        return (rss, peak);
    }

    /// <summary>CPU seconds used by the process itself and by its children it has already waited for.</summary>
    public static CpuTime Cpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");

        // Fields after the command name, which is parenthesised and may hold spaces: state is field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        double Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture) / TicksPerSecond;
        return new CpuTime(Field(14) + Field(15), Field(16) + Field(17));
    }

    /// <summary>The 1-minute load average.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
