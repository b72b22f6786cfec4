namespace ServerlessJobs.Runtimes;

/// <summary>Names one attempt of one job run.</summary>
public sealed record AttemptKey(string ProjectId, string RunId, int Attempt)
{
    public override string ToString() => $"{RunId}#{Attempt}";
}
