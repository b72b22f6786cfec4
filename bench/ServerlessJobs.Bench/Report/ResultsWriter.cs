using System.Text;

namespace ServerlessJobs.Bench.Report;

/// <summary>
/// Writes bench/RESULTS.md: the machine, the figures table, and each scenario's breakdown. A hand-written section
/// that starts with <c>## Analysis</c> in the file being replaced is carried over at the end, unchanged.
/// </summary>
internal static class ResultsWriter
{
    private const string AnalysisHeading = "## Analysis";

    public static void Write(
        string path, MachineInfo machine, RunInfo run, IReadOnlyList<ScenarioReport> scenarios)
    {
        var analysis = ExistingAnalysis(path);
        var text = new StringBuilder();
        text.AppendLine("# Benchmark results");
        text.AppendLine();
        text.AppendLine("Written by `bench/run.sh`; bench/README.md says what each scenario does and how to rerun it. " +
            $"Each scenario ran {run.Rounds} rounds after an unrecorded warm-up, unless its section says fewer. Unless " +
            "marked p50/p99 (pooled over " +
            "every sample of every round), a figure is the median of the rounds with their min–max in brackets. The " +
            "floor is the same work done without ServerlessJobs, on the same machine, in the same run.");
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        foreach (var (name, value) in machine.Lines)
        {
            text.AppendLine($"| {name} | {value} |");
        }

        text.AppendLine($"| Load average (1 min) | {Format.Number(run.LoadBefore)} before the run, " +
            $"{Format.Number(run.LoadAfter)} after |");
        text.AppendLine($"| Duration of the run | {Format.Ms(run.Elapsed.TotalMilliseconds)} |");
        text.AppendLine();
        text.AppendLine("## Figures");
        text.AppendLine();
        text.AppendLine("| scenario | measure | ServerlessJobs | floor | ServerlessJobs ÷ floor | target | |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var figure in scenarios.SelectMany(s => s.Figures))
        {
            text.AppendLine($"| {figure.Scenario} | {figure.Measure} | {figure.Ours} | {figure.Floor} | " +
                $"{Format.Ratio(figure.Ratio)} | {figure.Target} | {Mark(figure.Verdict)} |");
        }

        foreach (var scenario in scenarios)
        {
            text.AppendLine();
            text.AppendLine($"## {scenario.Title}");
            text.AppendLine();
            text.AppendLine(scenario.Method);
            if (scenario.Details.Count > 0)
            {
                text.AppendLine();
                foreach (var line in scenario.Details)
                {
                    text.AppendLine(line);
                }
            }
        }

        if (analysis is not null)
        {
            text.AppendLine();
            text.Append(analysis);
        }

        File.WriteAllText(path, text.ToString());
    }

    private static string Mark(Verdict verdict) => verdict switch
    {
        Verdict.Met => "met",
        Verdict.Missed => "**missed**",
        Verdict.Skipped => "skipped",
        _ => "",
    };

    private static string? ExistingAnalysis(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var at = text.IndexOf("\n" + AnalysisHeading, StringComparison.Ordinal);
        return at < 0 ? null : text[(at + 1)..];
    }
}
