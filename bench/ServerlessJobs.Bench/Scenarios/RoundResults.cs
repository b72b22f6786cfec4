using ServerlessJobs.Bench.Measurement;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>The load results of each round, for ServerlessJobs and for its floor.</summary>
internal sealed class RoundResults
{
    public List<LoadResult> Ours { get; } = [];

    public List<LoadResult> Floor { get; } = [];
}
