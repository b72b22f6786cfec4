using System.Globalization;
using ServerlessJobs.Bench.Measurement;

namespace ServerlessJobs.Bench.Report;

/// <summary>How figures are written in the results: milliseconds or seconds, rates, spreads.</summary>
internal static class Format
{
    public static string Ms(double milliseconds) => double.IsNaN(milliseconds)
        ? "n/a"
        : milliseconds >= 10_000 ? Number(milliseconds / 1000, "0.0") + " s"
        : milliseconds >= 1000 ? Number(milliseconds / 1000, "0.00") + " s"
        : milliseconds >= 10 ? Number(milliseconds, "0") + " ms"
        : Number(milliseconds, "0.0") + " ms";

    public static string Rate(double perSecond) => Number(perSecond, perSecond >= 100 ? "0" : "0.0") + "/s";

    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"median (min–max)" of times in ms.</summary>
    public static string TimeSpread(Samples samples) =>
        $"{Ms(samples.Median)} ({Ms(samples.Min)}–{Ms(samples.Max)})";

    /// <summary>"p50 / p99" of latencies in ms.</summary>
    public static string Latency(Samples samples) => $"p50 {Ms(samples.Percentile(50))}, p99 {Ms(samples.Percentile(99))}";

    public static string Ratio(double? ratio) => ratio is { } r && !double.IsNaN(r) && !double.IsInfinity(r)
        ? "×" + Number(r, r >= 10 ? "0" : r >= 1 ? "0.0" : "0.00")
        : "—";
}
