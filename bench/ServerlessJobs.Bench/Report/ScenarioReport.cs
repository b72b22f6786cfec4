namespace ServerlessJobs.Bench.Report;

/// <summary>What one scenario found: its rows of the results table and the breakdowns that explain them.</summary>
internal sealed class ScenarioReport(string title, string method)
{
    public string Title { get; } = title;

    /// <summary>How the scenario measures, in a sentence or two.</summary>
    public string Method { get; } = method;

    public List<Figure> Figures { get; } = [];

    /// <summary>Markdown lines shown under the scenario: breakdowns, per-round values, counts.</summary>
    public List<string> Details { get; } = [];

    /// <summary>The report of a scenario that threw: its name and the error, in place of its figures.</summary>
    public static ScenarioReport Failed(string name, Exception error)
    {
        var message = error.Message.ReplaceLineEndings(" ");
        var report = new ScenarioReport($"Scenario {name}: failed", $"The scenario stopped with `{error.GetType().Name}`: {message}");
        report.Figures.Add(new Figure(name, "failed", message, "—", null, "", Verdict.Skipped));
        return report;
    }
}
