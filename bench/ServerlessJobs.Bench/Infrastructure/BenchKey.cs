namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>An API key the bench configures on its self-hosts: each has its own project, so scenarios never share lists.</summary>
internal sealed record BenchKey(string SecretKey, string ProjectId, string OrganizationId)
{
    public const string Organization = "0b0b0b0b-0000-4000-8000-000000000000";

    /// <summary>The <paramref name="index"/>-th key: fixed values, so a rerun configures the same keys.</summary>
    public static BenchKey At(int index) => new(
        $"5ec2e700-0000-4000-8000-{index:D12}", $"9207ec70-0000-4000-8000-{index:D12}", Organization);
}
