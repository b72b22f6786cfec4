namespace ServerlessJobs.Bench.Report;

/// <summary>
/// One row of the results table: a ServerlessJobs figure, the floor beside it, the ratio of the two (ServerlessJobs
/// ÷ floor, in the figure's own unit: a rate below 1 or a time above 1 is slower), and the target.
/// </summary>
internal sealed record Figure(
    string Scenario, string Measure, string Ours, string Floor, double? Ratio, string Target, Verdict Verdict);
