namespace ServerlessJobs.Bench.Measurement;

/// <summary>A bag of measurements (milliseconds, requests/s…) and the order statistics the results report.</summary>
internal sealed class Samples
{
    private readonly List<double> _values = [];

    public int Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    public double Median => Percentile(50);

    public double Min => Sorted().FirstOrDefault(double.NaN);

    public double Max => Sorted().LastOrDefault(double.NaN);

    public double Sum => Sorted().Sum();

    public void Add(double value)
    {
        lock (_values)
        {
            _values.Add(value);
        }
    }

    public void AddRange(Samples other)
    {
        foreach (var value in other.Sorted())
        {
            Add(value);
        }
    }

    /// <summary>The nearest-rank percentile: the smallest value at or above <paramref name="percent"/>% of the samples.</summary>
    public double Percentile(double percent)
    {
        var sorted = Sorted();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private double[] Sorted()
    {
        lock (_values)
        {
            return [.. _values.Order()];
        }
    }
}
