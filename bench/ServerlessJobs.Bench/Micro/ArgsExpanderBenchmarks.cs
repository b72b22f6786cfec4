using BenchmarkDotNet.Attributes;
using ServerlessJobs.Runs.Commands;

namespace ServerlessJobs.Bench.Micro;

/// <summary>Expanding a job's args at launch: words without references, and words with several.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
public class ArgsExpanderBenchmarks
{
    private static readonly Dictionary<string, string> Variables = Enumerable.Range(0, 30)
        .ToDictionary(i => $"VAR_{i}", i => $"value-{i}");

    private static readonly string[] Plain = ["--input", "/data/in.csv", "--output", "/data/out.csv", "--verbose"];

    private static readonly string[] Referencing =
        ["--input=$(VAR_1)/in.csv", "$(VAR_2)-$(VAR_3)", "$$(VAR_4)", "$(UNDEFINED)", "--rate=$(VAR_29)"];

    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> WithoutReferences() => ArgsExpander.ExpandAll(Plain, Variables);

    [Benchmark]
    public IReadOnlyList<string> WithReferences() => ArgsExpander.ExpandAll(Referencing, Variables);
}
