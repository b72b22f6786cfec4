using System.Text.Json.Nodes;
using ServerlessJobs.Api;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Functions;

/// <summary>
/// The Functions host cannot run here, so this reads the functions.metadata the build generates and checks that the
/// Functions app declares exactly the endpoints, orchestrators and activities the self-host serves.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<JsonArray> Metadata = new(Load);

    [Fact]
    public void HttpTriggers_MatchSelfHostRoutes()
    {
        var declared = Metadata.Value
            .Select(f => (Name: (string)f!["name"]!, Binding: Binding(f!, "httpTrigger")))
            .Where(f => f.Binding is not null)
            .Select(f => $"{f.Name} {((string)f.Binding!["methods"]![0]!).ToUpperInvariant()} {(string)f.Binding["route"]!}")
            .Order();

        var served = ApiRoutes.All.Select(r => $"{r.Name} {r.Method} {r.Template}").Order();

        Assert.Equal(served, declared);
    }

    [Fact]
    public void HttpTriggers_AreAnonymousBecauseTheApiChecksItsOwnTokens()
    {
        var levels = Metadata.Value.Select(f => Binding(f!, "httpTrigger")).Where(b => b is not null)
            .Select(b => (string?)b!["authLevel"]).Distinct();

        Assert.Equal(["Anonymous"], levels);
    }

    [Fact]
    public void DurableFunctions_MatchTheEngineCatalog()
    {
        var catalog = ServerlessJobsServiceCollectionExtensions.Catalog();

        var orchestrators = Named("orchestrationTrigger");
        var activities = Named("activityTrigger");

        Assert.Equal(catalog.Orchestrators.Keys.Order(), orchestrators);
        Assert.Equal(catalog.Activities.Keys.Order(), activities);
    }

    private static IEnumerable<string> Named(string triggerType) =>
        Metadata.Value.Where(f => Binding(f!, triggerType) is not null).Select(f => (string)f!["name"]!).Order();

    private static JsonNode? Binding(JsonNode function, string type) =>
        function["bindings"]!.AsArray().FirstOrDefault(b => (string?)b!["type"] == type);

    private static JsonArray Load()
    {
        // The test binaries and the Functions build share a configuration (Debug or Release).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Path, "functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build functions/ first (./test.sh does).");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray();
    }
}
