namespace ServerlessJobs.Api;

/// <summary>
/// Configuration section <c>Regions</c>, a list (<c>Regions__0=fr-par</c>): the region names this deployment answers for.
/// </summary>
public sealed class RegionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Regions";

    /// <summary>Accepted regions; default <c>fr-par</c>, <c>nl-ams</c>, <c>pl-waw</c>.</summary>
    public List<string> Names { get; set; } = [];

    /// <summary>The names in force: the configured ones, or the three defaults when none is configured.</summary>
    public IReadOnlyList<string> Effective => Names.Count > 0 ? Names : ["fr-par", "nl-ams", "pl-waw"];
}
