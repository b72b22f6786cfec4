using ServerlessJobs.Bench.Measurement;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// Where the time of one fan-out went, each phase timed from POST start being sent (ms): when the answer came
/// (runs stored), and when each run's orchestration was created, the run launched and recorded over; and which run
/// was recorded last.
/// </summary>
internal sealed record FanOutPhases(
    double Answered, Samples OrchestrationsCreated, Samples Launched, Samples Terminated, double ObservedAllSucceeded,
    string LastRunId);
