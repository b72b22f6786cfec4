using System.Text.Json.Nodes;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Scheduling;

/// <summary>The Function App's cron clock as the build declares it in functions.metadata.</summary>
public sealed class CronTickFunctionMetadataTests
{
    [Fact]
    public void CronTick_IsTimerAtSecondZeroWithDurableClient()
    {
        var function = Functions().Single(f => (string?)f!["name"] == "CronTick")!;
        var bindings = function["bindings"]!.AsArray();

        var timer = bindings.Single(b => (string?)b!["type"] == "timerTrigger")!;
        Assert.Equal("0 * * * * *", (string?)timer["schedule"]);
        Assert.Contains(bindings, b => (string?)b!["type"] == "durableClient");
    }

    private static JsonArray Functions()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var path = Path.Combine(
            RepositoryRoot.Path, "functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build functions/ first (./test.sh does).");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray();
    }
}
