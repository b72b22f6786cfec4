using ServerlessJobs.Bench.Measurement;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// Where the time of one fan-out went, each phase timed from POST start being sent (ms): when the answer came
/// (runs stored), and when the first, median and last run's orchestration was created, launched and recorded over.
/// </summary>
internal sealed record FanOutPhases(
    double Answered, Samples OrchestrationsCreated, Samples Launched, Samples Terminated, double ObservedAllSucceeded);
